/**
 * Contactregistratie (DOMAIN §2.1, 004 §4.1.2): every channel, who referred, what the question is about and
 * what became of it. General questions are not registered; they are tallied per thema without personal data.
 */

/** External referrers under the Jeugdwet (their referral leads to care without a municipal decision). */
export const VERWIJZER_SOORTEN = [
  "huisarts",
  "jeugdarts",
  "gecertificeerde-instelling",
  "medisch-specialist",
  "rechter",
] as const;
export type VerwijzerSoort = (typeof VERWIJZER_SOORTEN)[number];

export const VERWIJZER_LABELS: Record<VerwijzerSoort, string> = {
  huisarts: "Huisarts",
  jeugdarts: "Jeugdarts",
  "gecertificeerde-instelling": "Gecertificeerde instelling (GI)",
  "medisch-specialist": "Medisch specialist",
  rechter: "Rechter",
};

/** Themes (kenmerken) of a contact; also the rows of the tally of general questions. */
export const CONTACT_THEMAS = [
  "huishoudelijke-hulp",
  "hulpmiddelen",
  "woningaanpassing",
  "vervoer",
  "mantelzorg",
  "begeleiding-dagbesteding",
  "opvoeden-opgroeien",
  "school-leerplicht",
  "werk-inkomen",
  "schulden",
  "wonen-huisvesting",
  "psychisch-verslaving",
  "eenzaamheid",
  "veiligheid",
  "algemene-informatie",
  "overig",
] as const;
export type ContactThema = (typeof CONTACT_THEMAS)[number];

export const CONTACT_THEMA_LABELS: Record<ContactThema, string> = {
  "huishoudelijke-hulp": "Huishoudelijke hulp",
  hulpmiddelen: "Hulpmiddelen (scootmobiel, rolstoel, traplift)",
  woningaanpassing: "Woningaanpassing",
  vervoer: "Vervoer (taxipas, leerlingenvervoer)",
  mantelzorg: "Mantelzorg",
  "begeleiding-dagbesteding": "Begeleiding en dagbesteding",
  "opvoeden-opgroeien": "Opvoeden en opgroeien",
  "school-leerplicht": "School en leerplicht",
  "werk-inkomen": "Werk en inkomen",
  schulden: "Schulden en geldzaken",
  "wonen-huisvesting": "Wonen en huisvesting",
  "psychisch-verslaving": "Psychische problemen of verslaving",
  eenzaamheid: "Eenzaamheid en meedoen",
  veiligheid: "Veiligheid (huiselijk geweld, zorgen om een kind)",
  "algemene-informatie": "Algemene informatie (openingstijden, folders)",
  overig: "Overig",
};

/** What became of a contact. */
export const CONTACT_UITKOMSTEN = ["beantwoord", "zaak", "koppel", "overdracht"] as const;
export type ContactUitkomst = (typeof CONTACT_UITKOMSTEN)[number];

export const CONTACT_UITKOMST_LABELS: Record<ContactUitkomst, string> = {
  beantwoord: "Direct beantwoord en afgesloten",
  zaak: "Nieuwe zaak",
  koppel: "Toegevoegd aan een lopende zaak",
  overdracht: "Warme overdracht aan een andere gemeente",
};

export interface Veldfout {
  veld: string;
  melding: string;
}

export interface ContactInvoer {
  kanaal: string;
  verwijzer?: { soort: VerwijzerSoort; naam?: string | undefined } | undefined;
  persoonId?: string | undefined;
  naamZonderRegistratie?: string | undefined;
  gezinsleden?: readonly string[] | undefined;
  directBeantwoord: boolean;
  antwoord?: string | undefined;
  uitkomst: ContactUitkomst;
  /** Triage was filled in. */
  triage: boolean;
  zaakId?: string | undefined;
}

/**
 * Field-level checks of a contact that zod alone cannot express (they combine fields). Returns the errors
 * in the API's `errors: [{veld, melding}]` shape; empty means valid.
 */
export function contactFouten(c: ContactInvoer): Veldfout[] {
  const fouten: Veldfout[] = [];
  if (c.kanaal === "verwijzer" && !c.verwijzer)
    fouten.push({
      veld: "verwijzer",
      melding: "Kies wie verwijst (huisarts, jeugdarts, GI, medisch specialist, rechter)",
    });
  if (c.kanaal !== "verwijzer" && c.verwijzer)
    fouten.push({
      veld: "verwijzer",
      melding: "Een verwijzer hoort alleen bij het kanaal externe verwijzer",
    });
  if (c.persoonId && c.naamZonderRegistratie)
    fouten.push({
      veld: "naamZonderRegistratie",
      melding: "Kies een geregistreerde inwoner óf vul alleen een naam in, niet allebei",
    });
  if ((c.gezinsleden?.length ?? 0) > 0 && !c.persoonId)
    fouten.push({ veld: "gezinsleden", melding: "Gezinsleden horen bij een geregistreerde inwoner" });
  if (c.persoonId && c.gezinsleden?.includes(c.persoonId))
    fouten.push({ veld: "gezinsleden", melding: "De inwoner zelf staat al op het contact" });
  if (c.uitkomst === "beantwoord" && !c.directBeantwoord)
    fouten.push({
      veld: "directBeantwoord",
      melding: "Een contact dat niet direct beantwoord is, wordt een zaak, een koppeling of een overdracht",
    });
  if (c.directBeantwoord && !c.antwoord?.trim())
    fouten.push({ veld: "antwoord", melding: "Noteer kort welk antwoord is gegeven" });
  if ((c.uitkomst === "zaak" || c.uitkomst === "overdracht") && !c.triage)
    fouten.push({ veld: "triage", melding: "Doe eerst de triage en de veiligheidscheck" });
  if (c.uitkomst === "koppel" && !c.zaakId)
    fouten.push({
      veld: "uitkomst.zaakId",
      melding: "Kies de lopende zaak waaraan het contact wordt toegevoegd",
    });
  return fouten;
}
