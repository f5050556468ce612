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
  // Declaraties en prestaties (323 → 325), WJ001 "Retourcodes voor declaraties en prestaties".
  "0611": "Het ingediende tarief komt niet overeen met het contractuele tarief.",
  "8001": "Declaratie is volledig toegewezen.",
  "8017": "Van deze credit prestatie is geen debet prestatie bekend.",
  "8021": "Referentienummer prestatie is reeds aangeleverd.",
  "9307": "Begindatum prestatie ligt niet tussen de ingangsdatum en einddatum toewijzing.",
  "9308": "Einddatum prestatie ligt niet tussen de ingangsdatum en einddatum toewijzing.",
  "9319": "De ProductPeriode valt niet geheel binnen een DeclaratiePeriode.",
  "9321": "Het ingediende volume overschrijdt het toegewezen volume.",
  "9322": "De som van de ingediende volumes overschrijdt het toegewezen volume.",
  "9333": "Declaratienummer is niet uniek.",
  "9338":
    "Niet iedere prestatie in een declaratiebericht is gerelateerd aan een toegewezen product op basis van het toewijzingnummer.",
  "9339": "ProductCategorie in de prestatie is niet gelijk aan ProductCategorie in het ToegewezenProduct.",
  "9340": "ProductCode in de Prestatie is niet gelijk aan ProductCode in het ToegewezenProduct.",
  "9341": "Eenheid in de Prestatie past niet bij Eenheid in het ToegewezenProduct.",
  "9346":
    "Eenheid is ongelijk is aan waarde 83 (Euro’s), maar IngediendBedrag is niet gelijk aan GeleverdVolume vermenigvuldigd met (het onafgeronde) ProductTarief.",
  "9369":
    "Budget is meegegeven, maar de som van GeleverdVolume in alle ingediende Prestaties passen niet binnen het toegewezen Budget.",
  "9384": "Declaratie op toewijzing met RedenWijziging “13” (Verwijderd).",
  "9387":
    "Begindatum van de ProductPeriode is niet eerste dag van de kalendermaand waarop ProductPeriode betrekking heeft en Ingangsdatum van de toewijzing ligt niet later in deze betreffende maand.",
  "9388":
    "Einddatum van de ProductPeriode is niet laatste dag van de kalendermaand waarop ProductPeriode betrekking heeft en Einddatum van de toewijzing ligt niet eerder in deze betreffende maand.",
  "9390": "Er is al een Prestatie met gelijk ProductReferentie met waarde Credit.",
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
