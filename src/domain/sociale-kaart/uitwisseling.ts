/**
 * Export and import of the sociale kaart (issue 16) as CSV or JSON, with one documented column set. Pure.
 *
 * Columns (CSV header = JSON key; `KOLOMMEN` below is the documentation the beheer page shows):
 *   externId, soort, naam, aanbieder, omschrijving, categorieen, wijken, adres, telefoon, email, website,
 *   openingstijden, doelgroep, gratis, kosten, gearchiveerd
 * CSV: UTF-8, semicolon-separated like the audit export (a comma is accepted too, told by the header line),
 * RFC 4180 quotes; several categories or wijken separated by "|"; gratis "ja", "nee" or empty (not known),
 * gearchiveerd "ja" or "nee".
 * JSON: an array of objects with these keys (or `{ "voorzieningen": [...] }`, as the export writes it); lists as
 * arrays, yes/no as booleans. Codes or labels are both understood (soort "Minimaregeling", categorie "Sociale
 * contacten", wijk "Assen-Oost").
 *
 * Reading checks every row and reports every error with its line (CSV: the line in the file, the header is
 * line 1; JSON: the number of the object) and the field's label; the act imports only when there is none.
 */
import { csvRegel } from "../audit/filter";
import {
  CATEGORIE_LABELS,
  CATEGORIEEN,
  type Categorie,
  SOORT_LABELS,
  SOORTEN,
  type Soort,
  toetsVoorziening,
  VELD_LABELS,
  type VoorzieningFeiten,
  type VoorzieningInvoer,
} from "./voorziening";

export const KOLOMMEN = [
  "externId",
  "soort",
  "naam",
  "aanbieder",
  "omschrijving",
  "categorieen",
  "wijken",
  "adres",
  "telefoon",
  "email",
  "website",
  "openingstijden",
  "doelgroep",
  "gratis",
  "kosten",
  "gearchiveerd",
] as const satisfies readonly (keyof VoorzieningFeiten)[];
export type Kolom = (typeof KOLOMMEN)[number];

const LABELS: Record<Kolom, string> = { ...VELD_LABELS, gearchiveerd: "Gearchiveerd" };

/** What each column holds, for the beheer page's documentation. */
export const KOLOM_UITLEG: Record<Kolom, string> = {
  externId:
    "Verplicht. Uw eigen sleutel (letters, cijfers, . _ -): met hetzelfde id wordt een voorziening bijgewerkt.",
  soort: `Verplicht. ${SOORTEN.join(", ")}.`,
  naam: "Verplicht.",
  aanbieder: "De organisatie die het aanbiedt.",
  omschrijving: "Wat het is, in gewone woorden.",
  categorieen: `Verplicht, één of meer met | ertussen: ${CATEGORIEEN.join(", ")}.`,
  wijken: "Leeg: de hele gemeente. Anders één of meer wijken met | ertussen (code of naam).",
  adres: "",
  telefoon: "",
  email: "",
  website: "Begint met https:// of http://.",
  openingstijden: "",
  doelgroep: "Voor wie het is.",
  gratis: "ja, nee, of leeg als het niet bekend is.",
  kosten: "Verplicht als gratis nee is: wat het kost, in woorden.",
  gearchiveerd: "ja of nee (leeg: nee). Gearchiveerd staat niet op de openbare kaart.",
};

export const MAX_IMPORT_RIJEN = 2000;
const LIJST_SCHEIDING = "|";

export interface Wijk {
  code: string;
  naam: string;
}

/** One row the import refused: its line, the field's label (when it is about one) and the Dutch message. */
export interface ImportFout {
  regel: number;
  veld?: Kolom;
  melding: string;
}

export type ImportUitkomst =
  | { ok: true; rijen: { regel: number; voorziening: VoorzieningFeiten }[] }
  | { ok: false; fouten: ImportFout[] };

const jaNee = (b: boolean | null) => (b === null ? "" : b ? "ja" : "nee");

