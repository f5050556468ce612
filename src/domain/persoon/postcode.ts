/** Dutch postcode: 4 digits (not starting with 0), 2 letters; SA, SD and SS are never used. */
const POSTCODE = /^([1-9]\d{3})\s?([A-Za-z]{2})$/;

export function isGeldigePostcode(invoer: string): boolean {
  const m = POSTCODE.exec(invoer.trim());
  return m !== null && !["SA", "SD", "SS"].includes((m[2] as string).toUpperCase());
}

/** "9301ab" → "9301 AB" (call only on a valid postcode). */
export function normaliseerPostcode(invoer: string): string {
  const m = POSTCODE.exec(invoer.trim());
  if (!m) return invoer.trim();
  return `${m[1]} ${(m[2] as string).toUpperCase()}`;
}
