/**
 * A hulpvraag from Mijn Voordeur (issue 16): what it is about, which life areas, urgent or not, how to be contacted.
 * Pure checks of what the form's fields cannot check alone; the fields' own rules live in contract/portaal.ts.
 */
import type { Veldfout } from "../aanmelden/contact";

export const CONTACTWIJZEN = ["telefoon", "email", "portaal"] as const;
export type Contactwijze = (typeof CONTACTWIJZEN)[number];

export const CONTACTWIJZE_LABELS: Record<Contactwijze, string> = {
  telefoon: "Bel mij",
  email: "Stuur mij een e-mail",
  portaal: "Stuur mij een bericht in Mijn Voordeur",
};

export interface HulpvraagInvoer {
  thema: string;
  onveilig: boolean;
  contactwijze: Contactwijze;
  telefoon?: string | undefined;
  email?: string | undefined;
}

const TELEFOON = /^\+?[0-9][0-9 -]{8,16}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function hulpvraagFouten(h: HulpvraagInvoer): Veldfout[] {
  const fouten: Veldfout[] = [];
  if (h.contactwijze === "telefoon" && !TELEFOON.test(h.telefoon?.trim() ?? ""))
    fouten.push({ veld: "telefoon", melding: "Vul een telefoonnummer in, bijvoorbeeld 06 12345678" });
  if (h.contactwijze === "email" && !EMAIL.test(h.email?.trim() ?? ""))
    fouten.push({ veld: "email", melding: "Vul een e-mailadres in, bijvoorbeeld naam@voorbeeld.nl" });
  return fouten;
}

/**
 * Whether the IAG must treat it as unsafe: the resident said so, or chose the thema veiligheid. The crisis numbers
 * are shown then (domain/portaal/status.ts#CRISISNUMMERS), and it goes to the top of the IAG's list.
 */
export const isOnveilig = (h: Pick<HulpvraagInvoer, "thema" | "onveilig">) =>
  h.onveilig || h.thema === "veiligheid";