/** The kaart as CSV (header, then one line per voorziening), cells guarded like the audit export. */
export function naarCsv(voorzieningen: readonly VoorzieningFeiten[]): string {
  const regels = voorzieningen.map((v) =>
    csvRegel(
      KOLOMMEN.map((k) => {
        const w = v[k];
        return Array.isArray(w) ? w.join(LIJST_SCHEIDING) : typeof w === "string" ? w : jaNee(w);
      }),
    ),
  );
  return `\uFEFF${csvRegel(KOLOMMEN)}${regels.join("")}`;
}

/** The kaart as JSON, in the shape the import reads back. */
export function naarJson(voorzieningen: readonly VoorzieningFeiten[]): string {
  const rijen = voorzieningen.map((v) => Object.fromEntries(KOLOMMEN.map((k) => [k, v[k]])));
  return `${JSON.stringify({ voorzieningen: rijen }, null, 2)}\n`;
}

/**
 * RFC 4180 reading with the given separator: cells per record, with the line each record starts on. A quoted
 * cell may hold the separator, quotes ("") and line breaks.
 */
export function leesCsvRecords(tekst: string, scheiding: string): { regel: number; cellen: string[] }[] {
  const records: { regel: number; cellen: string[] }[] = [];
  let cellen: string[] = [];
  let cel = "";
  let regel = 1;
  let begin = 1;
  let inQuotes = false;
  let i = 0;
  const sluitRecord = () => {
    cellen.push(cel);
    if (!(cellen.length === 1 && cellen[0] === "")) records.push({ regel: begin, cellen });
    cellen = [];
    cel = "";
  };
  while (i < tekst.length) {
    const c = tekst[i] as string;
    if (inQuotes) {
      if (c === '"' && tekst[i + 1] === '"') {
        cel += '"';
        i += 2;
        continue;
      }
      if (c === '"') inQuotes = false;
      else {
        if (c === "\n") regel++;
        cel += c;
      }
      i++;
      continue;
    }
    if (c === '"' && cel === "") inQuotes = true;
    else if (c === scheiding) {
      cellen.push(cel);
      cel = "";
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && tekst[i + 1] === "\n") i++;
      sluitRecord();
      regel++;
      begin = regel;
    } else cel += c;
    i++;
  }
  if (cel !== "" || cellen.length > 0) sluitRecord();
  return records;
}

