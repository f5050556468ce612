/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone can shift a day, and the calendar of
 * the Algemene termijnenwet (Atw, BWBR0002448), coded from its text:
 *
 * - art. 1 lid 1: "Een in een wet gestelde termijn die op een zaterdag, zondag of algemeen erkende feestdag
 *   eindigt, wordt verlengd tot en met de eerstvolgende dag die niet een zaterdag, zondag of algemeen erkende
 *   feestdag is." Lid 2: "Het vorige lid geldt niet voor termijnen, bepaald door terugrekening vanaf een
 *   tijdstip of een gebeurtenis."
 * - art. 2: "Een in een wet gestelde termijn van ten minste drie dagen wordt, zo nodig, zoveel verlengd, dat
 *   daarin ten minste twee dagen voorkomen die niet een zaterdag, zondag of algemeen erkende feestdag zijn."
 * - art. 3 lid 1: the algemeen erkende feestdagen are Nieuwjaarsdag, the Christelijke tweede Paas- en
 *   Pinksterdag, both Kerstdagen, Hemelvaartsdag, the day on which the King's birthday is celebrated and 5 mei.
 *   Lid 2: Goede Vrijdag is equated with them "voor de toepassing van deze wet". Lid 3: the Crown may equate
 *   other days, by a besluit published in the Staatscourant (in practice one per three years: the Friday after
 *   Hemelvaartsdag and days next to a feestdag on a Tuesday or Thursday).
 * - art. 4: the Atw does not apply to terms "a. omschreven in uren, in meer dan 90 dagen, in meer dan twaalf
 *   weken, in meer dan drie maanden, of in een of meer jaren; b. betreffende de bekendmaking, inwerkingtreding
 *   of buitenwerkingtreding van wettelijke voorschriften; c. van vrijheidsbeneming."
 *
 * The days of lid 3 are data the beheerder keeps (table `gelijkgestelde_dagen`), so this module never knows
 * them by itself: every Atw function takes a `Kalender` made with `maakKalender(...)` from that list.
 *
 * Werkdagen (isWerkdag, plusWerkdagen: iWmo answer clocks, "Mijn termijnen", agenda's) are a different,
 * practical notion: Monday to Friday except the feestdagen of art. 3 lid 1. Goede Vrijdag and the KB days are
 * equated with a feestdag only "voor de toepassing van deze wet" (art. 3 lid 2 and 3); they stay ordinary
 * working days on which the gemeente is open (the sources of the Toegang name only "werkdagen 8.30–17.00").
 * A statutory term counted in werkdagen that ends on such a day is still moved by the Atw (bereken.ts).
 */

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

const iso = (jaar: number, maand: number, dag: number) => naarIso(new Date(Date.UTC(jaar, maand - 1, dag)));

/** Eerste Paasdag in the Gregorian calendar (the anonymous Gregorian computus, Meeus/Jones/Butcher). */
export function paasdag(jaar: number): string {
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(jaar, maand, dag);
}

/**
 * The day the King's birthday is celebrated: 27 April since 2014, the Saturday 26 April when the 27th is a
 * Sunday; until 2013 Koninginnedag on 30 April, the Saturday 29 April when the 30th was a Sunday (the rule
 * since 1980).
 */
function koningsdag(jaar: number): string {
  const dag = jaar >= 2014 ? 27 : 30;
  const datum = iso(jaar, 4, dag);
  return naarDatum(datum).getUTCDay() === 0 ? iso(jaar, 4, dag - 1) : datum;
}

const perJaar = new Map<number, ReadonlyMap<string, string>>();

/** The algemeen erkende feestdagen of Atw art. 3 lid 1 in a year: date → name. */
export function feestdagen(jaar: number): ReadonlyMap<string, string> {
  let dagen = perJaar.get(jaar);
  if (!dagen) {
    const pasen = paasdag(jaar);
    const lijst: [string, string][] = [
      [iso(jaar, 1, 1), "Nieuwjaarsdag"],
      [plusDagen(pasen, 1), "Tweede Paasdag"],
      [koningsdag(jaar), jaar >= 2014 ? "Koningsdag" : "Koninginnedag"],
      [iso(jaar, 5, 5), "5 mei (Bevrijdingsdag)"],
      [plusDagen(pasen, 39), "Hemelvaartsdag"],
      [plusDagen(pasen, 50), "Tweede Pinksterdag"],
      [iso(jaar, 12, 25), "Eerste Kerstdag"],
      [iso(jaar, 12, 26), "Tweede Kerstdag"],
    ];
    // Two feestdagen can fall on one day (Hemelvaartsdag on 5 mei, as in 2005): one date, both names.
    const perDag = new Map<string, string>();
    for (const [datum, naam] of lijst) {
      const al = perDag.get(datum);
      perDag.set(datum, al ? `${al} en ${naam}` : naam);
    }
    dagen = perDag;
    perJaar.set(jaar, dagen);
  }
  return dagen;
}

/** An algemeen erkende feestdag of Atw art. 3 lid 1 (not Goede Vrijdag, not the KB days). */
export function isFeestdag(dag: string): boolean {
  return feestdagen(Number(dag.slice(0, 4))).has(dag);
}

export function isWeekend(dag: string): boolean {
  const weekdag = naarDatum(dag).getUTCDay();
  return weekdag === 0 || weekdag === 6;
}

/** A working day of the gemeente: Monday to Friday, not a feestdag of Atw art. 3 lid 1 (see the header). */
export function isWerkdag(dag: string): boolean {
  return !isWeekend(dag) && !isFeestdag(dag);
}

/** The first working day on or after `dag`. */
export function volgendeWerkdag(dag: string): string {
  let d = dag;
  while (!isWerkdag(d)) d = plusDagen(d, 1);
  return d;
}

/** `n` working days after `dag` (the day itself does not count). */
export function plusWerkdagen(dag: string, n: number): string {
  let d = dag;
  for (let geteld = 0; geteld < n; ) {
    d = plusDagen(d, 1);
    if (isWerkdag(d)) geteld++;
  }
  return d;
}

/** A day the Crown equated with an algemeen erkende feestdag (Atw art. 3 lid 3). */
export interface GelijkgesteldeDag {
  datum: string;
  omschrijving: string;
}

/**
 * The calendar the Atw functions work with: the days equated by Koninklijk Besluit (art. 3 lid 3), as the
 * beheerder keeps them. The feestdagen of lid 1 and Goede Vrijdag (lid 2) follow from the law itself.
 */
export interface Kalender {
  /** Atw art. 3 lid 3: date → omschrijving. */
  readonly gelijkgesteld: ReadonlyMap<string, string>;
  /** Years with at least one equated day, i.e. years a published besluit covers. */
  readonly jarenMetBesluit: ReadonlySet<number>;
}

export function maakKalender(gelijkgesteld: readonly GelijkgesteldeDag[]): Kalender {
  const dagen = new Map(
    [...gelijkgesteld].sort((a, b) => a.datum.localeCompare(b.datum)).map((d) => [d.datum, d.omschrijving]),
  );
  return {
    gelijkgesteld: dagen,
    jarenMetBesluit: new Set([...dagen.keys()].map((d) => Number(d.slice(0, 4)))),
  };
}

/** The calendar of the law alone, without equated days: only for `vanRechtswegeGeenTermijndag`. */
const ALLEEN_DE_WET: Kalender = maakKalender([]);

/**
 * Every day that counts as an algemeen erkende feestdag for the Atw in `jaar`: art. 3 lid 1, Goede Vrijdag
 * (lid 2) and the days equated by Koninklijk Besluit (lid 3). Date → name, in date order.
 */
export function atwFeestdagen(kalender: Kalender, jaar: number): ReadonlyMap<string, string> {
  const dagen = new Map(feestdagen(jaar));
  dagen.set(plusDagen(paasdag(jaar), -2), "Goede Vrijdag");
  for (const [datum, omschrijving] of kalender.gelijkgesteld) {
    if (datum.startsWith(`${jaar}-`) && !dagen.has(datum)) dagen.set(datum, omschrijving);
  }
  return new Map([...dagen].sort(([a], [b]) => a.localeCompare(b)));
}

/** Why `dag` is not a termijndag (its weekday or feestdag), or null when it is one. */
export function geenTermijndagOmdat(kalender: Kalender, dag: string): string | null {
  const weekdag = naarDatum(dag).getUTCDay();
  const feest = atwFeestdagen(kalender, Number(dag.slice(0, 4))).get(dag);
  if (feest) return feest;
  if (weekdag === 6) return "zaterdag";
  if (weekdag === 0) return "zondag";
  return null;
}

/**
 * Why the law itself already keeps a term from ending on `dag` (a Saturday, Sunday, a feestdag of art. 3
 * lid 1 or Goede Vrijdag), or null: equating such a day by Koninklijk Besluit (lid 3) would change nothing.
 */
export function vanRechtswegeGeenTermijndag(dag: string): string | null {
  return geenTermijndagOmdat(ALLEEN_DE_WET, dag);
}

/** A day on which a statutory term may end: not a Saturday, Sunday or (equated) feestdag of the Atw. */
export function isTermijndag(kalender: Kalender, dag: string): boolean {
  return geenTermijndagOmdat(kalender, dag) === null;
}

/** Atw art. 1 lid 1: the first termijndag on or after `dag`. */
export function atwVerschuiving(kalender: Kalender, dag: string): string {
  let d = dag;
  while (!isTermijndag(kalender, d)) d = plusDagen(d, 1);
  return d;
}

export interface AtwUitkomst {
  einde: string;
  /** Which article moved the end, or null when it stays. */
  grond: "art. 1" | "art. 2" | null;
}

/**
 * The end of a statutory term under Atw art. 1 and 2. A term runs from the day after `aanvang` (the event)
 * up to and including `einde`; counted backwards (`terug`), `einde` lies before the event and the term runs
 * from `einde` up to the day before the event.
 *
 * - Forwards: art. 1 lid 1 moves an end on a Saturday, Sunday or feestdag to the next termijndag; then art. 2
 *   extends a term of at least three days until it holds two termijndagen (the event day does not count).
 * - Backwards: art. 1 lid 2 switches lid 1 off, so the end stays where the counting put it. Art. 2 is not
 *   excluded by lid 2 (it names only "het vorige lid"): a backward term of at least three days reaches further
 *   back until it holds two termijndagen.
 */
export function pasAtwToe(
  kalender: Kalender,
  aanvang: string,
  einde: string,
  richting: "vooruit" | "terug" = "vooruit",
): AtwUitkomst {
  const stap = richting === "vooruit" ? 1 : -1;
  const lengte = Math.abs(dagenTussen(aanvang, einde));
  const art1 = richting === "vooruit" ? atwVerschuiving(kalender, einde) : einde;
  let uitkomst: AtwUitkomst = { einde: art1, grond: art1 !== einde ? "art. 1" : null };
  if (lengte < 3) return uitkomst;
  // Art. 2: walk from the event day towards (and past) the end until two termijndagen are inside the term.
  let dag = aanvang;
  let gewoon = 0;
  while (gewoon < 2) {
    dag = plusDagen(dag, stap);
    if (isTermijndag(kalender, dag)) gewoon++;
  }
  const voorbij = richting === "vooruit" ? dag > uitkomst.einde : dag < uitkomst.einde;
  if (voorbij) uitkomst = { einde: dag, grond: "art. 2" };
  return uitkomst;
}

/** How a term is described in the law, for Atw art. 4 onder a. */
export type AtwEenheid = "uren" | "dagen" | "weken" | "maanden" | "jaren";

/**
 * Atw art. 4 onder a: the Atw does not apply to a term described in hours, in more than 90 days, more than
 * twelve weeks, more than three months, or in one or more years. Returns the reason, or null when the Atw
 * applies as far as onder a goes (onder b and c — bekendmaking of wettelijke voorschriften, vrijheidsbeneming —
 * concern none of Voordeur's terms; see regels.ts).
 */
export function buitenAtwArt4(lengte: number, eenheid: AtwEenheid): string | null {
  const grens: Record<AtwEenheid, number> = { uren: 0, dagen: 90, weken: 12, maanden: 3, jaren: 0 };
  if (lengte <= grens[eenheid]) return null;
  const omschrijving: Record<AtwEenheid, string> = {
    uren: "in uren",
    dagen: "in meer dan 90 dagen",
    weken: "in meer dan twaalf weken",
    maanden: "in meer dan drie maanden",
    jaren: "in een of meer jaren",
  };
  return `de termijn is omschreven ${omschrijving[eenheid]} (Algemene termijnenwet art. 4 onder a)`;
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
export function kort(dag: string): string {
  const [j, m, d] = dag.split("-").map(Number);
  return `${d}-${m}-${j}`;
}

/** "2026-01-05" → "5 januari 2026". */
export function lang(dag: string): string {
  const [j, m, d] = dag.split("-").map(Number) as [number, number, number];
  return `${d} ${MAANDEN[m - 1]} ${j}`;
}
