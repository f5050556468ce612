/**
 * Login throttling rules (issue "Vertrouwen" item 3). No account is ever locked for everyone: attempts are
 * counted per key and each key slows down on its own with exponential back-off.
 *
 * - `naamAdres`: one name from one client address (the main brake on guessing from one place);
 * - `adres`: every name from one address (spraying many names from one place; wider for shared offices);
 * - `naam`: one name from all unknown clients together (a spread-out attack; also what alerts the beheerder);
 * - `apparaat`: one name from a device on which that user logged in before (device cookie). Counted apart,
 *   so an attacker elsewhere cannot make the account unusable on the user's own device.
 *
 * Pure: the counters live in the database (auth/inlogbeperking.ts).
 */
import { isIP } from "node:net";

export interface Drempel {
  /** Attempts allowed without waiting. */
  vrij: number;
  /** The wait after the first attempt past `vrij`; it doubles with every further attempt. */
  basisSeconden: number;
  maxSeconden: number;
  /** A key without attempts for this long starts over. */
  vergeetNaSeconden: number;
}

export const DREMPELS = {
  naamAdres: { vrij: 5, basisSeconden: 60, maxSeconden: 30 * 60, vergeetNaSeconden: 24 * 3600 },
  adres: { vrij: 30, basisSeconden: 60, maxSeconden: 30 * 60, vergeetNaSeconden: 3600 },
  naam: { vrij: 20, basisSeconden: 60, maxSeconden: 30 * 60, vergeetNaSeconden: 24 * 3600 },
  apparaat: { vrij: 5, basisSeconden: 60, maxSeconden: 30 * 60, vergeetNaSeconden: 24 * 3600 },
} as const satisfies Record<string, Drempel>;

export type Drempelsoort = keyof typeof DREMPELS;

/** Failed attempts on one name from unknown clients after which the beheerder is alerted (once per hour). */
export const AANVAL_DREMPEL = 10;
export const MELDING_INTERVAL_MINUTEN = 60;

/** The doubling stops here (2^30 × basis is far past every maximum). */
export const MAX_EXPONENT = 30;

/** Seconds a key must rest after its `pogingen`-th counted attempt before the next one is allowed. */
export function wachtNa(drempel: Drempel, pogingen: number): number {
  if (pogingen < drempel.vrij) return 0;
  const exponent = Math.min(pogingen - drempel.vrij, MAX_EXPONENT);
  return Math.min(drempel.maxSeconden, drempel.basisSeconden * 2 ** exponent);
}

/** Expands an IPv6 address to its 8 groups of 4 hex digits; undefined when it is not one. */
function ipv6Groepen(adres: string): string[] | undefined {
  if (isIP(adres) !== 6) return undefined;
  let tekst = adres.toLowerCase().split("%")[0] ?? "";
  // An embedded IPv4 tail (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) becomes two hex groups.
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(tekst);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    tekst = `${tekst.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [links = "", rechts] = tekst.split("::");
  const l = links ? links.split(":") : [];
  const r = rechts ? rechts.split(":") : [];
  const nullen = rechts === undefined ? [] : Array(8 - l.length - r.length).fill("0");
  return [...l, ...nullen, ...r].map((g) => g.padStart(4, "0"));
}

/**
 * The address as a throttle key: IPv4 as is; an IPv4-mapped IPv6 address as its IPv4; other IPv6 addresses by
 * their /64 network, because one subscriber usually holds a whole /64 and could otherwise rotate through it.
 */
export function adresSleutel(adres: string): string {
  const groepen = ipv6Groepen(adres);
  if (!groepen) return adres.toLowerCase();
  if (groepen.slice(0, 5).every((g) => g === "0000") && groepen[5] === "ffff") {
    const [hoog = 0, laag = 0] = groepen.slice(6).map((g) => Number.parseInt(g, 16));
    return [hoog >> 8, hoog & 255, laag >> 8, laag & 255].join(".");
  }
  return `${groepen.slice(0, 4).join(":")}::/64`;
}
