import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  mdoVerzoek,
  nazorgVerzoek,
  regieOpZaak,
  regieThemaWeergave,
  spoedOverdrachtVerzoek,
  wvggzVerzoek,
} from "../../contract/regie";
import type { RegieThemaRij } from "../../db/regie";
import type { ZaakRij } from "../../db/zaken";
import type { Handeling } from "../../handeling/context";
import { type BijgehoudenSoort, startBijgehouden, werkBijgehoudenBij } from "../../regie/bijhouden";
import { MDO } from "../../regie/mdo";
import { NAZORG } from "../../regie/nazorg";
import { draagOverAanSpoedVoorJeugd } from "../../regie/spoed-overdracht";
import { alsWeergave, regieOpZaakVan } from "../../regie/thema";
import { WVGGZ } from "../../regie/wvggz";
import { laadZaak } from "../../zaken/zaak";
import { metGemeente, vereisVersie, zetVersie } from "../context";

const zaakParams = z.object({ id: z.uuid("Onbekende zaak") });
const themaParams = z.object({ id: z.uuid("Onbekend thema") });
const TAGS = ["regiegroep"];

/**
 * The Regiegroep's themes on a zaak (issue 14, seed 004 §7.1.2 and §7.1.3): a hand-over to Spoed voor Jeugd outside
 * office hours, the nazorg of an ex-gedetineerde, the MDO 23+, the Wet verplichte GGZ. Content per policy rule 21;
 * every change takes If-Match.
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
    act: (h: Handeling, zaak: ZaakRij, invoer: z.infer<B>) => Promise<RegieThemaRij>,
  ) =>
    app.post(
      pad,
      { schema: { tags: TAGS, summary, params: zaakParams, body, response: { 201: regieThemaWeergave } } },
      async (request, reply) => {
        const versie = vereisVersie(request);
        const thema = await metGemeente(request, async (h) => {
          const zaak = await laadZaak(h, request.params.id, { voor: "wijzigen", versie });
          return alsWeergave(h, await act(h, zaak, request.body as z.infer<B>), zaak);
        });
        zetVersie(reply, thema.versie);
        reply.code(201);
        return thema;
      },
    );

  /** A theme kept up to date: started on the zaak, then updated as a whole on its own versie (If-Match). */
  const bijgehouden = <B extends z.ZodType>(
    soort: BijgehoudenSoort<z.infer<B>, unknown>,
    body: B,
    summary: { start: string; bijwerken: string },
  ) => {
    start(`/zaken/:id/regie/${soort.thema}`, summary.start, body, (h, zaak, invoer) =>
      startBijgehouden(h, zaak, soort, invoer),
    );
    app.post(
      `/regie-themas/:id/${soort.thema}`,
      {
        schema: {
          tags: TAGS,
          summary: summary.bijwerken,
          params: themaParams,
          body,
          response: { 200: regieThemaWeergave },
        },
      },
      async (request, reply) => {
        const versie = vereisVersie(request);
        const thema = await metGemeente(request, async (h) => {
          const { rij, zaak } = await werkBijgehoudenBij(
            h,
            request.params.id,
            versie,
            soort,
            request.body as z.infer<B>,
          );
          return alsWeergave(h, rij, zaak);
        });
        zetVersie(reply, thema.versie);
        return thema;
      },
    );
  };

  start(
    "/zaken/:id/regie/spoed-jeugd",
    "Een overdracht aan Spoed voor Jeugd buiten kantoortijd vastleggen (wanneer, aan wie, wat); de zaak komt de volgende werkdag om 8.30 terug bij de Regiegroep. Stuur If-Match met de versie van de zaak",
    spoedOverdrachtVerzoek,
    draagOverAanSpoedVoorJeugd,
  );
  bijgehouden(NAZORG, nazorgVerzoek, {
    start:
      "Nazorg ex-gedetineerde starten (melding detentie of zelfmelder, PI-casemanager, achterblijvers, de vijf nazorgpunten). Stuur If-Match met de versie van de zaak",
    bijwerken:
      "De nazorg bijwerken (contact met de PI, achterblijvers, de vijf nazorgpunten); stuur If-Match",
  });
  bijgehouden(MDO, mdoVerzoek, {
    start:
      "De zaak aanmelden bij het MDO 23+ (via het Advies- en Meldpunt OGGZ), met de overleggen: datum, besproken personen, deelnemers, afspraken en vervolg. Stuur If-Match met de versie van de zaak",
    bijwerken: "Het MDO 23+ bijwerken (overleggen, deelnemers, afspraken, vervolg); stuur If-Match",
  });
  bijgehouden(WVGGZ, wvggzVerzoek, {
    start:
      "Een melding Wet verplichte GGZ vastleggen (wie meldde wat, over wie), met het verkennend onderzoek, het besluit over een aanvraag bij de officier van justitie, de betrokkenen en een crisismaatregel. Stuur If-Match met de versie van de zaak",
    bijwerken:
      "De procedure Wet verplichte GGZ bijwerken (onderzoek, besluit over een aanvraag, betrokkenen, crisismaatregel); stuur If-Match",
  });
};