/** The export's formula guard undone: a leading ' before = + - @ TAB CR was added by `csvCel`. */
const zonderFormuleWacht = (cel: string) => (/^'[=+\-@\t\r]/.test(cel) ? cel.slice(1) : cel);

type RuweRij = Partial<Record<Kolom, unknown>>;

/** Reads a CSV export (or a spreadsheet saved as CSV) into raw rows with their line numbers. */
function csvRijen(tekst: string): { rijen: { regel: number; rij: RuweRij }[] } | { fouten: ImportFout[] } {
  const zonderBom = tekst.replace(/^\uFEFF/, "");
  const eersteRegel = zonderBom.split(/\r?\n/, 1)[0] ?? "";
  const scheiding = eersteRegel.includes(";") || !eersteRegel.includes(",") ? ";" : ",";
  const [kop, ...records] = leesCsvRecords(zonderBom, scheiding);
  if (!kop) return { fouten: [{ regel: 1, melding: "Het bestand is leeg." }] };
  const koppen = kop.cellen.map((c) => c.trim());
  const fouten: ImportFout[] = [];
  const onbekend = koppen.filter((k) => !(KOLOMMEN as readonly string[]).includes(k));
  if (onbekend.length > 0)
    fouten.push({
      regel: 1,
      melding: `Regel 1: onbekende kolom ${onbekend.map((k) => `"${k}"`).join(", ")}. Gebruik de kolommen ${KOLOMMEN.join(", ")}.`,
    });
  for (const k of ["externId", "soort", "naam", "categorieen"] as const)
    if (!koppen.includes(k))
      fouten.push({ regel: 1, melding: `Regel 1: de kolom "${k}" (${LABELS[k]}) ontbreekt.` });
  if (fouten.length > 0) return { fouten };
  return {
    rijen: records.map(({ regel, cellen }) => {
      if (cellen.length !== koppen.length)
        fouten.push({
          regel,
          melding: `Regel ${regel}: ${cellen.length} kolommen, de kop heeft er ${koppen.length}.`,
        });
      return {
        regel,
        rij: Object.fromEntries(koppen.map((k, i) => [k, zonderFormuleWacht(cellen[i] ?? "")])),
      };
    }),
    ...(fouten.length > 0 ? { fouten } : {}),
  };
}

function jsonRijen(tekst: string): { rijen: { regel: number; rij: RuweRij }[] } | { fouten: ImportFout[] } {
  let data: unknown;
  try {
    data = JSON.parse(tekst.replace(/^\uFEFF/, ""));
  } catch {
    return { fouten: [{ regel: 1, melding: "Dit is geen geldige JSON." }] };
  }
  const lijst =
    data && typeof data === "object" && !Array.isArray(data) && "voorzieningen" in data
      ? (data as { voorzieningen: unknown }).voorzieningen
      : data;
  if (!Array.isArray(lijst))
    return {
      fouten: [{ regel: 1, melding: 'Verwacht een lijst voorzieningen of { "voorzieningen": [...] }.' }],
    };
  const fouten: ImportFout[] = [];
  const rijen = lijst.map((item, i) => {
    const regel = i + 1;
    if (!item || typeof item !== "object" || Array.isArray(item)) {
      fouten.push({ regel, melding: `Voorziening ${regel}: verwacht een object met velden.` });
      return { regel, rij: {} };
    }
    const onbekend = Object.keys(item).filter((k) => !(KOLOMMEN as readonly string[]).includes(k));
    if (onbekend.length > 0)
      fouten.push({ regel, melding: `Voorziening ${regel}: onbekend veld ${onbekend.join(", ")}.` });
    return { regel, rij: item as RuweRij };
  });
  return fouten.length > 0 ? { fouten } : { rijen };
}

const normaal = (s: string) => s.trim().toLocaleLowerCase("nl");

/** A value from a code or its label (case does not matter). */
function uitLijst<T extends string>(
  invoer: string,
  codes: readonly T[],
  labels: Record<T, string>,
): T | undefined {
  const n = normaal(invoer);
  return codes.find((c) => c === n || normaal(labels[c]) === n);
}

/** One raw row as the facts of a voorziening, or what is wrong with it (per field, with the line). */
export function leesRij(
  rij: RuweRij,
  regel: number,
  wijken: readonly Wijk[],
  voorvoegsel: string,
): { voorziening: VoorzieningFeiten } | { fouten: ImportFout[] } {
  const fouten: ImportFout[] = [];
  const fout = (veld: Kolom, melding: string) =>
    fouten.push({ regel, veld, melding: `${voorvoegsel} ${regel}, ${melding}` });
  const tekstVan = (k: Kolom): string => {
    const w = rij[k];
    if (w === undefined || w === null) return "";
    if (typeof w === "string") return w.trim();
    if (typeof w === "number") return String(w);
    fout(k, `${LABELS[k]}: verwacht tekst.`);
    return "";
  };
  const lijstVan = (k: Kolom): string[] => {
    const w = rij[k];
    if (Array.isArray(w)) {
      if (w.every((x) => typeof x === "string")) return w.map((x) => x.trim()).filter(Boolean);
      fout(k, `${LABELS[k]}: verwacht een lijst met tekst.`);
      return [];
    }
    return tekstVan(k)
      .split(LIJST_SCHEIDING)
      .map((x) => x.trim())
      .filter(Boolean);
  };
  const jaNeeVan = <T extends boolean | null>(k: Kolom, standaard: T): boolean | T => {
    const w = rij[k];
    if (typeof w === "boolean") return w;
    if (w === null) return standaard;
    const t = normaal(tekstVan(k));
    if (t === "") return standaard;
    if (["ja", "j", "true", "1"].includes(t)) return true;
    if (["nee", "n", "false", "0"].includes(t)) return false;
    fout(k, `${LABELS[k]}: vul ja of nee in.`);
    return standaard;
  };

  const soortTekst = tekstVan("soort");
  const soort = uitLijst<Soort>(soortTekst, SOORTEN, SOORT_LABELS);
  if (!soort)
    fout(
      "soort",
      soortTekst === ""
        ? "Soort: vul dit in."
        : `Soort: onbekend "${soortTekst}"; kies ${SOORTEN.join(", ")}.`,
    );
  const categorieen: Categorie[] = [];
  for (const c of lijstVan("categorieen")) {
    const code = uitLijst<Categorie>(c, CATEGORIEEN, CATEGORIE_LABELS);
    if (code) {
      if (!categorieen.includes(code)) categorieen.push(code);
    } else fout("categorieen", `Categorieën: onbekende categorie "${c}".`);
  }
  const wijkCodes: string[] = [];
  for (const w of lijstVan("wijken")) {
    const wijk = wijken.find((x) => normaal(x.code) === normaal(w) || normaal(x.naam) === normaal(w));
    if (wijk) {
      if (!wijkCodes.includes(wijk.code)) wijkCodes.push(wijk.code);
    } else fout("wijken", `Wijken: onbekende wijk "${w}" in deze gemeente.`);
  }
  const invoer: VoorzieningInvoer = {
    externId: tekstVan("externId"),
    soort: soort ?? "algemene-voorziening",
    naam: tekstVan("naam"),
    aanbieder: tekstVan("aanbieder"),
    omschrijving: tekstVan("omschrijving"),
    categorieen,
    wijken: wijkCodes,
    adres: tekstVan("adres"),
    telefoon: tekstVan("telefoon"),
    email: tekstVan("email"),
    website: tekstVan("website"),
    openingstijden: tekstVan("openingstijden"),
    doelgroep: tekstVan("doelgroep"),
    gratis: jaNeeVan("gratis", null),
    kosten: tekstVan("kosten"),
  };
  const gearchiveerd = jaNeeVan("gearchiveerd", false);
  const alGemeld = new Set(fouten.map((f) => f.veld));
  for (const f of toetsVoorziening(invoer, new Set(wijken.map((w) => w.code))))
    if (!alGemeld.has(f.veld)) fout(f.veld, f.melding);
  return fouten.length > 0 ? { fouten } : { voorziening: { ...invoer, gearchiveerd } };
}

/**
 * Reads a whole file; every row is checked and every error reported, with duplicate extern ids within the file.
 * `ok` only when nothing is wrong: the act then imports all rows or nothing.
 */
export function leesImport(formaat: "csv" | "json", tekst: string, wijken: readonly Wijk[]): ImportUitkomst {
  const gelezen = formaat === "csv" ? csvRijen(tekst) : jsonRijen(tekst);
  if ("fouten" in gelezen && gelezen.fouten) return { ok: false, fouten: gelezen.fouten };
  const { rijen } = gelezen as { rijen: { regel: number; rij: RuweRij }[] };
  const voorvoegsel = formaat === "csv" ? "Regel" : "Voorziening";
  if (rijen.length === 0)
    return { ok: false, fouten: [{ regel: 1, melding: "Er staan geen voorzieningen in het bestand." }] };
  if (rijen.length > MAX_IMPORT_RIJEN)
    return {
      ok: false,
      fouten: [{ regel: 1, melding: `Te veel voorzieningen: maximaal ${MAX_IMPORT_RIJEN} per bestand.` }],
    };
  const fouten: ImportFout[] = [];
  const goed: { regel: number; voorziening: VoorzieningFeiten }[] = [];
  const gezien = new Map<string, number>();
  for (const { regel, rij } of rijen) {
    const uitkomst = leesRij(rij, regel, wijken, voorvoegsel);
    if ("fouten" in uitkomst) {
      fouten.push(...uitkomst.fouten);
      continue;
    }
    const eerder = gezien.get(uitkomst.voorziening.externId);
    if (eerder !== undefined)
      fouten.push({
        regel,
        veld: "externId",
        melding: `${voorvoegsel} ${regel}, Extern id: "${uitkomst.voorziening.externId}" staat ook op ${voorvoegsel.toLowerCase()} ${eerder}.`,
      });
    else gezien.set(uitkomst.voorziening.externId, regel);
    goed.push({ regel, voorziening: uitkomst.voorziening });
  }
  return fouten.length > 0 ? { ok: false, fouten } : { ok: true, rijen: goed };
}
