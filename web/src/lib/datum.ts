/** Dates in the browser: the same Dutch calendar day as the server uses for deadlines. */
export { vandaag as vandaagIso } from "../../../src/lib/klok";

/** "2026-05-12" → "12-5-2026". */
export function kortDatum(iso: string): string {
  const [j, m, d] = iso.split("-").map(Number);
  return j && m && d ? `${d}-${m}-${j}` : iso;
}
