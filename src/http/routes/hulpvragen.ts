import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { hulpvraag, openHulpvragen, pakHulpvraagOp } from "../../aanmelden/hulpvragen";
import { paginaQuery } from "../../contract/paginering";
import { hulpvraagVoorIag, openHulpvragen as openHulpvragenAntwoord } from "../../contract/portaal";
import { metGemeente, vereisVersie, zetVersie } from "../context";

const TAGS = ["aanmelden"];
const idParams = z.object({ id: z.uuid("Onbekende hulpvraag") });

/** The IAG's list of hulpvragen from Mijn Voordeur (issue 16): open ones, one, and picking one up (If-Match). */
export const hulpvragenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/hulpvragen",
    {
      schema: {
        tags: TAGS,
        summary: "Open hulpvragen via Mijn Voordeur",
        querystring: paginaQuery,
        response: { 200: openHulpvragenAntwoord },
      },
    },
    async (request) => metGemeente(request, (h) => openHulpvragen(h, request.query)),
  );

  app.get(
    "/hulpvragen/:id",
    {
      schema: {
        tags: TAGS,
        summary: "Eén hulpvraag via Mijn Voordeur",
        params: idParams,
        response: { 200: hulpvraagVoorIag },
      },
    },
    async (request, reply) => {
      const uitkomst = await metGemeente(request, (h) => hulpvraag(h, request.params.id));
      zetVersie(reply, uitkomst.versie);
      return uitkomst;
    },
  );

  app.post(
    "/hulpvragen/:id/oppakken",
    {
      schema: {
        tags: TAGS,
        summary: "Een hulpvraag oppakken (If-Match)",
        params: idParams,
        response: { 200: hulpvraagVoorIag },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      const uitkomst = await metGemeente(request, (h) => pakHulpvraagOp(h, request.params.id, versie));
      zetVersie(reply, uitkomst.versie);
      return uitkomst;
    },
  );
};
