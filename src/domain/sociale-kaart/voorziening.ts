/**
 * De sociale kaart (issue 16; seed 000 §3–4, 003 Stroom 1 en 5, 002 §4–6 en bijlage 2): the voorzieningen a
 * resident can use without an indication — the voorliggend veld that goes first (000 §4: "toeleiden naar het
 * voorliggend veld") — per gemeente, for everyone to find and for the consulent to choose in the resultatenplan.
 * Pure: the rules of one voorziening; the exchange format is in `uitwisseling.ts`, the count in `telling.ts`.
 */

/**
 * What kind of offer it is.
 *  - algemene voorziening: Wmo 2015 art. 1.1.1 lid 1, "aanbod van diensten of activiteiten dat, zonder voorafgaand
 *    onderzoek naar de behoeften, persoonskenmerken en mogelijkheden van de gebruikers, toegankelijk is en dat is
 *    gericht op maatschappelijke ondersteuning" (bron: "Wmo 2015 art. 1.1.1 lid 1");
 *  - voorliggend veld: other free, non-indicated help in the wijk (clubs, vrijwilligers, the buurtteam's offer;
 *    000 §4, 003 Stroom 1);
 *  - minimaregeling: help for residents with a low income (002 bijlage 1, "voorzieningen bestaanszekerheid").
 */
export const SOORTEN = ["algemene-voorziening", "voorliggend-veld", "minimaregeling"] as const;
export type Soort = (typeof SOORTEN)[number];

export const SOORT_LABELS: Record<Soort, string> = {
  "algemene-voorziening": "Algemene voorziening",
  "voorliggend-veld": "Voorliggend veld",
  minimaregeling: "Minimaregeling",
};

/** The categories of 002 bijlage 2 (Assen-Oost), and work, which the bestaanszekerheid overview adds. */
export const CATEGORIEEN = [
  "sport",
  "sociale-contacten",
  "geldzaken",
  "gezondheid",
  "wonen",
  "vrijwilligerswerk",
  "ouderschap",
  "werk",
] as const;
export type Categorie = (typeof CATEGORIEEN)[number];

export const CATEGORIE_LABELS: Record<Categorie, string> = {
  sport: "Sport",
  "sociale-contacten": "Sociale contacten",
  geldzaken: "Geldzaken",
  gezondheid: "Gezondheid",
  wonen: "Wonen",
  vrijwilligerswerk: "Vrijwilligerswerk",
  ouderschap: "Ouderschap",
  werk: "Werk",
};

/** The facts of one voorziening as the beheerder keeps them. Empty `wijken`: the whole gemeente. */
export interface VoorzieningInvoer {
  externId: string;
  soort: Soort;
  naam: string;
  aanbieder: string;
  omschrijving: string;
  categorieen: Categorie[];
  wijken: string[];
  adres: string;
  telefoon: string;
  email: string;
  website: string;
  openingstijden: string;
  doelgroep: string;
  /** null: not known (the source does not say; the resident asks the aanbieder). */
  gratis: boolean | null;
  /** What it costs, in words ("€ 2,50 per keer"); required when not free. */
  kosten: string;
}

/** A voorziening with nothing filled in but the kind (a new one in the form, the base seed's unknown facts). */
export const LEGE_VOORZIENING: Omit<VoorzieningInvoer, "externId" | "naam"> = {
  soort: "algemene-voorziening",
  aanbieder: "",
  omschrijving: "",
  categorieen: [],
  wijken: [],
  adres: "",
  telefoon: "",
  email: "",
  website: "",
  openingstijden: "",
  doelgroep: "",
  gratis: null,
  kosten: "",
};

/** A broken rule on one field (API name), with the Dutch message naming the field by its label. */
export interface VoorzieningFout {
  regel: string;
  veld: keyof VoorzieningInvoer;
  melding: string;
}

