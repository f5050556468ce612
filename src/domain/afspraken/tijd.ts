/**
 * Appointments are agreed in Dutch wall-clock time (Europe/Amsterdam) and stored as instants (UTC).
 * These helpers convert between the two without a timezone library: the offset is read from the
 * platform's time zone data (Intl), so daylight saving time (last Sunday of March / October) is handled.
 */
import { addDays, format, getISODay, parseISO } from "date-fns";

export const TIJDZONE = "Europe/Amsterdam";

/** ISO weekday: 1 = maandag … 7 = zondag. */
export type Weekdag = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const WEEKDAGEN: Record<Weekdag, string> = {
  1: "maandag",
  2: "dinsdag",
  3: "woensdag",
  4: "donderdag",
  5: "vrijdag",
  6: "zaterdag",
  7: "zondag",
};

const TIJD = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "08:30" — hours 00–23, minutes 00–59, always two digits (so strings compare in time order). */
export function isTijd(waarde: string): boolean {
  return TIJD.test(waarde);
}

export function isDatum(waarde: string): boolean {
  const m = DATUM.exec(waarde);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === waarde;
}

const onderdelen = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIJDZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

export interface LokaalMoment {
  /** YYYY-MM-DD */
  datum: string;
  /** HH:MM */
  tijd: string;
  weekdag: Weekdag;
}

function delen(moment: Date): Record<string, string> {
  return Object.fromEntries(onderdelen.formatToParts(moment).map((p) => [p.type, p.value]));
}

/** The Dutch wall-clock date, time and weekday of an instant. */
export function naarLokaal(moment: Date): LokaalMoment {
  const d = delen(moment);
  const datum = `${d.year}-${d.month}-${d.day}`;
  return { datum, tijd: `${d.hour}:${d.minute}`, weekdag: weekdagVan(datum) };
}

/** Minutes Dutch time is ahead of UTC at that instant (60 in winter, 120 in summer). */
export function verschilMinuten(moment: Date): number {
  const d = delen(moment);
  const alsUtc = Date.UTC(
    Number(d.year),
    Number(d.month) - 1,
    Number(d.day),
    Number(d.hour),
    Number(d.minute),
    Number(d.second),
  );
  return Math.round((alsUtc - Math.floor(moment.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant of a Dutch wall-clock time, or undefined when that time does not exist (the hour skipped
 * when summer time starts). A time that occurs twice (autumn) gives the first occurrence.
 */
export function vanLokaal(datum: string, tijd: string): Date | undefined {
  if (!isDatum(datum) || !isTijd(tijd)) return undefined;
  const [jaar, maand, dag] = datum.split("-").map(Number) as [number, number, number];
  const [uur, minuut] = tijd.split(":").map(Number) as [number, number];
  const naief = Date.UTC(jaar, maand - 1, dag, uur, minuut);
  const verschillen = new Set([
    verschilMinuten(new Date(naief - 12 * 3_600_000)),
    verschilMinuten(new Date(naief + 12 * 3_600_000)),
  ]);
  const kandidaten = [...verschillen]
    .map((v) => new Date(naief - v * 60_000))
    .filter((k) => {
      const l = naarLokaal(k);
      return l.datum === datum && l.tijd === tijd;
    })
    .sort((a, b) => a.getTime() - b.getTime());
  return kandidaten[0];
}

export function weekdagVan(datum: string): Weekdag {
  return getISODay(parseISO(datum)) as Weekdag;
}

/** The Monday of the week that contains `datum` (YYYY-MM-DD). */
export function maandagVan(datum: string): string {
  return format(addDays(parseISO(datum), 1 - weekdagVan(datum)), "yyyy-MM-dd");
}

/** "maandag 5 januari 2026" */
export function datumMetWeekdag(datum: string): string {
  return new Intl.DateTimeFormat("nl-NL", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${datum}T00:00:00Z`));
}

/** "HH:MM" as minutes since midnight, and back. */
export const inMinuten = (tijd: string) => Number(tijd.slice(0, 2)) * 60 + Number(tijd.slice(3, 5));
export const alsTijd = (minuten: number) =>
  `${String(Math.floor(minuten / 60)).padStart(2, "0")}:${String(minuten % 60).padStart(2, "0")}`;
