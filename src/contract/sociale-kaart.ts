/** De sociale kaart (issue 16; domain/sociale-kaart): the public kaart, its beheer, the exchange and the count. */
import { z } from "zod";
import {
  CATEGORIEEN,
  MAXIMA,
  SOORTEN,
  VELD_LABELS,
  type VoorzieningInvoer,
} from "../domain/sociale-kaart/voorziening";
import { tekst } from "../domain/tekst";
import { pagina, paginaQuery } from "./paginering";

const veld = (naam: keyof VoorzieningInvoer, eenRegel = true) => {
  const label = VELD_LABELS[naam];
  const max = MAXIMA[naam] ?? 200;
  return tekst(label, { eenRegel }).trim().max(max, `${label}: maximaal ${max} tekens`);
};

export const soortVoorziening = z.enum(SOORTEN, "Kies een soort");
export const categorie = z.enum(CATEGORIEEN, "Onbekende categorie");
const wijkCode = tekst("Wijk", { eenRegel: true }).trim().min(1, "Kies een wijk").max(60, "Onbekende wijk");

/** What the beheerder fills in; the domain checks the rest (wijken of the gemeente, costs, formats). */
export const voorzieningVerzoek = z
  .object({
    /** Left out on a new one: the kaart makes one from the name. */
    externId: veld("externId").max(60).optional(),
    soort: soortVoorziening,
    naam: veld("naam"),
    aanbieder: veld("aanbieder").default(""),
    omschrijving: veld("omschrijving", false).default(""),
    categorieen: z.array(categorie).max(CATEGORIEEN.length),
    wijken: z.array(wijkCode).max(50).default([]),
    adres: veld("adres").default(""),
    telefoon: veld("telefoon").default(""),
    email: veld("email").default(""),
    website: veld("website").default(""),
    openingstijden: veld("openingstijden", false).default(""),
    doelgroep: veld("doelgroep", false).default(""),
    /** null: not known. */
    gratis: z.boolean().nullable().default(null),
    kosten: veld("kosten").default(""),
  })
  .strict();

export const archiveringVerzoek = z.object({ gearchiveerd: z.boolean() }).strict();

/** What the public sees of a voorziening (no person, no medewerker). */
export const openbareVoorziening = z.object({
  id: z.uuid(),
  soort: soortVoorziening,
  naam: tekst(),
  aanbieder: tekst(),
  omschrijving: tekst(),
  categorieen: z.array(categorie),
  /** The names of its wijken; empty: the whole gemeente. */
  wijken: z.array(tekst()),
  adres: tekst(),
  telefoon: tekst(),
  email: tekst(),
  website: tekst(),
  openingstijden: tekst(),
  doelgroep: tekst(),
  /** null: not known (ask the aanbieder). */
  gratis: z.boolean().nullable(),
  kosten: tekst(),
});

/** The beheer view adds the keys, the codes and who changed it last. */
export const voorzieningWeergave = openbareVoorziening.extend({
  externId: tekst(),
  wijkCodes: z.array(tekst()),
  gearchiveerd: z.boolean(),
  versie: z.number().int(),
  gewijzigdOp: tekst(),
  gewijzigdDoor: tekst().nullable(),
});

export const kaartQuery = paginaQuery
  .extend({
    zoek: tekst("Zoeken", { eenRegel: true }).trim().max(100, "Zoeken: maximaal 100 tekens").optional(),
    wijk: wijkCode.optional(),
    categorie: categorie.optional(),
    soort: soortVoorziening.optional(),
  })
  .strict();

export const beheerKaartQuery = kaartQuery.extend({
  /** Also the archived ones (beheer). */
  gearchiveerd: z.enum(["ja", "nee"], "Kies ja of nee").optional(),
});

export const openbareKaartPagina = pagina(openbareVoorziening);
export const voorzieningenPagina = pagina(voorzieningWeergave);

/** The gemeente of a public kaart with what it can be filtered on. */
export const openbareKaart = z.object({
  gemeente: z.object({ code: tekst(), naam: tekst(), slug: tekst() }),
  wijken: z.array(z.object({ code: tekst(), naam: tekst() })),
  categorieen: z.array(z.object({ code: categorie, label: tekst() })),
  soorten: z.array(z.object({ code: soortVoorziening, label: tekst() })),
});

export const kaartGemeenten = z.object({
  items: z.array(z.object({ code: tekst(), naam: tekst(), slug: tekst() })),
});

export const gemeenteParams = z.object({
  gemeente: tekst("Gemeente", { eenRegel: true }).trim().min(1).max(60, "Onbekende gemeente"),
});

export const importVerzoek = z
  .object({
    formaat: z.enum(["csv", "json"], "Kies CSV of JSON"),
    /** The file's text (the page reads the chosen file). */
    inhoud: tekst("Bestand").min(1, "Bestand: kies een bestand").max(4_000_000, "Bestand: maximaal 4 MB"),
  })
  .strict();

export const importUitkomst = z.object({
  nieuw: z.number().int(),
  bijgewerkt: z.number().int(),
  ongewijzigd: z.number().int(),
});

export const exportQuery = z
  .object({ formaat: z.enum(["csv", "json"], "Kies CSV of JSON").default("csv") })
  .strict();

export const tellingQuery = z
  .object({
    van: tekst("Van", { eenRegel: true }).optional(),
    tot: tekst("Tot en met", { eenRegel: true }).optional(),
  })
  .strict();

export const tellingWeergave = z.object({
  van: tekst().nullable(),
  tot: tekst().nullable(),
  totaal: z.number().int(),
  perVoorziening: z.array(
    z.object({ id: z.uuid(), naam: tekst(), categorieen: z.array(categorie), inwoners: z.number().int() }),
  ),
  perCategorie: z.array(z.object({ categorie, label: tekst(), inwoners: z.number().int() })),
});
