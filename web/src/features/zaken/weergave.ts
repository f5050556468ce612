/** "2026-02-16" → "16-2-2026" (as in the termijn explanations). */
export function kortDatum(iso: string): string {
  const [j, m, d] = iso.split("-").map(Number);
  return j && m && d ? `${d}-${m}-${j}` : iso;
}

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
  onderzoek: "Onderzoek (Wmo 6 weken)",
  beslissing: "Beslissing op aanvraag",
  voorschot: "Voorschot",
  zoekperiode: "Zoekperiode",
  "eerste-gesprek": "Eerste gesprek",
  bezwaar: "Bezwaartermijn",
  "beslissing-bezwaar": "Beslissing op bezwaar",
  huisverbod: "Huisverbod",
  "verzoek-antwoord": "Antwoord op verzoek om toewijzing (5 werkdagen)",
  "verzoek-onderzoek": "Definitief antwoord na onderzoek (8 weken)",
  woonplaatsbeginsel: "Afwijzen op woonplaatsbeginsel (2 weken)",
  evaluatie: "Evaluatiemoment",
};

export const TERMIJN_STATUS: Record<string, string> = {
  lopend: "Lopend",
  opgeschort: "Opgeschort",
  gehaald: "Gehaald",
  verlopen: "Verlopen",
};
