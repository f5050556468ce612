import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  aanvraagVerzoek,
  opschortingVerzoek,
  verlengingVerzoek,
  zaakActieVerzoek,
  zaakDetail,
} from "../../contract/zaken";
import { startLevering } from "../../levering/starten";
import { zaakDetailVan } from "../../zaken/detail";
import { schortTermijnOp, verlengTermijn } from "../../zaken/verdaging";
import { laadZaak, voerActieUit } from "../../zaken/zaak";
import { metGemeente, vereisVersie, zetVersie } from "../context";

const idParams = z.object({ id: z.uuid("Onbekende zaak") });

/** Status transitions and dated facts of a zaak. Every change needs If-Match with the zaak's versie. */
export const zaakActiesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/zaken/:id/acties",
    {
      schema: {
        tags: ["zaken"],
        summary: "Een actie op de zaak uitvoeren (statusovergang); stuur If-Match met de versie",
        params: idParams,
        body: zaakActieVerzoek,
        response: { 200: zaakDetail },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      return metGemeente(request, async (h) => {
        const rij = await laadZaak(h, request.params.id, { voor: "wijzigen", versie });
        const { actie, ...invoer } = request.body;
        // The levering's start has its own rules (PGB from the ingangsdatum; ZIN starts with the 305).
        const bijgewerkt =
          actie === "start-levering"
            ? await startLevering(h, rij, invoer)
            : await voerActieUit(h, rij, actie, {
                ...invoer,
                ...(actie === "start-onderzoek"
                  ? { behandelaar: invoer.behandelaar ?? h.wie.medewerkerId }
                  : {}),
              });
        zetVersie(reply, bijgewerkt.versie);
        return zaakDetailVan(h.tx, bijgewerkt, h.wie);
      });
    },
  );

  app.post(
    "/zaken/:id/aanvraag",
    {
      schema: {
        tags: ["zaken"],
        summary: "Aanvraag registreren: start de beslistermijn (422 als dat nog niet mag); stuur If-Match",
        params: idParams,
        body: aanvraagVerzoek,
        response: { 201: zaakDetail },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      const zaak = await metGemeente(request, async (h) => {
        const rij = await laadZaak(h, request.params.id, { voor: "wijzigen", versie });
        const bijgewerkt = await voerActieUit(h, rij, "registreer-aanvraag", {
          datum: request.body.aanvraagdatum,
        });
        return zaakDetailVan(h.tx, bijgewerkt, h.wie);
      });
      zetVersie(reply, zaak.versie);
      return reply.code(201).send(zaak);
    },
  );

  app.post(
    "/zaken/:id/verlengingen",
    {
      schema: {
        tags: ["zaken"],
        summary: "Een termijn verlengen (verdaging, met reden en datum van de mededeling); stuur If-Match",
        params: idParams,
        body: verlengingVerzoek,
        response: { 200: zaakDetail },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      return metGemeente(request, async (h) => {
        const bijgewerkt = await verlengTermijn(h, request.params.id, versie, request.body);
        zetVersie(reply, bijgewerkt.versie);
        return zaakDetailVan(h.tx, bijgewerkt, h.wie);
      });
    },
  );

  app.post(
    "/zaken/:id/opschortingen",
    {
      schema: {
        tags: ["zaken"],
        summary: "Een termijn opschorten (met reden); tot = null: nog opgeschort; stuur If-Match",
        params: idParams,
        body: opschortingVerzoek,
        response: { 200: zaakDetail },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      return metGemeente(request, async (h) => {
        const bijgewerkt = await schortTermijnOp(h, request.params.id, versie, request.body);
        zetVersie(reply, bijgewerkt.versie);
        return zaakDetailVan(h.tx, bijgewerkt, h.wie);
      });
    },
  );
};
