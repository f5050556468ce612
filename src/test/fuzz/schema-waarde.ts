/**
 * Values for a schema-driven fuzz test: from the JSON Schema of an OpenAPI operation, make a value that fits
 * (so the request gets past the first check and reaches the act) or one that is wrong in a chosen way (so the
 * refusal path is exercised). Seeded: the same seed gives the same requests.
 */

/** A small, seeded pseudo-random generator (mulberry32). */
export class Toeval {
  private staat: number;
  constructor(zaad: number) {
    this.staat = zaad >>> 0;
  }
  getal(): number {
    this.staat = (this.staat + 0x6d2b79f5) >>> 0;
    let t = this.staat;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }
  geheel(min: number, max: number): number {
    return min + Math.floor(this.getal() * (max - min + 1));
  }
  kans(p: number): boolean {
    return this.getal() < p;
  }
  kies<T>(uit: readonly T[]): T {
    return uit[Math.floor(this.getal() * uit.length)] as T;
  }
}

export interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  minItems?: number;
  maxItems?: number;
  nullable?: boolean;
  default?: unknown;
  additionalProperties?: boolean | Schema;
}

/** Strings that have broken apps before: control characters, markup, SQL, huge, odd Unicode. */
const LASTIGE_TEKSTEN = [
  "a\u0000b",
  "\u0000",
  "\u0007\u001b[31m",
  "'; drop table zaken; --",
  "<script>alert(1)</script>",
  `$${"{"}7*7}{{7*7}}`,
  "../../../../etc/passwd",
  "\ud800",
  "👩‍👩‍👧‍👦 Ünïcødé ẞ",
  " ",
  "",
  "x".repeat(10_000),
  "9999-99-99",
  "2026-02-30",
  "-1",
  "NaN",
  "null",
] as const;

const LASTIGE_GETALLEN = [
  -1,
  0,
  2_147_483_648,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e308,
  0.5,
  Number.MAX_SAFE_INTEGER,
] as const;

/** Values that are any type but the expected one. */
const VERKEERDE_TYPEN: readonly unknown[] = [null, true, 12, "tekst", [], {}, [null], { a: 1 }];

/** Real ids seen in responses, to reach existing rows instead of only 404s. */
export type IdPool = () => string | undefined;

function uuid(t: Toeval): string {
  const h = (n: number) => Array.from({ length: n }, () => t.geheel(0, 15).toString(16)).join("");
  return `${h(8)}-${h(4)}-4${h(3)}-${t.kies(["8", "9", "a", "b"])}${h(3)}-${h(12)}`;
}

function datum(t: Toeval): string {
  const j = t.geheel(2020, 2028);
  const m = String(t.geheel(1, 12)).padStart(2, "0");
  const d = String(t.geheel(1, 28)).padStart(2, "0");
  return `${j}-${m}-${d}`;
}

function gewoneTekst(t: Toeval, s: Schema): string {
  switch (s.format) {
    case "uuid":
      return uuid(t);
    case "date":
      return datum(t);
    case "date-time":
      return `${datum(t)}T${String(t.geheel(0, 23)).padStart(2, "0")}:15:00.000Z`;
    case "email":
      return `fuzz${t.geheel(1, 999)}@voorbeeld.nl`;
    case "uri":
      return "https://voorbeeld.nl/pad";
  }
  if (s.pattern === "^\\d{9}$" || s.pattern === "^[0-9]{9}$") return "123456782";
  if (s.pattern === "^\\d{4}$" || s.pattern === "^[0-9]{4}$") return "1699";
  if (s.pattern === "^\\d{8}$" || s.pattern === "^[0-9]{8}$") return String(t.geheel(10_000_000, 99_999_999));
  const min = s.minLength ?? 0;
  const max = Math.min(s.maxLength ?? 40, Math.max(min, 40));
  const lengte = t.geheel(min, max);
  const woorden = ["zorg", "Jansen", "hulp", "de", "Vries", "thuis", "Assen", "ondersteuning", "1", "wmo"];
  let uit = "";
  while (uit.length < lengte) uit += `${uit ? " " : ""}${t.kies(woorden)}`;
  return uit.slice(0, Math.max(lengte, min)).padEnd(min, "x");
}

function enkel(s: Schema): Schema {
  const varianten = s.anyOf ?? s.oneOf;
  if (varianten && varianten.length > 0) return varianten[0] as Schema;
  return s;
}

