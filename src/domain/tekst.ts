import { z } from "zod";

/**
 * The characters no text of ours may hold, because PostgreSQL or XML 1.0 cannot store them:
 * - U+0000 (PostgreSQL refuses it in text and in jsonb: "invalid byte sequence", "unsupported Unicode escape");
 * - the other C0 controls except TAB, LF and CR (XML 1.0 `Char` excludes them, so no iWmo/iJw message or
 *   letter could carry them; TAB, LF and CR stay allowed for notes and letters written in several lines);
 * - a lone UTF-16 surrogate (jsonb refuses the `\ud800` escape JSON.stringify writes for it; a text column
 *   would silently turn it into U+FFFD); a surrogate pair (emoji) is of course fine;
 * - U+FFFE and U+FFFF (not XML characters).
 * DEL and the C1 controls are valid in both and stay allowed, except in one-line texts (names, see `eenRegel`).
 * Written without the `u` flag and without `\p{…}`, so the pattern means the same in the OpenAPI document
 * (a JSON Schema `pattern`, which a client may compile with or without `u`) as here.
 */
const toegestaan = (verboden: string) =>
  new RegExp(`^(?:[^${verboden}\\uD800-\\uDFFF\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$`);
const TOEGESTAAN = toegestaan("\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F");
/** One-line texts (names, addresses): no control character at all (they break letters and exports). */
const TOEGESTAAN_EEN_REGEL = toegestaan("\\u0000-\\u001F\\u007F-\\u009F");

export interface TekstOpties {
  /** A one-line text: TAB, LF, CR, DEL and the C1 controls are refused too. */
  eenRegel?: boolean;
}

/**
 * The one string type of every zod schema (contracts, route parameters, the persoon schema): `z.string()`
 * that refuses the characters above with "‹label› bevat een teken dat niet is toegestaan". It stays a
 * `ZodString`, so `.trim()`, `.min()`, `.max()`, `.regex()` chain as before. Response fields use it too, so a
 * row stored before this rule with such a control character (never U+0000: PostgreSQL refused that) would now
 * fail the response check. `tekst.test.ts` fails on a bare `z.string()` anywhere in src/ or web/src.
 */
export function tekst(label = "Deze tekst", opties: TekstOpties = {}): z.ZodString {
  return z
    .string()
    .regex(
      opties.eenRegel ? TOEGESTAAN_EEN_REGEL : TOEGESTAAN,
      `${label} bevat een teken dat niet is toegestaan`,
    );
}
