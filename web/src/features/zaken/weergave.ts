import { statusLabel, type ZaakStatus, type Zaaktype } from "../../../../src/domain/zaak/zaaktypen";

/** "2026-02-16" → "16-2-2026" (as in the termijn explanations). */
export { kortDatum } from "../../lib/datum";

/** The persons on a zaak as choices (each once, also when on the zaak in two roles). */
export const personenKeuzes = (zaak: { personen: readonly { persoonId: string; naam: string }[] }) =>
  [...new Map(zaak.personen.map((p) => [p.persoonId, p.naam])).entries()].map(([waarde, label]) => ({
    waarde,
    label,
  }));

export const URGENTIE_LABELS: Record<
  string,
  { tekst: string; status: "danger" | "warning" | "neutral" | "safe" }
> = {
  verlopen: { tekst: "Termijn verlopen", status: "danger" },
  vandaag: { tekst: "Verloopt vandaag", status: "danger" },
  binnenkort: { tekst: "Binnen 5 dagen", status: "warning" },
  "op-tijd": { tekst: "Op tijd", status: "safe" },
};

export const TERMIJN_LABELS: Record<string, string> = {
  onderzoek: "Onderzoek",
  beslissing: "Beslissing op aanvraag",
  voorschot: "Voorschot",
  zoekperiode: "Zoekperiode",
  "eerste-gesprek": "Eerste gesprek",
  bezwaar: "Bezwaartermijn",
  "beslissing-bezwaar": "Beslissing op bezwaar",
  ingebrekestelling: "Beslissen na ingebrekestelling (2 weken)",
  huisverbod: "Huisverbod",
  "verzoek-antwoord": "Antwoord op verzoek om toewijzing (5 werkdagen)",
  "verzoek-onderzoek": "Definitief antwoord na onderzoek (8 weken)",
  woonplaatsbeginsel: "Afwijzen op woonplaatsbeginsel (2 weken)",
  "rmc-overdracht": "Overdracht aan het RMC (18 jaar)",
  evaluatie: "Evaluatiemoment",
};

export const TERMIJN_STATUS: Record<string, string> = {
  lopend: "Lopend",
  opgeschort: "Opgeschort",
  gehaald: "Gehaald",
  verlopen: "Verlopen",
};

/**
 * A term labelled by its own source where the zaaktype decides it: the Wmo onderzoek is 6 weeks by law (Wmo 2015
 * art. 2.3.2 lid 1); the Jeugdwet sets no term, so the Jeugd onderzoek is the gemeente's own, from its verordening
 * jeugdhulp (domain/termijnen/regels.ts; its length may differ per gemeente, so no number here).
 */
const TERMIJN_LABELS_PER_ZAAKTYPE: Record<string, Record<string, string>> = {
  wmo: { onderzoek: "Onderzoek (Wmo 6 weken)" },
  jeugd: { onderzoek: "Onderzoek (verordening jeugdhulp)" },
};

export function termijnLabel(soort: string, zaaktype?: string): string {
  return (
    (zaaktype ? TERMIJN_LABELS_PER_ZAAKTYPE[zaaktype]?.[soort] : undefined) ??
    TERMIJN_LABELS[soort] ??
    leesbaar(soort)
  );
}

/** The term's name in the zaak header ("Beslistermijn: nog 5 dagen …"). */
const KOP_TERMIJN_NAMEN: Record<string, string> = {
  onderzoek: "Onderzoekstermijn",
  beslissing: "Beslistermijn",
  "beslissing-bezwaar": "Beslistermijn bezwaar",
  "eerste-gesprek": "Termijn eerste gesprek",
  "verzoek-antwoord": "Antwoordtermijn verzoek",
  "verzoek-onderzoek": "Termijn definitief antwoord",
  woonplaatsbeginsel: "Termijn woonplaatsbeginsel",
};

export const kopTermijnNaam = (soort: string, zaaktype?: string) =>
  KOP_TERMIJN_NAMEN[soort] ?? termijnLabel(soort, zaaktype);

/** A code never shown as such: "eerste-gesprek" → "Eerste gesprek" when no label exists. */
export function leesbaar(code: string): string {
  const woorden = code.replaceAll("-", " ");
  return woorden.charAt(0).toUpperCase() + woorden.slice(1);
}

