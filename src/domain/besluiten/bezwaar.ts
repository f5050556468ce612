/**
 * Bezwaar against a besluit (Awb hoofdstuk 6 and 7; issue 6 item 8): the received date against the
 * bezwaartermijn, and what the outcome of the beslissing op bezwaar means for the besluit. Pure. The deadlines
 * themselves (bezwaar 6 weeks, beslissing op bezwaar 6/12 weeks + verdaging) come from domain/termijnen.
 */
import type { Uitkomst } from "../zaak/statusmachine";

/** A besluit's standing: in force, replaced by a later besluit, revoked or changed after bezwaar. */
export const BESLUIT_STATUSSEN = ["geldig", "vervangen", "herroepen", "herzien"] as const;
export type BesluitStatus = (typeof BESLUIT_STATUSSEN)[number];

export const UITKOMST_LABELS: Record<Uitkomst, string> = {
  gegrond: "gegrond",
  "deels-gegrond": "deels gegrond",
  ongegrond: "ongegrond",
  "niet-ontvankelijk": "niet-ontvankelijk",
};

export interface BezwaarToets {
  ontvangenOp: string;
  besluitdatum: string;
  /** Last day of the bezwaartermijn (domain/termijnen), null when the besluit has none. */
  bezwaarUiterlijk: string | null;
  vandaag: string;
}

export type BezwaarOordeel =
  | { ok: true; teLaat: boolean; uitleg: string | null }
  | {
      ok: false;
      regel: "ontvangen-na-besluit" | "ontvangen-niet-in-toekomst" | "bezwaar-mogelijk";
      reden: string;
    };

export function toetsBezwaar(t: BezwaarToets): BezwaarOordeel {
  if (t.bezwaarUiterlijk === null)
    return {
      ok: false,
      regel: "bezwaar-mogelijk",
      reden: "Tegen dit besluit loopt geen bezwaartermijn; er kan geen bezwaar tegen worden geregistreerd.",
    };
  if (t.ontvangenOp > t.vandaag)
    return {
      ok: false,
      regel: "ontvangen-niet-in-toekomst",
      reden: "De ontvangstdatum ligt in de toekomst.",
    };
  if (t.ontvangenOp < t.besluitdatum)
    return {
      ok: false,
      regel: "ontvangen-na-besluit",
      reden: "Het bezwaar kan niet eerder zijn ontvangen dan het besluit is genomen.",
    };
  const teLaat = t.ontvangenOp > t.bezwaarUiterlijk;
  return {
    ok: true,
    teLaat,
    uitleg: teLaat
      ? `Het bezwaar is ontvangen na het einde van de bezwaartermijn (${t.bezwaarUiterlijk}). Het is niet-ontvankelijk, tenzij de termijnoverschrijding verschoonbaar is (Awb art. 6:11).`
      : null,
  };
}

export interface Gevolg {
  /** The new standing of the contested besluit. */
  besluitStatus: BesluitStatus;
  /** A new besluit must be taken (the contested one is revoked or changed). */
  nieuwBesluitNodig: boolean;
  /** Dutch sentence for the letter and the zaak history. */
  uitleg: string;
}

/** What the outcome of the beslissing op bezwaar does to the contested besluit (Awb art. 7:11). */
export function gevolgVanUitkomst(uitkomst: Uitkomst): Gevolg {
  switch (uitkomst) {
    case "gegrond":
      return {
        besluitStatus: "herroepen",
        nieuwBesluitNodig: true,
        uitleg: "Wij herroepen het bestreden besluit en nemen een nieuw besluit.",
      };
    case "deels-gegrond":
      return {
        besluitStatus: "herzien",
        nieuwBesluitNodig: true,
        uitleg:
          "Wij herzien het bestreden besluit op de punten waarop uw bezwaar gegrond is en nemen daarover een nieuw besluit.",
      };
    case "ongegrond":
      return {
        besluitStatus: "geldig",
        nieuwBesluitNodig: false,
        uitleg: "Het bestreden besluit blijft in stand.",
      };
    case "niet-ontvankelijk":
      return {
        besluitStatus: "geldig",
        nieuwBesluitNodig: false,
        uitleg: "Wij behandelen uw bezwaar niet inhoudelijk; het bestreden besluit blijft in stand.",
      };
  }
}
