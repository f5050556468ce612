/**
 * Vroegsignalering (issue 15; seed 003 Stroom 3; Wgs art. 3 lid 1 onder b and the Besluit gemeentelijke
 * schuldhulpverlening §2): a verhuurder, drinkwaterbedrijf, zorgverzekeraar or energieleverancier that could not
 * reach a resident about a payment arrear gives the gemeente the contact data and the amount, and the gemeente
 * follows every signal up: it reaches out (the outreach term is the gemeente's own agreement — the Wgs sets none, a
 * gap the Raad van State pointed out in its advice on the bill), offers an eerste gesprek, and records the outcome
 * so the signals and what came of them can be counted. A resident may refuse the help. Pure.
 */
import { datumVoluit } from "../documenten/brief";
import { plusDagen } from "../termijnen/kalender";

export const SIGNAALBRONNEN = {
  huur: "Huurachterstand (verhuurder)",
  drinkwater: "Achterstand drinkwater",
  zorgverzekering: "Achterstand premie zorgverzekering",
  energie: "Achterstand energie (gas, elektriciteit, warmte)",
} as const satisfies Record<string, string>;
export type Signaalbron = keyof typeof SIGNAALBRONNEN;

export const CONTACTPOGINGEN = {
  huisbezoek: "Huisbezoek",
  telefoon: "Telefoon",
  brief: "Brief",
  "e-mail": "E-mail",
} as const satisfies Record<string, string>;
export type Contactpoging = keyof typeof CONTACTPOGINGEN;

export const SIGNAALUITKOMSTEN = {
  "hulp-aanvaard": "Hulp aanvaard (eerste gesprek)",
  "hulp-geweigerd": "Hulp geweigerd",
  "zelf-opgelost": "Achterstand zelf opgelost",
  "al-in-beeld": "Al in beeld bij schuldhulp",
  "geen-contact": "Geen contact gekregen",
} as const satisfies Record<string, string>;
export type Signaaluitkomst = keyof typeof SIGNAALUITKOMSTEN;

/** Default outreach term when the gemeente agreed none: 14 days (our choice, a common agreement). */
export const STANDAARD_CONTACTTERMIJN_DAGEN = 14;

export interface Vroegsignaal {
  ontvangenOp: string;
  contactpogingOp: string | null;
  afgehandeldOp: string | null;
}

export type SignaalStand = "nieuw" | "te-laat" | "contact-gezocht" | "afgehandeld";

/** Where a signal stands on `vandaag`, and the last day to reach out. */
export function signaalStand(
  s: Vroegsignaal,
  vandaag: string,
  termijnDagen = STANDAARD_CONTACTTERMIJN_DAGEN,
) {
  const contactUiterlijk = plusDagen(s.ontvangenOp, termijnDagen);
  const stand: SignaalStand = s.afgehandeldOp
    ? "afgehandeld"
    : s.contactpogingOp
      ? "contact-gezocht"
      : vandaag > contactUiterlijk
        ? "te-laat"
        : "nieuw";
  return { stand, contactUiterlijk };
}

type Uitkomst = { ok: true } | { ok: false; regel: string; veld: string; reden: string; ongeldig?: boolean };
const JA: Uitkomst = { ok: true };
const inToekomst = (veld: string, label: string, op: string, vandaag: string): Uitkomst =>
  op > vandaag
    ? {
        ok: false,
        regel: "ongeldige-invoer",
        veld,
        reden: `${label} kan niet in de toekomst liggen.`,
        ongeldig: true,
      }
    : JA;

export function toetsSignaal(
  s: { ontvangenOp: string; achterstandCent: number },
  vandaag: string,
): Uitkomst[] {
  return [
    inToekomst("ontvangenOp", "Ontvangen op", s.ontvangenOp, vandaag),
    s.achterstandCent < 1
      ? {
          ok: false,
          regel: "ongeldige-invoer",
          veld: "achterstand",
          reden: "Vul de achterstand in.",
          ongeldig: true,
        }
      : JA,
  ];
}

export function toetsContactpoging(s: Vroegsignaal, op: string, vandaag: string): Uitkomst[] {
  return [
    inToekomst("op", "De datum van de contactpoging", op, vandaag),
    op < s.ontvangenOp
      ? {
          ok: false,
          regel: "ongeldige-invoer",
          veld: "op",
          reden: `De contactpoging ligt vóór de ontvangst van het signaal (${datumVoluit(s.ontvangenOp)}).`,
          ongeldig: true,
        }
      : JA,
    s.afgehandeldOp
      ? { ok: false, regel: "signaal-afgehandeld", veld: "op", reden: "Dit signaal is al afgehandeld." }
      : JA,
  ];
}

export function toetsAfhandeling(
  s: Vroegsignaal,
  a: { uitkomst: Signaaluitkomst; op: string },
  vandaag: string,
): Uitkomst[] {
  return [
    inToekomst("op", "Afgehandeld op", a.op, vandaag),
    s.afgehandeldOp
      ? { ok: false, regel: "signaal-afgehandeld", veld: "uitkomst", reden: "Dit signaal is al afgehandeld." }
      : JA,
    !s.contactpogingOp && a.uitkomst !== "al-in-beeld"
      ? {
          ok: false,
          regel: "eerst-contact",
          veld: "uitkomst",
          reden: "Leg eerst de contactpoging vast: elk signaal wordt opgevolgd.",
        }
      : JA,
    s.contactpogingOp && a.op < s.contactpogingOp
      ? {
          ok: false,
          regel: "ongeldige-invoer",
          veld: "op",
          reden: "Afgehandeld op ligt vóór de contactpoging.",
          ongeldig: true,
        }
      : JA,
  ];
}
