/**
 * Filtering and exporting the audit trail (DOMAIN.md §6: every read and change is logged — who, what, when, why).
 * Pure rules: which actions exist (with their Dutch label), how a Dutch period becomes an instant range, and
 * how a CSV cell is written safely (RFC 4180 quoting plus a guard against formula injection in spreadsheets).
 */
import { addDays, format, parseISO } from "date-fns";
import { isDatum, vanLokaal } from "../afspraken/tijd";

export const AUDIT_ACTIES = {
  lezen: "Bekeken",
  zoeken: "Gevonden bij zoeken",
  aanmaken: "Aangemaakt",
  wijzigen: "Gewijzigd",
  verwijderen: "Verwijderd",
  exporteren: "Geëxporteerd",
  geweigerd: "Geweigerd",
} as const;

export type AuditActie = keyof typeof AUDIT_ACTIES;
export const AUDIT_ACTIE_CODES = Object.keys(AUDIT_ACTIES) as [AuditActie, ...AuditActie[]];

export function actieLabel(actie: string): string {
  return (AUDIT_ACTIES as Record<string, string>)[actie] ?? actie;
}

/** What was read or changed, in words (the audit log stores a short code per kind of data). */
const GEGEVENS: Record<string, string> = {
  persoon: "persoonsgegevens",
  klantdossier: "klantdossier",
  bsn: "volledig BSN",
  huishouden: "huishouden (relaties)",
  netwerk: "netwerk",
  contact: "contactmoment",
  contactgegevens: "contactgegevens",
  zaak: "zaak",
  journaal: "journaal",
  document: "document",
  brief: "brief",
  geadresseerden: "geadresseerden van brieven",
  afspraak: "afspraak",
  agenda: "agenda",
  werkverdeling: "werkverdeling",
  casuistiek: "casuïstiekoverleg",
  resultatenplan: "resultatenplan",
  besluit: "besluit",
  besluitvorming: "besluitvorming",
  bezwaar: "bezwaar",
  evaluatie: "evaluatie",
  toewijzing: "toewijzing",
  bericht: "bericht (iWmo/iJw)",
  verzoek: "verzoek van een aanbieder",
  schaalvoorstel: "op- of afschaalvoorstel",
  meldcode: "Meldcode",
  protocol: "veiligheidsprotocol (tekst)",
  voorziening: "voorziening (sociale kaart)",
  protocolmelding: "melding bij de teamleider (veiligheidsprotocol)",
  verwijsindex: "Verwijsindex",
  "individuele-overeenkomst": "individuele overeenkomst",
  inzage: "inzage",
  "inzage-beslissing": "inzage: besluit per document",
  "inzage-pdf": "inzage als PDF",
  auditlog: "auditlog",
  gebruiker: "medewerker",
  rolverzoek: "verzoek om toegang",
  vakgroep: "vakgroep",
  tekstblok: "tekst (beheer)",
  kalender: "kalender (gelijkgestelde dagen)",
  clientenstop: "cliëntenstop",
  aanbiedersignaal: "signaal over een aanbieder",
  "mijn-termijnen": "mijn termijnen",
};

export function gegevensLabel(resource: string): string {
  return GEGEVENS[resource] ?? resource.replaceAll("-", " ");
}

export interface AuditFilter {
  persoonId?: string | undefined;
  medewerkerId?: string | undefined;
  actie?: AuditActie | undefined;
  /** Dutch calendar dates (YYYY-MM-DD), both inclusive. */
  van?: string | undefined;
  tot?: string | undefined;
}

export type Periode =
  | { ok: true; vanaf?: Date; voor?: Date }
  | { ok: false; fouten: { veld: string; melding: string }[] };

/**
 * The instants of a period of Dutch calendar days: from the start of `van` (00:00 in Amsterdam) up to, not
 * including, the start of the day after `tot`. A period that ends before it begins is refused.
 */
export function periodeVan(van?: string, tot?: string): Periode {
  const fouten: { veld: string; melding: string }[] = [];
  if (van !== undefined && !isDatum(van)) fouten.push({ veld: "van", melding: "Van is geen geldige datum" });
  if (tot !== undefined && !isDatum(tot))
    fouten.push({ veld: "tot", melding: "Tot en met is geen geldige datum" });
  if (fouten.length === 0 && van !== undefined && tot !== undefined && tot < van)
    fouten.push({ veld: "tot", melding: "Tot en met ligt vóór de begindatum" });
  if (fouten.length > 0) return { ok: false, fouten };
  const vanaf = van === undefined ? undefined : vanLokaal(van, "00:00");
  const voor =
    tot === undefined ? undefined : vanLokaal(format(addDays(parseISO(tot), 1), "yyyy-MM-dd"), "00:00");
  return { ok: true, ...(vanaf ? { vanaf } : {}), ...(voor ? { voor } : {}) };
}

/** A short description of a filter for the audit entry of the read itself (ids, never names or content). */
export function beschrijfFilter(filter: AuditFilter): string {
  const delen = [
    filter.persoonId ? `persoon ${filter.persoonId}` : undefined,
    filter.medewerkerId ? `medewerker ${filter.medewerkerId}` : undefined,
    filter.actie ? `actie ${filter.actie}` : undefined,
    filter.van ? `van ${filter.van}` : undefined,
    filter.tot ? `tot en met ${filter.tot}` : undefined,
  ].filter(Boolean);
  return delen.length === 0 ? "zonder filter" : delen.join(", ");
}

/** Cells a spreadsheet would evaluate as a formula (OWASP "CSV injection"): =, +, -, @, and TAB/CR before them. */
const FORMULE = /^[=+\-@\t\r]/;

/** One CSV cell: formula guard (a leading quote), then quoted when it holds the separator, a quote or a newline. */
export function csvCel(waarde: string | null | undefined): string {
  let tekst = waarde ?? "";
  if (FORMULE.test(tekst)) tekst = `'${tekst}`;
  return /[";\n\r,]/.test(tekst) ? `"${tekst.replaceAll('"', '""')}"` : tekst;
}

/** The separator: a semicolon, what Dutch spreadsheet programs expect (the comma is the decimal sign). */
export const CSV_SCHEIDING = ";";

export function csvRegel(cellen: readonly (string | null | undefined)[]): string {
  return `${cellen.map(csvCel).join(CSV_SCHEIDING)}\r\n`;
}

export const AUDIT_CSV_KOPPEN = [
  "Tijdstip",
  "Medewerker",
  "Medewerker-id",
  "Rollen",
  "Actie",
  "Gegeven",
  "Persoon-id",
  "Reden",
  "Verzoek-id",
] as const;

const tijdDelen = new Intl.DateTimeFormat("nl-NL", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** An instant as Dutch wall-clock time, "05-03-2026 14:03:22" (the export is read by people in NL). */
export function nederlandsTijdstip(moment: Date): string {
  const d = Object.fromEntries(tijdDelen.formatToParts(moment).map((p) => [p.type, p.value]));
  return `${d.day}-${d.month}-${d.year} ${d.hour}:${d.minute}:${d.second}`;
}
