/**
 * Nazorg ex-gedetineerden (seed 004 §7.1.2): when a resident comes into detention the procesregisseur
 * (jong)volwassenen receives a melding, seeks contact with the casemanager of the Penitentiaire Inrichting (PI),
 * has attention for the family members left behind (achterblijvers), and supports the return to "normal" life.
 * Zelfmelders await serving their sentence: the procesregisseur goes through the practical matters with them.
 * The five nazorg points are those of the Convenant nazorg (identiteitsbewijs, inkomen, huisvesting, zorg,
 * schulden). Pure; dates are ISO calendar dates.
 */
import { dagenTussen } from "../termijnen/kalender";
import { fouten, nee, type Uitkomst } from "./thema";

export const NAZORGPUNTEN = ["identiteitsbewijs", "inkomen", "huisvesting", "zorg", "schulden"] as const;
export type Nazorgpunt = (typeof NAZORGPUNTEN)[number];
export const NAZORGPUNT_LABELS: Record<Nazorgpunt, string> = {
  identiteitsbewijs: "Identiteitsbewijs",
  inkomen: "Inkomen",
  huisvesting: "Huisvesting",
  zorg: "Zorg",
  schulden: "Schulden",
};

export const PUNT_STATUSSEN = ["open", "geregeld", "nvt"] as const;
export type PuntStatus = (typeof PUNT_STATUSSEN)[number];
export const PUNT_STATUS_LABELS: Record<PuntStatus, string> = {
  open: "Open",
  geregeld: "Geregeld",
  nvt: "Niet van toepassing",
};

export interface Nazorg {
  /** A zelfmelder awaits serving the sentence (not yet detained). */
  zelfmelder: boolean;
  /** The melding of the detention (or, for a zelfmelder, of the coming sentence) was received on. */
  gemeldOp: string;
  /** The expected release (or, for a zelfmelder, start of the sentence); null when unknown. */
  verwachtOp: string | null;
  /** Contact with the PI casemanager; null until there was contact. */
  piContact: { naam: string; op: string } | null;
  /** Who stays behind (the family members) and what they need. */
  achterblijvers: string;
  punten: Record<Nazorgpunt, PuntStatus>;
}

export const NAZORG_STATUSSEN = ["loopt", "geregeld"] as const;
export type NazorgStatus = (typeof NAZORG_STATUSSEN)[number];
export const NAZORG_STATUS_LABELS: Record<NazorgStatus, string> = {
  loopt: "Loopt",
  geregeld: "Alle punten geregeld",
};

export const allesOpen = (): Record<Nazorgpunt, PuntStatus> =>
  Object.fromEntries(NAZORGPUNTEN.map((p) => [p, "open"])) as Record<Nazorgpunt, PuntStatus>;

/** Settled when no point is open any more. */
export const nazorgStatus = (n: Pick<Nazorg, "punten">): NazorgStatus =>
  NAZORGPUNTEN.some((p) => n.punten[p] === "open") ? "loopt" : "geregeld";

export const openPunten = (n: Pick<Nazorg, "punten">) => NAZORGPUNTEN.filter((p) => n.punten[p] === "open");

/** Calendar days until the expected release (negative once passed), or null when unknown. */
export const dagenTotVerwacht = (n: Pick<Nazorg, "verwachtOp">, vandaag: string) =>
  n.verwachtOp ? dagenTussen(vandaag, n.verwachtOp) : null;

/**
 * The dates must fit together: the melding not in the future; the expected release of a detained resident not
 * before the melding; the contact with the PI casemanager not before the melding nor in the future, and only
 * for a resident in detention (a zelfmelder is not in a PI yet).
 */
export function toetsNazorg(n: Nazorg, vandaag: string): Uitkomst[] {
  const uitkomsten: Uitkomst[] = [];
  if (n.gemeldOp > vandaag)
    uitkomsten.push(
      nee("nazorg-melding-niet-in-toekomst", "gemeldOp", "De melding ligt in de toekomst.", true),
    );
  if (n.verwachtOp && n.verwachtOp < n.gemeldOp)
    uitkomsten.push(
      nee(
        "nazorg-verwacht-na-melding",
        "verwachtOp",
        n.zelfmelder
          ? "De verwachte start van de straf ligt vóór de melding."
          : "De verwachte datum van vrijlating ligt vóór de melding van de detentie.",
      ),
    );
  if (n.piContact) {
    if (n.zelfmelder)
      uitkomsten.push(
        nee(
          "nazorg-zelfmelder-geen-pi",
          "piContact",
          "Een zelfmelder zit nog niet in een PI; leg contact met de PI-casemanager vast zodra de straf begint.",
        ),
      );
    if (n.piContact.op > vandaag)
      uitkomsten.push(
        nee("nazorg-contact-niet-in-toekomst", "piContact.op", "Het contact ligt in de toekomst.", true),
      );
    else if (n.piContact.op < n.gemeldOp)
      uitkomsten.push(
        nee(
          "nazorg-contact-na-melding",
          "piContact.op",
          "Het contact met de PI-casemanager ligt vóór de melding.",
        ),
      );
  }
  return fouten(uitkomsten);
}
