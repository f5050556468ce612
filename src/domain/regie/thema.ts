/**
 * The Regiegroep's themes beside the huisverbod (DOMAIN §4, seed 004 §7.1.2 and §7.1.3): each a record on a zaak
 * with its own rules (spoed.ts, nazorg.ts, mdo.ts, wvggz.ts). Pure.
 */
export const REGIE_THEMAS = ["spoed-jeugd", "nazorg", "mdo-23", "wvggz"] as const;
export type RegieThema = (typeof REGIE_THEMAS)[number];

export const REGIE_THEMA_LABELS: Record<RegieThema, string> = {
  "spoed-jeugd": "Spoed voor Jeugd",
  nazorg: "Nazorg ex-gedetineerden",
  "mdo-23": "MDO 23+",
  wvggz: "Wet verplichte GGZ",
};

/** The themes kept up to date as one record per zaak (all but the hand-over, which is recorded each time). */
export const BIJGEHOUDEN_THEMAS = ["nazorg", "mdo-23", "wvggz"] as const;
export type BijgehoudenThema = (typeof BIJGEHOUDEN_THEMAS)[number];

/** A refusal names its rule and field in Dutch; `ongeldig`: input that cannot be right whatever the state (400). */
export type Uitkomst =
  | { ok: true }
  | { ok: false; regel: string; veld: string; reden: string; ongeldig?: boolean };

export const ja: Uitkomst = { ok: true };
export const nee = (regel: string, veld: string, reden: string, ongeldig = false): Uitkomst => ({
  ok: false,
  regel,
  veld,
  reden,
  ...(ongeldig ? { ongeldig } : {}),
});

/** Only the refusals of a list of checks. */
export const fouten = (uitkomsten: readonly Uitkomst[]) => uitkomsten.filter((u) => !u.ok);

/** A date (YYYY-MM-DD) that may not lie after today: input that cannot be right (400). */
export const nietInToekomst = (datum: string, vandaag: string, regel: string, veld: string, wat: string) =>
  datum > vandaag ? nee(regel, veld, `${wat} ligt in de toekomst.`, true) : ja;
