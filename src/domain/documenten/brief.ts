/**
 * What a letter says (pure): its blocks and parts, and the Dutch date notation of letters. How it looks on paper
 * is documenten/brief.ts (pdfmake); the domain builds letters as this data so their rules stay testable.
 */
export type BriefBlok =
  | { alinea: string }
  | { kop: string }
  | { lijst: readonly string[] }
  | { gegevens: readonly (readonly [string, string])[] }
  | { tabel: { kolommen: readonly string[]; rijen: readonly (readonly string[])[] } };

export interface Brief {
  gemeente: { naam: string; adresregels?: readonly string[]; telefoon?: string; website?: string };
  geadresseerde: { naam: string; adresregels: readonly string[] };
  /** ISO date of the letter. */
  datum: string;
  kenmerk?: string;
  onderwerp: string;
  aanhef: string;
  inhoud: readonly BriefBlok[];
  afsluiting?: string;
  ondertekening: { naam: string; functie?: string };
  /** Folder texts and other attachments, each on its own page. */
  bijlagen?: readonly { titel: string; tekst: string }[];
}

/** "23 november 2026" */
export function datumVoluit(iso: string): string {
  return new Intl.DateTimeFormat("nl-NL", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}
