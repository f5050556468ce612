/** Age in whole years on a date (ISO dates; a birthday on 29 February counts from 1 March in other years). */
export function leeftijdOp(geboortedatum: string, peildatum: string): number {
  const [gj, gm, gd] = geboortedatum.slice(0, 10).split("-").map(Number) as [number, number, number];
  const [pj, pm, pd] = peildatum.slice(0, 10).split("-").map(Number) as [number, number, number];
  let jaren = pj - gj;
  if (pm < gm || (pm === gm && pd < gd)) jaren--;
  return jaren;
}

/** Minderjarig: younger than 18 on the peildatum. */
export const isMinderjarig = (geboortedatum: string, peildatum: string) =>
  leeftijdOp(geboortedatum, peildatum) < 18;
