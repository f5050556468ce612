import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { leveringOverzicht, startLeveringVerzoek } from "../../../contract/levering";
import { zaakDetail } from "../../../contract/zaken";
import { leveringOverzichtVan } from "../../../levering/overzicht";
import { startLevering } from "../../../levering/starten";
import { zaakDetailVan } from "../../../zaken/detail";
import { laadZaak } from "../../../zaken/zaak";
import { metGemeente, vereisVersie, zetVersie } from "../../context";

const zaakParams = z.object({ id: z.uuid("Onbekende zaak") });

/** The levering of a zaak: its overview, and recording the start of a PGB. */
export const leveringRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/zaken/:id/levering",
    {
      schema: {
        tags: ["levering"],
        summary:
          "De levering van de zaak: start, gepland einde, beëindiging en of de start (pgb) kan worden vastgelegd",
        params: zaakParams,
        response: { 200: leveringOverzicht },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const zaak = await laadZaak(h, request.params.id, { voor: "lezen" });
        return leveringOverzichtVan(h, zaak);
      }),
  );

  app.post(
    "/zaken/:id/levering/start",
    {
      schema: {
        tags: ["levering"],
        summary:
          "De start van de levering vastleggen (pgb, vanaf de ingangsdatum van het besluit; zorg in natura start met de 305); stuur If-Match",
        params: zaakParams,
        body: startLeveringVerzoek,
        response: { 200: zaakDetail },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      return metGemeente(request, async (h) => {
        const zaak = await laadZaak(h, request.params.id, { voor: "wijzigen", versie });
        const bijgewerkt = await startLevering(h, zaak, request.body);
        zetVersie(reply, bijgewerkt.versie);
        return zaakDetailVan(h.tx, bijgewerkt, h.wie);
      });
    },
  );
};
