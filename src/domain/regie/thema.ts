/**
 * The Regiegroep's themes beside the huisverbod (DOMAIN §4, seed 004 §7.1.2 and §7.1.3): each a record on a zaak
 * with its own rules (spoed.ts, nazorg.ts). Pure.
 */
export const REGIE_THEMAS = ["spoed-jeugd", "nazorg"] as const;
export type RegieThema = (typeof REGIE_THEMAS)[number];

export const REGIE_THEMA_LABELS: Record<RegieThema, string> = {
  "spoed-jeugd": "Spoed voor Jeugd",
  nazorg: "Nazorg ex-gedetineerden",
};

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
