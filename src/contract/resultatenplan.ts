import { z } from "zod";
import { INTERVENTIENIVEAUS } from "../domain/catalogus/interventieniveaus";
import { WETTEN } from "../domain/catalogus/producten";
import { DOMEINEN } from "../domain/catalogus/resultatenmatrix";
import {
  LEVERINGSVORMEN,
  PGB_UITVOERDERS,
  REGIEGROEP_ROLLEN,
  TARIEF_EENHEDEN,
} from "../domain/resultatenplan/inhoud";
import { PLAN_STATUSSEN } from "../domain/resultatenplan/status";
import { LEEFGEBIEDEN } from "../domain/routering/leefgebieden";
import { tekst } from "../domain/tekst";

const datum = z.iso.date("Gebruik een datum als 2026-01-05");
const vrij = (label: string, max = 5000) => tekst(label).trim().max(max, `Maximaal ${max} tekens`);
const verplicht = (label: string, melding: string, max = 5000) => vrij(label, max).min(1, melding);
const persoonId = z.uuid("Kies een persoon van de zaak");
const agb = tekst("AGB-code").regex(/^\d{8}$/, "Een AGB-code heeft 8 cijfers");
const productCode = tekst("Productcode")
  .trim()
  .regex(/^[0-9A-Z]{5}$/, "Een productcode heeft 5 tekens, zoals 07A01");

// ── Catalogue: Resultatenmatrix, interventieniveaus, producten ──────────────────────────────────────────

export const matrixSubresultaat = z
  .object({
    code: verplicht("Code", "Vul een code in", 20),
    omschrijving: verplicht("Omschrijving", "Vul in", 500),
    stap: z.number().int().min(1).max(20),
  })
  .strict();

export const matrixHoofdresultaat = z
  .object({
    code: verplicht("Code", "Vul een code in", 20),
    domein: z.enum(DOMEINEN, "Kies veilig, zelfredzaam, meedoen of gezond"),
    omschrijving: verplicht("Omschrijving", "Vul in", 500),
    subresultaten: z.array(matrixSubresultaat).max(30),
  })
  .strict();

export const resultatenmatrix = z
  .object({ hoofdresultaten: z.array(matrixHoofdresultaat).max(200) })
  .strict();

export const matrixVersie = z.object({
  id: z.uuid(),
  versie: z.number().int(),
  geldigVanaf: tekst(),
  toelichting: tekst(),
  voorbeeld: z.boolean(),
  gepubliceerdOp: tekst(),
});

export const matrixVersieDetail = matrixVersie.extend({ matrix: resultatenmatrix });

export const nieuweMatrixVersie = z
  .object({
    geldigVanaf: datum,
    toelichting: verplicht("Toelichting", "Beschrijf wat er verandert", 2000),
    matrix: resultatenmatrix,
  })
  .strict();

export const interventieniveauDefinitie = z.object({
  niveau: z.number().int(),
  naam: tekst(),
  definitie: tekst(),
  maatwerk: z.boolean(),
});

export const catalogusProduct = z.object({
  id: z.uuid(),
  wet: z.enum(WETTEN),
  categorie: tekst(),
  code: tekst(),
  omschrijving: tekst(),
  interventieniveau: z.number().int().nullable(),
  eenheid: tekst().nullable(),
  geldigVanaf: tekst(),
  geldigTot: tekst().nullable(),
});
export type CatalogusProduct = z.infer<typeof catalogusProduct>;

export const nieuwCatalogusProduct = z
  .object({
    wet: z.enum(WETTEN, "Kies wmo of jeugd"),
    categorie: tekst("Categorie").regex(/^\d{2}$/, "Een categorie heeft 2 cijfers"),
    code: productCode,
    omschrijving: verplicht("Omschrijving", "Vul een omschrijving in", 200),
    interventieniveau: z
      .number()
      .int()
      .refine(
        (n) => (INTERVENTIENIVEAUS as readonly number[]).includes(n),
        "Interventieniveau is 1 tot en met 8",
      )
      .nullable(),
    eenheid: tekst("Eenheid")
      .regex(/^\d{2}$/, "Kies een eenheid (WJ756)")
      .nullable(),
    geldigVanaf: datum,
    geldigTot: datum.nullable().default(null),
  })
  .strict();

export const productBeeindiging = z.object({ geldigTot: datum }).strict();

export const catalogusProductenQuery = z.object({
  wet: z.enum(WETTEN, "Kies wmo of jeugd").optional(),
  zoek: tekst("Zoekterm").trim().max(100).optional(),
  peildatum: datum.optional(),
  pagina: z.coerce.number().int().min(1).max(100_000).default(1),
  perPagina: z.coerce.number().int().min(1).max(200).default(50),
});

export const codeOmschrijving = z.object({ code: tekst(), omschrijving: tekst() });

