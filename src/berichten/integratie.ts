/**
 * Integration clients (e.g. the future hub adapter, or a provider portal) post incoming messages with a
 * bearer token instead of a session. Configure `VOORDEUR_INTEGRATIE_TOKENS="naam:token:1699+0106,…"`: every
 * token is bound to the gemeenten (CBS codes, joined by `+`) it may deliver for; a message for another
 * gemeente is refused (403). Tokens of at least 32 characters (e.g. `openssl rand -hex 32`); only their
 * SHA-256 is kept in memory. The old form without gemeenten (`naam:token`) is refused at start: a token that
 * may deliver for every gemeente of the install is exactly what the binding is there to prevent.
 */
import { createHash } from "node:crypto";
import { isGemeentecode } from "../domain/berichten/typen";

export interface Integratieclient {
  naam: string;
  gemeenten: ReadonlySet<string>;
}

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/** Reads the tokens; a malformed entry stops the start with the reason (never the token itself). */
export function laadIntegratieTokens(env: Record<string, string | undefined>): Map<string, Integratieclient> {
  const tokens = new Map<string, Integratieclient>();
  const regels = (env.VOORDEUR_INTEGRATIE_TOKENS ?? "")
    .split(",")
    .map((r) => r.trim())
    .filter(Boolean);
  for (const [i, regel] of regels.entries()) {
    const delen = regel.split(":").map((d) => d.trim());
    const [naam = "", token = "", lijst] = delen;
    const waar = `VOORDEUR_INTEGRATIE_TOKENS, koppeling ${i + 1}${naam ? ` ('${naam}')` : ""}`;
    if (delen.length !== 3 || !naam || lijst === undefined) {
      throw new Error(
        `${waar}: gebruik naam:token:gemeenten, bijvoorbeeld hub:<token>:1699+0106 (een token zonder gemeenten wordt niet meer geaccepteerd).`,
      );
    }
    if (token.length < 32) throw new Error(`${waar}: het token moet minstens 32 tekens lang zijn.`);
    const gemeenten = lijst.split("+").map((g) => g.trim());
    if (gemeenten.length === 0 || !gemeenten.every(isGemeentecode)) {
      throw new Error(`${waar}: gemeenten zijn CBS-codes van vier cijfers, gescheiden door +.`);
    }
    tokens.set(hash(token), { naam, gemeenten: new Set(gemeenten) });
  }
  return tokens;
}

/** The client for a valid "Bearer <token>" header; undefined otherwise. */
export function integratieClient(
  tokens: Map<string, Integratieclient>,
  header: string | undefined,
): Integratieclient | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? "");
  return m?.[1] ? tokens.get(hash(m[1])) : undefined;
}
