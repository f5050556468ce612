import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { z } from "zod";
import { type Indiener, ontvangBericht } from "../../../berichten/inkomend";
import { integratieClient, laadIntegratieTokens } from "../../../berichten/integratie";
import { BerichtFout } from "../../../berichten/xml";
import { inkomendAntwoord } from "../../../contract/berichten";
import { tekst } from "../../../domain/tekst";
import { vereis } from "../../../handeling/context";
import { regelOvertreden } from "../../../handeling/weigering";
import { ingelogd } from "../../context";
import { nietIngelogd } from "../../problem";
/** One iWmo/iJw message is a few kB; 2 MiB leaves room and keeps a 5 MB body out (413). */
export const MAX_BERICHT_BYTES = 2 * 1024 * 1024;

/** POST /berichten/inkomend: an incoming iWmo/iJw message (session of A&O/beheerder, or an integration token). */
export const inkomendRoutes: FastifyPluginAsyncZod = async (app) => {
  const tokens = laadIntegratieTokens(process.env);
  // Local to this plugin (Fastify encapsulation): the rest of the API keeps answering 415 to XML.
  app.addContentTypeParser(
    ["application/xml", "text/xml"],
    { parseAs: "string", bodyLimit: MAX_BERICHT_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.post(
    "/berichten/inkomend",
    {
      schema: {
        tags: ["berichten"],
        summary:
          "Inkomend iWmo/iJw-bericht (Content-Type application/xml); 201 verwerkt, 200 al eerder ontvangen, 422 geweigerd",
        consumes: ["application/xml"],
        body: tekst("Het bericht").min(1, "Het bericht is leeg"),
        response: { 200: inkomendAntwoord, 201: inkomendAntwoord },
      },
    },
    async (request, reply) => {
      let indiener: Indiener;
      if (request.headers.authorization) {
        const client = integratieClient(tokens, request.headers.authorization);
        if (!client) throw nietIngelogd("Het integratietoken is ongeldig.");
        indiener = { soort: "integratie", naam: client.naam, gemeenten: client.gemeenten };
      } else {
        const wie = await ingelogd(request);
        vereis(wie, "aanmaken", { soort: "berichten", gemeenteCode: wie.gemeente.code });
        indiener = { soort: "medewerker", wie };
      }
      try {
        const { nieuw, bericht } = await ontvangBericht(app.voordeur.db, request.body, indiener, {
          sleutels: app.voordeur.bsnSleutels,
          requestId: request.id,
        });
        return reply.code(nieuw ? 201 : 200).send(bericht as z.infer<typeof inkomendAntwoord>);
      } catch (fout) {
        if (fout instanceof BerichtFout) throw regelOvertreden(fout.message, fout.fouten);
        throw fout;
      }
    },
  );
};