/** Everything the plan editor needs from the catalogue in one call. */
export const catalogusOverzicht = z.object({
  matrix: matrixVersieDetail.nullable(),
  interventieniveaus: z.array(interventieniveauDefinitie),
  domeinen: z.array(codeOmschrijving),
  categorieen: z.object({ wmo: z.array(codeOmschrijving), jeugd: z.array(codeOmschrijving) }),
  eenheden: z.array(codeOmschrijving),
  frequenties: z.array(codeOmschrijving),
});

// ── Resultatenplan ──────────────────────────────────────────────────────────────────────────────────────

const voorwaarde = z.object({ voldaan: z.boolean(), toelichting: vrij("Toelichting", 2000) }).strict();

export const pgbToets = z
  .object({
    bekwaamheid: voorwaarde,
    motivering: voorwaarde,
    kwaliteit: voorwaarde,
    uitvoerder: z.enum(PGB_UITVOERDERS, "Kies sociaal netwerk of professioneel"),
    inspectieloketGecontroleerd: z.boolean().default(false),
    tarief: z
      .object({
        bedrag: z.number().int("Bedrag in eurocent").min(1, "Het tarief is groter dan 0").max(10_000_000),
        per: z.enum(TARIEF_EENHEDEN, "Kies uur, dagdeel of etmaal"),
      })
      .strict()
      .nullable()
      .default(null),
  })
  .strict();

export const planMaatwerkvoorziening = z
  .object({
    persoonId,
    wet: z.enum(WETTEN, "Kies wmo of jeugd"),
    productCode,
    leveringsvorm: z.enum(LEVERINGSVORMEN, "Kies zorg in natura (zin) of pgb"),
    aanbiederAgb: agb.nullable().default(null),
    ingangsdatum: datum,
    einddatum: datum.nullable().default(null),
    omvang: z
      .object({
        volume: z.number().int("Een heel getal").min(1, "Minstens 1").max(99_999),
        eenheid: tekst("Eenheid").regex(/^\d{2}$/, "Kies een eenheid"),
        frequentie: z.enum(["1", "2", "4", "6"], "Kies een frequentie"),
      })
      .strict()
      .nullable()
      .default(null),
    budget: z.number().int("Budget in eurocent").min(1).max(1_000_000_000).nullable().default(null),
    pgbToets: pgbToets.nullable().default(null),
  })
  .strict();

export const planInhoud = z
  .object({
    hulpvraag: vrij("Hulpvraag").default(""),
    leefgebieden: z.array(z.enum(LEEFGEBIEDEN, "Onbekend leefgebied")).max(LEEFGEBIEDEN.length).default([]),
    vraagverheldering: z
      .array(
        z
          .object({
            leefgebied: z.enum(LEEFGEBIEDEN, "Onbekend leefgebied"),
            score: z.number().int().min(1, "Score 1 tot en met 5").max(5, "Score 1 tot en met 5").nullable(),
            beoordeling: vrij("Beoordeling", 2000).default(""),
            eigenKracht: vrij("Eigen kracht", 2000).default(""),
            gewensteResultaten: vrij("Gewenste resultaten", 2000).default(""),
          })
          .strict(),
      )
      .max(LEEFGEBIEDEN.length)
      .default([]),
    systeem: vrij("Systeem").default(""),
    historie: vrij("Historie").default(""),
    watWerkt: vrij("Wat werkt").default(""),
    watWerktNiet: vrij("Wat werkt niet").default(""),
    netwerk: vrij("Netwerk").default(""),
    resultaten: z
      .array(
        z
          .object({
            persoonId,
            domein: z.enum(DOMEINEN, "Kies een domein"),
            hoofdresultaat: verplicht("Hoofdresultaat", "Kies een hoofdresultaat", 20),
            subresultaat: vrij("Subresultaat", 20).nullable().default(null),
            toelichting: vrij("Toelichting", 2000).default(""),
          })
          .strict(),
      )
      .max(100)
      .default([]),
    voorliggendeOplossingen: z
      .array(
        z
          .object({
            omschrijving: verplicht("Omschrijving", "Beschrijf de oplossing", 1000),
            persoonId: persoonId.nullable().default(null),
            /** Chosen from the sociale kaart; null: described in free text. */
            voorzieningId: z.uuid("Kies een voorziening uit de sociale kaart").nullable().default(null),
          })
          .strict(),
      )
      .max(50)
      .default([]),
    kortdurendeOndersteuning: z
      .array(
        z
          .object({
            omschrijving: verplicht("Omschrijving", "Beschrijf de ondersteuning", 1000),
            persoonId: persoonId.nullable().default(null),
            startdatum: datum,
            einddatum: datum,
            laagfrequent: z.boolean().default(false),
          })
          .strict(),
      )
      .max(20)
      .default([]),
    maatwerkvoorzieningen: z.array(planMaatwerkvoorziening).max(50).default([]),
    evaluatiemomenten: z
      .array(
        z
          .object({ datum, wijze: verplicht("Wijze van evalueren", "Beschrijf hoe geëvalueerd wordt", 500) })
          .strict(),
      )
      .max(20)
      .default([]),
    regiegroep: z
      .object({
        rol: z.enum(REGIEGROEP_ROLLEN, "Kies adviseert, sluit aan of neemt over"),
        datum,
        toelichting: vrij("Toelichting", 2000).default(""),
      })
      .strict()
      .nullable()
      .default(null),
    omgekeerdeToets: z
      .object({
        effect: vrij("Effect").default(""),
        grondwaarde: vrij("Grondwaarde").default(""),
        ethiek: vrij("Ethiek").default(""),
        randvoorwaarden: vrij("Randvoorwaarden").default(""),
        afwijking: z
          .object({
            regel: verplicht("Regel", "Noem de regel", 500),
            motivering: verplicht("Motivering", "Motiveer de afwijking", 5000),
          })
          .strict()
          .nullable()
          .default(null),
        juridischOverleg: z
          .object({
            juristId: z.uuid("Kies een juridisch kwaliteitsmedewerker"),
            datum,
            advies: verplicht("Advies", "Vul het advies in"),
          })
          .strict()
          .nullable()
          .default(null),
      })
      .strict()
      .nullable()
      .default(null),
    individueleOvereenkomst: z
      .object({
        motivering: verplicht("Motivering", "Motiveer waarom gecontracteerde zorg niet past"),
        aanbiederAgb: agb,
        productCode,
      })
      .strict()
      .nullable()
      .default(null),
  })
  .strict();
