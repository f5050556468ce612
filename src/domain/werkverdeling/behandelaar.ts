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

/** One broken werkverdeling rule: its code, the field it is about (API name) if any, and the Dutch reason. */
export interface Overtreding<R extends string = string> {
  regel: R;
  veld?: string;
  melding: string;
}

export type BehandelaarRegel = "medewerker-bekend" | "medewerker-actief" | "behandelaar-in-vakgroep";

/** Checks a toewijzing-aan-medewerker: null when allowed, else the broken rule. */
export function toetsBehandelaar(
  werkvoorraad: string,
  medewerker: Medewerker | undefined,
): Overtreding<BehandelaarRegel> | null {
  if (!medewerker)
    return { regel: "medewerker-bekend", melding: "Deze medewerker is niet bekend in uw gemeente." };
  if (!medewerker.actief)
    return {
      regel: "medewerker-actief",
      melding: `${medewerker.naam} is niet (meer) actief en kan geen zaken op naam krijgen.`,
    };
  if (grondVoorBehandeling(werkvoorraad, medewerker) !== null) return null;
  return {
    regel: "behandelaar-in-vakgroep",
    melding:
      `${medewerker.naam} hoort niet bij de vakgroep ${label(werkvoorraad)} en mag de zaken uit deze ` +
      "werkvoorraad niet behandelen. Kies een medewerker van de vakgroep, een procesregisseur van de " +
      "Regiegroep of de teamleider.",
  };
}

export type OppakRegel = BehandelaarRegel | "zaak-open" | "al-behandelaar";

/**
 * Oppakken: an open zaak goes on the name of a medewerker who may handle its werkvoorraad
 * (`toetsBehandelaar`) and who does not have it already.
 */
export function toetsOppakken(
  zaak: { werkvoorraad: string; afgesloten: boolean; behandelaarId: string | null },
  medewerker: Medewerker | undefined,
): Overtreding<OppakRegel> | null {
  if (zaak.afgesloten)
    return { regel: "zaak-open", melding: "Een afgesloten zaak kan niet worden opgepakt." };
  const weigering = toetsBehandelaar(zaak.werkvoorraad, medewerker);
  if (weigering || !medewerker) return weigering;
  if (zaak.behandelaarId === medewerker.id)
    return { regel: "al-behandelaar", melding: `De zaak staat al op naam van ${medewerker.naam}.` };
  return null;
}
