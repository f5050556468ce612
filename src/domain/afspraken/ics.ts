/**
 * iCalendar (RFC 5545) invitations for an appointment, attached to the confirmation mail so the resident
 * can put it in their calendar. Times are in UTC ("Z"), so no VTIMEZONE is needed. METHOD:REQUEST invites,
 * METHOD:CANCEL (with a higher SEQUENCE) withdraws the same UID.
 */

export interface IcsPersoon {
  naam: string;
  email: string;
}

export interface IcsAfspraak {
  methode: "REQUEST" | "CANCEL";
  /** Globally unique and stable for the appointment (RFC 5545 §3.8.4.7). */
  uid: string;
  /** Revision number: 0 for the first invitation, higher for every change or cancellation. */
  volgnummer: number;
  aangemaakt: Date;
  begin: Date;
  eind: Date;
  samenvatting: string;
  locatie?: string | undefined;
  beschrijving?: string | undefined;
  organisator: IcsPersoon;
  deelnemer?: IcsPersoon | undefined;
}

const CRLF = "\r\n";
const MAX_OCTETS = 75;

/** TEXT value escaping (§3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeTekst(tekst: string): string {
  return tekst
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** A parameter value (§3.2): quoted when it holds ":", ";" or ","; double quotes cannot be escaped, so dropped. */
export function parameterWaarde(waarde: string): string {
  const schoon = waarde.replace(/["\r\n]/g, "");
  return /[:;,]/.test(schoon) ? `"${schoon}"` : schoon;
}

/**
 * Folds a content line (§3.1): at most 75 octets per line, continuation lines start with one space.
 * Splits between characters, never inside a UTF-8 sequence.
 */
export function vouw(regel: string): string {
  const delen: string[] = [];
  let huidig = "";
  let octets = 0;
  let limiet = MAX_OCTETS;
  for (const teken of regel) {
    const lengte = Buffer.byteLength(teken, "utf8");
    if (octets + lengte > limiet) {
      delen.push(huidig);
      huidig = "";
      octets = 0;
      limiet = MAX_OCTETS - 1; // the leading space counts
    }
    huidig += teken;
    octets += lengte;
  }
  delen.push(huidig);
  return delen.join(`${CRLF} `);
}

/** 2026-01-05T09:30:00.000Z → 20260105T093000Z */
export function utcTijd(moment: Date): string {
  return moment
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

export function maakIcs(a: IcsAfspraak): string {
  const annulering = a.methode === "CANCEL";
  const regels = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Voordeur//Afspraken//NL",
    "CALSCALE:GREGORIAN",
    `METHOD:${a.methode}`,
    "BEGIN:VEVENT",
    `UID:${a.uid}`,
    `SEQUENCE:${a.volgnummer}`,
    `DTSTAMP:${utcTijd(a.aangemaakt)}`,
    `DTSTART:${utcTijd(a.begin)}`,
    `DTEND:${utcTijd(a.eind)}`,
    `SUMMARY:${escapeTekst(a.samenvatting)}`,
    ...(a.locatie ? [`LOCATION:${escapeTekst(a.locatie)}`] : []),
    ...(a.beschrijving ? [`DESCRIPTION:${escapeTekst(a.beschrijving)}`] : []),
    `ORGANIZER;CN=${parameterWaarde(a.organisator.naam)}:mailto:${a.organisator.email}`,
    ...(a.deelnemer
      ? [
          `ATTENDEE;CN=${parameterWaarde(a.deelnemer.naam)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:${a.deelnemer.email}`,
        ]
      : []),
    `STATUS:${annulering ? "CANCELLED" : "CONFIRMED"}`,
    "TRANSP:OPAQUE",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return regels.map(vouw).join(CRLF) + CRLF;
}
