/**
 * Burgerservicenummer: 9 digits passing the 11-proef
 * (9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11; 000000000 is not a BSN).
 */
export function normaliseerBsn(invoer: string): string {
  const cijfers = invoer.replace(/[\s.]/g, "");
  return /^\d{8}$/.test(cijfers) ? `0${cijfers}` : cijfers;
}

export function isGeldigBsn(invoer: string): boolean {
  const bsn = normaliseerBsn(invoer);
  if (!/^\d{9}$/.test(bsn) || bsn === "000000000") return false;
  let som = 0;
  for (let i = 0; i < 8; i++) som += Number(bsn[i]) * (9 - i);
  som -= Number(bsn[8]);
  return som % 11 === 0;
}

/** Shown instead of the BSN unless the medewerker gives a reason to see it: "*****1234". */
export function maskeerBsn(bsn: string): string {
  return `*****${bsn.slice(-4)}`;
}

/**
 * Deterministic valid BSNs for synthetic data. A BSN is a 7-digit prefix, an 8th digit and the check
 * digit; for every prefix at least 9 of the 10 possible 8th digits give a valid check digit, so volgnummer
 * n maps to prefix ⌊n/9⌋ and the (n mod 9)-th valid 8th digit — no search, no collisions.
 * The official test range 9999xxxxx holds only 9 000 of these numbers (volgnummer 0–8 999); after it the
 * generator continues with prefixes 9000000–9998999 (numbers starting with 9, which the BRP does not issue),
 * up to volgnummer 9 000 000.
 */
export const TEST_BSN_CAPACITEIT = 9 * 1000 + 9 * 999_000;

export function genereerTestBsn(volgnummer: number): string {
  if (!Number.isInteger(volgnummer) || volgnummer < 0 || volgnummer >= TEST_BSN_CAPACITEIT) {
    throw new RangeError(`Geen test-BSN voor volgnummer ${volgnummer}`);
  }
  const blok = Math.floor(volgnummer / 9);
  const prefix = blok < 1000 ? 9_999_000 + blok : 9_000_000 + (blok - 1000);
  let k = volgnummer % 9;
  const cijfers = String(prefix);
  let som = 0;
  for (let i = 0; i < 7; i++) som += Number(cijfers[i]) * (9 - i);
  for (let d8 = 0; d8 <= 9; d8++) {
    const controle = (som + 2 * d8) % 11;
    if (controle === 10) continue;
    if (k === 0) return `${cijfers}${d8}${controle}`;
    k--;
  }
  throw new Error("onbereikbaar: elk prefix heeft minstens 9 geldige achtste cijfers");
}
