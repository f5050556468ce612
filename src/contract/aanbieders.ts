import { z } from "zod";
import { OVEREENKOMST_STATUSSEN } from "../domain/aanbieders/overeenkomst";
import { SIGNAALSOORTEN, SIGNAALSTATUSSEN } from "../domain/aanbieders/signalen";
import { tekst } from "../domain/tekst";
import { paginaQuery } from "./paginering";

const datum = z.iso.date("Gebruik een datum als 2026-01-05");
const wet = z.enum(["wmo", "jeugd"], "Kies Wmo of Jeugdwet");
const gemeenteCode = tekst("Gemeentecode").regex(
  /^\d{4}$/,
  "Gebruik de CBS-code van de gemeente (4 cijfers)",
);
const productCategorie = tekst("Productcategorie")
  .trim()
  .regex(/^[0-9A-Z]{2}$/, "Een productcategorie bestaat uit 2 tekens, bijvoorbeeld 45");
const productCode = tekst("Productcode")
  .trim()
  .regex(/^[0-9A-Z]{1,5}$/, "Een productcode bestaat uit hoogstens 5 tekens, bijvoorbeeld 45A33");

/* ---------- aanbieders ---------- */

export const contactgegevens = z
  .object({
    contactpersoon: tekst("Contactpersoon").trim().max(200).optional(),
    email: z.email("Vul een geldig e-mailadres in").optional(),
    telefoon: tekst("Telefoonnummer").trim().max(30).optional(),
    adres: tekst("Adres").trim().max(300).optional(),
  })
  .strict();

/** AGB-code and KvK-nummer are checked by the server (8 digits each) so the field errors are in Dutch. */
export const aanbiederInvoer = z
  .object({
    agbCode: tekst("AGB-code").trim().max(20, "De AGB-code bestaat uit precies 8 cijfers"),
    naam: tekst("Naam").trim().min(1, "Vul de naam in").max(200, "Maximaal 200 tekens"),
    kvkNummer: tekst("KvK-nummer")
      .trim()
      .max(20, "Het KvK-nummer bestaat uit precies 8 cijfers")
      .nullable()
      .default(null),
    contact: contactgegevens.default({}),
    actief: z.boolean().default(true),
  })
  .strict();
export type AanbiederInvoer = z.input<typeof aanbiederInvoer>;

export const stopKort = z.object({ van: tekst(), tot: tekst().nullable(), reden: tekst() });

export const aanbiederSamenvatting = z.object({
  id: z.uuid(),
  agbCode: tekst(),
  naam: tekst(),
  kvkNummer: tekst().nullable(),
  actief: z.boolean(),
  /** The cliëntenstop in force today in the caller's gemeente, if any. */
  clientenstop: z.object({ tot: tekst().nullable() }).nullable(),
});
export type AanbiederSamenvatting = z.infer<typeof aanbiederSamenvatting>;

export const aanbiedersQuery = paginaQuery.extend({
  zoek: tekst("Zoekterm").trim().max(100).optional(),
  alleenActief: z.enum(["ja", "nee"]).default("nee"),
});

/* ---------- contracten ---------- */

export const contractregelInvoer = z
  .object({
    gemeenteCode,
    wet,
    productCategorie,
    /** null = the whole productcategorie. */
    productCode: productCode.nullable().default(null),
    interventieniveau: z
      .number()
      .int()
      .min(1, "Kies 1 tot en met 8")
      .max(8, "Kies 1 tot en met 8")
      .nullable()
      .default(null),
    resultaat: tekst("Resultaat").trim().max(300).nullable().default(null),
  })
  .strict();

export const contractInvoer = z
  .object({
    kenmerk: tekst("Contractkenmerk").trim().min(1, "Vul het contractkenmerk in").max(50),
    omschrijving: tekst("Omschrijving").trim().max(500).default(""),
    ingangsdatum: datum,
    einddatum: datum.nullable().default(null),
    regels: z.array(contractregelInvoer).min(1, "Een contract heeft minstens één regel").max(500),
  })
  .strict();
export type ContractInvoer = z.input<typeof contractInvoer>;

