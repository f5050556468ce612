import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { nazorgVerzoek, regieOpZaak, regieThemaWeergave, spoedOverdrachtVerzoek } from "../../contract/regie";
import { startNazorg, werkNazorgBij } from "../../regie/nazorg";
import { draagOverAanSpoedVoorJeugd } from "../../regie/spoed-overdracht";
import { alsWeergave, regieOpZaakVan } from "../../regie/thema";
import { laadZaak } from "../../zaken/zaak";
import { metGemeente, vereisVersie, zetVersie } from "../context";

const zaakParams = z.object({ id: z.uuid("Onbekende zaak") });
const themaParams = z.object({ id: z.uuid("Onbekend thema") });
const TAGS = ["regiegroep"];

/**
 * The Regiegroep's themes on a zaak (issue 14, seed 004 §7.1.2 and §7.1.3): a hand-over to Spoed voor Jeugd outside
 * office hours, the nazorg of an ex-gedetineerde. Content per policy rule 21; every change takes If-Match.
 */
export const regieRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/zaken/:id/regie",
    {
      schema: {
        tags: TAGS,
        summary:
          "De thema's van de Regiegroep op de zaak (de inhoud alleen voor de Regiegroep en de teamleider)",
        params: zaakParams,
        response: { 200: regieOpZaak },
      },
    },
    async (request) => metGemeente(request, (h) => regieOpZaakVan(h, request.params.id)),
  );

  /** A new theme record on the zaak, on the zaak's versie (If-Match). */
  const start = <B extends z.ZodType>(
    pad: string,
    summary: string,
    body: B,
    act: typeof draagOverAanSpoedVoorJeugd | typeof startNazorg,
  ) =>
    app.post(
      pad,
      { schema: { tags: TAGS, summary, params: zaakParams, body, response: { 201: regieThemaWeergave } } },
      async (request, reply) => {
        const versie = vereisVersie(request);
        const thema = await metGemeente(request, async (h) => {
          const zaak = await laadZaak(h, request.params.id, { voor: "wijzigen", versie });
          return alsWeergave(h, await act(h, zaak, request.body as never), zaak);
        });
        zetVersie(reply, thema.versie);
        reply.code(201);
        return thema;
      },
    );

  start(
    "/zaken/:id/regie/spoed-jeugd",
    "Een overdracht aan Spoed voor Jeugd buiten kantoortijd vastleggen (wanneer, aan wie, wat); de zaak komt de volgende werkdag om 8.30 terug bij de Regiegroep. Stuur If-Match met de versie van de zaak",
    spoedOverdrachtVerzoek,
    draagOverAanSpoedVoorJeugd,
  );
  start(
    "/zaken/:id/regie/nazorg",
    "Nazorg ex-gedetineerde starten (melding detentie of zelfmelder, PI-casemanager, achterblijvers, de vijf nazorgpunten). Stuur If-Match met de versie van de zaak",
    nazorgVerzoek,
    startNazorg,
  );

  app.post(
    "/regie-themas/:id/nazorg",
    {
      schema: {
        tags: TAGS,
        summary:
          "De nazorg bijwerken (contact met de PI, achterblijvers, de vijf nazorgpunten); stuur If-Match",
        params: themaParams,
        body: nazorgVerzoek,
        response: { 200: regieThemaWeergave },
      },
    },
    async (request, reply) => {
      const versie = vereisVersie(request);
      const thema = await metGemeente(request, async (h) => {
        const { rij, zaak } = await werkNazorgBij(h, request.params.id, versie, request.body);
        return alsWeergave(h, rij, zaak);
      });
      zetVersie(reply, thema.versie);
      return thema;
    },
  );
};
