import { z } from "zod";
import { AFSLUIT_REDENEN, ENQUETE_KANALEN } from "../domain/besluiten/afsluiten";
import { BEEINDIGING_REDENEN, LEVERINGSVORMEN } from "../domain/besluiten/besluit";
import { EVALUATIE_UITKOMSTEN, RESULTAAT_BEREIKT } from "../domain/evaluatie/verslag";
import { BESLUIT_SOORTEN, UITKOMSTEN } from "../domain/zaak/statusmachine";

const datum = z.iso.date("Gebruik een datum als 2026-01-05");
const tekst = (max: number) => z.string().trim().max(max, `Maximaal ${max} tekens`);

// ── Besluit (beschikking) ─────────────────────────────────────────────────────────────────────────────

export const besluitOmvang = z
  .object({
    volume: z.number().positive("Het volume is groter dan 0").max(99_999, "Te groot"),
    eenheid: z.string().regex(/^\d{2}$/, "Eenheid (WJ756) van 2 cijfers, bijvoorbeeld 04 = uur"),
    frequentie: z.string().regex(/^\d$/, "Frequentie (WMO757), bijvoorbeeld 2 = per week"),
  })
  .strict();

export const besluitProduct = z
  .object({
    /** The family member the product is for (default: the hoofdpersoon). */
    persoonId: z.uuid("Kies een persoon van de zaak").optional(),
    categorie: z.string().regex(/^\d{2}$/, "Een productcategorie heeft 2 cijfers"),
    productcode: z.string().regex(/^[0-9A-Z]{5}$/, "Een productcode heeft 5 tekens, zoals 07A01"),
    aanbiederAgb: z
      .string()
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
    nieuweGemeente: tekst(100).nullable().default(null),
    terugvordering: z.number().int("Bedrag in eurocent").min(0).max(100_000_000).nullable().default(null),
    motivering: tekst(5000).default(""),
  })
  .strict();
export type BesluitVerzoek = z.infer<typeof besluitVerzoek>;

export const besluitProductDetail = z.object({
  persoonId: z.uuid(),
  categorie: z.string(),
  productcode: z.string(),
  omschrijving: z.string(),
  interventieniveau: z.number().int().nullable(),
  wet: z.string().nullable(),
  aanbiederAgb: z.string().nullable(),
  aanbiederNaam: z.string().nullable(),
  ingangsdatum: z.string(),
  einddatum: z.string().nullable(),
  omvang: besluitOmvang.nullable(),
  budget: z.number().int().nullable(),
});

export const toewijzingSamenvatting = z.object({
  id: z.uuid(),
  toewijzingnummer: z.number().int(),
  wet: z.string(),
  aanbiederAgb: z.string(),
  productCategorie: z.string(),
  productCode: z.string().nullable(),
  ingangsdatum: z.string(),
  einddatum: z.string().nullable(),
  redenWijziging: z.string().nullable(),
});

export const besluitDetail = z.object({
  id: z.uuid(),
  zaakId: z.uuid(),
  soort: z.string(),
  besluitdatum: z.string(),
  leveringsvorm: z.string().nullable(),
  producten: z.array(besluitProductDetail),
  reden: z.string().nullable(),
  einddatum: z.string().nullable(),
  nieuweGemeente: z.string().nullable(),
  terugvordering: z.number().int().nullable(),
  motivering: z.string(),
  kenmerk: z.string(),
  documentId: z.uuid(),
  bezwaarUiterlijk: z.string().nullable(),
  status: z.string(),
  verzending: z.object({ wijze: z.string(), aan: z.string().nullable() }),
  aangemaaktOp: z.string(),
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
    gronden: tekst(5000).min(3, "Beschrijf de gronden van het bezwaar"),
    adviescommissie: z.boolean().default(false),
  })
  .strict();

export const beslissingOpBezwaarVerzoek = z
  .object({
    uitkomst: z.enum(UITKOMSTEN, "Kies gegrond, deels gegrond, ongegrond of niet-ontvankelijk"),
    beslistOp: datum,
    toelichting: tekst(5000).min(3, "Motiveer de beslissing op bezwaar"),
  })
  .strict();

