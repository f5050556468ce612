/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone can shift a day.
 * Feestdagen are those of the Algemene termijnenwet art. 3 (Nieuwjaarsdag, Christelijke tweede Paas- en
 * Pinksterdag, beide Kerstdagen, Hemelvaartsdag, Koningsdag, 5 mei), taken from `date-holidays` (NL);
 * Eerste Paas- and Pinksterdag are Sundays anyway. Goede Vrijdag is not one. Werkdagen skip weekends and
 * these feestdagen.
 */
import Holidays from "date-holidays";

const DAG_MS = 86_400_000;

export function naarDatum(iso: string): Date {
  const [j, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(j, m - 1, d));
}

export function naarIso(datum: Date): string {
  return datum.toISOString().slice(0, 10);
}

export function plusDagen(iso: string, dagen: number): string {
  return naarIso(new Date(naarDatum(iso).getTime() + dagen * DAG_MS));
}

export function plusWeken(iso: string, weken: number): string {
  return plusDagen(iso, weken * 7);
}

/** Calendar months; a day that does not exist in the target month becomes its last day (31-8 + 1 = 30-9). */
export function plusMaanden(iso: string, maanden: number): string {
  const d = naarDatum(iso);
  const doel = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + maanden, 1));
  const laatste = new Date(Date.UTC(doel.getUTCFullYear(), doel.getUTCMonth() + 1, 0)).getUTCDate();
  doel.setUTCDate(Math.min(d.getUTCDate(), laatste));
  return naarIso(doel);
}

/** Calendar days from `van` to `tot` (positive when `tot` is later). */
export function dagenTussen(van: string, tot: string): number {
  return Math.round((naarDatum(tot).getTime() - naarDatum(van).getTime()) / DAG_MS);
}

const nl = new Holidays("NL");
const perJaar = new Map<number, Map<string, string>>();

/** The Atw feestdagen of a year: date → name. */
export function feestdagen(jaar: number): Map<string, string> {
  let dagen = perJaar.get(jaar);
  if (!dagen) {
    dagen = new Map(
      nl
        .getHolidays(jaar)
        .filter((h) => h.type === "public" || h.name === "Bevrijdingsdag")
        .map((h) => [h.date.slice(0, 10), h.name] as const),
    );
    perJaar.set(jaar, dagen);
  }
  return dagen;
}

export function isFeestdag(iso: string): boolean {
  return feestdagen(Number(iso.slice(0, 4))).has(iso);
}

export function isWeekend(iso: string): boolean {
  const dag = naarDatum(iso).getUTCDay();
  return dag === 0 || dag === 6;
}

export function isWerkdag(iso: string): boolean {
  return !isWeekend(iso) && !isFeestdag(iso);
}

/** The first working day on or after `iso`. */
export function volgendeWerkdag(iso: string): string {
  let dag = iso;
  while (!isWerkdag(dag)) dag = plusDagen(dag, 1);
  return dag;
}

/** `n` working days after `iso` (the day itself does not count). */
export function plusWerkdagen(iso: string, n: number): string {
  let dag = iso;
  for (let geteld = 0; geteld < n; ) {
    dag = plusDagen(dag, 1);
    if (isWerkdag(dag)) geteld++;
  }
  return dag;
}

/**
 * Algemene termijnenwet art. 1: a statutory term that ends on a Saturday, Sunday or Atw feestdag is
 * extended to the next day that is none of those.
 */
export function atwVerschuiving(iso: string): string {
  return volgendeWerkdag(iso);
}

const MAANDEN = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];

/** "2026-01-05" → "5-1-2026" (short Dutch notation used in explanations). */
export function kort(iso: string): string {
  const [j, m, d] = iso.split("-").map(Number);
  return `${d}-${m}-${j}`;
}

/** "2026-01-05" → "5 januari 2026". */
export function lang(iso: string): string {
  const [j, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${d} ${MAANDEN[m - 1]} ${j}`;
}