export const contractregel = z.object({
  gemeenteCode: tekst(),
  wet,
  productCategorie: tekst(),
  productCode: tekst().nullable(),
  productOmschrijving: tekst().nullable(),
  interventieniveau: z.number().int().nullable(),
  resultaat: tekst().nullable(),
});

export const contract = z.object({
  id: z.uuid(),
  aanbiederId: z.uuid(),
  kenmerk: tekst(),
  omschrijving: tekst(),
  ingangsdatum: tekst(),
  einddatum: tekst().nullable(),
  regels: z.array(contractregel),
  versie: z.number().int(),
});
export type Contract = z.infer<typeof contract>;

/* ---------- cliëntenstops ---------- */

export const clientenstopInvoer = z
  .object({
    /** null = in the whole samenwerkingsverband. */
    gemeenteCode: gemeenteCode.nullable().default(null),
    van: datum,
    tot: datum.nullable().default(null),
    reden: tekst("Reden").trim().min(1, "Vul de reden in").max(1000),
  })
  .strict();
export type ClientenstopInvoer = z.input<typeof clientenstopInvoer>;

export const clientenstop = z.object({
  id: z.uuid(),
  aanbiederId: z.uuid(),
  aanbiederNaam: tekst(),
  agbCode: tekst(),
  gemeenteCode: tekst().nullable(),
  van: tekst(),
  tot: tekst().nullable(),
  reden: tekst(),
  /** In force today in the caller's gemeente. */
  actief: z.boolean(),
  versie: z.number().int(),
});
export type Clientenstop = z.infer<typeof clientenstop>;

export const aanbiederDetail = aanbiederSamenvatting.extend({
  contact: contactgegevens,
  versie: z.number().int(),
  contracten: z.array(contract),
  clientenstops: z.array(clientenstop),
});
export type AanbiederDetail = z.infer<typeof aanbiederDetail>;

/* ---------- Verwijzingswijzer ---------- */

export const verwijzingswijzerQuery = paginaQuery.extend({
  gemeente: gemeenteCode.optional(),
  wet: wet.optional(),
  productCode: productCode.optional(),
  productCategorie: productCategorie.optional(),
  /** Free text on the contract line's result or the product's omschrijving ("dagbesteding"). */
  resultaat: tekst("Resultaat").trim().min(2, "Typ minstens 2 tekens").max(100).optional(),
  /** Part of the provider's name (with a product, wet or resultaat: the picker in plan and besluit). */
  naam: tekst("Naam aanbieder").trim().max(100).optional(),
  peildatum: datum.optional(),
});

export const verwijzing = z.object({
  aanbieder: z.object({ id: z.uuid(), agbCode: tekst(), naam: tekst() }),
  clientenstop: stopKort.nullable(),
  producten: z.array(
    contractregel.extend({ contractKenmerk: tekst(), contractEinddatum: tekst().nullable() }),
  ),
});
export type Verwijzing = z.infer<typeof verwijzing>;

/* ---------- gemeenten ---------- */

export const gemeenteVanVerband = z.object({ code: tekst(), naam: tekst() });

/* ---------- individuele overeenkomsten ---------- */

/** A request for an IO; "zorg buiten contract" asks both why ZIN does not fit and why a pgb is no option. */
export const overeenkomstInvoer = z
  .object({
    aanbiederId: z.uuid("Kies een aanbieder"),
    zaakId: z.uuid("Onbekende zaak"),
    wet,
    productCategorie,
    productCode: productCode.nullable().default(null),
    ingangsdatum: datum,
    einddatum: datum.nullable().default(null),
    /** Eurocent per unit. */
    tarief: z.number().int().min(0).max(100_000_000).nullable().default(null),
    waaromGeenZin: tekst("Waarom geen zorg in natura")
      .trim()
      .min(1, "Leg uit waarom gecontracteerde zorg in natura niet past")
      .max(2500, "Maximaal 2500 tekens"),
    waaromGeenPgb: tekst("Waarom geen pgb")
      .trim()
      .min(1, "Leg uit waarom een pgb niet gewenst of niet mogelijk is")
      .max(2500, "Maximaal 2500 tekens"),
  })
  .strict();
export type OvereenkomstInvoer = z.input<typeof overeenkomstInvoer>;

