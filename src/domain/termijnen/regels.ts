/**
 * The legal deadlines of DOMAIN.md §3, one rule per (soort, zaaktype). Each rule keeps its legal source and
 * the date from which it applies, so a change in the law is a new rule with a new `geldigVanaf`, never an
 * edit that rewrites closed zaken. Verify against wetten.overheid.nl (Wmo 2015 BWBR0035362, Awb BWBR0005537,
 * Jeugdwet BWBR0034925, Pw BWBR0015703, Wgs BWBR0031331, Wth BWBR0024649).
 *
 * Algemene termijnenwet (Atw, BWBR0002448) per rule (`atw`): it applies to "een in een wet gestelde termijn"
 * (art. 1 and 2), so `atw: true` only where the term is set by a law (Wmo, Awb, Pw, Wgs) — or, for the Jeugd
 * onderzoek, by the verordening as the gemeente applies it. Not statutory in that sense, so `atw: false`:
 * the answer clocks of the iStandaarden (5 werkdagen, 8 weken, 2 weken woonplaatsbeginsel: agreements of the
 * KetenStandaard, not a law), the Pw zoekperiode (a period the resident searches, not a term to act within)
 * the huisverbod (the duration of a measure) and the RMC hand-over (a signal before the 18th birthday, our choice). On top of the flag, art. 4 onder a excludes terms described
 * in more than twelve weeks or 90 days (`atwVanToepassing`; the 12 weeks of Awb 7:10 with a commissie are not
 * "meer dan twaalf weken", so the Atw still applies); art. 4 onder b (bekendmaking of wettelijke voorschriften)
 * and onder c (vrijheidsbeneming) concern none of these terms.
 */
import type { Zaaktype } from "../zaak/zaaktypen";
import { type AtwEenheid, buitenAtwArt4 } from "./kalender";

export const TERMIJN_SOORTEN = [
  "onderzoek",
  "beslissing",
  "voorschot",
  "zoekperiode",
  "eerste-gesprek",
  "bezwaar",
  "beslissing-bezwaar",
  "ingebrekestelling",
  "huisverbod",
  "verzoek-antwoord",
  "verzoek-onderzoek",
  "woonplaatsbeginsel",
  "rmc-overdracht",
  "declaratie-antwoord",
] as const;
export type TermijnSoort = (typeof TERMIJN_SOORTEN)[number];

export type Eenheid = "weken" | "kalenderdagen" | "werkdagen";

export interface Termijnregel {
  soort: TermijnSoort;
  zaaktypen: readonly Zaaktype[];
  lengte: number;
  eenheid: Eenheid;
  /** The term as the Awb/law words it, for explanations ("6 weken na melding"). */
  omschrijving: string;
  bron: string;
  geldigVanaf: string;
  /** Whose term it is: the gemeente must act (counts as overdue) or the resident may act. */
  partij: "gemeente" | "inwoner";
  opschortingToegestaan: boolean;
  /** Maximum extension in weeks (0 = none; Infinity = a reasonable term, to be announced). */
  maxVerlengingWeken: number;
  /**
   * A statutory term in the sense of the Algemene termijnenwet ("een in een wet gestelde termijn", art. 1 and
   * 2): its end moves past Saturdays, Sundays and (equated) feestdagen. See the header for each rule's reason.
   */
  atw: boolean;
}

const ALLE: readonly Zaaktype[] = [
  "wmo",
  "jeugd",
  "werk",
  "schuldhulp",
  "leerplicht",
  "veilig-opgroeien",
  "regie",
];
const MET_BESCHIKKING: readonly Zaaktype[] = ["wmo", "jeugd", "werk", "schuldhulp"];