/** The label of every field, in the words of the form, the export's header and the import's messages. */
export const VELD_LABELS: Record<keyof VoorzieningInvoer, string> = {
  externId: "Extern id",
  soort: "Soort",
  naam: "Naam",
  aanbieder: "Aanbieder of organisatie",
  omschrijving: "Omschrijving",
  categorieen: "Categorieën",
  wijken: "Wijken",
  adres: "Adres",
  telefoon: "Telefoon",
  email: "E-mailadres",
  website: "Website",
  openingstijden: "Openingstijden",
  doelgroep: "Doelgroep",
  gratis: "Gratis",
  kosten: "Kosten",
};

/** A key another system (or a spreadsheet) recognises the voorziening by: letters, digits, . _ -; 1 to 60. */
export const EXTERN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TELEFOON = /^\+?[0-9][0-9 ()-]{5,19}$/;
const WEBSITE = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

export const MAXIMA: Partial<Record<keyof VoorzieningInvoer, number>> = {
  naam: 200,
  aanbieder: 200,
  omschrijving: 2000,
  adres: 300,
  telefoon: 20,
  email: 200,
  website: 300,
  openingstijden: 500,
  doelgroep: 500,
  kosten: 200,
};

/**
 * Checks one voorziening against the rules of the kaart; every broken rule with its field. `wijkCodes`: the wijken
 * of the gemeente (a voorziening lies in some of them, or in the whole gemeente).
 */
export function toetsVoorziening(v: VoorzieningInvoer, wijkCodes: ReadonlySet<string>): VoorzieningFout[] {
  const fouten: VoorzieningFout[] = [];
  const fout = (veld: keyof VoorzieningInvoer, regel: string, tekst: string) =>
    fouten.push({ regel, veld, melding: `${VELD_LABELS[veld]}: ${tekst}` });
  if (!EXTERN_ID.test(v.externId))
    fout("externId", "extern-id", "gebruik 1 tot 60 letters, cijfers, punten, streepjes of lage streepjes");
  if (v.naam.trim() === "") fout("naam", "verplicht", "vul dit in.");
  for (const [veld, max] of Object.entries(MAXIMA) as [keyof VoorzieningInvoer, number][]) {
    const waarde = v[veld];
    if (typeof waarde === "string" && waarde.length > max) fout(veld, "te-lang", `maximaal ${max} tekens.`);
  }
  if (v.categorieen.length === 0) fout("categorieen", "categorie-verplicht", "kies minstens één categorie.");
  const onbekend = v.wijken.filter((w) => !wijkCodes.has(w));
  if (onbekend.length > 0)
    fout("wijken", "wijk-onbekend", `onbekende wijk ${onbekend.join(", ")} in deze gemeente.`);
  if (v.gratis === false && v.kosten.trim() === "")
    fout("kosten", "kosten-verplicht", "beschrijf wat het kost, of kies gratis.");
  if (v.email !== "" && !EMAIL.test(v.email)) fout("email", "email", "dit is geen e-mailadres.");
  if (v.telefoon !== "" && !TELEFOON.test(v.telefoon))
    fout("telefoon", "telefoon", "gebruik alleen cijfers, spaties en streepjes (bijvoorbeeld 0592 123456).");
  if (v.website !== "" && !WEBSITE.test(v.website))
    fout("website", "website", "begin met https:// of http://.");
  return fouten;
}

/** The stored facts of a voorziening: its input and whether it is archived (off the public kaart). */
export type VoorzieningFeiten = VoorzieningInvoer & { gearchiveerd: boolean };

const VERGELEKEN = [...Object.keys(VELD_LABELS), "gearchiveerd"] as (keyof VoorzieningFeiten)[];
const vergelijkbaar = (w: unknown) => JSON.stringify(Array.isArray(w) ? [...w].sort() : w);

/** The same facts (lists in any order), so saving them again changes nothing: no new versie, no audit entry. */
export function zelfdeVoorziening(a: VoorzieningFeiten, b: VoorzieningFeiten): boolean {
  return VERGELEKEN.every((k) => vergelijkbaar(a[k]) === vergelijkbaar(b[k]));
}

/** A gemeente's name in a URL: "Aa en Hunze" → "aa-en-hunze" (the public page /sociale-kaart/{slug}). */
export function gemeenteSlug(naam: string): string {
  return naam
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
