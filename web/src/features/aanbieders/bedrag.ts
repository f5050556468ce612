/** Amounts in eurocent (as the API stores tariffs) ⇄ Dutch notation. */

/** Eurocent → "€ 55,00". */
export function bedragTekst(eurocent: number): string {
  return new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }).format(eurocent / 100);
}

/** "55", "55,5", "€ 1.250,00" → eurocent; undefined when it is not an amount in euro. */
export function eurocentUit(tekst: string): number | undefined {
  const schoon = tekst
    .trim()
    .replace(/^€\s*/, "")
    .replace(/\.(?=\d{3}(\D|$))/g, "")
    .replace(",", ".");
  if (!/^\d+(\.\d{1,2})?$/.test(schoon)) return undefined;
  return Math.round(Number(schoon) * 100);
}
