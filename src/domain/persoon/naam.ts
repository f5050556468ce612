import { isGeldigBsn, normaliseerBsn } from "./bsn";
import { isGeldigePostcode, normaliseerPostcode } from "./postcode";

export interface Naam {
  voornamen: string;
  voorvoegsel?: string | null | undefined;
  geslachtsnaam: string;
}

/** "Jan de Vries". */
export function volledigeNaam(n: Naam): string {
  return [n.voornamen, n.voorvoegsel, n.geslachtsnaam].filter((d) => d && d.trim() !== "").join(" ");
}

/** List name as Dutch registers sort it: "Vries, J. de". */
export function aanschrijfnaam(n: Naam): string {
  const initialen = n.voornamen
    .split(/\s+/)
    .filter(Boolean)
    .map((v) => `${v[0]?.toUpperCase()}.`)
    .join("");
  return `${n.geslachtsnaam}, ${initialen}${n.voorvoegsel ? ` ${n.voorvoegsel}` : ""}`;
}

/** Search key: lower case, no diacritics, only letters/digits separated by single spaces ("Jánsen" → "jansen"). */
export function zoeksleutel(tekst: string): string {
  return tekst
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Dutch voorvoegsels (tussenvoegsels), longest first so "van der" wins over "van". */
export const VOORVOEGSELS = [
  "van de",
  "van der",
  "van den",
  "van het",
  "van 't",
  "in de",
  "in het",
  "in 't",
  "op de",
  "op den",
  "op het",
  "op ten",
  "uit de",
  "uit den",
  "uit het",
  "von der",
  "de la",
  "van",
  "de",
  "den",
  "der",
  "het",
  "'t",
  "te",
  "ten",
  "ter",
  "op",
  "in",
  "uit",
  "von",
  "la",
  "le",
  "du",
  "d'",
  "l'",
].sort((a, b) => b.length - a.length);

/** "van den Heuvel" → voorvoegsel "van den", geslachtsnaam "Heuvel" (original case kept). */
export function scheidVoorvoegsel(naam: string): { voorvoegsel: string | null; geslachtsnaam: string } {
  const klein = naam.toLowerCase();
  for (const v of VOORVOEGSELS) {
    if (klein.startsWith(`${v} `))
      return { voorvoegsel: naam.slice(0, v.length), geslachtsnaam: naam.slice(v.length + 1).trim() };
  }
  return { voorvoegsel: null, geslachtsnaam: naam };
}

export type Zoekterm =
  | { soort: "bsn"; bsn: string }
  | { soort: "geboortedatum"; datum: string }
  | { soort: "postcode"; postcode: string; huisnummer?: number }
  | { soort: "naam"; geslachtsnaamPrefix: string; voorvoegsel?: string; voornaamPrefix?: string };

function datumUit(tekst: string): string | null {
  let j: number;
  let m: number;
  let d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(tekst);
  const nl = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(tekst);
  if (iso) [j, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (nl) [d, m, j] = [Number(nl[1]), Number(nl[2]), Number(nl[3])];
  else return null;
  const datum = new Date(Date.UTC(j, m - 1, d));
  if (datum.getUTCFullYear() !== j || datum.getUTCMonth() !== m - 1 || datum.getUTCDate() !== d) return null;
  return datum.toISOString().slice(0, 10);
}

/** Splits "van der berg" into voorvoegsel + rest when it starts with a known voorvoegsel. */
function splitsVoorvoegsel(woorden: string): { voorvoegsel?: string; rest: string } {
  for (const v of VOORVOEGSELS) {
    if (woorden.startsWith(`${v} `)) return { voorvoegsel: v, rest: woorden.slice(v.length + 1).trim() };
  }
  return { rest: woorden };
}

/**
 * Interprets what a medewerker typed in the search box: a BSN, a birth date (2010-03-05 or 5-3-2010),
 * a postcode with optional huisnummer ("9301 AB 12"), or a name: "jansen", "de vries", "Vries, de",
 * "jan de vries" (first name prefix, voorvoegsel, surname prefix).
 */
export function zoektermen(invoer: string): Zoekterm {
  const tekst = invoer.trim();
  const cijfers = tekst.replace(/[\s.]/g, "");
  if (/^\d{8,9}$/.test(cijfers) && isGeldigBsn(cijfers))
    return { soort: "bsn", bsn: normaliseerBsn(cijfers) };
  const datum = datumUit(tekst);
  if (datum) return { soort: "geboortedatum", datum };
  const pc = /^([1-9]\d{3}\s?[A-Za-z]{2})(?:\s+(\d{1,5}))?/.exec(tekst);
  if (pc && isGeldigePostcode(pc[1] as string)) {
    const postcode = normaliseerPostcode(pc[1] as string);
    return pc[2]
      ? { soort: "postcode", postcode, huisnummer: Number(pc[2]) }
      : { soort: "postcode", postcode };
  }
  // "Vries, de" / "Vries, Jan de": surname first, then first name and/or voorvoegsel.
  const komma = tekst.indexOf(",");
  if (komma > 0) {
    const achternaam = zoeksleutel(tekst.slice(0, komma));
    const na = zoeksleutel(tekst.slice(komma + 1));
    const woorden = na.split(" ").filter(Boolean);
    let voorvoegsel: string | undefined;
    for (const v of VOORVOEGSELS) {
      if (na === v || na.endsWith(` ${v}`)) {
        voorvoegsel = v;
        woorden.splice(woorden.length - v.split(" ").length);
        break;
      }
    }
    return {
      soort: "naam",
      geslachtsnaamPrefix: achternaam,
      ...(voorvoegsel ? { voorvoegsel } : {}),
      ...(woorden[0] ? { voornaamPrefix: woorden[0] } : {}),
    };
  }
  const sleutel = zoeksleutel(tekst);
  const eerst = splitsVoorvoegsel(sleutel);
  if (eerst.voorvoegsel && eerst.rest) {
    return { soort: "naam", geslachtsnaamPrefix: eerst.rest, voorvoegsel: eerst.voorvoegsel };
  }
  const woorden = sleutel.split(" ").filter(Boolean);
  if (woorden.length >= 2) {
    // "jan de vries": a first name, then (voorvoegsel +) surname.
    const [voornaam, ...rest] = woorden;
    const achter = splitsVoorvoegsel(rest.join(" "));
    if (achter.voorvoegsel || rest.length === 1) {
      return {
        soort: "naam",
        geslachtsnaamPrefix: achter.rest,
        ...(achter.voorvoegsel ? { voorvoegsel: achter.voorvoegsel } : {}),
        voornaamPrefix: voornaam as string,
      };
    }
  }
  return { soort: "naam", geslachtsnaamPrefix: sleutel };
}