export type PlanInhoudInvoer = z.input<typeof planInhoud>;

export const planGoedkeuring = z.object({
  id: z.uuid(),
  soort: z.enum(["afwijking", "individuele-overeenkomst"]),
  planVersie: z.number().int(),
  motivering: tekst(),
  gegevenDoor: tekst(),
  gegevenOp: tekst(),
});

export const planOndertekening = z.object({
  wijze: z.enum(["scan", "persoonlijk", "digitaal"]),
  datum: tekst(),
  documentId: tekst().nullable(),
  versie: z.number().int(),
  toelichting: tekst().nullable(),
});

export const resultatenplanDetail = z.object({
  id: z.uuid(),
  zaakId: z.uuid(),
  status: z.enum(PLAN_STATUSSEN),
  versie: z.number().int(),
  matrixVersie: matrixVersie,
  inhoud: planInhoud,
  /** Derived: interventieniveau and description of each maatwerkvoorziening's product. */
  producten: z.array(
    z.object({ code: tekst(), omschrijving: tekst(), interventieniveau: z.number().nullable() }),
  ),
  regiegroepVereist: z.boolean(),
  /** What still stands in the way of 'definitief' (rule + Dutch message). */
  openPunten: z.array(z.object({ regel: tekst(), veld: tekst(), melding: tekst() })),
  goedkeuringen: z.array(planGoedkeuring),
  ondertekening: planOndertekening.nullable(),
  juristen: z.array(z.object({ id: z.uuid(), naam: tekst() })),
  personen: z.array(z.object({ persoonId: z.uuid(), naam: tekst(), rol: tekst() })),
  /** Letter sent to the resident for signing, when the documents kernel stored it. */
  briefDocumentId: tekst().nullable(),
});
export type ResultatenplanDetail = z.infer<typeof resultatenplanDetail>;

export const planVersieRegel = z.object({
  versie: z.number().int(),
  status: tekst(),
  gebeurtenis: tekst(),
  gewijzigdDoor: tekst().nullable(),
  gewijzigdOp: tekst(),
});

export const planVersieDetail = planVersieRegel.extend({ inhoud: planInhoud, matrixVersieId: z.uuid() });

export const nieuweGoedkeuring = z
  .object({
    soort: z.enum(["afwijking", "individuele-overeenkomst"], "Kies afwijking of individuele overeenkomst"),
    motivering: verplicht("Motivering", "Motiveer de goedkeuring", 5000),
  })
  .strict();

/** At most ≈ 5 MB of scan (base64 is 4/3 of the bytes). */
export const MAX_SCAN_BASE64 = 7_000_000;

export const ondertekeningVerzoek = z
  .object({
    wijze: z.enum(["scan", "persoonlijk"], "Kies scan of persoonlijke ondertekening"),
    datum,
    toelichting: vrij("Toelichting", 2000).nullable().default(null),
    scan: z
      .object({
        bestandsnaam: verplicht("Bestandsnaam", "Geef de bestandsnaam", 200),
        contentType: z.enum(["application/pdf", "image/png", "image/jpeg"], "Alleen pdf, png of jpeg"),
        inhoudBase64: tekst("Bestand")
          .min(1, "Het bestand is leeg")
          .max(MAX_SCAN_BASE64, "Het bestand is te groot (maximaal 5 MB)")
          .regex(/^[A-Za-z0-9+/=\s]+$/, "Geen geldige base64"),
      })
      .strict()
      .nullable()
      .default(null),
  })
  .strict();
