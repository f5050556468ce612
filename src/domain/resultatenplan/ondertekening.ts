/**
 * Registering the resident's signature on the plan (DOMAIN §2.3: "the signed plan is the aanvraag"). The
 * signature is dated on or before today, a signature "by scan" brings the scan, the scan's bytes are what
 * its content type says (at most 5 MB), and only a definitive plan (possibly sent for signing) can be
 * signed. Pure: the caller passes today's date and the decoded scan.
 */
import { MAX_BESTAND_BYTES, toetsBestand } from "../documenten/bestand";
import { type PlanStatus, STAP_REGELS, zetStap } from "./status";

export type OndertekeningWijze = "scan" | "persoonlijk";

export type OndertekeningRegel =
  | "datum-niet-in-toekomst"
  | "scan-vereist"
  | "scan-leeg"
  | "scan-te-groot"
  | "scan-soort"
  | "ondertekenen-alleen-definitief";

/** One broken rule: its code, the field it is about (API name) when it is about one, and the Dutch reason. */
export interface OndertekeningOvertreding {
  regel: OndertekeningRegel;
  veld?: string;
  melding: string;
}

export interface OndertekeningInvoer {
  wijze: OndertekeningWijze;
  /** ISO date of the signature. */
  datum: string;
  /** The uploaded scan (decoded), when one was sent. */
  scan: { contentType: string; inhoud: Uint8Array } | null;
}

export const MAX_SCAN_BYTES = MAX_BESTAND_BYTES;

/** What is wrong with an uploaded scan (domain/documenten/bestand.ts), under the scan's rule codes. */
export function toetsScan(
  inhoud: Uint8Array,
  contentType: string,
): { regel: "scan-leeg" | "scan-te-groot" | "scan-soort"; melding: string } | null {
  const fout = toetsBestand(inhoud, contentType);
  return fout ? { regel: `scan-${fout.regel}`, melding: fout.melding } : null;
}

/**
 * Every broken rule of this signature, in the order a person fixes them: the input first (date, scan),
 * then the plan's status. Empty: the signature may be registered.
 */
export function toetsOndertekening(
  status: PlanStatus,
  invoer: OndertekeningInvoer,
  vandaag: string,
): OndertekeningOvertreding[] {
  const fouten: OndertekeningOvertreding[] = [];
  if (invoer.datum > vandaag)
    fouten.push({
      regel: "datum-niet-in-toekomst",
      veld: "datum",
      melding: "De datum van ondertekening ligt in de toekomst.",
    });
  if (invoer.wijze === "scan") {
    if (!invoer.scan)
      fouten.push({
        regel: "scan-vereist",
        veld: "scan",
        melding: "Voeg de scan van het ondertekende plan toe.",
      });
    else {
      const bezwaar = toetsScan(invoer.scan.inhoud, invoer.scan.contentType);
      if (bezwaar) fouten.push({ ...bezwaar, veld: "scan.inhoudBase64" });
    }
  }
  const stap = zetStap(status, "ondertekend");
  if (!stap.ok) fouten.push({ regel: STAP_REGELS.ondertekend, melding: stap.reden });
  return fouten;
}

/** Is this about the input (400: a date, a file) rather than the state of the plan (422)? */
export const isInvoerfout = (o: OndertekeningOvertreding) => o.regel !== "ondertekenen-alleen-definitief";
