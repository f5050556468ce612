/**
 * Leerplicht, kwalificatieplicht and the hand-over to the RMC by age (DOMAIN §4, seed 004 §5.2). Pure.
 *
 * Sources (Leerplichtwet 1969, BWBR0002628; the kwalificatieplicht as introduced by Stb. 2007, 203):
 *  - art. 1: the schooljaar runs from 1 August to 31 July; a "jongere" is younger than 18.
 *  - art. 3 lid 1: a child is leerplichtig "met ingang van de eerste schooldag van de maand volgende op die waarin
 *    het de leeftijd van vijf jaren heeft bereikt". Which day is the first school day is the school's calendar:
 *    we give the first day of that month and say "vanaf de eerste schooldag van <maand>".
 *  - art. 4 lid 1: the volledige leerplicht ends at the end of the schooljaar after which the jongere attended
 *    school for at least twelve full schooljaren, or at the end of the schooljaar in which he turned 16 — the
 *    first of the two.
 *  - art. 4a lid 1: after the volledige leerplicht the jongere is kwalificatieplichtig until he holds a
 *    startkwalificatie (mbo 2, havo or vwo diploma) or turns 18.
 *  - seed 004 §5.2 and the glossary (RMC): from 18 the trajectbegeleider of the RMC (18 to 23) takes over.
 *
 * Age: a birthday on 29 February counts from 1 March in other years (persoon/leeftijd.ts, used everywhere).
 */
import { leeftijdOp } from "../persoon/leeftijd";
import { plusDagen, plusWeken } from "../termijnen/kalender";

/** Our choice: the RMC hand-over is signalled six weeks before the 18th birthday — three visits of the RMC's
 * trajectbegeleider, who is in the gemeente once every two weeks (seed 004 glossary "RMC"), for a warm hand-over. */
export const RMC_SIGNAAL_WEKEN = 6;
export const LEERPLICHT_VANAF_JAREN = 5;
export const VOLLEDIGE_LEERPLICHT_TOT_JAREN = 16;
export const VOLLEDIGE_SCHOOLJAREN = 12;
export const KWALIFICATIEPLICHT_TOT_JAREN = 18;

const tweeCijfers = (n: number) => String(n).padStart(2, "0");

