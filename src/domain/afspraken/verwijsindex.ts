/**
 * Verwijsindex (Drentse Verwijsindex, Jeugdwet hoofdstuk 7.1): a professional registers their involvement
 * with a jeugdige (under 23); a match appears when two professionals register the same child. Voordeur
 * records that and when the registration was made, and by whom.
 */

import { leeftijdOp } from "../persoon/leeftijd";
import type { Zaaktype } from "../zaak/zaaktypen";

/** The Verwijsindex covers young people up to 23 years. */
export const MAX_LEEFTIJD_VERWIJSINDEX = 23;

const ZAAKTYPEN_MET_VERWIJSINDEX: readonly Zaaktype[] = ["jeugd", "veilig-opgroeien", "leerplicht", "regie"];

export type Verwijsindexoordeel = { ok: true } | { ok: false; reden: string; veld?: string };

export function beoordeelVerwijsindex(a: {
  zaaktype: string;
  /** The person to register, as found on the zaak (undefined: not on the zaak). */
  persoon: { geboortedatum: string } | undefined;
  geregistreerdOp: string;
  vandaag: string;
  meldingsdatum: string;
  alGeregistreerd: boolean;
}): Verwijsindexoordeel {
  if (!(ZAAKTYPEN_MET_VERWIJSINDEX as readonly string[]).includes(a.zaaktype)) {
    return {
      ok: false,
      reden:
        "Een registratie in de Verwijsindex hoort bij een jeugdzaak (jeugd, veilig opgroeien, leerplicht of regie).",
    };
  }
  if (!a.persoon) return { ok: false, veld: "persoonId", reden: "Deze persoon hoort niet bij de zaak." };
  if (a.geregistreerdOp > a.vandaag) {
    return { ok: false, veld: "geregistreerdOp", reden: "De registratiedatum ligt in de toekomst." };
  }
  if (a.geregistreerdOp < a.meldingsdatum) {
    return { ok: false, veld: "geregistreerdOp", reden: "De registratiedatum ligt voor de melding." };
  }
  if (leeftijdOp(a.persoon.geboortedatum, a.geregistreerdOp) >= MAX_LEEFTIJD_VERWIJSINDEX) {
    return {
      ok: false,
      reden: `Alleen jeugdigen tot ${MAX_LEEFTIJD_VERWIJSINDEX} jaar worden in de Verwijsindex geregistreerd.`,
    };
  }
  if (a.alGeregistreerd) {
    return { ok: false, reden: "Deze jeugdige is voor deze zaak al in de Verwijsindex geregistreerd." };
  }
  return { ok: true };
}
