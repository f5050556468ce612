/** Checks an uploaded scan of the signed plan: its bytes must be what its content type says. */
const HANDTEKENINGEN: Record<string, readonly number[]> = {
  "application/pdf": [0x25, 0x50, 0x44, 0x46], // %PDF
  "image/png": [0x89, 0x50, 0x4e, 0x47],
  "image/jpeg": [0xff, 0xd8, 0xff],
};

export const MAX_SCAN_BYTES = 5 * 1024 * 1024;

/** null when acceptable, else a Dutch reason. */
export function scanBezwaar(inhoud: Buffer, contentType: string): string | null {
  if (inhoud.length === 0) return "Het bestand is leeg.";
  if (inhoud.length > MAX_SCAN_BYTES) return "Het bestand is groter dan 5 MB.";
  const verwacht = HANDTEKENINGEN[contentType];
  if (!verwacht?.every((b, i) => inhoud[i] === b))
    return `Het bestand is geen ${contentType === "application/pdf" ? "pdf" : contentType.replace("image/", "")}.`;
  return null;
}