/** What happened on the zaak (zaak_gebeurtenissen.soort): state-machine actions and the events of each area. */
export const GEBEURTENIS_LABELS: Record<string, string> = {
  "melding-geregistreerd": "Melding geregistreerd",
  "verzoek-ontvangen": "Verzoek om toewijzing van de aanbieder ontvangen",
  "contact-toegevoegd": "Contact toegevoegd",
  "crisis-besproken": "Crisis besproken met de Regiegroep",
  "onveilig-besproken": "Onveilige situatie besproken met de Regiegroep",
  "werkvoorraad-gekozen": "Andere werkvoorraad gekozen",
  toegewezen: "Toegewezen aan een behandelaar",
  overdracht: "Overgedragen aan een andere werkvoorraad",
  "veilig-opgroeien-raadpleging": "Veilig Opgroeien geraadpleegd",
  "afspraak-gemaakt": "Afspraak gemaakt",
  "afspraak-geannuleerd": "Afspraak geannuleerd",
  "verwijsindex-geregistreerd": "Gemeld in de Verwijsindex",
  "casuistiek-ingebracht": "Ingebracht in een casuïstiekoverleg",
  "casuistiek-uitkomst": "Uitkomst van het casuïstiekoverleg vastgelegd",
  "toestemming-benoemd-bespreken": "Toestemming om met naam te bespreken vastgelegd",
  "toestemming-ingetrokken": "Toestemming om met naam te bespreken ingetrokken",
  ontvangstbevestiging: "Ontvangstbevestiging verstuurd",
  verlenging: "Termijn verlengd",
  opschorting: "Termijn opgeschort",
  "resultatenplan-ondertekend": "Resultatenplan ondertekend",
  schaalvoorstel: "Voorstel tot op- of afschalen gedaan",
  "verzoek-toewijzen": "Verzoek van de aanbieder toegewezen",
  "verzoek-afwijzen": "Verzoek van de aanbieder afgewezen",
  "verzoek-in-onderzoek": "Verzoek van de aanbieder in onderzoek genomen",
  "start-onderzoek": "Opgepakt, onderzoek gestart",
  "niet-oppakken": "Niet opgepakt",
  "rond-onderzoek-af": "Onderzoek afgerond (verslag verstuurd)",
  "start-plan": "Resultatenplan gestart",
  "registreer-aanvraag": "Aanvraag geregistreerd",
  "trek-aanvraag-in": "Aanvraag ingetrokken door de inwoner",
  "neem-besluit": "Besluit genomen",
  "start-levering": "Levering gestart",
  "start-evaluatie": "Evaluatie gestart",
  "zet-levering-voort": "Ondersteuning voortgezet",
  herindicatie: "Herindicatie (nieuwe melding)",
  "sluit-af": "Zaak afgesloten",
  "dien-bezwaar-in": "Bezwaar geregistreerd",
  "trek-bezwaar-in": "Bezwaar ingetrokken",
  "beslis-op-bezwaar": "Beslist op bezwaar",
  "stel-beroep-in": "Beroep geregistreerd",
  "trek-beroep-in": "Beroep ingetrokken",
  "verwerk-uitspraak": "Uitspraak in beroep verwerkt",
  heropen: "Zaak heropend",
  "meldcode-gestart": "Meldcode huiselijk geweld en kindermishandeling gestart",
  "kennisgeving-veilig-thuis": "Brief over de melding bij Veilig Thuis verstuurd",
  "meldcode-afgesloten": "Meldcode afgesloten",
  "signs-of-safety-gestart": "Signs of Safety gestart",
  "huisverbod-geregistreerd": "Huisverbod geregistreerd",
  "huisverbod-verlengd": "Huisverbod verlengd",
  "leerplicht-verzuimmelding": "Verzuimmelding vastgelegd (verzuimaanpak gestart)",
  "leerplicht-stap": "Stap van de verzuimaanpak vastgelegd",
  "leerplicht-doorverwijzing": "Onderliggende problematiek doorverwezen",
  "leerplicht-overdracht-veilig-opgroeien": "Overgedragen aan een casemanager Veilig Opgroeien",
  "huisverbod-ingetrokken": "Huisverbod ingetrokken",
  "huisverbod-steunzaken": "Zaken voor ondersteuning na huisverbod gestart",
  "spoed-voor-jeugd-overgedragen": "Overgedragen aan Spoed voor Jeugd",
  "spoed-voor-jeugd-terug": "Terug van Spoed voor Jeugd bij de Regiegroep",
  "nazorg-gestart": "Nazorg ex-gedetineerde gestart",
  "mdo-23-aangemeld": "Aangemeld bij het MDO 23+",
  "wvggz-melding": "Melding Wet verplichte GGZ vastgelegd",
};

export const gebeurtenisLabel = (soort: string) => GEBEURTENIS_LABELS[soort] ?? leesbaar(soort);

/** A status in words, with the zaaktype's own name where it has one (domain/zaak/zaaktypen.ts). */
export const statusNaam = (status: string, zaaktype?: string) =>
  statusLabel(status as ZaakStatus, zaaktype as Zaaktype | undefined) ?? leesbaar(status);
