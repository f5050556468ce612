/**
 * A medewerker's weekly working pattern (werktijden): per weekday one or more blocks "van–tot" at a
 * location. Appointments must fall inside one block, on a working day (not on a public holiday of the
 * Algemene termijnenwet, when the gemeente is closed).
 */

import { isFeestdag } from "../termijnen/kalender";
import type { Validatiefout } from "../zaak/personen";
import { isTijd, type LokaalMoment, WEEKDAGEN, type Weekdag } from "./tijd";

export interface Werktijd {
  weekdag: Weekdag;
  /** HH:MM */
  van: string;
  /** HH:MM */
  tot: string;
  locatieId: string | null;
}

/** At most this many blocks per week (three per day is plenty for split shifts). */
export const MAX_WERKTIJDEN = 21;

/** Checks a whole weekly pattern: valid times, van before tot, no overlapping blocks on one day. */
export function valideerWerktijden(werktijden: readonly Werktijd[]): Validatiefout[] {
  const fouten: Validatiefout[] = [];
  if (werktijden.length > MAX_WERKTIJDEN) {
    fouten.push({ veld: "werktijden", melding: `Hoogstens ${MAX_WERKTIJDEN} blokken per week` });
  }
  werktijden.forEach((w, i) => {
    if (!isTijd(w.van)) fouten.push({ veld: `werktijden.${i}.van`, melding: "Gebruik een tijd als 08:30" });
    if (!isTijd(w.tot)) fouten.push({ veld: `werktijden.${i}.tot`, melding: "Gebruik een tijd als 17:00" });
    if (isTijd(w.van) && isTijd(w.tot) && w.van >= w.tot) {
      fouten.push({ veld: `werktijden.${i}.tot`, melding: "De eindtijd moet na de begintijd liggen" });
    }
  });
  if (fouten.length > 0) return fouten;
  werktijden.forEach((w, i) => {
    const botsing = werktijden.findIndex(
      (x, j) => j < i && x.weekdag === w.weekdag && x.van < w.tot && w.van < x.tot,
    );
    if (botsing >= 0) {
      fouten.push({
        veld: `werktijden.${i}.van`,
        melding: `Overlapt met ${WEEKDAGEN[w.weekdag]} ${werktijden[botsing]?.van}–${werktijden[botsing]?.tot}`,
      });
    }
  });
  return fouten;
}

export type Werktijdoordeel = { ok: true; werktijd: Werktijd } | { ok: false; reden: string };

const blokken = (werktijden: readonly Werktijd[], weekdag: Weekdag) =>
  werktijden
    .filter((w) => w.weekdag === weekdag)
    .sort((a, b) => a.van.localeCompare(b.van))
    .map((w) => `${w.van}–${w.tot}`)
    .join(" en ");

/**
 * Does the appointment from `begin` to `eind` (Dutch wall-clock time) fall inside one working block
 * of `wie`? The reason names the rule and what the pattern of that day is.
 */
export function binnenWerktijden(
  werktijden: readonly Werktijd[],
  begin: LokaalMoment,
  eind: LokaalMoment,
  wie: string,
): Werktijdoordeel {
  if (begin.datum !== eind.datum) {
    return { ok: false, reden: "Een afspraak begint en eindigt op dezelfde dag (regel: binnen werktijden)." };
  }
  if (isFeestdag(begin.datum)) {
    return {
      ok: false,
      reden:
        "Op deze datum valt een officiële feestdag; dan worden geen afspraken gemaakt (regel: binnen werktijden).",
    };
  }
  const dag = WEEKDAGEN[begin.weekdag];
  const vandaag = werktijden.filter((w) => w.weekdag === begin.weekdag);
  if (vandaag.length === 0) {
    return { ok: false, reden: `${wie} werkt niet op ${dag} (regel: afspraak binnen werktijden).` };
  }
  const blok = vandaag.find((w) => w.van <= begin.tijd && eind.tijd <= w.tot);
  if (!blok) {
    return {
      ok: false,
      reden: `De afspraak valt buiten de werktijden van ${wie}: op ${dag} ${blokken(werktijden, begin.weekdag)} (regel: afspraak binnen werktijden).`,
    };
  }
  return { ok: true, werktijd: blok };
}
