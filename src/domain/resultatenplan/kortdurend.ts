/**
 * Kortdurende ondersteuning by the toegangsmedewerker (004 §4.3): at most 6 months, or — long-term and
 * low-frequency — at most 1 year. Pure.
 */
import { plusMaanden } from "../termijnen/kalender";

export const MAX_MAANDEN = 6;
export const MAX_MAANDEN_LAAGFREQUENT = 12;

export function uiterlijkeEinddatum(startdatum: string, laagfrequent: boolean): string {
  return plusMaanden(startdatum, laagfrequent ? MAX_MAANDEN_LAAGFREQUENT : MAX_MAANDEN);
}

/** null when within the maximum, else the Dutch reason. */
export function kortdurendBezwaar(k: { startdatum: string; einddatum: string; laagfrequent: boolean }) {
  const uiterlijk = uiterlijkeEinddatum(k.startdatum, k.laagfrequent);
  if (k.einddatum <= uiterlijk) return null;
  return k.laagfrequent
    ? `Laagfrequente kortdurende ondersteuning duurt hoogstens 12 maanden (uiterlijk ${uiterlijk}).`
    : `Kortdurende ondersteuning duurt hoogstens 6 maanden (uiterlijk ${uiterlijk}); laagfrequent hoogstens 12 maanden.`;
}