export const TERMIJNREGELS: readonly Termijnregel[] = [
  {
    soort: "onderzoek",
    zaaktypen: ["wmo"],
    lengte: 6,
    eenheid: "weken",
    omschrijving: "6 weken na melding",
    bron: "Wmo 2015 art. 2.3.2 lid 1",
    geldigVanaf: "2015-01-01",
    partij: "gemeente",
    opschortingToegestaan: true,
    maxVerlengingWeken: 0,
    atw: true,
  },
  {
    soort: "onderzoek",
    zaaktypen: ["jeugd"],
    lengte: 6,
    eenheid: "weken",
    omschrijving: "6 weken na melding",
    bron: "Verordening jeugdhulp NMD (lokaal; de Jeugdwet kent geen termijn)",
    geldigVanaf: "2015-01-01",
    partij: "gemeente",
    opschortingToegestaan: true,
    maxVerlengingWeken: 0,
    atw: true,
  },
  {
    soort: "beslissing",
    zaaktypen: ["wmo"],
    lengte: 2,
    eenheid: "weken",
    omschrijving: "2 weken na aanvraag",
    bron: "Wmo 2015 art. 2.3.5 lid 2",
    geldigVanaf: "2015-01-01",
    partij: "gemeente",
    opschortingToegestaan: true,
    maxVerlengingWeken: Number.POSITIVE_INFINITY,
    atw: true,
  },
  {
    soort: "beslissing",
    zaaktypen: ["jeugd", "werk"],
    lengte: 8,
    eenheid: "weken",
    omschrijving: "8 weken na aanvraag",
    bron: "Awb art. 4:13 lid 2",
    geldigVanaf: "1994-01-01",
    partij: "gemeente",
    opschortingToegestaan: true,
    maxVerlengingWeken: Number.POSITIVE_INFINITY,
    atw: true,
  },
  {
    soort: "beslissing",
    zaaktypen: ["schuldhulp"],
    lengte: 8,
    eenheid: "weken",
    omschrijving: "8 weken na het eerste gesprek",
    // Wgs art. 4a lid 1: the beschikking on the toegang (or its refusal) after the eerste gesprek; lid 3: the
    // gemeenteraad sets its term in a verordening (LOKAAL_AANPASBAAR). Without a local term: Awb 4:13 lid 2.
    bron: "Wgs art. 4a lid 1 en 3 (verordening; zonder eigen termijn Awb art. 4:13 lid 2)",
    geldigVanaf: "2021-01-01",
    partij: "gemeente",
    opschortingToegestaan: true,
    maxVerlengingWeken: Number.POSITIVE_INFINITY,
    atw: true,
  },
  {
    soort: "voorschot",
    zaaktypen: ["werk"],
    lengte: 4,
    eenheid: "weken",
    omschrijving: "4 weken na aanvraag (voorschot als nog niet beslist)",
    bron: "Participatiewet art. 52 lid 1",
    geldigVanaf: "2015-01-01",
    partij: "gemeente",
    opschortingToegestaan: false,
    maxVerlengingWeken: 0,
    atw: true,
  },
  {
    soort: "zoekperiode",
    zaaktypen: ["werk"],
    lengte: 4,
    eenheid: "weken",
    omschrijving: "zoekperiode van 4 weken na melding (jonger dan 27)",
    bron: "Participatiewet art. 41 lid 4",
    geldigVanaf: "2015-01-01",
    partij: "inwoner",
    opschortingToegestaan: false,
    maxVerlengingWeken: 0,
    atw: false,
  },
  {
    soort: "eerste-gesprek",
    zaaktypen: ["schuldhulp"],
    lengte: 4,
    eenheid: "weken",
    omschrijving: "4 weken na de hulpvraag",
    bron: "Wgs art. 4 lid 1",
    geldigVanaf: "2021-01-01",
    partij: "gemeente",
    opschortingToegestaan: false,
    maxVerlengingWeken: 0,
    atw: true,
  },
  {
    soort: "bezwaar",
    zaaktypen: MET_BESCHIKKING,
    lengte: 6,
    eenheid: "weken",
    omschrijving: "6 weken na bekendmaking van de beschikking",
    bron: "Awb art. 6:7 en 6:8",
    geldigVanaf: "1994-01-01",
    partij: "inwoner",
    opschortingToegestaan: false,
    maxVerlengingWeken: 0,
    atw: true,
  },
  {
    soort: "beslissing-bezwaar",
    zaaktypen: MET_BESCHIKKING,
    lengte: 6,
    eenheid: "weken",
    omschrijving: "6 weken na afloop van de bezwaartermijn",
    bron: "Awb art. 7:10 lid 1 en 3",
    geldigVanaf: "1994-01-01",
    partij: "gemeente",
    opschortingToegestaan: true,
    maxVerlengingWeken: 6,
    atw: true,
  },
  {
    soort: "ingebrekestelling",
    zaaktypen: MET_BESCHIKKING,
    lengte: 2,
    eenheid: "weken",
    omschrijving: "2 weken na de ingebrekestelling (daarna dwangsom)",
    bron: "Awb art. 4:17 lid 3",
    geldigVanaf: "2009-10-01",
    partij: "gemeente",
    opschortingToegestaan: false,
    maxVerlengingWeken: 0,
    // A term set in a law; art. 4:17 lid 1 excludes the Atw only for the 42 days of the dwangsom itself.
    atw: true,
  },
  {
    // Not a term of a law: from the 18th birthday the Leerplichtwet no longer applies (art. 4a lid 1) and the RMC
    // trajectbegeleider takes over (seed 004 §5.2); signalled 6 weeks before (domain/leerplicht/leeftijd.ts).
    soort: "rmc-overdracht",
    zaaktypen: ["leerplicht"],
    lengte: 6,
    eenheid: "weken",
    omschrijving: "overdracht aan het RMC vóór de 18e verjaardag (signaal 6 weken vooraf)",
    bron: "Leerplichtwet 1969 art. 4a lid 1; seed 004 §5.2 (RMC vanaf 18 jaar)",
    geldigVanaf: "2007-08-01",
    partij: "gemeente",
    opschortingToegestaan: false,
    maxVerlengingWeken: 0,
    atw: false,
  },
  {
    soort: "huisverbod",
    zaaktypen: ALLE,
    lengte: 10,
    eenheid: "kalenderdagen",
    omschrijving: "10 dagen na het opleggen",
    bron: "Wet tijdelijk huisverbod art. 2 lid 1 (verlenging: art. 9 lid 1)",
    geldigVanaf: "2009-01-01",
    partij: "gemeente",
    opschortingToegestaan: false,
    maxVerlengingWeken: 0,
    atw: false,
  },
  {
    soort: "verzoek-antwoord",
    zaaktypen: ["wmo", "jeugd"],
    lengte: 5,
    eenheid: "werkdagen",
    omschrijving:
      "5 werkdagen na ontvangst van het verzoek om toewijzing of wijziging (antwoord: 301 of 319)",
    bron: "iStandaarden iWmo/iJw 3.2, OP274 en OP346",
    geldigVanaf: "2021-04-01",
    partij: "gemeente",
    opschortingToegestaan: false,
    maxVerlengingWeken: 0,
    atw: false,
  },
  {
    soort: "verzoek-onderzoek",
    zaaktypen: ["wmo", "jeugd"],
    lengte: 8,
    eenheid: "weken",
    omschrijving: "8 weken na het antwoord 'aanvraag in onderzoek' (definitief antwoord: 301 of 319)",
    bron: "iStandaarden iWmo/iJw 3.2, OP274 en OP346",
    geldigVanaf: "2021-04-01",
    partij: "gemeente",
    opschortingToegestaan: false,
    maxVerlengingWeken: 0,
    atw: false,
  },
  {
    soort: "woonplaatsbeginsel",
    zaaktypen: ["jeugd"],
    lengte: 2,
    eenheid: "weken",
    omschrijving: "2 weken na ontvangst van het verzoek (afwijzen op het woonplaatsbeginsel)",
    bron: "iStandaarden iJw 3.2, OP274 (woonplaatsbeginsel Jeugdwet art. 1.1)",
    geldigVanaf: "2022-01-01",
    partij: "gemeente",
    opschortingToegestaan: false,
    maxVerlengingWeken: 0,
    atw: false,
  },
  {
    soort: "declaratie-antwoord",
    zaaktypen: ["wmo", "jeugd"],
    lengte: 10,
    eenheid: "werkdagen",
    omschrijving: "10 werkdagen na ontvangst van de declaratie (antwoord: 325 met de uitkomst per prestatie)",
    bron: "iStandaarden iWmo/iJw 3.2, declaratie 323 → declaratie-antwoord 325",
    geldigVanaf: "2021-04-01",
    partij: "gemeente",
    opschortingToegestaan: false,
    maxVerlengingWeken: 0,
    atw: false,
  },
];

