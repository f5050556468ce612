/**
 * Spoed voor Jeugd (seed 004 §4.1.2 and the begrippenlijst; DOMAIN §2.1 step 2): the IAG and the Regiegroep are
 * reachable on working days from 8.30 to 17.00; "Buiten kantoortijden, van 17.00 uur tot 8.30 uur, is Spoed voor
 * Jeugd bereikbaar" and after 17.00 a youth crisis goes to Spoed voor Jeugd. The Regiegroep records the hand-over
 * (when, to whom, what) and the zaak comes back to the Regiegroep's werkvoorraad when the office opens again: the
 * next working day at 8.30. Pure.
 *
 * Working days are those of the gemeente (domain/termijnen/kalender `isWerkdag`: Monday to Friday, not a feestdag
 * of Atw art. 3 lid 1); Goede Vrijdag and the days equated by KB are ordinary office days (see kalender.ts).
 */
import { naarLokaal, vanLokaal } from "../afspraken/tijd";
import { isWerkdag, plusDagen, volgendeWerkdag } from "../termijnen/kalender";
import { fouten, ja, nee, type Uitkomst } from "./thema";

/** Office hours of the Toegang (seed 004 §4.1.2: "op werkdagen bereikbaar van 8.30-17.00 uur"). */
export const KANTOOR_OPEN = "08:30";
export const KANTOOR_DICHT = "17:00";

/** Within office hours: a working day, from 8.30 until (not including) 17.00 on the Dutch clock. */
export function binnenKantoortijd(iso: string): boolean {
  const { datum, tijd } = naarLokaal(new Date(iso));
  return isWerkdag(datum) && tijd >= KANTOOR_OPEN && tijd < KANTOOR_DICHT;
}

/**
 * When a zaak handed to Spoed voor Jeugd at `iso` returns to the Regiegroep: the first opening of the office after
 * it — the same day at 8.30 when handed over before 8.30 on a working day, otherwise the next working day at 8.30
 * (Friday evening → Monday; the evening before a feestdag → the day after it).
 */
export function terugNaarRegiegroep(iso: string): { datum: string; moment: string } {
  const { datum, tijd } = naarLokaal(new Date(iso));
  const dag = isWerkdag(datum) && tijd < KANTOOR_OPEN ? datum : volgendeWerkdag(plusDagen(datum, 1));
  const moment = vanLokaal(dag, KANTOOR_OPEN);
  // 8.30 exists on every day (summer time changes at 2.00/3.00).
  return { datum: dag, moment: (moment as Date).toISOString() };
}

export const SPOED_STATUSSEN = ["bij-spoed-voor-jeugd", "terug-bij-regiegroep"] as const;
export type SpoedStatus = (typeof SPOED_STATUSSEN)[number];
export const SPOED_STATUS_LABELS: Record<SpoedStatus, string> = {
  "bij-spoed-voor-jeugd": "Bij Spoed voor Jeugd",
  "terug-bij-regiegroep": "Terug bij de Regiegroep",
};

export function spoedStatus(overgedragenOp: string, nu: string): SpoedStatus {
  return Date.parse(nu) >= Date.parse(terugNaarRegiegroep(overgedragenOp).moment)
    ? "terug-bij-regiegroep"
    : "bij-spoed-voor-jeugd";
}

/** A hand-over: not in the future, and outside office hours (inside them the Regiegroep picks the crisis up itself). */
export function toetsOverdracht(overgedragenOp: string, nu: string): Uitkomst[] {
  if (Date.parse(overgedragenOp) > Date.parse(nu))
    return [
      nee(
        "moment-niet-in-toekomst",
        "overgedragenOp",
        "Het tijdstip van overdracht ligt in de toekomst.",
        true,
      ),
    ];
  return fouten([
    binnenKantoortijd(overgedragenOp)
      ? nee(
          "spoed-buiten-kantoortijd",
          "overgedragenOp",
          "Spoed voor Jeugd neemt alleen buiten kantoortijd over (werkdagen vóór 8.30 of vanaf 17.00 uur, weekend en feestdagen); binnen kantoortijd pakt de Regiegroep de crisis zelf op.",
        )
      : ja,
  ]);
}
