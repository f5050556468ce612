import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { documentverzoek, nieuwDocumentverzoek } from "../../contract/documentverzoeken";
import { documentverzoekenOpZaak, vraagDocument } from "../../documentverzoeken/op-zaak";
import { metGemeente } from "../context";

const idParams = z.object({ id: z.uuid("Onbekende zaak") });

/** Documents asked of the resident on the zaak page; thin: parse → act → respond. */
export const documentverzoekenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/zaken/:id/documentverzoeken",
    {
      schema: {
        tags: ["zaken"],
        summary: "Documenten die bij de inwoner zijn opgevraagd, en of ze zijn gestuurd",
        params: idParams,
        response: { 200: z.array(documentverzoek) },
      },
    },
    async (request) => metGemeente(request, (h) => documentverzoekenOpZaak(h, request.params.id)),
  );

  app.post(
    "/zaken/:id/documentverzoeken",
    {
      schema: {
        tags: ["zaken"],
        summary: "Een document opvragen bij de inwoner (in Mijn Voordeur; de inwoner krijgt een bericht)",
        params: idParams,
        body: nieuwDocumentverzoek,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) => {
      const gevraagd = await metGemeente(request, (h) => vraagDocument(h, request.params.id, request.body));
      return reply.code(201).send(gevraagd);
    },
  );
};
