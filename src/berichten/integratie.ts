/**
 * Integration clients (e.g. the future hub adapter, or a provider portal) post incoming messages with a
 * bearer token instead of a session. Configure `VOORDEUR_INTEGRATIE_TOKENS="naam:token,naam2:token2"`
 * (tokens of at least 32 characters, e.g. `openssl rand -hex 32`); only their SHA-256 is kept in memory.
 */
import { createHash } from "node:crypto";

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

export function laadIntegratieTokens(env: Record<string, string | undefined>): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const paar of (env.VOORDEUR_INTEGRATIE_TOKENS ?? "").split(",")) {
    const i = paar.indexOf(":");
    const naam = paar.slice(0, i).trim();
    const token = paar.slice(i + 1).trim();
    if (i > 0 && naam && token.length >= 32) tokens.set(hash(token), naam);
  }
  return tokens;
}

/** The client's name for a valid "Bearer <token>" header; undefined otherwise. */
export function integratieClient(
  tokens: Map<string, string>,
  header: string | undefined,
): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? "");
  return m?.[1] ? tokens.get(hash(m[1])) : undefined;
}
