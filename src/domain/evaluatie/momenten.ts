/**
 * Planned evaluation moments (004 §4.6: the number of moments is agreed in advance). They come from the
 * signed resultatenplan; when the plan lists none, Voordeur plans one so that no indicatie runs unevaluated:
 * six weeks before the earliest end date of what was granted (time to prepare a herindicatie); for a period
 * shorter than twelve weeks halfway; without an end date six months after the start.
 * Pure.
 */
import { dagenTussen, plusDagen, plusWeken } from "../termijnen/kalender";

export interface Evaluatiemoment {
  datum: string;
  wijze: string;
}

export interface Periode {
  ingangsdatum: string;
  einddatum: string | null;
}

export const STANDAARD_WIJZE = "Evaluatiegesprek met inwoner en aanbieder";

export function standaardMoment(perioden: readonly Periode[]): Evaluatiemoment | null {
  const start = perioden.map((p) => p.ingangsdatum).sort()[0];
  if (!start) return null;
  const eind = perioden
    .map((p) => p.einddatum)
    .filter((e): e is string => e !== null)
    .sort()[0];
  if (!eind) return { datum: plusDagen(start, 182), wijze: STANDAARD_WIJZE };
  if (dagenTussen(start, eind) >= 84) return { datum: plusWeken(eind, -6), wijze: STANDAARD_WIJZE };
  // Shorter than twelve weeks: halfway (always well within six months).
  return { datum: plusDagen(start, Math.floor(dagenTussen(start, eind) / 2)), wijze: STANDAARD_WIJZE };
}

/** The moments to plan for a besluit: the plan's own (on or after the start), else the standard one. */
export function teplannenMomenten(
  uitPlan: readonly Evaluatiemoment[],
  perioden: readonly Periode[],
): Evaluatiemoment[] {
  const start = perioden.map((p) => p.ingangsdatum).sort()[0];
  const eigen = uitPlan.filter((m) => !start || m.datum >= start);
  if (eigen.length > 0) return [...eigen].sort((a, b) => (a.datum < b.datum ? -1 : 1));
  const standaard = standaardMoment(perioden);
  return standaard ? [standaard] : [];
}
