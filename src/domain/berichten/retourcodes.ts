/** The WJ001 retourcodes Voordeur uses, with their meaning (iStandaarden 3.2 code list). */
export const RETOURCODES = {
  "0001": "Bericht is afgekeurd om technische redenen.",
  "0200": "Geen opmerking over deze berichtklasse.",
  "0233": "Berichtklasse is niet beoordeeld.",
  "8187": "De gegevens horen niet bij deze cliënt.",
  "8848": "Dagtekening moet gelijk zijn aan of voor de systeemdatum liggen.",
  "9019": "Het regiebericht kan niet gekoppeld worden aan een toewijzing.",
  "9063": "Het bericht kan niet verwerkt worden omdat geen eerder bericht ontvangen is.",
  "9069": "Er is geen actueel startbericht met dezelfde sleutel.",
  "9071": "Het eerdere startbericht kan niet verwijderd worden omdat de zorg al beëindigd is.",
  "9074": "Er is al een eerder bericht ontvangen met dezelfde sleutel.",
  "9326": "De actuele levering is nog niet gestopt met een Stopbericht.",
  "9350":
    "OngewijzigdProduct is niet gerelateerd aan een actueel toegewezen product op basis van het toewijzingnummer.",
  "9351": "TeWijzigenProduct is niet gerelateerd aan een actuele toewijzing op basis van ToewijzingNummer.",
  "9374": "Er is al een verzoek onderhanden.",
  "9414": "Einddatum is niet groter dan of gelijk aan de begindatum.",
} as const;

export type Retourcode = keyof typeof RETOURCODES;

export const GOED: Retourcode = "0200";

/** A retourcode on one class of a message (header, client, or one product line). */
export interface Retour {
  code: string;
  omschrijving: string;
  /** "bericht", "client" or e.g. "product 2 (toewijzing 300201)". */
  klasse: string;
}

export function retour(code: Retourcode, klasse: string): Retour {
  return { code, omschrijving: RETOURCODES[code], klasse };
}

/** Meaning of any WJ001 code Voordeur knows; received codes outside the list are shown as-is. */
export function omschrijvingRetourcode(code: string): string {
  return (RETOURCODES as Record<string, string>)[code] ?? "Retourcode van de aanbieder (zie WJ001).";
}
