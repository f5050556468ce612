/**
 * Letter templates and folder texts maintained by the beheerder use `{{naam}}` placeholders.
 * `vulIn` replaces them with the given values; `ontbrekendeVelden` tells which placeholders have no value,
 * so a letter is never sent with a gap in it.
 */
const PLAATSHOUDER = /\{\{\s*([a-zA-Z][\w.]*)\s*\}\}/g;

export type Waarden = Readonly<Record<string, string | number | null | undefined>>;

export function plaatshouders(tekst: string): string[] {
  return [...new Set([...tekst.matchAll(PLAATSHOUDER)].map((m) => m[1] as string))];
}

export function ontbrekendeVelden(tekst: string, waarden: Waarden): string[] {
  return plaatshouders(tekst).filter((naam) => {
    const waarde = waarden[naam];
    return waarde === undefined || waarde === null || waarde === "";
  });
}

/** Fills every placeholder; unknown or empty ones become an empty string (check `ontbrekendeVelden` first). */
export function vulIn(tekst: string, waarden: Waarden): string {
  return tekst.replace(PLAATSHOUDER, (_, naam: string) => {
    const waarde = waarden[naam];
    return waarde === undefined || waarde === null ? "" : String(waarde);
  });
}

/** Placeholders that are not in the allowed list (a typo in a template the beheerder edits). */
export function onbekendePlaatshouders(tekst: string, toegestaan: readonly string[]): string[] {
  return plaatshouders(tekst).filter((naam) => !toegestaan.includes(naam));
}
