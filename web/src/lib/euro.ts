/** Amounts are stored as eurocent; forms show and accept them in Dutch notation ("1.250,50"). */

/** "55", "55,5", "€ 1.250,00" → eurocent; null when empty or not an amount in euro. */
export function naarEurocent(invoer: string): number | null {
  const schoon = invoer
    .trim()
    .replace(/^€\s*/, "")
    .replace(/\.(?=\d{3}(\D|$))/g, "")
    .replace(",", ".");
  if (!/^\d+(\.\d{1,2})?$/.test(schoon)) return null;
  return Math.round(Number(schoon) * 100);
}

/** Eurocent → "12,50" for a form field; "" when there is no amount. */
export const alsEuro = (cent: number | null | undefined) =>
  cent === null || cent === undefined ? "" : (cent / 100).toFixed(2).replace(".", ",");

/** Eurocent → "€ 55,00" for display. */
export function bedragTekst(eurocent: number): string {
  return new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }).format(eurocent / 100);
}
