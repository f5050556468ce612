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

/** Letters that Unicode does not decompose into a base letter + accent, folded as a Dutch keyboard types them. */
const LETTERVERVANGING: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
  ĳ: "ij",
};

/**
 * Search key: lower case, no diacritics, only letters/digits separated by single spaces ("Jánsen" → "jansen",
 * "Yılmaz" → "yilmaz", "Wałęsa" → "walesa"); hyphens and apostrophes separate parts ("D'Hondt" → "d hondt").
 */
export function zoeksleutel(tekst: string): string {
  return (
    tekst
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      // Recompose what NFD split without marks (a Hangul syllable into three letters).
      .normalize("NFC")
      .toLowerCase()
      .replace(/[ßæœøłđðþıĳ]/g, (l) => LETTERVERVANGING[l] ?? l)
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()
  );
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

/**
 * Words that are (part of) a voorvoegsel, as search keys: the Dutch ones above ("'t" → "t", "d'" → "d") and the
 * articles of names that came with their bearers ("El Amrani", "da Silva", "dos Santos", "del Rio").
 */
const VOORVOEGSELWOORDEN = new Set([
  ...VOORVOEGSELS.flatMap((v) => zoeksleutel(v).split(" ")),
  ...["el", "al", "da", "das", "do", "dos", "di", "del", "della", "des"],
]);

const isVoorvoegselwoord = (woord: string) => VOORVOEGSELWOORDEN.has(woord);

/** Parts of a surname beyond this many do not start a key of their own (keeps a 100-part name bounded). */
const MAX_SLEUTELDELEN = 10;

/**
 * Keys are cut to this many characters: twice the longest search input (100), as folding can double a letter
 * ("ß" → "ss"), so no prefix anyone can type is lost, and a key row stays well within a btree entry.
 */
export const MAX_SLEUTELLENGTE = 200;

const afgekapt = (sleutel: string) => [...sleutel].slice(0, MAX_SLEUTELLENGTE).join("");

/**
 * The search keys stored for a person's surname (voorvoegsel + geslachtsnaam), so that a name search finds it
 * by any prefix of any of its parts and by the whole, with or without its voorvoegsels:
 * - every tail of its parts: "Jansen-de Vries" → "jansen de vries", "de vries", "vries";
 * - the same tails written together: "jansendevries", "devries", "vandenberg", "dancona";
 * - the tails of the parts without voorvoegsels: "jansen vries" (typed without the "de").
 * A search for prefix p finds the person when p is a prefix of one of these keys (db/personen.ts#zoekPersonen).
 */
export function naamZoeksleutels(n: { voorvoegsel?: string | null; geslachtsnaam: string }): string[] {
  const delen = zoeksleutel(`${n.voorvoegsel ?? ""} ${n.geslachtsnaam}`)
    .split(" ")
    .filter(Boolean);
  const kern = delen.filter((d) => !isVoorvoegselwoord(d));
  const sleutels = new Set<string>();
  const staarten = (woorden: string[], ookAaneen: boolean) => {
    for (let i = 0; i < Math.min(woorden.length, MAX_SLEUTELDELEN); i++) {
      const staart = woorden.slice(i);
      sleutels.add(afgekapt(staart.join(" ")));
      if (ookAaneen) sleutels.add(afgekapt(staart.join("")));
    }
  };
  staarten(delen, true);
  staarten(kern, false);
  return [...sleutels];
}

export type Zoekterm =
  | { soort: "bsn"; bsn: string }
  | { soort: "geboortedatum"; datum: string }
  | { soort: "postcode"; postcode: string; huisnummer?: number }
  | { soort: "naam"; varianten: NaamVariant[] };

/**
 * One reading of a typed name: a prefix of one of the person's surname keys (see naamZoeksleutels), and when
 * the words before it are read as first names, a prefix of the first names too. A person matching any
 * reading is found.
 */
export interface NaamVariant {
  achternaam: string;
  voornaam?: string;
}

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

/** At most this many leading words are tried as first names ("jan pieter de vries"). */
const MAX_VOORNAAMWOORDEN = 3;

/** The readings of a name typed without a comma: all surname, or first names followed by a surname. */
function naamVarianten(sleutel: string): NaamVariant[] {
  if (sleutel === "") return [];
  const woorden = sleutel.split(" ");
  const varianten: NaamVariant[] = [{ achternaam: sleutel }];
  for (let k = 1; k < woorden.length && k <= MAX_VOORNAAMWOORDEN; k++) {
    const voornamen = woorden.slice(0, k);
    // "de vries" is not the first name "de" with the surname "vries"; "2026" is no first name at all.
    if (voornamen.some((w) => isVoorvoegselwoord(w) || !/\p{L}/u.test(w))) break;
    varianten.push({ voornaam: voornamen.join(" "), achternaam: woorden.slice(k).join(" ") });
  }
  return varianten;
}

/** "Vries, Jan de" / "Berg, van den" / "Amrani, El": surname first, then first name and/or voorvoegsel. */
function naamMetKomma(achter: string, na: string): NaamVariant[] {
  const woorden = na.split(" ").filter(Boolean);
  let begin = woorden.length;
  while (begin > 0 && isVoorvoegselwoord(woorden[begin - 1] as string)) begin--;
  const achternaam = [...woorden.slice(begin), ...achter.split(" ")].filter(Boolean).join(" ");
  if (achternaam === "") return [];
  // The first given name or initial only: "Vries, J.P." still finds "Jan Pieter".
  const voornaam = woorden[0] !== undefined && begin > 0 ? woorden[0] : undefined;
  return [voornaam ? { achternaam, voornaam } : { achternaam }];
}

/**
 * Interprets what a medewerker typed in the search box: a BSN, a birth date (2010-03-05 or 5-3-2010),
 * a postcode with optional huisnummer ("9301 AB 12"), or a name: "jansen", "de vries", "Jansen-de V",
 * "Vries, de", "Berg, Jan van den", "jan de vries" (first name prefix, then a surname prefix).
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
  const komma = tekst.indexOf(",");
  if (komma > 0) {
    return {
      soort: "naam",
      varianten: naamMetKomma(zoeksleutel(tekst.slice(0, komma)), zoeksleutel(tekst.slice(komma + 1))),
    };
  }
  return { soort: "naam", varianten: naamVarianten(zoeksleutel(tekst)) };
}
