/**
 * The Werk flow for jongeren of 18 to 27 (issue 15; seed 004 §9.1): the melding at Werk.nl starts a zoekperiode of 4
 * weeks in which the young person searches for work or school, with one contact moment a week with the consulent
 * werk; then the intake and a plan van aanpak towards werk, uitkering or opleiding. With problems on several
 * levensgebieden the consulent does not wait (recorded why) and aligns with the hulpverlening that is there, or
 * refers to the Regiegroep's procesregisseurs. Pure.
 *
 * The law: Participatiewet art. 41 lid 4 — under 27 the aanvraag om bijstand is made no earlier than 4 weeks after the
 * melding (the zoekperiode; `domain/termijnen/regels.ts`, checked when the aanvraag is registered). Not waiting with the
 * intake does not shorten that term: the support starts at once (seed 004 §9.1; maatwerk, Pw art. 18), the aanvraag
 * still waits for the 4 weeks.
 */

import { datumVoluit } from "../documenten/brief";
import { leeftijdOp } from "../persoon/leeftijd";
import { plusDagen, plusWeken } from "../termijnen/kalender";

export const RICHTINGEN = {
  werk: "Werk",
  opleiding: "Opleiding (nog geen startkwalificatie)",
  uitkering: "Aanvraag bijstand",
} as const satisfies Record<string, string>;
export type Richting = keyof typeof RICHTINGEN;

export const AFSTEMMINGEN = {
  "hulpverlening-betrokken": "Afstemmen op de hulpverlening die er al is",
  "doorverwijzen-regiegroep": "Doorverwijzen naar de procesregisseurs (Regiegroep)",
} as const satisfies Record<string, string>;
export type Afstemming = keyof typeof AFSTEMMINGEN;

export const CONTACTWIJZEN = {
  gesprek: "Gesprek",
  telefoon: "Telefoon",
  beeldbellen: "Beeldbellen",
  bericht: "Bericht (e-mail of app)",
} as const satisfies Record<string, string>;
export type Contactwijze = keyof typeof CONTACTWIJZEN;

/** Pw art. 41 lid 4 and seed 004 §9.1: four weeks, one contact a week. */
export const ZOEKPERIODE_WEKEN = 4;

/** The steps of a volwassene's actieplan (seed 004 §9.2). */
export const ACTIEPLAN_STAPPEN = {
  vrijwilligerswerk: "Vrijwilligerswerk",
  scholing: "Scholing",
  stage: "Stage bij een bedrijf",
  werk: "Regulier werk",
  banenafspraak: "Werk op een aangepaste werkplek (banenafspraak)",
  hulpverlening: "Eerst hulpverlening",
} as const satisfies Record<string, string>;
export type ActieplanStap = keyof typeof ACTIEPLAN_STAPPEN;

export interface Werktraject {
  contacten: { op: string; wijze: Contactwijze }[];
  /** Volwassenen (27+): the actieplan's steps, each with its goal and review date; appended. */
  stappen?: { soort: ActieplanStap; doel: string; evaluatieOp: string; vastgelegdOp: string }[];
  afzien: { op: string; reden: string; afstemming: Afstemming } | null;
  intakeOp: string | null;
  plan: { opgesteldOp: string; richting: Richting; afspraken: string; voortgangOp: string } | null;
}

export const LEEG_TRAJECT: Werktraject = { contacten: [], afzien: null, intakeOp: null, plan: null };

export type Doelgroep = "jongere" | "volwassene" | "onbekend";

/** Jongere: 18 up to 27 at the melding (Pw art. 41 lid 4 counts the age at the melding); 27 and older: volwassene. */
export function doelgroepVan(geboortedatum: string | null | undefined, melding: string): Doelgroep {
  if (!geboortedatum) return "onbekend";
  return leeftijdOp(geboortedatum, melding) < 27 ? "jongere" : "volwassene";
}

export const eindeZoekperiode = (melding: string): string => plusWeken(melding, ZOEKPERIODE_WEKEN);

export type WeekStand = "gehad" | "gemist" | "loopt" | "komt";

/** The four contact weeks: week k runs from melding + 7(k−1) days up to and including melding + 7k − 1. */
export function contactweken(melding: string, contacten: readonly { op: string }[], vandaag: string) {
  return Array.from({ length: ZOEKPERIODE_WEKEN }, (_, i) => {
    const van = plusDagen(melding, 7 * i);
    const tot = plusDagen(melding, 7 * i + 6);
    const contact = contacten.find((c) => c.op >= van && c.op <= tot)?.op ?? null;
    const stand: WeekStand = contact ? "gehad" : tot < vandaag ? "gemist" : van <= vandaag ? "loopt" : "komt";
    return { week: i + 1, van, tot, contact, stand };
  });
}

type Uitkomst = { ok: true } | { ok: false; regel: string; veld: string; reden: string; ongeldig?: boolean };
const JA: Uitkomst = { ok: true };
const datumFout = (veld: string, label: string, op: string, melding: string, vandaag: string): Uitkomst =>
  op > vandaag
    ? {
        ok: false,
        regel: "ongeldige-invoer",
        veld,
        reden: `${label} kan niet in de toekomst liggen.`,
        ongeldig: true,
      }
    : op < melding
      ? {
          ok: false,
          regel: "ongeldige-invoer",
          veld,
          reden: `${label} ligt vóór de melding (${datumVoluit(melding)}).`,
          ongeldig: true,
        }
      : JA;

