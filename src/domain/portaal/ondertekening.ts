/**
 * Signing the resultatenplan digitally in Mijn Voordeur (issue 16; DOMAIN §2.3 "the signed plan is the aanvraag").
 * A signature is a record of who signed (the person logged in with DigiD), when, in which capacity, and the hash of
 * exactly the plan version they read. The plan counts as signed, and so as the aanvraag, when every person who must
 * sign by the age and representation rules (domain/persoon/vertegenwoordiging.ts: Jeugdwet art. 7.3.4 and 7.3.15,
 * Wmo 2015 art. 2.3.2) has signed that same version. A changed plan is a new version: earlier signatures no longer
 * count. Pure.
 *
 * An electronic signature via a DigiD-authenticated session meets Awb art. 2:16 (with BW art. 3:15a: reliable
 * enough for its purpose); the aanvraag needs no stronger signature (Awb art. 4:1, 4:2).
 */
import { createHash } from "node:crypto";
import type { PlanStatus } from "../resultatenplan/status";

/** The hash of one plan version as the resident read it: id, version and content, keys sorted. */
export function planHash(plan: { id: string; versie: number; inhoud: unknown }): string {
  return createHash("sha256")
    .update(JSON.stringify([plan.id, plan.versie, gesorteerd(plan.inhoud)]))
    .digest("hex");
}

function gesorteerd(waarde: unknown): unknown {
  if (Array.isArray(waarde)) return waarde.map(gesorteerd);
  if (waarde && typeof waarde === "object")
    return Object.fromEntries(
      Object.keys(waarde)
        .sort()
        .map((k) => [k, gesorteerd((waarde as Record<string, unknown>)[k])]),
    );
  return waarde;
}

/** The resident sees a plan only once the consulent shared it for signing, and after it was signed. */
export const GEDEELD_MET_INWONER: readonly PlanStatus[] = ["ter-ondertekening", "ondertekend"];

export type HandtekeningRegel =
  | "plan-ter-ondertekening"
  | "plan-ongewijzigd"
  | "ondertekenaar"
  | "nog-niet-getekend"
  | "akkoord";

export type HandtekeningOordeel = { ok: true } | { ok: false; regel: HandtekeningRegel; reden: string };

export interface HandtekeningVerzoek {
  /** The plan version and hash the resident read. */
  versie: number;
  hash: string;
  /** "Ik heb het plan gelezen en ik ben het ermee eens." */
  akkoord: boolean;
}

/**
 * May this person sign this plan version now? `ondertekenaars` are the persons who must sign (by the rules on the
 * day), `getekend` those who already signed the current version.
 */
export function toetsHandtekening(
  plan: { status: PlanStatus; versie: number; hash: string },
  verzoek: HandtekeningVerzoek,
  ondertekenaar: string,
  ondertekenaars: readonly string[],
  getekend: readonly string[],
): HandtekeningOordeel {
  if (!verzoek.akkoord)
    return {
      ok: false,
      regel: "akkoord",
      reden: "Zet een vinkje als u het plan heeft gelezen en het ermee eens bent.",
    };
  if (plan.status !== "ter-ondertekening")
    return {
      ok: false,
      regel: "plan-ter-ondertekening",
      reden:
        plan.status === "ondertekend"
          ? "Dit plan is al ondertekend."
          : "Dit plan ligt niet (meer) klaar om te ondertekenen.",
    };
  if (verzoek.versie !== plan.versie || verzoek.hash !== plan.hash)
    return {
      ok: false,
      regel: "plan-ongewijzigd",
      reden: "Het plan is veranderd nadat u het opende. Lees het plan opnieuw voordat u ondertekent.",
    };
  if (!ondertekenaars.includes(ondertekenaar))
    return {
      ok: false,
      regel: "ondertekenaar",
      reden: "U hoeft dit plan niet te ondertekenen. Wie moet tekenen, staat bij het plan.",
    };
  if (getekend.includes(ondertekenaar))
    return { ok: false, regel: "nog-niet-getekend", reden: "U heeft dit plan al ondertekend." };
  return { ok: true };
}

/** Has everyone who must sign signed the current version (after this signature)? */
export const iedereenGetekend = (ondertekenaars: readonly string[], getekend: readonly string[]) =>
  ondertekenaars.length > 0 && ondertekenaars.every((p) => getekend.includes(p));
