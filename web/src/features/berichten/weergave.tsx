import { StatusBadge } from "@utrecht/component-library-react";

const STATUS: Record<string, { tekst: string; soort: "safe" | "warning" | "danger" | "neutral" }> = {
  "wacht-op-validatie": { tekst: "Wacht op XSD-controle", soort: "warning" },
  klaar: { tekst: "Klaar om te versturen", soort: "neutral" },
  verzonden: { tekst: "Verzonden", soort: "neutral" },
  geaccepteerd: { tekst: "Geaccepteerd door aanbieder", soort: "safe" },
  afgekeurd: { tekst: "Afgekeurd", soort: "danger" },
  verwerkt: { tekst: "Verwerkt", soort: "safe" },
  "deels-verwerkt": { tekst: "Deels verwerkt", soort: "warning" },
  "niet-verwerkt": { tekst: "Bewaard, niet verwerkt", soort: "neutral" },
  gekoppeld: { tekst: "Retour gekoppeld", soort: "safe" },
  "niet-gekoppeld": { tekst: "Retour niet gekoppeld", soort: "warning" },
  open: { tekst: "Open", soort: "warning" },
  "in-onderzoek": { tekst: "In onderzoek", soort: "warning" },
  toegewezen: { tekst: "Toegewezen", soort: "safe" },
  afgewezen: { tekst: "Afgewezen", soort: "neutral" },
  lopend: { tekst: "Lopend", soort: "neutral" },
  gehaald: { tekst: "Gehaald", soort: "safe" },
  verlopen: { tekst: "Verlopen", soort: "danger" },
};

/** Status in words with a badge (never colour alone). */
export function BerichtStatus({ status }: { status: string }) {
  const s = STATUS[status] ?? { tekst: status, soort: "neutral" as const };
  return <StatusBadge status={s.soort}>{s.tekst}</StatusBadge>;
}

export const KLOK_LABELS: Record<string, string> = {
  "verzoek-antwoord": "Antwoord (5 werkdagen)",
  "verzoek-onderzoek": "Definitief antwoord na onderzoek (8 weken)",
  woonplaatsbeginsel: "Afwijzen op woonplaatsbeginsel (2 weken)",
};

export const berichtNaam = (b: { standaard: string; berichttype: string; omschrijving: string }) =>
  `${b.standaard === "iwmo" ? "WMO" : "JW"}${b.berichttype} ${b.omschrijving}`;