export const beoordelingInvoer = z
  .object({
    besluit: z.enum(["goedgekeurd", "afgewezen"], "Kies goedkeuren of afwijzen"),
    toelichting: tekst("Toelichting").trim().min(1, "Motiveer het besluit").max(2000, "Maximaal 2000 tekens"),
  })
  .strict();
export type BeoordelingInvoer = z.input<typeof beoordelingInvoer>;

export const overeenkomst = z.object({
  id: z.uuid(),
  aanbieder: z.object({ id: z.uuid(), naam: tekst(), agbCode: tekst() }),
  zaakId: z.uuid(),
  zaaknummer: tekst(),
  wet,
  productCategorie: tekst(),
  productCode: tekst().nullable(),
  ingangsdatum: tekst(),
  einddatum: tekst().nullable(),
  tarief: z.number().int().nullable(),
  motivering: tekst(),
  status: z.enum(OVEREENKOMST_STATUSSEN),
  aangevraagdOp: tekst(),
  aangevraagdDoor: tekst().nullable(),
  beoordeeldOp: tekst().nullable(),
  beoordeeldDoor: tekst().nullable(),
  beoordelingToelichting: tekst().nullable(),
  versie: z.number().int(),
});
export type Overeenkomst = z.infer<typeof overeenkomst>;

export const overeenkomstenQuery = paginaQuery.extend({
  status: z.enum(OVEREENKOMST_STATUSSEN, "Onbekende status").default("aangevraagd"),
});

/* ---------- signalen ---------- */

export const signaalInvoer = z
  .object({
    aanbiederId: z.uuid("Kies een aanbieder"),
    soort: z.enum(SIGNAALSOORTEN, "Kies kwaliteitssignaal of contractsignaal"),
    onderwerp: tekst("Onderwerp").trim().min(1, "Vul het onderwerp in").max(200),
    omschrijving: tekst("Omschrijving").trim().min(1, "Beschrijf het signaal").max(5000),
    ontvangenOp: datum,
    kwaliteitsmanagerId: z.uuid("Kies een kwaliteitsmanager").nullable().default(null),
  })
  .strict();
export type SignaalInvoer = z.input<typeof signaalInvoer>;

export const opvolgingInvoer = z
  .object({
    naarStatus: z.enum(SIGNAALSTATUSSEN, "Onbekende status").nullable().default(null),
    notitie: tekst("Notitie").trim().max(5000).default(""),
    kwaliteitsmanagerId: z.uuid("Kies een kwaliteitsmanager").nullable().optional(),
  })
  .strict();
export type OpvolgingInvoer = z.input<typeof opvolgingInvoer>;

export const opvolgingStap = z.object({
  tijdstip: tekst(),
  door: tekst(),
  vanStatus: tekst(),
  naarStatus: tekst(),
  notitie: tekst(),
});

export const signaal = z.object({
  id: z.uuid(),
  aanbieder: z.object({ id: z.uuid(), naam: tekst(), agbCode: tekst() }),
  soort: z.enum(SIGNAALSOORTEN),
  onderwerp: tekst(),
  omschrijving: tekst(),
  status: z.enum(SIGNAALSTATUSSEN),
  kwaliteitsmanager: z.object({ id: z.uuid(), naam: tekst() }).nullable(),
  ontvangenOp: tekst(),
  opvolging: z.array(opvolgingStap),
  volgendeStatussen: z.array(z.enum(SIGNAALSTATUSSEN)),
  versie: z.number().int(),
});
export type Signaal = z.infer<typeof signaal>;

export const signalenQuery = paginaQuery.extend({
  soort: z.enum(SIGNAALSOORTEN).optional(),
  status: z.enum(SIGNAALSTATUSSEN).optional(),
  aanbiederId: z.uuid().optional(),
  open: z.enum(["ja", "nee"]).default("nee"),
});

export const medewerkerKort = z.object({ id: z.uuid(), naam: tekst() });

export {
  OVEREENKOMST_STATUS_LABELS,
  type Overeenkomststatus,
} from "../domain/aanbieders/overeenkomst";
export { SIGNAALSTATUS_LABELS, type Signaalstatus } from "../domain/aanbieders/signalen";
