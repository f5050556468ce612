/**
 * Who may get a zaak of a werkvoorraad on their name (DOMAIN §2.2): a medewerker of the vakgroep the
 * werkvoorraad belongs to, a procesregisseur of the Regiegroep (1 gezin – 1 plan – 1 regisseur), or the
 * teamleider. Buurtteam professionals take the zaken of the buurtteam werkvoorraad.
 */
import { REGIEGROEP } from "../autorisatie/beleid";
import { WERKVOORRAAD_LABELS, type WerkvoorraadCode } from "../routering/routering";

export interface Medewerker {
  id: string;
  naam: string;
  rollen: readonly string[];
  vakgroepen: readonly string[];
  actief: boolean;
}

const label = (werkvoorraad: string) => WERKVOORRAAD_LABELS[werkvoorraad as WerkvoorraadCode] ?? werkvoorraad;

/** Why this medewerker may handle the zaken of the werkvoorraad (Dutch), or null when not. */
export function grondVoorBehandeling(werkvoorraad: string, m: Medewerker): string | null {
  if (!m.actief) return null;
  if (m.rollen.includes("teamleider")) return "teamleider";
  if (m.vakgroepen.includes(werkvoorraad)) return `vakgroep ${label(werkvoorraad)}`;
  if (m.vakgroepen.includes(REGIEGROEP) && m.rollen.includes("toegangsmedewerker")) return "Regiegroep";
  if (werkvoorraad === "buurtteam" && m.rollen.includes("buurtteam")) return "buurtteam";
  return null;
}

/**
 * Checks a toewijzing-aan-medewerker. Returns null when allowed, else the Dutch reason
 * (rule "behandelaar-in-vakgroep").
 */
export function toetsBehandelaar(werkvoorraad: string, medewerker: Medewerker | undefined): string | null {
  if (!medewerker) return "Deze medewerker is niet bekend in uw gemeente.";
  if (!medewerker.actief)
    return `${medewerker.naam} is niet (meer) actief en kan geen zaken op naam krijgen.`;
  if (grondVoorBehandeling(werkvoorraad, medewerker) !== null) return null;
  return (
    `${medewerker.naam} hoort niet bij de vakgroep ${label(werkvoorraad)} en mag de zaken uit deze ` +
    "werkvoorraad niet behandelen (regel: behandelaar-in-vakgroep). Kies een medewerker van de vakgroep, " +
    "een procesregisseur van de Regiegroep of de teamleider."
  );
}
