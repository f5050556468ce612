import type { Leverbaarheid } from "./leverbaarheid";
import { overlappen } from "./periode";

/**
 * Individuele overeenkomsten (IO): care outside the contracts for one client (DOMAIN.md §2.3). The
 * consulent first follows "zorg buiten contract": explain why contracted zorg in natura does not fit
 * and why a pgb is not wanted or not possible; then the teamleider approves or refuses the request.
 */

export const OVEREENKOMST_STATUSSEN = ["aangevraagd", "goedgekeurd", "afgewezen", "beeindigd"] as const;
export type Overeenkomststatus = (typeof OVEREENKOMST_STATUSSEN)[number];

export const OVEREENKOMST_STATUS_LABELS: Record<Overeenkomststatus, string> = {
  aangevraagd: "aangevraagd",
  goedgekeurd: "goedgekeurd",
  afgewezen: "afgewezen",
  beeindigd: "beëindigd",
};

export interface ZorgBuitenContract {
  /** Why the contracted zorg in natura does not fit this client. */
  waaromGeenZin: string;
  /** Why a pgb is not wanted or not possible. */
  waaromGeenPgb: string;
}

const KOP_ZIN = "Waarom gecontracteerde zorg in natura niet past:";
const KOP_PGB = "Waarom een pgb niet gewenst of niet mogelijk is:";

/** The stored motivering: both answers of "zorg buiten contract" under their own heading. */
export function motiveringZorgBuitenContract(z: ZorgBuitenContract): string {
  return `${KOP_ZIN}\n${z.waaromGeenZin.trim()}\n\n${KOP_PGB}\n${z.waaromGeenPgb.trim()}`;
}

export type AanvraagRegel = "gecontracteerd" | "aanbieder-inactief" | "clientenstop" | "al-aangevraagd";

export interface AanvraagWeigering {
  regel: AanvraagRegel;
  veld: string;
  reden: string;
}

export interface Aanvraag {
  aanbiederId: string;
  zaakId: string;
  wet: string;
  productCategorie: string;
  productCode: string | null;
  ingangsdatum: string;
  einddatum: string | null;
}

/** Another agreement of the same zaak. */
export interface LopendeOvereenkomst extends Aanvraag {
  status: Overeenkomststatus;
}

/**
 * May this IO be requested? `levering` is the verdict on the provider's contracts alone
 * (beoordeelLevering without agreements): an IO is not needed when a contract already covers the
 * product for the period, and pointless for an inactive provider or one under a cliëntenstop.
 * `lopende` are the zaak's other agreements: one per provider and product per period.
 */
export function controleerAanvraag(
  aanvraag: Aanvraag,
  levering: Leverbaarheid,
  lopende: LopendeOvereenkomst[],
): AanvraagWeigering | null {
  if (levering.toegestaan && levering.grond === "contract")
    return {
      regel: "gecontracteerd",
      veld: "aanbiederId",
      reden: `Deze aanbieder levert dit product al op contract ${levering.kenmerk}; een individuele overeenkomst is niet nodig.`,
    };
  if (!levering.toegestaan && (levering.regel === "aanbieder-inactief" || levering.regel === "clientenstop"))
    return {
      regel: levering.regel,
      veld: levering.regel === "clientenstop" ? "ingangsdatum" : "aanbiederId",
      reden: levering.reden,
    };
  const periode = { van: aanvraag.ingangsdatum, tot: aanvraag.einddatum };
  const dubbel = lopende.find(
    (o) =>
      (o.status === "aangevraagd" || o.status === "goedgekeurd") &&
      o.zaakId === aanvraag.zaakId &&
      o.aanbiederId === aanvraag.aanbiederId &&
      o.wet === aanvraag.wet &&
      o.productCategorie === aanvraag.productCategorie &&
      o.productCode === aanvraag.productCode &&
      overlappen({ van: o.ingangsdatum, tot: o.einddatum }, periode),
  );
  if (dubbel)
    return {
      regel: "al-aangevraagd",
      veld: "ingangsdatum",
      reden: `Voor deze aanbieder en dit product is op deze zaak al een individuele overeenkomst ${OVEREENKOMST_STATUS_LABELS[dubbel.status]} die deze periode overlapt.`,
    };
  return null;
}

export type BeoordelingRegel = "niet-aangevraagd" | "vier-ogen";

/**
 * May `beoordelaarId` decide on this request? Only a request still open can be decided, and not by
 * the one who asked for it (four eyes).
 */
export function controleerBeoordeling(
  io: { status: Overeenkomststatus; aangevraagdDoor: string | null },
  beoordelaarId: string,
): { regel: BeoordelingRegel; reden: string } | null {
  if (io.status !== "aangevraagd")
    return {
      regel: "niet-aangevraagd",
      reden: `Deze individuele overeenkomst is al ${OVEREENKOMST_STATUS_LABELS[io.status]}; alleen een aangevraagde kan worden beoordeeld.`,
    };
  if (io.aangevraagdDoor === beoordelaarId)
    return {
      regel: "vier-ogen",
      reden: "U heeft deze individuele overeenkomst zelf aangevraagd; een andere teamleider beoordeelt haar.",
    };
  return null;
}
