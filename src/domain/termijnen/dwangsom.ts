/**
 * Dwangsom bij niet tijdig beslissen (Awb §4.1.3.2, art. 4:17–4:20; BWBR0005537, text in force since 1 January
 * 2019, amounts checked against that text). Pure.
 *
 *  - 4:17 lid 1: when a beschikking op aanvraag is not given in time, the bestuursorgaan forfeits to the aanvrager
 *    a dwangsom for every day it is in default, "doch voor ten hoogste 42 dagen"; the Algemene termijnenwet does
 *    not apply to those 42 days (so they are counted as calendar days, never moved).
 *  - 4:17 lid 2: € 23 per day for the first fourteen days, € 35 per day for the next fourteen, € 45 per day for the
 *    rest — at most 14 × 23 + 14 × 35 + 14 × 45 = € 1 442.
 *  - 4:17 lid 3: the first day owed is "de dag waarop twee weken zijn verstreken na de dag waarop de termijn voor
 *    het geven van de beschikking is verstreken en het bestuursorgaan van de aanvrager een schriftelijke
 *    ingebrekestelling heeft ontvangen": both must have happened, so the two weeks run from the later of the two;
 *    an ingebrekestelling received before the beslistermijn ended has no effect (it is refused here). The two weeks
 *    are a term set in a law to which lid 1's exclusion does not reach, so the Atw moves their end (art. 1, 2).
 *    The dwangsom is owed from the day after those two weeks ended.
 *  - 4:17 lid 4: an electronic ingebrekestelling counts as received per art. 4:3a — the date recorded is the
 *    date of receipt either way. Lid 5: a beroep does not suspend it. Lid 7: several aanvragers share it equally
 *    (not modelled: one aanvrager per zaak).
 *  - 4:17 lid 6: no dwangsom when (a) the bestuursorgaan was put in default unreasonably late, (b) the aanvrager is
 *    no belanghebbende, or (c) the aanvraag is kennelijk niet-ontvankelijk or kennelijk ongegrond.
 *  - It stops on the day the beschikking is given: that day is no longer a day in default.
 *  - 4:18: the bestuursorgaan sets by beschikking whether and how much is owed "binnen twee weken na de laatste dag
 *    waarover de dwangsom verschuldigd was" (a term set in a law: the Atw applies). 4:19 (bezwaar/beroep against
 *    that beschikking also covers the dwangsom) and 4:20 (the court's rule when a beroep against not deciding in
 *    time is brought) follow from that beschikking and are not computed here.
 */
import { dagenTussen, type Kalender, kort, pasAtwToe, plusDagen, plusWeken } from "./kalender";

export type DwangsomStand =
  | "nog-niet-verschuldigd"
  | "loopt"
  | "maximum-bereikt"
  | "gestopt"
  | "niet-verschuldigd";

export const DWANGSOM_UITZONDERINGEN = [
  "onredelijk-laat",
  "geen-belanghebbende",
  "kennelijk-niet-ontvankelijk-of-ongegrond",
] as const;
export type DwangsomUitzondering = (typeof DWANGSOM_UITZONDERINGEN)[number];

export const DWANGSOM_UITZONDERING_LABELS: Record<DwangsomUitzondering, string> = {
  "onredelijk-laat": "De gemeente is onredelijk laat in gebreke gesteld (Awb art. 4:17 lid 6 onder a)",
  "geen-belanghebbende": "De aanvrager is geen belanghebbende (Awb art. 4:17 lid 6 onder b)",
  "kennelijk-niet-ontvankelijk-of-ongegrond":
    "De aanvraag is kennelijk niet-ontvankelijk of kennelijk ongegrond (Awb art. 4:17 lid 6 onder c)",
};

export interface Dwangsom {
  /** End of the two weeks after the ingebrekestelling (Atw applied). */
  beslissenUiterlijk: string;
  /** First day owed. */
  startdatum: string;
  /** Days owed up to today or up to (not including) the day of the besluit; at most 42. */
  dagen: number;
  bedrag: number;
  /** What today adds (0 when nothing runs). */
  bedragPerDagNu: number;
  stand: DwangsomStand;
  /** Awb 4:18: the beschikking on the dwangsom, once the last day owed is known. */
  vaststellenUiterlijk: string | null;
  bron: string;
  uitleg: string;
}

export const MAXIMUM_DAGEN = 42;
export const MAXIMUM_BEDRAG = 1442;
/** Awb 4:17 lid 2: the amount per day by the day's number (1-based). */
export const BEDRAG_PER_DAG = (dag: number) => (dag <= 14 ? 23 : dag <= 28 ? 35 : 45);
const BRON = "Awb art. 4:17 lid 1–3 en 6, art. 4:18";

function bedragVoor(dagen: number): number {
  let som = 0;
  for (let dag = 1; dag <= Math.min(dagen, MAXIMUM_DAGEN); dag++) som += BEDRAG_PER_DAG(dag);
  return som;
}

export interface DwangsomInvoer {
  /** The end of the zaak's beslistermijn (after opschorting, verdaging and the Atw). */
  beslistermijnEinde: string;
  ingebrekestellingOntvangenOp: string;
  /** The day the beschikking was given (null: not yet). */
  besluitdatum: string | null;
  uitzondering: DwangsomUitzondering | null;
  vandaag: string;
  kalender: Kalender;
}

