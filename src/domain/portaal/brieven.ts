/**
 * Which documents of a zaak a resident may download in Mijn Voordeur: the letters the gemeente sent them and the
 * plan they signed, named in plain words (issue 16: "letters and beschikkingen to download"). Every other document
 * (a Veilig Thuis melding, an inzage export, a provider's report) is internal and never listed. Pure.
 */
export const BRIEVEN_VOOR_INWONER: Readonly<Record<string, string>> = {
  ontvangstbevestiging: "Bevestiging dat we uw melding of aanvraag hebben ontvangen",
  onderzoeksverslag: "Verslag van het onderzoek",
  verlenging: "Brief: we hebben meer tijd nodig voor het besluit",
  opschorting: "Brief: we wachten op gegevens van u",
  "bevestiging-afspraak": "Bevestiging van uw afspraak",
  resultatenplan: "Uw resultatenplan om te ondertekenen",
  "resultatenplan-ondertekend": "Uw ondertekende resultatenplan",
  beschikking: "Besluit (beschikking)",
  "beslissing-op-bezwaar": "Beslissing op uw bezwaar",
  afsluitbrief: "Brief over het afsluiten van uw zaak",
  "door-inwoner-aangeleverd": "Document dat u stuurde",
};

export const isBriefVoorInwoner = (documentSoort: string) =>
  Object.hasOwn(BRIEVEN_VOOR_INWONER, documentSoort);
