/** Signs of Safety on a zaak (issue 14; domain/signs-of-safety): requests and answers. */
import { z } from "zod";
import {
  DOEL_UITKOMSTEN,
  ITEM_SOORTEN,
  PARTIJEN,
  PLAN_STATUSSEN,
} from "../domain/signs-of-safety/signs-of-safety";
import { tekst } from "../domain/tekst";

const datum = (label: string) => z.iso.date(`${label}: gebruik een datum als 2026-01-05`);
const kort = (label: string) =>
  tekst(label, { eenRegel: true })
    .trim()
    .min(1, `Vul ${label.toLowerCase()} in`)
    .max(200, `${label}: maximaal 200 tekens`);
const lang = (label: string) => tekst(label).trim().max(2000, `${label}: maximaal 2000 tekens`);

const mappingItem = z
  .object({
    id: z.uuid("Onbekend onderdeel van de mapping"),
    soort: z.enum(ITEM_SOORTEN, "Kies de soort van het onderdeel"),
    tekst: lang("Tekst").min(1, "Vul de tekst in"),
    gevaarId: z.uuid("Kies de gevaarsuitspraak").nullable().optional(),
  })
  .strict();

export const sosMappingVerzoek = z
  .object({ items: z.array(mappingItem).max(200, "Maximaal 200 onderdelen in de mapping") })
  .strict();

const schaalscore = z
  .object({
    partij: z.enum(PARTIJEN, "Kies de partij"),
    wie: kort("Wie scoorde"),
    score: z
      .number("Vul de score in")
      .int("De score is een heel getal van 0 tot en met 10")
      .min(0, "De score is een heel getal van 0 tot en met 10")
      .max(10, "De score is een heel getal van 0 tot en met 10"),
  })
  .strict();
const scores = z.array(schaalscore).max(3, "Eén score per partij");

export const sosSchaalronde = z.object({ datum: datum("Datum van de bijeenkomst"), scores }).strict();

export const veiligheidsplanAfspraken = z
  .object({
    afspraken: z
      .array(
        z
          .object({
            doelId: z.uuid("Kies het veiligheidsdoel"),
            wat: kort("Wat"),
            wie: kort("Wie"),
            uiterlijk: datum("Uiterlijk"),
          })
          .strict(),
      )
      .max(100, "Maximaal 100 afspraken"),
  })
  .strict();

export const veiligheidsplanOndertekening = z
  .object({
    datum: datum("Datum van ondertekening"),
    ondertekenaars: z.array(z.uuid("Kies wie ondertekende")).max(10, "Maximaal 10 ondertekenaars"),
  })
  .strict();

export const veiligheidsplanEvaluatie = z
  .object({
    datum: datum("Datum van de evaluatie"),
    doelen: z
      .array(
        z
          .object({
            doelId: z.uuid("Kies het veiligheidsdoel"),
            uitkomst: z.enum(DOEL_UITKOMSTEN, "Kies of het doel bereikt is"),
          })
          .strict(),
      )
      .max(100, "Maximaal 100 doelen"),
    toelichting: lang("Toelichting"),
    scores,
  })
  .strict();

const partijMetNaam = z.object({ persoonId: z.uuid(), naam: tekst(), label: tekst() });

export const signsOfSafetyInhoud = z.object({
  mapping: z.object({
    items: z.array(
      z.object({ id: z.uuid(), soort: z.enum(ITEM_SOORTEN), tekst: tekst(), gevaarId: z.uuid().nullable() }),
    ),
  }),
  /** The gevaarsuitspraken without a veiligheidsdoel yet. */
  ongekoppeldeGevaren: z.array(z.uuid()),
  schaal: z.array(
    z.object({
      rondeId: z.uuid(),
      datum: tekst(),
      aanleiding: z.enum(["bijeenkomst", "evaluatie"]),
      scores: z.array(z.object({ partij: z.enum(PARTIJEN), wie: tekst(), score: z.number().int() })),
    }),
  ),
  plan: z
    .object({
      status: z.enum(PLAN_STATUSSEN),
      afspraken: z.array(
        z.object({
          doelId: z.uuid(),
          /** The veiligheidsdoel and the gevaar it answers, as the mapping says now (or said when it was removed). */
          doel: tekst(),
          gevaar: tekst().nullable(),
          wat: tekst(),
          wie: tekst(),
          uiterlijk: tekst(),
        }),
      ),
      ondertekening: z
        .object({ datum: tekst(), ondertekenaars: z.array(partijMetNaam), geregistreerdDoor: tekst() })
        .nullable(),
      evaluaties: z.array(
        z.object({
          datum: tekst(),
          doelen: z.array(z.object({ doelId: z.uuid(), uitkomst: z.enum(DOEL_UITKOMSTEN) })),
          toelichting: tekst(),
        }),
      ),
    })
    .nullable(),
  /** Who signs the plan today, by the age rule (domain/persoon/vertegenwoordiging); `probleem` when unknown. */
  ondertekenaars: z.object({
    vereist: z.array(partijMetNaam),
    uitleg: tekst().nullable(),
    probleem: tekst().nullable(),
  }),
  /** What still stands in the way of making the plan definitief (Dutch), empty when it can be. */
  definitiefBezwaren: z.array(tekst()),
  gestartDoor: tekst(),
});

export const signsOfSafetyWeergave = z.object({
  id: z.uuid(),
  zaakId: z.uuid(),
  gestartOp: tekst(),
  versie: z.number().int(),
  /** null: the caller may see only that it runs (policy rule 21). */
  inhoud: signsOfSafetyInhoud.nullable(),
});

export const signsOfSafetyOpZaak = z.object({
  signsOfSafety: signsOfSafetyWeergave.nullable(),
  kanStarten: z.object({ mogelijk: z.boolean(), reden: tekst().nullable() }),
});
