/**
 * A provider's verzoek om toewijzing (315) or verzoek om wijziging (317) and how A&O answers it
 * (iStandaarden OP274/OP346): within 5 working days a 301 (toewijzen) or a 319 (afwijzen, or "in
 * onderzoek"); after "in onderzoek" a final 301 or rejecting 319 within 8 weeks.
 */
import type { Omvang } from "./toewijzing";

export interface GevraagdProduct {
  referentieAanbieder: string | null;
  /** 317: the toewijzing to change (TeWijzigenProduct) or keep (OngewijzigdProduct). */
  toewijzingnummer: number | null;
  soort: "nieuw" | "wijzigen" | "ongewijzigd";
  product: { categorie: string; code: string | null } | null;
  ingangsdatum: string | null;
  einddatum: string | null;
  omvang: Omvang | null;
  budget: number | null;
  verwijzer: { type: string; naam: string | null; zorgverlenerCode: string | null } | null;
  commentaar: string | null;
}

export interface VerzoekInhoud {
  /** 317: one reference for the whole request; 315: each product carries its own. */
  referentieAanbieder: string | null;
  redenVerzoek: string | null;
  commentaar: string | null;
  producten: GevraagdProduct[];
}

export type VerzoekStatus = "open" | "in-onderzoek" | "toegewezen" | "afgewezen";
export type AntwoordSoort = "toewijzen" | "afwijzen" | "in-onderzoek";

export interface VerzoekFeiten {
  verzoekOntvangenOp?: string | null;
  verzoekBeantwoordOp?: string | null;
  verzoekInOnderzoekOp?: string | null;
  verzoekAfgehandeldOp?: string | null;
}

export type Beantwoording =
  | { ok: true; status: VerzoekStatus; feiten: VerzoekFeiten }
  | { ok: false; reden: string };

/** The next status and the dated facts for the answer clocks, or why this answer is not possible. */
export function beantwoord(
  status: VerzoekStatus,
  feiten: VerzoekFeiten,
  antwoord: AntwoordSoort,
  datum: string,
): Beantwoording {
  if (status === "toegewezen" || status === "afgewezen")
    return { ok: false, reden: "Dit verzoek is al definitief beantwoord." };
  if (antwoord === "in-onderzoek") {
    if (status === "in-onderzoek")
      return { ok: false, reden: "Dit verzoek staat al in onderzoek; geef nu een definitief antwoord." };
    return {
      ok: true,
      status: "in-onderzoek",
      feiten: { ...feiten, verzoekBeantwoordOp: datum, verzoekInOnderzoekOp: datum },
    };
  }
  return {
    ok: true,
    status: antwoord === "toewijzen" ? "toegewezen" : "afgewezen",
    feiten: {
      ...feiten,
      verzoekBeantwoordOp: feiten.verzoekBeantwoordOp ?? datum,
      verzoekAfgehandeldOp: datum,
    },
  };
}

/** The references a 319 answers: per requested product (315) or the one of the whole request (317). */
export function referenties(inhoud: VerzoekInhoud): string[] {
  if (inhoud.referentieAanbieder) return [inhoud.referentieAanbieder];
  return [
    ...new Set(inhoud.producten.flatMap((p) => (p.referentieAanbieder ? [p.referentieAanbieder] : []))),
  ];
}

/** A short Dutch description for the zaak (no personal data). */
export function omschrijvingVerzoek(
  soort: "toewijzing" | "wijziging",
  aanbieder: string,
  inhoud: VerzoekInhoud,
) {
  const producten = inhoud.producten
    .filter((p) => p.soort !== "ongewijzigd")
    .map((p) =>
      p.product
        ? `${p.product.categorie}${p.product.code ? ` ${p.product.code}` : ""}`
        : `toewijzing ${p.toewijzingnummer}`,
    )
    .join(", ");
  const verwijzers = [
    ...new Set(
      inhoud.producten.flatMap((p) => (p.verwijzer ? [p.verwijzer.naam ?? `type ${p.verwijzer.type}`] : [])),
    ),
  ];
  return `Verzoek om ${soort} van aanbieder ${aanbieder}${producten ? ` voor ${producten}` : ""}${
    verwijzers.length > 0 ? ` (verwijzer: ${verwijzers.join(", ")})` : ""
  }.`;
}
