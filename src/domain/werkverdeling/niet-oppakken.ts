/**
 * Standard reasons for not picking up a zaak (DOMAIN §2.2): offered in the UI as choices; a medewerker
 * may also write their own. The state machine (domain/zaak) demands at least one reason and the
 * recorded feedback to the resident.
 */
export const NIET_OPPAKKEN_REDENEN = [
  "Vraag beantwoord met informatie en advies",
  "Doorverwezen naar het voorliggend veld of een algemene voorziening",
  "Inwoner ziet af van ondersteuning",
  "Gemeente niet verantwoordelijk (woonplaatsbeginsel)",
  "Valt onder een andere wet (bijvoorbeeld de Wlz of de Zvw)",
  "Dubbele melding: de vraag loopt al in een andere zaak",
] as const;