/**
 * Wgs art. 4 lid 2: when eviction of the home, the end of the supply of gas, electricity, heating or water, or the
 * cancellation of the health insurance threatens, the first conversation within 3 working days.
 */
export const EERSTE_GESPREK_SPOED: Termijnregel = {
  soort: "eerste-gesprek",
  zaaktypen: ["schuldhulp"],
  lengte: 3,
  eenheid: "werkdagen",
  omschrijving: "3 werkdagen na de hulpvraag (dreigende ontruiming, afsluiting of opzegging zorgverzekering)",
  bron: "Wgs art. 4 lid 2",
  geldigVanaf: "2021-01-01",
  partij: "gemeente",
  opschortingToegestaan: false,
  maxVerlengingWeken: 0,
  atw: true,
};

/** Beslissing op bezwaar with an adviescommissie: 12 weeks (Awb 7:10 lid 1). */
export const BESLISSING_BEZWAAR_COMMISSIE: Termijnregel = {
  ...(TERMIJNREGELS.find((r) => r.soort === "beslissing-bezwaar") as Termijnregel),
  lengte: 12,
  omschrijving: "12 weken na afloop van de bezwaartermijn (met adviescommissie)",
};

/**
 * Terms a gemeente sets itself in its verordening (the law leaves room): these a zaaktype version may change,
 * within a maximum. Statutory terms (Wmo, Awb bezwaar, …) cannot be changed locally.
 */