export const bezwaarDetail = z.object({
  id: z.uuid(),
  besluitId: z.uuid(),
  ontvangenOp: z.string(),
  gronden: z.string(),
  adviescommissie: z.boolean(),
  teLaat: z.boolean(),
  uitkomst: z.string().nullable(),
  beslistOp: z.string().nullable(),
  toelichting: z.string(),
  documentId: z.uuid().nullable(),
  versie: z.number().int(),
});

// ── Evaluatie ─────────────────────────────────────────────────────────────────────────────────────────

export const evaluatieVerzoek = z
  .object({
    datum,
    indicatieEindigtOp: datum.nullable().default(null),
    resultaatBereikt: z.enum(RESULTAAT_BEREIKT, "Kies ja, deels of nee"),
    resultaatToelichting: tekst(5000).default(""),
    vervolgbehoefte: tekst(5000).default(""),
    tevredenheid: z
      .number()
      .int()
      .min(1, "Score 1 tot en met 5")
      .max(5, "Score 1 tot en met 5")
      .nullable()
      .default(null),
    tevredenheidToelichting: tekst(2000).default(""),
    planAanpassen: z.boolean().default(false),
    planToelichting: tekst(2000).default(""),
    /** Op- and afschalen are refused with a rule: they go through a proposal the buurtteam confirms. */
    uitkomst: z.enum(EVALUATIE_UITKOMSTEN, "Kies de uitkomst van de evaluatie"),
  })
  .strict();

export const evaluatiemoment = z.object({
  id: z.uuid(),
  datum: z.string(),
  wijze: z.string(),
  afgerond: z.boolean(),
});

export const evaluatieDetail = z.object({
  id: z.uuid(),
  datum: z.string(),
  uitkomst: z.string(),
  resultaatBereikt: z.string(),
  resultaatToelichting: z.string(),
  vervolgbehoefte: z.string(),
  tevredenheid: z.number().int().nullable(),
  planAanpassen: z.boolean(),
  vierOgen: z.object({ medewerker: z.string(), datum: z.string(), verslag: z.string() }).nullable(),
  ingevuldDoor: z.string(),
});

// ── Afsluiten en cliëntervaringsonderzoek ─────────────────────────────────────────────────────────────

export const afsluitVerzoek = z
  .object({
    datum,
    reden: z.enum(AFSLUIT_REDENEN, "Kies de reden van afsluiten"),
    toelichting: tekst(2000).default(""),
    enquete: z.enum(ENQUETE_KANALEN, "Kies link, papier of geen").default("link"),
  })
  .strict();

export const afsluitingDetail = z.object({
  id: z.uuid(),
  datum: z.string(),
  reden: z.string(),
  toelichting: z.string(),
  eindeZorg: z.string(),
  bewarenTot: z.string(),
  bewaarBron: z.string(),
  documentId: z.uuid(),
  enquete: z
    .object({ code: z.string(), kanaal: z.string(), link: z.string(), beantwoord: z.boolean() })
    .nullable(),
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
  gemeente: z.string(),
  beantwoord: z.boolean(),
  vragen: z.array(z.object({ code: z.string(), thema: z.string(), tekst: z.string() })),
  schaal: z.array(z.object({ waarde: z.number().int(), label: z.string() })),
});

export const enqueteAntwoordVerzoek = z
  .object({
    antwoorden: z.record(z.string().max(40), z.number().int().min(1).max(5).nullable()),
  })
  .strict();

export const clientervaringRapport = z.object({
  van: z.string(),
  tot: z.string(),
  zaaktype: z.string().nullable(),
  uitnodigingen: z.number().int(),
  respondenten: z.number().int(),
  /** Figures are withheld below this number of respondents (anonymity). */
  minimumRespondenten: z.number().int(),
  vragen: z
    .array(
      z.object({
        code: z.string(),
        thema: z.string(),
        tekst: z.string(),
        aantal: z.number().int(),
        weetNiet: z.number().int(),
        gemiddelde: z.number().nullable(),
        percentageEens: z.number().nullable(),
        verdeling: z.record(z.string(), z.number().int()),
      }),
    )
    .nullable(),
});
