/**
 * Periods of contracts, cliëntenstops and toewijzingen: ISO dates (YYYY-MM-DD), both ends inclusive;
 * `tot = null` means open-ended. ISO dates compare correctly as strings.
 */
export interface Periode {
  van: string;
  tot: string | null;
}

/** A period is valid when it does not end before it starts. */
export function isGeldigePeriode(p: Periode): boolean {
  return p.tot === null || p.tot >= p.van;
}

/** Is `datum` inside the period? */
export function bevat(p: Periode, datum: string): boolean {
  return p.van <= datum && (p.tot === null || datum <= p.tot);
}

/** Do two periods share at least one day? */
export function overlappen(a: Periode, b: Periode): boolean {
  return (a.tot === null || b.van <= a.tot) && (b.tot === null || a.van <= b.tot);
}

/** Does `omvattend` cover every day of `binnen` (an open-ended `binnen` needs an open-ended `omvattend`)? */
export function dekt(omvattend: Periode, binnen: Periode): boolean {
  if (binnen.van < omvattend.van) return false;
  if (omvattend.tot === null) return true;
  return binnen.tot !== null && binnen.tot <= omvattend.tot;
}
