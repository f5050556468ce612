/** "1950-03-05" → "5 maart 1950". */
export function datum(iso: string): string {
  const [j, m, d] = iso.split("-").map(Number);
  if (!j || !m || !d) return iso;
  return new Intl.DateTimeFormat("nl-NL", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(j, m - 1, d)));
}

export const RELATIE_LABELS: Record<string, { van: string; naar: string }> = {
  partner: { van: "Partner van", naar: "Partner van" },
  ouder: { van: "Ouder van", naar: "Kind van" },
  gezag: { van: "Heeft gezag over", naar: "Onder gezag van" },
  "wettelijk-vertegenwoordiger": { van: "Wettelijk vertegenwoordiger van", naar: "Vertegenwoordigd door" },
  mantelzorger: { van: "Mantelzorger van", naar: "Mantelzorg van" },
};
