import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { geadresseerdenOverzicht } from "../../brieven/geadresseerden";
import { verstuurOnderzoeksverslag, voorbeeldOnderzoeksverslag } from "../../brieven/onderzoeksverslag";
import {
  verstuurOntvangstbevestiging,
  voorbeeldOntvangstbevestiging,
} from "../../brieven/ontvangstbevestiging";
import {
  briefVerzonden,
  geadresseerdenAntwoord,
  onderzoeksverslagVerzoek,
  voorbeeldQuery,
} from "../../contract/brieven";
import { opschortingVerzoek, verlengingVerzoek } from "../../contract/zaken";
import { zaakDetailVan } from "../../zaken/detail";
import { voorbeeldVerdaging } from "../../zaken/verdaging";
import { metGemeente, vereisVersie, zetVersie } from "../context";

const idParams = z.object({ id: z.uuid("Onbekende zaak") });

/** A preview PDF: shown, never stored or cached; the number of letters that would go out in a header. */
export function pdf(reply: FastifyReply, voorbeeld: { pdf: Buffer; aantal: number }, naam: string) {
  return reply
    .header("Content-Type", "application/pdf")
    .header("Content-Disposition", `inline; filename="${naam}.pdf"`)
    .header("Cache-Control", "no-store")
    .header("X-Voordeur-Brieven", String(voorbeeld.aantal))
    .send(voorbeeld.pdf);
}

export const VOORBEELD = "Voorbeeld als PDF; slaat niets op en verstuurt niets (?brief=n bij meer brieven)";

/**
 * The letters the law requires around the melding and the terms (issue 21): who they go to, the
 * ontvangstbevestiging and the onderzoeksverslag (preview, then send), and previews of the verlenging and
 * opschorting letters (the letters themselves go out with POST /zaken/{id}/verlengingen and /opschortingen).
 */
export const brievenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/zaken/:id/geadresseerden",
    {
      schema: {
        tags: ["brieven"],
        summary:
          "Aan wie de brieven van de zaak gaan en wie het plan ondertekent (minderjarigen: gezaghebbenden)",
        params: idParams,
        response: { 200: geadresseerdenAntwoord },
      },
    },
    async (request) => metGemeente(request, (h) => geadresseerdenOverzicht(h, request.params.id)),
  );

  app.post(
    "/zaken/:id/ontvangstbevestiging/voorbeeld",
    {
      schema: {
        tags: ["brieven"],
        summary: `Ontvangstbevestiging van de melding (Wmo 2015 art. 2.3.2): ${VOORBEELD}`,
        params: idParams,
        querystring: voorbeeldQuery,
      },
    },
    async (request, reply) => {
      const voorbeeld = await metGemeente(request, (h) =>
        voorbeeldOntvangstbevestiging(h, request.params.id, request.query.brief),
      );
      return pdf(reply, voorbeeld, "voorbeeld-ontvangstbevestiging");
    },
  );

  app.post(
    "/zaken/:id/ontvangstbevestiging",
    {
      schema: {
        tags: ["brieven"],
        summary:
          "Ontvangstbevestiging versturen: opslaan in het dossier en mailen of per post; stuur If-Match",
        params: idParams,
        response: { 201: briefVerzonden },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      const antwoord = await metGemeente(request, async (h) => {
        const { zaak, brieven } = await verstuurOntvangstbevestiging(h, request.params.id, versie);
        return { zaak: await zaakDetailVan(h.tx, zaak, h.wie), brieven };
      });
      zetVersie(reply, antwoord.zaak.versie);
      return reply.code(201).send(antwoord);
    },
  );

  app.post(
    "/zaken/:id/onderzoeksverslag/voorbeeld",
    {
      schema: {
        tags: ["brieven"],
        summary: `Onderzoeksverslag (Wmo 2015 art. 2.3.2 lid 8): ${VOORBEELD}`,
        params: idParams,
        querystring: voorbeeldQuery,
        body: onderzoeksverslagVerzoek,
      },
    },
    async (request, reply) => {
      const voorbeeld = await metGemeente(request, (h) =>
        voorbeeldOnderzoeksverslag(h, request.params.id, request.body, request.query.brief),
      );
      return pdf(reply, voorbeeld, "voorbeeld-onderzoeksverslag");
    },
  );

  app.post(
    "/zaken/:id/onderzoeksverslag",
    {
      schema: {
        tags: ["brieven"],
        summary: "Onderzoeksverslag versturen en het onderzoek afronden (rond-onderzoek-af); stuur If-Match",
        params: idParams,
        body: onderzoeksverslagVerzoek,
        response: { 201: briefVerzonden },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      const antwoord = await metGemeente(request, async (h) => {
        const { zaak, brieven } = await verstuurOnderzoeksverslag(h, request.params.id, versie, request.body);
        return { zaak: await zaakDetailVan(h.tx, zaak, h.wie), brieven };
      });
      zetVersie(reply, antwoord.zaak.versie);
      return reply.code(201).send(antwoord);
    },
  );

  app.post(
    "/zaken/:id/verlengingen/voorbeeld",
    {
      schema: {
        tags: ["brieven"],
        summary: `Brief bij een verlenging (Awb 4:14): ${VOORBEELD}`,
        params: idParams,
        querystring: voorbeeldQuery,
        body: verlengingVerzoek,
      },
    },
    async (request, reply) => {
      const voorbeeld = await metGemeente(request, (h) =>
        voorbeeldVerdaging(
          h,
          request.params.id,
          { soort: "verlenging", verlenging: request.body },
          request.query.brief,
        ),
      );
      return pdf(reply, voorbeeld, "voorbeeld-verlenging");
    },
  );

  app.post(
    "/zaken/:id/opschortingen/voorbeeld",
    {
      schema: {
        tags: ["brieven"],
        summary: `Brief bij een opschorting (Awb 4:15): ${VOORBEELD}`,
        params: idParams,
        querystring: voorbeeldQuery,
        body: opschortingVerzoek,
      },
    },
    async (request, reply) => {
      const voorbeeld = await metGemeente(request, (h) =>
        voorbeeldVerdaging(
          h,
          request.params.id,
          { soort: "opschorting", opschorting: request.body },
          request.query.brief,
        ),
      );
      return pdf(reply, voorbeeld, "voorbeeld-opschorting");
    },
  );
};
