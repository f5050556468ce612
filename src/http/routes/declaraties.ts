import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { besteding, tarief, tariefInvoer, tarievenAntwoord } from "../../contract/declaraties";
import { bestedingVanAanbieder } from "../../declaraties/besteding";
import { tarievenVanAanbieder, voegTariefToeAanAanbieder, wijzigTarief } from "../../declaraties/tarieven";
import { metGemeente, vereisVersie, zetVersie } from "../context";

const aanbiederParams = z.object({ id: z.uuid("Onbekende aanbieder") });
const tariefParams = z.object({ id: z.uuid("Onbekend tarief") });
const TAGS = ["declaraties"];

/**
 * Tariffs per product per contract (and pgb tariffs per product), and the realised spending of an aanbieder
 * (issue 17, policy rule 27). Declaraties themselves arrive as 323 messages (POST /api/berichten/inkomend).
 */
export const declaratieRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/aanbieders/:id/tarieven",
    {
      schema: {
        tags: TAGS,
        summary: "De tarieven van de contracten van een aanbieder, en de pgb-tarieven per product",
        params: aanbiederParams,
        response: { 200: tarievenAntwoord },
      },
    },
    async (request) => metGemeente(request, (h) => tarievenVanAanbieder(h, request.params.id)),
  );

  app.post(
    "/aanbieders/:id/tarieven",
    {
      schema: {
        tags: TAGS,
        summary:
          "Een tarief vastleggen (beheerder): contractId voor zorg in natura, null voor een pgb-tarief",
        params: aanbiederParams,
        body: tariefInvoer,
        response: { 201: tarief },
      },
    },
    async (request, reply) => {
      const rij = await metGemeente(request, (h) =>
        voegTariefToeAanAanbieder(h, request.params.id, request.body),
      );
      zetVersie(reply, rij.versie);
      reply.code(201);
      return rij;
    },
  );

  app.put(
    "/tarieven/:id",
    {
      schema: {
        tags: TAGS,
        summary: "Een tarief wijzigen of beëindigen (beheerder); stuur If-Match met de versie",
        params: tariefParams,
        body: tariefInvoer,
        response: { 200: tarief },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      const rij = await metGemeente(request, (h) => wijzigTarief(h, request.params.id, versie, request.body));
      zetVersie(reply, rij.versie);
      return rij;
    },
  );

  app.get(
    "/aanbieders/:id/besteding",
    {
      schema: {
        tags: TAGS,
        summary:
          "Gedeclareerd tegenover toegewezen, per toewijzing, per product en in totaal (eigen gemeente)",
        params: aanbiederParams,
        response: { 200: besteding },
      },
    },
    async (request) => metGemeente(request, (h) => bestedingVanAanbieder(h, request.params.id)),
  );
};
