/**
 * The rules for booking an appointment (afspraak): a real period in the future, inside the medewerker's
 * working hours, the medewerker not double-booked, and the location not fuller than its capacity
 * (a buurtteam room with capacity 1 holds one conversation at a time; a huisbezoek has no capacity).
 * Pure: the caller loads the working pattern and the overlapping appointments.
 */

import { naarLokaal } from "./tijd";
import { binnenWerktijden, type Werktijd } from "./werktijden";

export interface Periode {
  begin: Date;
  eind: Date;
}

/** Half-open periods [begin, eind): one ending at 10:00 does not clash with one starting at 10:00. */
export function overlapt(a: Periode, b: Periode): boolean {
  return a.begin < b.eind && b.begin < a.eind;
}

/** The most appointments of `bestaande` that run at the same moment within `periode`. */
export function maxGelijktijdig(periode: Periode, bestaande: readonly Periode[]): number {
  const momenten = bestaande
    .filter((b) => overlapt(periode, b))
    .flatMap((b) => [
      { t: Math.max(b.begin.getTime(), periode.begin.getTime()), delta: 1 },
      { t: Math.min(b.eind.getTime(), periode.eind.getTime()), delta: -1 },
    ])
    // Ends before starts at the same moment (half-open periods).
    .sort((x, y) => x.t - y.t || x.delta - y.delta);
  let nu = 0;
  let max = 0;
  for (const m of momenten) {
    nu += m.delta;
    max = Math.max(max, nu);
  }
  return max;
}

export const MAX_DUUR_MINUTEN = 8 * 60;

export type Regel =
  | "eind-na-begin"
  | "niet-in-verleden"
  | "maximale-duur"
  | "binnen-werktijden"
  | "medewerker-vrij"
  | "locatie-capaciteit";

export type Boekingsoordeel =
  | { ok: true }
  | {
      ok: false;
      regel: Regel;
      reden: string /** set when it is an input error on one field (400) */;
      veld?: string;
    };

export interface Boekingsaanvraag extends Periode {
  nu: Date;
  medewerker: { naam: string; werktijden: readonly Werktijd[] };
  /** The medewerker's other planned appointments around the period. */
  afsprakenMedewerker: readonly Periode[];
  locatie: { naam: string; capaciteit: number | null };
  /** Other planned appointments at the same location around the period. */
  afsprakenLocatie: readonly Periode[];
}

const tijdVan = (p: Periode) => `${naarLokaal(p.begin).tijd}–${naarLokaal(p.eind).tijd}`;

/** Checks every rule in order and gives the first one broken, with a Dutch reason naming it. */
export function beoordeelBoeking(a: Boekingsaanvraag): Boekingsoordeel {
  if (a.eind <= a.begin) {
    return {
      ok: false,
      regel: "eind-na-begin",
      veld: "eindtijd",
      reden: "De eindtijd moet na de begintijd liggen.",
    };
  }
  if (a.begin < a.nu) {
    return {
      ok: false,
      regel: "niet-in-verleden",
      veld: "begintijd",
      reden: "Een afspraak kan niet in het verleden worden gemaakt.",
    };
  }
  if (a.eind.getTime() - a.begin.getTime() > MAX_DUUR_MINUTEN * 60_000) {
    return {
      ok: false,
      regel: "maximale-duur",
      veld: "eindtijd",
      reden: `Een afspraak duurt hoogstens ${MAX_DUUR_MINUTEN / 60} uur.`,
    };
  }
  const werktijd = binnenWerktijden(
    a.medewerker.werktijden,
    naarLokaal(a.begin),
    naarLokaal(a.eind),
    a.medewerker.naam,
  );
  if (!werktijd.ok) return { ok: false, regel: "binnen-werktijden", reden: werktijd.reden };
  const bezet = a.afsprakenMedewerker.find((b) => overlapt(a, b));
  if (bezet) {
    return {
      ok: false,
      regel: "medewerker-vrij",
      reden: `${a.medewerker.naam} heeft dan al een afspraak (${tijdVan(bezet)}); een medewerker kan niet dubbel worden geboekt (regel: medewerker vrij).`,
    };
  }
  const { capaciteit } = a.locatie;
  if (capaciteit !== null && maxGelijktijdig(a, a.afsprakenLocatie) + 1 > capaciteit) {
    return {
      ok: false,
      regel: "locatie-capaciteit",
      reden: `${a.locatie.naam} is dan al bezet (capaciteit ${capaciteit}); kies een andere tijd of locatie (regel: capaciteit van de locatie).`,
    };
  }
  return { ok: true };
}
