/**
 * Wet verplichte GGZ with the Regiegroep as the gemeente's contact (seed 004 §7.1.2: "Vanuit de gemeente Noordenveld
 * is de Regiegroep betrokken en contactpersoon."). Pure; dates are ISO calendar dates.
 *
 * The steps, as the law orders them (Wvggz, BWBR0040635):
 *  - Hoofdstuk 5: anyone ("een ieder") may report to the college van burgemeester en wethouders a resident for whom
 *    the need for (possibly compulsory) mental health care should be looked into (art. 5:2 lid 1); the college sees
 *    to a verkennend onderzoek (art. 5:2 lid 2) and decides whether to file an aanvraag with the officier van
 *    justitie, who may then decide to prepare a verzoekschrift for a zorgmachtiging: "De officier van justitie kan
 *    ambtshalve of op aanvraag van het college van burgemeester en wethouders, […] besluiten een verzoekschrift voor
 *    een zorgmachtiging voor te bereiden." (art. 5:3, text read).
 *  - Hoofdstuk 7: the burgemeester may take a crisismaatregel; recorded here as a step (when, what).
 *
 * Term: municipal pages say the verkennend onderzoek takes at most 14 days, but the article text with the term (and
 * its lid) was not found in the sources available when this was built, so NO deadline is computed here: the steps
 * are recorded with their dates only. The lid numbers of art. 5:2 above come from a secondary source (wvggz-kct.nl)
 * and are to be checked against the law's text before a term is added.
 */
import { fouten, ja, nee, nietInToekomst, type Uitkomst } from "./thema";

export const MELDERS = [
  "familie",
  "naaste",
  "buurtbewoner",
  "huisarts",
  "politie",
  "zorgaanbieder",
  "anders",
] as const;
export type Melder = (typeof MELDERS)[number];
export const MELDER_LABELS: Record<Melder, string> = {
  familie: "Familie",
  naaste: "Naaste (vriend, mantelzorger)",
  buurtbewoner: "Buurtbewoner",
  huisarts: "Huisarts",
  politie: "Politie",
  zorgaanbieder: "Zorgaanbieder",
  anders: "Iemand anders",
};

export const BETROKKEN_ROLLEN = [
  "familie",
  "contactpersoon",
  "zorgaanbieder",
  "officier-van-justitie",
  "anders",
] as const;
export type BetrokkenRol = (typeof BETROKKEN_ROLLEN)[number];
export const BETROKKEN_ROL_LABELS: Record<BetrokkenRol, string> = {
  familie: "Familie",
  contactpersoon: "Contactpersoon",
  zorgaanbieder: "Zorgaanbieder",
  "officier-van-justitie": "Officier van justitie",
  anders: "Anders",
};

export interface Wvggz {
  /** The person the melding is about (a person on the zaak). */
  betrokkeneId: string;
  /** Art. 5:2 lid 1: the melding to the college — when, by whom, and the worries. */
  melding: { op: string; door: string; melder: Melder; zorgen: string };
  /** Art. 5:2 lid 2: the verkennend onderzoek — who did it, when it was finished, what was found. */
  onderzoek: { door: string; afgerondOp: string; bevindingen: string } | null;
  /** The college's decision: an aanvraag to the officier van justitie (art. 5:3) or not, with the reasons. */
  besluit: { op: string; aanvraag: boolean; motivering: string } | null;
  /** Who else is involved: familie, contactpersoon, zorgaanbieder, the officier van justitie. */
  betrokkenen: { rol: BetrokkenRol; naam: string }[];
  /** Hoofdstuk 7: a crisismaatregel taken by the burgemeester. */
  crisismaatregel: { op: string; toelichting: string } | null;
}

export const WVGGZ_STATUSSEN = ["onderzoek", "besluit", "aanvraag-ingediend", "geen-aanvraag"] as const;
export type WvggzStatus = (typeof WVGGZ_STATUSSEN)[number];
export const WVGGZ_STATUS_LABELS: Record<WvggzStatus, string> = {
  onderzoek: "Verkennend onderzoek loopt",
  besluit: "Onderzoek klaar, besluit over een aanvraag nodig",
  "aanvraag-ingediend": "Aanvraag ingediend bij de officier van justitie",
  "geen-aanvraag": "Geen aanvraag ingediend",
};

export function wvggzStatus(w: Pick<Wvggz, "onderzoek" | "besluit">): WvggzStatus {
  if (!w.onderzoek) return "onderzoek";
  if (!w.besluit) return "besluit";
  return w.besluit.aanvraag ? "aanvraag-ingediend" : "geen-aanvraag";
}

/**
 * The steps in order: the melding about a person on the zaak, not in the future; the onderzoek finished on or after
 * the melding; the decision only after the onderzoek (on or after its end); no step in the future.
 */
export function toetsWvggz(
  w: Wvggz,
  context: { vandaag: string; persoonIds: readonly string[] },
): Uitkomst[] {
  const { vandaag } = context;
  const uitkomsten: Uitkomst[] = [
    nietInToekomst(w.melding.op, vandaag, "wvggz-melding-niet-in-toekomst", "melding.op", "De melding"),
  ];
  if (!context.persoonIds.includes(w.betrokkeneId))
    uitkomsten.push(
      nee("wvggz-betrokkene-op-zaak", "betrokkeneId", "Kies de betrokkene uit de personen op de zaak.", true),
    );
  if (w.onderzoek) {
    const o = w.onderzoek;
    uitkomsten.push(
      o.afgerondOp > vandaag
        ? nietInToekomst(
            o.afgerondOp,
            vandaag,
            "wvggz-onderzoek-niet-in-toekomst",
            "onderzoek.afgerondOp",
            "Het einde van het onderzoek",
          )
        : o.afgerondOp < w.melding.op
          ? nee(
              "wvggz-onderzoek-na-melding",
              "onderzoek.afgerondOp",
              "Het verkennend onderzoek is afgerond vóór de melding.",
            )
          : ja,
    );
  }
  if (w.besluit) {
    const b = w.besluit;
    if (!w.onderzoek)
      uitkomsten.push(
        nee(
          "wvggz-besluit-na-onderzoek",
          "besluit",
          "Over een aanvraag bij de officier van justitie besluit het college na het verkennend onderzoek: leg eerst het onderzoek vast.",
        ),
      );
    else if (b.op > vandaag)
      uitkomsten.push(
        nietInToekomst(b.op, vandaag, "wvggz-besluit-niet-in-toekomst", "besluit.op", "Het besluit"),
      );
    else if (b.op < w.onderzoek.afgerondOp)
      uitkomsten.push(
        nee(
          "wvggz-besluit-na-onderzoek",
          "besluit.op",
          "Het besluit ligt vóór het einde van het verkennend onderzoek.",
        ),
      );
  }
  if (w.crisismaatregel)
    uitkomsten.push(
      nietInToekomst(
        w.crisismaatregel.op,
        vandaag,
        "wvggz-crisismaatregel-niet-in-toekomst",
        "crisismaatregel.op",
        "De crisismaatregel",
      ),
    );
  return fouten(uitkomsten);
}
