/**
 * Jeugdwet: jeugdhulp is for a jeugdige — a person under 18, or under 23 when help continues or is
 * needed after 18 (Jeugdwet art. 1.1) — and may already start for an unborn child (from about 9 months
 * before the birth, DOMAIN §4: "age −9 months to 23 years").
 */
import { leeftijdOp } from "../persoon/leeftijd";
import { plusMaanden } from "../termijnen/kalender";

export const JEUGDWET_LEEFTIJD_BRON = "Jeugdwet art. 1.1 (jeugdige)";
export const JEUGDWET_MAXIMUM_JAREN = 23;
export const JEUGDWET_PRENATAAL_MAANDEN = 9;

export type JeugdleeftijdOordeel = { past: true } | { past: false; melding: string };

/** Is a person with this birth date a jeugdige on `peildatum`? */
export function valtOnderJeugdwet(geboortedatum: string, peildatum: string): JeugdleeftijdOordeel {
  if (geboortedatum > plusMaanden(peildatum, JEUGDWET_PRENATAAL_MAANDEN)) {
    return {
      past: false,
      melding: `${JEUGDWET_LEEFTIJD_BRON}: de geboortedatum ligt meer dan ${JEUGDWET_PRENATAAL_MAANDEN} maanden in de toekomst.`,
    };
  }
  const jaren = leeftijdOp(geboortedatum, peildatum);
  if (jaren >= JEUGDWET_MAXIMUM_JAREN) {
    return {
      past: false,
      melding: `${JEUGDWET_LEEFTIJD_BRON}: jeugdhulp is er tot ${JEUGDWET_MAXIMUM_JAREN} jaar; deze persoon is ${jaren} jaar. Registreer de vraag onder de Wmo of als regiezaak.`,
    };
  }
  return { past: true };
}
