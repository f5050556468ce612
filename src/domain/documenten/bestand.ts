/**
 * An uploaded file (a signed scan, a document a resident sends): not empty, at most 5 MB, and its bytes are what its
 * content type says (pdf, png or jpeg; a renamed file is refused). Pure.
 */
export const MAX_BESTAND_BYTES = 5 * 1024 * 1024;

export const BESTANDSOORTEN = ["application/pdf", "image/png", "image/jpeg"] as const;
export type Bestandsoort = (typeof BESTANDSOORTEN)[number];

/** The first bytes of each accepted content type. */
const HANDTEKENINGEN: Record<string, readonly number[]> = {
  "application/pdf": [0x25, 0x50, 0x44, 0x46], // %PDF
  "image/png": [0x89, 0x50, 0x4e, 0x47],
  "image/jpeg": [0xff, 0xd8, 0xff],
};

const soortNaam = (contentType: string) =>
  contentType === "application/pdf" ? "pdf" : contentType.replace("image/", "");

export type BestandRegel = "leeg" | "te-groot" | "soort";

/** What is wrong with the file, or null when it is acceptable. */
export function toetsBestand(
  inhoud: Uint8Array,
  contentType: string,
): { regel: BestandRegel; melding: string } | null {
  if (inhoud.length === 0) return { regel: "leeg", melding: "Het bestand is leeg." };
  if (inhoud.length > MAX_BESTAND_BYTES)
    return { regel: "te-groot", melding: "Het bestand is groter dan 5 MB." };
  const verwacht = HANDTEKENINGEN[contentType];
  if (!verwacht?.every((b, i) => inhoud[i] === b))
    return { regel: "soort", melding: `Het bestand is geen ${soortNaam(contentType)}.` };
  return null;
}