const later = (a: string, b: string) => (a > b ? a : b);

export function berekenDwangsom(invoer: DwangsomInvoer): Dwangsom {
  const { besluitdatum, vandaag, kalender } = invoer;
  const aanvang = later(invoer.beslistermijnEinde, invoer.ingebrekestellingOntvangenOp);
  const beslissenUiterlijk = pasAtwToe(kalender, aanvang, plusWeken(aanvang, 2)).einde;
  const startdatum = plusDagen(beslissenUiterlijk, 1);
  const basis = { beslissenUiterlijk, startdatum, bron: BRON };
  if (invoer.uitzondering) {
    return {
      ...basis,
      dagen: 0,
      bedrag: 0,
      bedragPerDagNu: 0,
      stand: "niet-verschuldigd",
      vaststellenUiterlijk: null,
      uitleg: `Geen dwangsom: ${DWANGSOM_UITZONDERING_LABELS[invoer.uitzondering]}.`,
    };
  }
  const besloten = besluitdatum !== null && besluitdatum <= vandaag;
  // Days from the start up to (not including) the day of the besluit, or up to and including today.
  const telTot = besloten ? besluitdatum : plusDagen(vandaag, 1);
  const dagen = Math.min(Math.max(dagenTussen(startdatum, telTot), 0), MAXIMUM_DAGEN);
  const bedrag = bedragVoor(dagen);
  const stand: DwangsomStand = besloten
    ? "gestopt"
    : dagen === 0
      ? "nog-niet-verschuldigd"
      : dagen >= MAXIMUM_DAGEN
        ? "maximum-bereikt"
        : "loopt";
  const laatsteDag = dagen > 0 && stand !== "loopt" ? plusDagen(startdatum, dagen - 1) : null;
  const vaststellenUiterlijk = laatsteDag
    ? pasAtwToe(kalender, laatsteDag, plusWeken(laatsteDag, 2)).einde
    : null;
  const uitleg =
    dagen === 0
      ? besloten
        ? `Op tijd beslist na de ingebrekestelling (uiterlijk ${kort(beslissenUiterlijk)}): geen dwangsom.`
        : `Ingebrekestelling ontvangen ${kort(invoer.ingebrekestellingOntvangenOp)}: beslissen uiterlijk ${kort(beslissenUiterlijk)}, anders dwangsom vanaf ${kort(startdatum)}.`
      : `Dwangsom vanaf ${kort(startdatum)}: ${dagen} ${dagen === 1 ? "dag" : "dagen"}${besloten ? ` tot het besluit van ${kort(besluitdatum)}` : ` tot en met ${kort(vandaag)}`}, € ${bedrag.toLocaleString("nl-NL")} verschuldigd (maximaal € ${MAXIMUM_BEDRAG.toLocaleString("nl-NL")}).${vaststellenUiterlijk ? ` Vaststellen uiterlijk ${kort(vaststellenUiterlijk)} (Awb art. 4:18).` : ""}`;
  return {
    ...basis,
    dagen,
    bedrag,
    bedragPerDagNu: stand === "loopt" ? BEDRAG_PER_DAG(dagen) : 0,
    stand,
    vaststellenUiterlijk,
    uitleg,
  };
}

export type IngebrekestellingToets =
  | { ok: true }
  | { ok: false; regel: string; veld: string; reden: string; ongeldig?: boolean };

/** May an ingebrekestelling received on `ontvangenOp` be recorded on a zaak whose beslistermijn ends as given? */
export function toetsIngebrekestelling(invoer: {
  ontvangenOp: string;
  vandaag: string;
  /** null: the zaak has no beslistermijn (no aanvraag yet, or a zaaktype without one). */
  beslistermijnEinde: string | null;
  besluitdatum: string | null;
}): IngebrekestellingToets {
  const veld = "ontvangenOp";
  if (invoer.ontvangenOp > invoer.vandaag)
    return {
      ok: false,
      regel: "datum-in-toekomst",
      veld,
      reden: "Ontvangen op kan niet in de toekomst liggen.",
      ongeldig: true,
    };
  if (!invoer.beslistermijnEinde)
    return {
      ok: false,
      regel: "geen-beslistermijn",
      veld,
      reden:
        "Deze zaak heeft (nog) geen beslistermijn: een dwangsom bij niet tijdig beslissen geldt alleen voor een beschikking op aanvraag (Awb art. 4:17 lid 1).",
    };
  if (invoer.besluitdatum && invoer.besluitdatum <= invoer.ontvangenOp)
    return {
      ok: false,
      regel: "al-beslist",
      veld,
      reden: `Op deze aanvraag is al beslist op ${kort(invoer.besluitdatum)}: er is geen ingebrekestelling meer mogelijk (Awb art. 4:17 lid 1).`,
    };
  if (invoer.ontvangenOp <= invoer.beslistermijnEinde)
    return {
      ok: false,
      regel: "ingebrekestelling-te-vroeg",
      veld,
      reden: `De beslistermijn loopt nog tot en met ${kort(invoer.beslistermijnEinde)}: een ingebrekestelling telt pas als die termijn is verstreken (Awb art. 4:17 lid 3).`,
    };
  return { ok: true };
}
