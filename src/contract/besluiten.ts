import { z } from "zod";
import { AFSLUIT_REDENEN, ENQUETE_KANALEN } from "../domain/besluiten/afsluiten";
import { BEEINDIGING_REDENEN, LEVERINGSVORMEN } from "../domain/besluiten/besluit";
import { EVALUATIE_UITKOMSTEN, RESULTAAT_BEREIKT } from "../domain/evaluatie/verslag";
import { tekst } from "../domain/tekst";
import { BESLUIT_SOORTEN, UITKOMSTEN } from "../domain/zaak/statusmachine";

const datum = z.iso.date("Gebruik een datum als 2026-01-05");
const vrij = (label: string, max: number) => tekst(label).trim().max(max, `Maximaal ${max} tekens`);

// ── Besluit (beschikking) ─────────────────────────────────────────────────────────────────────────────

export const besluitOmvang = z
  .object({
    volume: z.number().positive("Het volume is groter dan 0").max(99_999, "Te groot"),
    eenheid: tekst("Eenheid").regex(/^\d{2}$/, "Eenheid (WJ756) van 2 cijfers, bijvoorbeeld 04 = uur"),
    frequentie: tekst("Frequentie").regex(/^\d$/, "Frequentie (WMO757), bijvoorbeeld 2 = per week"),
  })
  .strict();

export const besluitProduct = z
  .object({
    /** The family member the product is for (default: the hoofdpersoon). */
    persoonId: z.uuid("Kies een persoon van de zaak").optional(),
    categorie: tekst("Productcategorie").regex(/^\d{2}$/, "Een productcategorie heeft 2 cijfers"),
    productcode: tekst("Productcode").regex(/^[0-9A-Z]{5}$/, "Een productcode heeft 5 tekens, zoals 07A01"),
    aanbiederAgb: tekst("AGB-code van de aanbieder")
      .regex(/^\d{8}$/, "Een AGB-code heeft 8 cijfers")
      .nullable()
      .default(null),
    ingangsdatum: datum,
    einddatum: datum.nullable().default(null),
    omvang: besluitOmvang.nullable().default(null),
    /** PGB budget in eurocent. */
    budget: z
      .number()
      .int("Budget in eurocent")
      .positive("Het budget is groter dan 0")
      .max(100_000_000)
      .nullable()
      .default(null),
  })
  .strict();

export const besluitVerzoek = z
  .object({
    soort: z.enum(BESLUIT_SOORTEN, "Kies toekenning, afwijzing, wijziging of beëindiging"),
    besluitdatum: datum,
    leveringsvorm: z.enum(LEVERINGSVORMEN, "Kies zin of pgb").nullable().default(null),
    producten: z.array(besluitProduct).max(20, "Hoogstens 20 producten").default([]),
    reden: z.enum(BEEINDIGING_REDENEN, "Onbekende reden van beëindiging").nullable().default(null),
    einddatum: datum.nullable().default(null),
    nieuweGemeente: vrij("Nieuwe gemeente", 100).nullable().default(null),
    terugvordering: z.number().int("Bedrag in eurocent").min(0).max(100_000_000).nullable().default(null),
    motivering: vrij("Motivering", 5000).default(""),
  })
  .strict();
export type BesluitVerzoek = z.infer<typeof besluitVerzoek>;

export const besluitProductDetail = z.object({
  persoonId: z.uuid(),
  categorie: tekst(),
  productcode: tekst(),
  omschrijving: tekst(),
  interventieniveau: z.number().int().nullable(),
  wet: tekst().nullable(),
  aanbiederAgb: tekst().nullable(),
  aanbiederNaam: tekst().nullable(),
  ingangsdatum: tekst(),
  einddatum: tekst().nullable(),
  omvang: besluitOmvang.nullable(),
  budget: z.number().int().nullable(),
});

export const toewijzingSamenvatting = z.object({
  id: z.uuid(),
  toewijzingnummer: z.number().int(),
  wet: tekst(),
  aanbiederAgb: tekst(),
  productCategorie: tekst(),
  productCode: tekst().nullable(),
  ingangsdatum: tekst(),
  einddatum: tekst().nullable(),
  redenWijziging: tekst().nullable(),
});

export const besluitDetail = z.object({
  id: z.uuid(),
  zaakId: z.uuid(),
  soort: tekst(),
  besluitdatum: tekst(),
  leveringsvorm: tekst().nullable(),
  producten: z.array(besluitProductDetail),
  reden: tekst().nullable(),
  einddatum: tekst().nullable(),
  nieuweGemeente: tekst().nullable(),
  terugvordering: z.number().int().nullable(),
  motivering: tekst(),
  kenmerk: tekst(),
  documentId: z.uuid(),
  bezwaarUiterlijk: tekst().nullable(),
  status: tekst(),
  verzending: z.object({ wijze: tekst(), aan: tekst().nullable() }),
  aangemaaktOp: tekst(),
});

export const besluitGenomen = besluitDetail.extend({
  toewijzingen: z.array(toewijzingSamenvatting),
  berichten: z.array(z.uuid()),
  zaakVersie: z.number().int(),
});

// ── Bezwaar ───────────────────────────────────────────────────────────────────────────────────────────

export const bezwaarVerzoek = z
  .object({
    ontvangenOp: datum,
    gronden: vrij("Gronden", 5000).min(3, "Beschrijf de gronden van het bezwaar"),
    adviescommissie: z.boolean().default(false),
  })
  .strict();

