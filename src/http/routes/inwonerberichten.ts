import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { paginaQuery } from "../../contract/paginering";
import { gesprek, inwonerberichtVerstuurd, nieuwInwonerbericht } from "../../contract/portaal";
import { gesprekOpZaak, stuurAanInwoner } from "../../inwonerberichten/op-zaak";
import { metGemeente } from "../context";

const idParams = z.object({ id: z.uuid("Onbekende zaak") });

/** The secure conversation with the resident (Mijn Voordeur) on the zaak page; thin: parse → act → respond. */
export const inwonerberichtenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/zaken/:id/inwonerberichten",
    {
      schema: {
        tags: ["zaken"],
        summary: "Het gesprek met de inwoner over de zaak (Mijn Voordeur), nieuwste eerst",
        params: idParams,
        querystring: paginaQuery,
        response: { 200: gesprek.extend({ nieuw: z.number().int() }) },
      },
    },
    async (request) => metGemeente(request, (h) => gesprekOpZaak(h, request.params.id, request.query)),
  );

  app.post(
    "/zaken/:id/inwonerberichten",
    {
      schema: {
        tags: ["zaken"],
        summary: "Een bericht aan de inwoner; de inwoner krijgt een e-mail dat er een bericht klaarstaat",
        params: idParams,
        body: nieuwInwonerbericht,
        response: { 201: inwonerberichtVerstuurd },
      },
    },
    async (request, reply) => {
      const verstuurd = await metGemeente(request, (h) =>
        stuurAanInwoner(h, request.params.id, request.body.tekst),
      );
      return reply.code(201).send(verstuurd);
    },
  );
};