/** The date on which someone born on `geboortedatum` reaches `jaren` (29 February → 1 March in other years). */
export function verjaardag(geboortedatum: string, jaren: number): string {
  const [j, m, d] = geboortedatum.slice(0, 10).split("-").map(Number) as [number, number, number];
  const jaar = j + jaren;
  const schrikkel = (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0;
  if (m === 2 && d === 29 && !schrikkel) return `${jaar}-03-01`;
  return `${jaar}-${tweeCijfers(m)}-${tweeCijfers(d)}`;
}

/** Art. 3 lid 1: the first day of the month after the month of the fifth birthday. */
export function leerplichtVanaf(geboortedatum: string): string {
  const [j, m] = verjaardag(geboortedatum, LEERPLICHT_VANAF_JAREN).split("-").map(Number) as [number, number];
  return m === 12 ? `${j + 1}-01-01` : `${j}-${tweeCijfers(m + 1)}-01`;
}

/** Art. 1: the last day (31 July) of the schooljaar in which `datum` falls. */
export function eindeSchooljaar(datum: string): string {
  const [j, m] = datum.split("-").map(Number) as [number, number];
  return `${m >= 8 ? j + 1 : j}-07-31`;
}

export interface Leerling {
  geboortedatum: string;
  /** 1 August of the first full schooljaar the child attended school, when known (for the twelve years). */
  eersteVolledigeSchooljaarVanaf?: string | null;
  /** The date of the startkwalificatie (diploma), when obtained. */
  startkwalificatieOp?: string | null;
}

/** Art. 4 lid 1: the last day of the volledige leerplicht (the first of the two ends). */
export function volledigeLeerplichtTot(leerling: Leerling): string {
  const zestien = eindeSchooljaar(verjaardag(leerling.geboortedatum, VOLLEDIGE_LEERPLICHT_TOT_JAREN));
  const start = leerling.eersteVolledigeSchooljaarVanaf;
  if (!start) return zestien;
  const twaalf = eindeSchooljaar(plusJaren(start, VOLLEDIGE_SCHOOLJAREN - 1));
  return [twaalf, zestien].sort()[0] ?? zestien; // ISO dates: the earlier one
}

const plusJaren = (datum: string, jaren: number) => `${Number(datum.slice(0, 4)) + jaren}${datum.slice(4)}`;

export const PLICHTEN = [
  "nog-niet-leerplichtig",
  "leerplichtig",
  "kwalificatieplichtig",
  "startkwalificatie",
  "rmc",
] as const;
export type Plicht = (typeof PLICHTEN)[number];

export const PLICHT_LABELS: Record<Plicht, string> = {
  "nog-niet-leerplichtig": "Nog niet leerplichtig",
  leerplichtig: "Leerplichtig (volledige leerplicht)",
  kwalificatieplichtig: "Kwalificatieplichtig (tot 18 jaar of een startkwalificatie)",
  startkwalificatie: "Niet meer kwalificatieplichtig: startkwalificatie behaald",
  rmc: "18 jaar of ouder: de trajectbegeleider van het RMC",
};

export interface PlichtOp {
  plicht: Plicht;
  bron: string;
  /** The last day this plicht lasts (null: no end from age, or none applies). */
  tot: string | null;
}

/** Which duty holds on `datum`, with its source and its last day. */
export function plichtOp(leerling: Leerling, datum: string): PlichtOp {
  const achttien = verjaardag(leerling.geboortedatum, KWALIFICATIEPLICHT_TOT_JAREN);
  if (datum >= achttien)
    return { plicht: "rmc", bron: "Leerplichtwet 1969 art. 4a lid 1; seed 004 §5.2 (RMC)", tot: null };
  const vanaf = leerplichtVanaf(leerling.geboortedatum);
  if (datum < vanaf)
    return { plicht: "nog-niet-leerplichtig", bron: "Leerplichtwet 1969 art. 3 lid 1", tot: null };
  const volledigTot = volledigeLeerplichtTot(leerling);
  if (datum <= volledigTot)
    return {
      plicht: "leerplichtig",
      bron: "Leerplichtwet 1969 art. 3 lid 1 en art. 4 lid 1",
      tot: volledigTot,
    };
  const diploma = leerling.startkwalificatieOp;
  if (diploma && diploma <= datum)
    return { plicht: "startkwalificatie", bron: "Leerplichtwet 1969 art. 4a lid 1", tot: null };
  return {
    plicht: "kwalificatieplichtig",
    bron: "Leerplichtwet 1969 art. 4a lid 1",
    tot: plusDagen(achttien, -1),
  };
}

/** The Leerplichtwet's duty holds (leerplicht or kwalificatieplicht): a verzuimmelding can be handled. */
export const valtOnderLeerplichtwet = (p: Plicht) => p === "leerplichtig" || p === "kwalificatieplichtig";

/** The RMC hand-over: from when it is signalled, and the 18th birthday it must be done by. */
export function rmcOverdracht(geboortedatum: string) {
  const achttien = verjaardag(geboortedatum, KWALIFICATIEPLICHT_TOT_JAREN);
  return { signaalVanaf: plusWeken(achttien, -RMC_SIGNAAL_WEKEN), uiterlijk: achttien };
}

/** Whether the RMC signal is worth keeping on the zaak now: the 18th birthday lies within a year of `datum`. */
export const rmcInZicht = (geboortedatum: string, datum: string) =>
  leeftijdOp(geboortedatum, datum) >= KWALIFICATIEPLICHT_TOT_JAREN - 1;
