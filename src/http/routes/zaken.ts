import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { zaakWerkblad } from "../../contract/werkblad";
import { nieuweZaak, zaakDetail } from "../../contract/zaken";
import { openZaak, zaakDetailVan } from "../../zaken/detail";
import { registreerZaak } from "../../zaken/nieuwe-zaak";
import { haalWerkblad } from "../../zaken/werkblad";
import { metGemeente, zetVersie } from "../context";

const idParams = z.object({ id: z.uuid("Onbekende zaak") });

/** Zaken (issue 4): registering a melding, reading a zaak. */
export const zakenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/zaken",
    {
      schema: {
        tags: ["zaken"],
        summary: "Melding registreren als zaak",
        body: nieuweZaak,
        response: { 201: zaakDetail },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        const rij = await registreerZaak(h, request.body);
        zetVersie(reply, rij.versie);
        // Returned, not reply.send inside the transaction: the answer leaves only after the commit, so the
        // client's next request (on another connection) sees the new zaak.
        reply.code(201);
        return zaakDetailVan(tx, rij, wie);
      }),
  );

  app.get(
    "/zaken/:id",
    { schema: { tags: ["zaken"], summary: "Een zaak", params: idParams, response: { 200: zaakDetail } } },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { rij, zaak } = await openZaak(h, request.params.id);
        zetVersie(reply, rij.versie);
        return zaak;
      }),
  );

  app.get(
    "/zaken/:id/werkblad",
    {
      schema: {
        tags: ["zaken"],
        summary:
          "Het werkblad van een zaak: de zaak met de kopgegevens en wat het tabblad Overzicht toont, in één verzoek",
        params: idParams,
        response: { 200: zaakWerkblad },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { werkblad, versie } = await haalWerkblad(h, request.params.id);
        zetVersie(reply, versie);
        return werkblad;
      }),
  );
};