export const LOKAAL_AANPASBAAR: readonly {
  zaaktype: Zaaktype;
  soort: TermijnSoort;
  maxWeken: number;
  grond: string;
}[] = [
  {
    zaaktype: "jeugd",
    soort: "onderzoek",
    maxWeken: 8,
    grond: "Verordening jeugdhulp (de Jeugdwet kent geen termijn)",
  },
  {
    zaaktype: "jeugd",
    soort: "beslissing",
    maxWeken: 8,
    grond: "Awb art. 4:13: redelijke termijn, hoogstens 8 weken",
  },
  {
    zaaktype: "schuldhulp",
    soort: "beslissing",
    maxWeken: 8,
    grond: "Wgs art. 4a lid 3: termijn uit de verordening",
  },
];

/** A gemeente's own term lengths (in weeks) for a zaaktype version, snapshotted onto each zaak at its melding. */
export type LokaleTermijnen = Partial<Record<TermijnSoort, number>>;

export function lokaalAanpasbaar(zaaktype: Zaaktype, soort: TermijnSoort) {
  return LOKAAL_AANPASBAAR.find((a) => a.zaaktype === zaaktype && a.soort === soort);
}

/** The rule for a soort and zaaktype that applies on `datum`, if any, with the gemeente's own length where allowed. */
export function regelVoor(
  soort: TermijnSoort,
  zaaktype: Zaaktype,
  datum: string,
  lokaal: LokaleTermijnen = {},
): Termijnregel | undefined {
  const regel = TERMIJNREGELS.filter(
    (r) => r.soort === soort && r.zaaktypen.includes(zaaktype) && r.geldigVanaf <= datum,
  ).at(-1);
  const weken = lokaal[soort];
  const ruimte = lokaalAanpasbaar(zaaktype, soort);
  if (!regel || weken === undefined || !ruimte || weken < 1 || weken > ruimte.maxWeken) return regel;
  const na = regel.omschrijving.replace(/^\d+ weken /, "");
  return {
    ...regel,
    lengte: weken,
    eenheid: "weken",
    omschrijving: `${weken} weken ${na}`,
    bron: `${ruimte.grond}; gemeentelijk vastgesteld`,
  };
}

const ATW_EENHEID: Record<Eenheid, AtwEenheid> = {
  weken: "weken",
  kalenderdagen: "dagen",
  werkdagen: "dagen",
};

/**
 * Does the Algemene termijnenwet move the end of this term? Only for a statutory term (`atw`) that art. 4
 * onder a does not exclude, judged on the length the law (or the gemeente's own length) describes.
 */
export function atwVanToepassing(regel: Termijnregel): { geldt: true } | { geldt: false; reden: string } {
  if (!regel.atw) {
    return { geldt: false, reden: `geen in een wet gestelde termijn (${regel.bron})` };
  }
  const uitgezonderd = buitenAtwArt4(regel.lengte, ATW_EENHEID[regel.eenheid]);
  return uitgezonderd ? { geldt: false, reden: uitgezonderd } : { geldt: true };
}
