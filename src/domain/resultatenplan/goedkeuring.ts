/**
 * The teamleider's signature on a plan (DOMAIN §5, Omgekeerde Toets: deviating from a rule is discussed with
 * the juridisch kwaliteitsmedewerker, motivated in writing and signed by the teamleider; §2.3: an individuele
 * overeenkomst is approved by the teamleider). Who may sign — the teamleider — is the policy's
 * (domain/autorisatie: `aanmaken` on a `goedkeuring`); this is what the plan must hold to be signed. Pure.
 */
import type { PlanInhoud } from "./inhoud";

export const GOEDKEURING_SOORTEN = ["afwijking", "individuele-overeenkomst"] as const;
export type GoedkeuringSoort = (typeof GOEDKEURING_SOORTEN)[number];

export type GoedkeuringRegel = "afwijking-goedkeuring" | "afwijking-juridisch-overleg" | "io-goedkeuring";

/** Why this signature cannot be given on the plan as it is, or null when it can. */
export function toetsGoedkeuring(
  soort: GoedkeuringSoort,
  inhoud: Pick<PlanInhoud, "omgekeerdeToets" | "individueleOvereenkomst">,
): { regel: GoedkeuringRegel; melding: string } | null {
  if (soort === "afwijking") {
    if (!inhoud.omgekeerdeToets?.afwijking)
      return {
        regel: "afwijking-goedkeuring",
        melding: "Dit plan wijkt niet af van een regel; er is niets te ondertekenen.",
      };
    if (!inhoud.omgekeerdeToets.juridischOverleg)
      return {
        regel: "afwijking-juridisch-overleg",
        melding: "Leg eerst het overleg met de juridisch kwaliteitsmedewerker vast.",
      };
    return null;
  }
  if (!inhoud.individueleOvereenkomst)
    return { regel: "io-goedkeuring", melding: "Dit plan vraagt geen individuele overeenkomst aan." };
  return null;
}
