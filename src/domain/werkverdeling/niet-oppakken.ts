/**
 * Standard reasons for not picking up a zaak (DOMAIN §2.2): offered in the UI as choices; a medewerker
 * may also write their own. The state machine (domain/zaak) demands at least one reason and the
 * recorded feedback to the resident.
 */
import type { Overtreding } from "./behandelaar";

export const NIET_OPPAKKEN_REDENEN = [
  "Vraag beantwoord met informatie en advies",
  "Doorverwezen naar het voorliggend veld of een algemene voorziening",
  "Inwoner ziet af van ondersteuning",
  "Gemeente niet verantwoordelijk (woonplaatsbeginsel)",
  "Valt onder een andere wet (bijvoorbeeld de Wlz of de Zvw)",
  "Dubbele melding: de vraag loopt al in een andere zaak",
] as const;

export type NietOppakkenRegel = "terugkoppeling-tussen-melding-en-vandaag";

/**
 * The feedback to the resident is recorded after it happened: on or after the melding, not after today.
 * Null when the date is fine.
 */
export function toetsNietOppakken(
  terugkoppelingOp: string,
  grenzen: { meldingsdatum: string; vandaag: string },
): Required<Overtreding<NietOppakkenRegel>> | null {
  if (terugkoppelingOp <= grenzen.vandaag && terugkoppelingOp >= grenzen.meldingsdatum) return null;
  return {
    regel: "terugkoppeling-tussen-melding-en-vandaag",
    veld: "terugkoppeling.op",
    melding: "De datum van de terugkoppeling moet tussen de melding en vandaag liggen.",
  };
}