export const beslissingOpBezwaarVerzoek = z
  .object({
    uitkomst: z.enum(UITKOMSTEN, "Kies gegrond, deels gegrond, ongegrond of niet-ontvankelijk"),
    beslistOp: datum,
    toelichting: vrij("Toelichting", 5000).min(3, "Motiveer de beslissing op bezwaar"),
  })
  .strict();

export const bezwaarDetail = z.object({
  id: z.uuid(),
  besluitId: z.uuid(),
  ontvangenOp: tekst(),
  gronden: tekst(),
  adviescommissie: z.boolean(),
  teLaat: z.boolean(),
  /** medewerker: registered by a medewerker; portaal: the resident submitted it in Mijn Voordeur. */
  ingediendVia: z.enum(["medewerker", "portaal"]),
  uitkomst: tekst().nullable(),
  beslistOp: tekst().nullable(),
  toelichting: tekst(),
  documentId: z.uuid().nullable(),
  versie: z.number().int(),
});

// ── Evaluatie ─────────────────────────────────────────────────────────────────────────────────────────

export const evaluatieVerzoek = z
  .object({
    datum,
    indicatieEindigtOp: datum.nullable().default(null),
    resultaatBereikt: z.enum(RESULTAAT_BEREIKT, "Kies ja, deels of nee"),
    resultaatToelichting: vrij("Toelichting op het resultaat", 5000).default(""),
    vervolgbehoefte: vrij("Vervolgbehoefte", 5000).default(""),
    tevredenheid: z
      .number()
      .int()
      .min(1, "Score 1 tot en met 5")
      .max(5, "Score 1 tot en met 5")
      .nullable()
      .default(null),
    tevredenheidToelichting: vrij("Toelichting op de tevredenheid", 2000).default(""),
    planAanpassen: z.boolean().default(false),
    planToelichting: vrij("Toelichting op het plan", 2000).default(""),
    /** Op- and afschalen are refused with a rule: they go through a proposal the buurtteam confirms. */
    uitkomst: z.enum(EVALUATIE_UITKOMSTEN, "Kies de uitkomst van de evaluatie"),
  })
  .strict();

export const evaluatiemoment = z.object({
  id: z.uuid(),
  datum: tekst(),
  wijze: tekst(),
  afgerond: z.boolean(),
});

export const evaluatieDetail = z.object({
  id: z.uuid(),
  datum: tekst(),
  uitkomst: tekst(),
  resultaatBereikt: tekst(),
  resultaatToelichting: tekst(),
  vervolgbehoefte: tekst(),
  tevredenheid: z.number().int().nullable(),
  planAanpassen: z.boolean(),
  vierOgen: z.object({ medewerker: tekst(), datum: tekst(), verslag: tekst() }).nullable(),
  ingevuldDoor: tekst(),
});

// ── Afsluiten en cliëntervaringsonderzoek ─────────────────────────────────────────────────────────────

export const afsluitVerzoek = z
  .object({
    datum,
    reden: z.enum(AFSLUIT_REDENEN, "Kies de reden van afsluiten"),
    toelichting: vrij("Toelichting", 2000).default(""),
    enquete: z.enum(ENQUETE_KANALEN, "Kies link, papier of geen").default("link"),
  })
  .strict();

export const afsluitingDetail = z.object({
  id: z.uuid(),
  datum: tekst(),
  reden: tekst(),
  toelichting: tekst(),
  eindeZorg: tekst(),
  bewarenTot: tekst(),
  bewaarBron: tekst(),
  documentId: z.uuid(),
  enquete: z.object({ code: tekst(), kanaal: tekst(), link: tekst(), beantwoord: z.boolean() }).nullable(),
});

export const besluitvorming = z.object({
  besluiten: z.array(besluitDetail),
  toewijzingen: z.array(toewijzingSamenvatting),
  bezwaren: z.array(bezwaarDetail),
  evaluatiemomenten: z.array(evaluatiemoment),
  evaluaties: z.array(evaluatieDetail),
  afsluitingen: z.array(afsluitingDetail),
});
export type Besluitvorming = z.infer<typeof besluitvorming>;

export const enqueteVragenlijst = z.object({
  gemeente: tekst(),
  beantwoord: z.boolean(),
  vragen: z.array(z.object({ code: tekst(), thema: tekst(), tekst: tekst() })),
  schaal: z.array(z.object({ waarde: z.number().int(), label: tekst() })),
});

export const enqueteAntwoordVerzoek = z
  .object({
    antwoorden: z.record(tekst("Vraagcode").max(40), z.number().int().min(1).max(5).nullable()),
  })
  .strict();

export const clientervaringRapport = z.object({
  van: tekst(),
  tot: tekst(),
  zaaktype: tekst().nullable(),
  uitnodigingen: z.number().int(),
  respondenten: z.number().int(),
  /** Figures are withheld below this number of respondents (anonymity). */
  minimumRespondenten: z.number().int(),
  vragen: z
    .array(
      z.object({
        code: tekst(),
        thema: tekst(),
        tekst: tekst(),
        aantal: z.number().int(),
        weetNiet: z.number().int(),
        gemiddelde: z.number().nullable(),
        percentageEens: z.number().nullable(),
        verdeling: z.record(tekst(), z.number().int()),
      }),
    )
    .nullable(),
});