const alleenJongeren = (doelgroep: Doelgroep): Uitkomst =>
  doelgroep === "jongere"
    ? JA
    : {
        ok: false,
        regel: "zoekperiode-jongeren",
        veld: "op",
        reden:
          doelgroep === "onbekend"
            ? "De geboortedatum van de inwoner ontbreekt: de zoekperiode geldt alleen voor jongeren onder 27."
            : "De zoekperiode geldt alleen voor jongeren onder 27 (Participatiewet art. 41 lid 4).",
      };

export function toetsContact(
  t: Werktraject,
  s: { melding: string; doelgroep: Doelgroep },
  op: string,
  vandaag: string,
): Uitkomst[] {
  return [
    alleenJongeren(s.doelgroep),
    datumFout("op", "De datum van het contact", op, s.melding, vandaag),
    t.contacten.some((c) => c.op === op)
      ? {
          ok: false,
          regel: "contact-bestaat",
          veld: "op",
          reden: `Er staat al een contact op ${datumVoluit(op)}.`,
        }
      : JA,
  ];
}

export function toetsAfzien(
  t: Werktraject,
  s: { melding: string; doelgroep: Doelgroep },
  a: { op: string; reden: string },
  vandaag: string,
): Uitkomst[] {
  return [
    alleenJongeren(s.doelgroep),
    datumFout("op", "De datum", a.op, s.melding, vandaag),
    t.afzien
      ? { ok: false, regel: "al-afgezien", veld: "reden", reden: "Er is al afgezien van de zoekperiode." }
      : JA,
    t.intakeOp
      ? { ok: false, regel: "intake-al-geweest", veld: "reden", reden: "De intake is al geweest." }
      : JA,
    a.reden.trim().length < 10
      ? {
          ok: false,
          regel: "ongeldige-invoer",
          veld: "reden",
          reden: "Schrijf op welke problemen er op welke levensgebieden spelen (minstens 10 tekens).",
          ongeldig: true,
        }
      : JA,
  ];
}

/** The intake: after the zoekperiode, or earlier when the consulent recorded why not to wait. */
export function toetsIntake(
  t: Werktraject,
  s: { melding: string; doelgroep: Doelgroep },
  op: string,
  vandaag: string,
): Uitkomst[] {
  const einde = eindeZoekperiode(s.melding);
  return [
    datumFout("op", "De datum van de intake", op, s.melding, vandaag),
    t.intakeOp
      ? { ok: false, regel: "intake-al-geweest", veld: "op", reden: "De intake is al vastgelegd." }
      : JA,
    s.doelgroep === "jongere" && !t.afzien && op < einde
      ? {
          ok: false,
          regel: "intake-na-zoekperiode",
          veld: "op",
          reden: `De zoekperiode loopt tot ${datumVoluit(einde)}. Leg eerst vast waarom u niet wacht (problemen op meerdere levensgebieden), of plan de intake op of na die dag.`,
        }
      : JA,
  ];
}

export function toetsPlan(
  t: Werktraject,
  s: { melding: string },
  p: { opgesteldOp: string; afspraken: string; voortgangOp: string },
  vandaag: string,
): Uitkomst[] {
  return [
    t.intakeOp
      ? JA
      : {
          ok: false,
          regel: "plan-na-intake",
          veld: "richting",
          reden: "Het plan van aanpak volgt op de intake.",
        },
    datumFout("opgesteldOp", "De datum van het plan", p.opgesteldOp, s.melding, vandaag),
    t.intakeOp && p.opgesteldOp < t.intakeOp
      ? {
          ok: false,
          regel: "plan-na-intake",
          veld: "opgesteldOp",
          reden: `Het plan ligt vóór de intake (${datumVoluit(t.intakeOp)}).`,
        }
      : JA,
    p.afspraken.trim().length < 10
      ? {
          ok: false,
          regel: "ongeldige-invoer",
          veld: "afspraken",
          reden: "Schrijf de afspraken op: wie doet wat, wanneer (minstens 10 tekens).",
          ongeldig: true,
        }
      : JA,
    p.voortgangOp <= p.opgesteldOp
      ? {
          ok: false,
          regel: "ongeldige-invoer",
          veld: "voortgangOp",
          reden: "Het voortgangsgesprek ligt na de datum van het plan.",
          ongeldig: true,
        }
      : JA,
  ];
}

/** A step of a volwassene's actieplan (seed 004 §9.2): after the intake, with a goal and a review date after today. */
export function toetsStap(
  t: Werktraject,
  s: { doelgroep: Doelgroep },
  stap: { doel: string; evaluatieOp: string },
  vandaag: string,
): Uitkomst[] {
  return [
    s.doelgroep === "jongere"
      ? {
          ok: false,
          regel: "actieplan-volwassenen",
          veld: "soort",
          reden: "Een jongere krijgt een plan van aanpak; het actieplan is voor inwoners van 27 en ouder.",
        }
      : JA,
    t.intakeOp
      ? JA
      : { ok: false, regel: "plan-na-intake", veld: "soort", reden: "Het actieplan volgt op de intake." },
    stap.doel.trim().length < 5
      ? {
          ok: false,
          regel: "ongeldige-invoer",
          veld: "doel",
          reden: "Schrijf het doel van deze stap op (minstens 5 tekens).",
          ongeldig: true,
        }
      : JA,
    stap.evaluatieOp <= vandaag
      ? {
          ok: false,
          regel: "ongeldige-invoer",
          veld: "evaluatieOp",
          reden: "De evaluatie ligt na vandaag.",
          ongeldig: true,
        }
      : JA,
  ];
}