function typeVan(s: Schema): string | undefined {
  if (Array.isArray(s.type)) return s.type.find((x) => x !== "null") ?? s.type[0];
  if (s.type) return s.type;
  if (s.properties) return "object";
  if (s.items) return "array";
  return undefined;
}

/** A value that fits the schema (as far as a JSON Schema can say; business rules may still refuse it). */
export function passendeWaarde(s: Schema, t: Toeval, ids: IdPool, diepte = 0): unknown {
  if (s.const !== undefined) return s.const;
  if (s.enum && s.enum.length > 0) return t.kies(s.enum);
  const varianten = s.anyOf ?? s.oneOf;
  if (varianten && varianten.length > 0) return passendeWaarde(t.kies(varianten), t, ids, diepte);
  if (s.allOf && s.allOf.length > 0) {
    const samen: Schema = { type: "object", properties: {}, required: [] };
    for (const deel of s.allOf) {
      Object.assign(samen.properties as Record<string, Schema>, deel.properties ?? {});
      samen.required?.push(...(deel.required ?? []));
    }
    return passendeWaarde(samen, t, ids, diepte);
  }
  switch (typeVan(s)) {
    case "object": {
      const uit: Record<string, unknown> = {};
      for (const [naam, sub] of Object.entries(s.properties ?? {})) {
        const nodig = s.required?.includes(naam) ?? false;
        if (nodig || (diepte < 4 && t.kans(0.6))) uit[naam] = passendeWaarde(sub, t, ids, diepte + 1);
      }
      return uit;
    }
    case "array": {
      const min = s.minItems ?? 0;
      const max = Math.min(s.maxItems ?? 3, min + 3);
      const n = diepte > 4 ? min : t.geheel(min, max);
      return Array.from({ length: n }, () => passendeWaarde(s.items ?? {}, t, ids, diepte + 1));
    }
    case "integer":
    case "number": {
      const min = typeof s.minimum === "number" ? s.minimum : 0;
      const max = typeof s.maximum === "number" ? s.maximum : min + 100;
      const n = t.geheel(Math.ceil(min), Math.floor(Math.min(max, min + 1000)));
      return typeVan(s) === "integer" || t.kans(0.5) ? n : Math.min(max, n + 0.25);
    }
    case "boolean":
      return t.kans(0.5);
    case "string":
      if (s.format === "uuid" && t.kans(0.7)) return ids() ?? uuid(t);
      return gewoneTekst(t, s);
    case "null":
      return null;
    default:
      return t.kans(0.5) ? gewoneTekst(t, { type: "string" }) : t.geheel(0, 10);
  }
}

/** The same value with one thing wrong in it: a bad string, number or type somewhere, or a field too many. */
export function verstoorde(waarde: unknown, t: Toeval): unknown {
  if (waarde === null || typeof waarde !== "object") {
    if (typeof waarde === "string") {
      return t.kans(0.5) ? `${waarde}${t.kies(LASTIGE_TEKSTEN)}` : t.kies(LASTIGE_TEKSTEN);
    }
    if (typeof waarde === "number") return t.kies(LASTIGE_GETALLEN);
    return t.kies(VERKEERDE_TYPEN);
  }
  if (Array.isArray(waarde)) {
    if (waarde.length === 0 || t.kans(0.2)) return t.kans(0.5) ? [t.kies(VERKEERDE_TYPEN)] : "geen lijst";
    const kopie = [...waarde];
    const i = t.geheel(0, kopie.length - 1);
    kopie[i] = verstoorde(kopie[i], t);
    return kopie;
  }
  const kopie: Record<string, unknown> = { ...(waarde as Record<string, unknown>) };
  const velden = Object.keys(kopie);
  const keuze = t.getal();
  if (velden.length === 0 || keuze < 0.1) {
    kopie[t.kies(["__proto__", "constructor", "onbekendVeld", "gemeenteCode", "id"])] =
      t.kies(LASTIGE_TEKSTEN);
  } else if (keuze < 0.2) {
    delete kopie[t.kies(velden)];
  } else {
    const veld = t.kies(velden);
    kopie[veld] = verstoorde(kopie[veld], t);
  }
  return kopie;
}

/** A path or query parameter value: usually fitting (a real id when there is one), sometimes wrong. */
export function parameterWaarde(s: Schema, t: Toeval, ids: IdPool, verstoren: boolean): string {
  const schema = enkel(s);
  const w = passendeWaarde(schema, t, ids);
  const uit = verstoren ? verstoorde(w, t) : w;
  if (uit === null || uit === undefined) return "";
  return typeof uit === "object" ? JSON.stringify(uit) : String(uit);
}
