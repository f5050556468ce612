import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { voegZaaktypeVersieToe, zaaktypeVersiesLijst } from "../../db/catalogus";
import { tekst } from "../../domain/tekst";
import {
  LOKAAL_AANPASBAAR,
  lokaalAanpasbaar,
  TERMIJN_SOORTEN,
  TERMIJNREGELS,
} from "../../domain/termijnen/regels";
import { ZAAKTYPE_LABELS, ZAAKTYPEN } from "../../domain/zaak/zaaktypen";
import { vereis } from "../../handeling/context";
import { ongeldig, regelOvertreden } from "../../handeling/weigering";
import { vandaag } from "../../lib/klok";
import { metGemeente } from "../context";

const versie = z.object({
  id: z.uuid(),
  geldigVanaf: tekst(),
  toelichting: tekst(),
  termijnen: z.record(tekst(), z.number()),
});

const zaaktypeUit = z.object({
  code: tekst(),
  naam: tekst(),
  wettelijkeTermijnen: z.array(
    z.object({
      soort: tekst(),
      lengte: z.number(),
      eenheid: tekst(),
      omschrijving: tekst(),
      bron: tekst(),
      geldigVanaf: tekst(),
      opschortingToegestaan: z.boolean(),
      maxVerlengingWeken: z.number().nullable(),
      algemeneTermijnenwet: z.boolean(),
    }),
  ),
  aanpasbaar: z.array(z.object({ soort: tekst(), maxWeken: z.number(), grond: tekst() })),
  versies: z.array(versie),
});

/** Zaaktypen catalogue: the law's terms per zaaktype and the gemeente's own versions (valid from a date). */
export const zaaktypenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/zaaktypen",
    {
      schema: {
        tags: ["beheer"],
        summary: "Zaaktypen met wettelijke termijnen en gemeentelijke versies",
        response: { 200: z.array(zaaktypeUit) },
      },
    },
    async (request) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "lezen", { soort: "catalogus", gemeenteCode: wie.gemeente.code });
        const versies = await zaaktypeVersiesLijst(tx);
        return ZAAKTYPEN.map((code) => ({
          code,
          naam: ZAAKTYPE_LABELS[code],
          wettelijkeTermijnen: TERMIJNREGELS.filter((r) => r.zaaktypen.includes(code)).map((r) => ({
            soort: r.soort,
            lengte: r.lengte,
            eenheid: r.eenheid,
            omschrijving: r.omschrijving,
            bron: r.bron,
            geldigVanaf: r.geldigVanaf,
            opschortingToegestaan: r.opschortingToegestaan,
            // null: no fixed maximum (a reasonable term, announced in time — Awb 4:14).
            maxVerlengingWeken: Number.isFinite(r.maxVerlengingWeken) ? r.maxVerlengingWeken : null,
            algemeneTermijnenwet: r.atw,
          })),
          aanpasbaar: LOKAAL_AANPASBAAR.filter((a) => a.zaaktype === code).map(
            ({ soort, maxWeken, grond }) => ({ soort, maxWeken, grond }),
          ),
          versies: versies
            .filter((v) => v.zaaktype === code)
            .map((v) => ({
              id: v.id,
              geldigVanaf: v.geldigVanaf,
              toelichting: v.toelichting,
              termijnen: v.termijnen as Record<string, number>,
            })),
        }));
      }),
  );

  app.post(
    "/zaaktypen/:code/versies",
    {
      schema: {
        tags: ["beheer"],
        summary:
          "Nieuwe versie van een zaaktype (eigen termijnen), geldig vanaf een datum; bestaande zaken houden hun versie",
        params: z.object({ code: z.enum(ZAAKTYPEN, "Onbekend zaaktype") }),
        body: z
          .object({
            geldigVanaf: z.iso.date("Gebruik een datum als 2027-01-01"),
            toelichting: tekst("Toelichting")
              .trim()
              .min(3, "Geef aan waarom (bijvoorbeeld: nieuwe verordening)")
              .max(500),
            termijnen: z.partialRecord(z.enum(TERMIJN_SOORTEN), z.number().int().min(1).max(52)),
          })
          .strict(),
        response: { 201: versie },
      },
    },
    async (request, reply) =>
      metGemeente(request, async (h) => {
        const { tx, wie } = h;
        vereis(wie, "wijzigen", { soort: "catalogus", gemeenteCode: wie.gemeente.code });
        const { code } = request.params;
        const { geldigVanaf, toelichting, termijnen } = request.body;
        if (geldigVanaf < vandaag()) {
          throw ongeldig(
            "Een nieuwe versie geldt vanaf vandaag of later; het verleden wordt niet herschreven.",
            [{ veld: "geldigVanaf", melding: "Ligt in het verleden" }],
          );
        }
        const fouten = Object.entries(termijnen).flatMap(([soort, weken]) => {
          const ruimte = lokaalAanpasbaar(code, soort as (typeof TERMIJN_SOORTEN)[number]);
          if (!ruimte)
            return [
              {
                veld: `termijnen.${soort}`,
                melding: "Deze termijn staat in de wet en kan de gemeente niet wijzigen",
              },
            ];
          if ((weken ?? 0) > ruimte.maxWeken)
            return [
              { veld: `termijnen.${soort}`, melding: `Hoogstens ${ruimte.maxWeken} weken (${ruimte.grond})` },
            ];
          return [];
        });
        if (fouten.length > 0)
          throw regelOvertreden("Deze termijnen kan de gemeente niet zo vaststellen.", fouten);
        const rij = await voegZaaktypeVersieToe(tx, {
          gemeenteCode: wie.gemeente.code,
          zaaktype: code,
          geldigVanaf,
          toelichting,
          termijnen,
          aangemaaktDoor: wie.medewerkerId,
        });
        reply.code(201);
        return {
          id: rij.id,
          geldigVanaf: rij.geldigVanaf,
          toelichting: rij.toelichting,
          termijnen: rij.termijnen as Record<string, number>,
        };
      }),
  );
};
