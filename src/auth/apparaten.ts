/**
 * Known devices: after a successful login the browser gets a random device token (cookie
 * `voordeur_apparaat`, httpOnly, only sent to /api/sessie). Its SHA-256 is stored per user. A login attempt
 * that brings a token known for that user is counted on its own throttle key, apart from unknown clients, so
 * an attacker cannot make the account unusable on the user's own device. One browser can be known for several
 * users (a shared workstation). Only the hash is kept; the token itself proves nothing else.
 */
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { inlogapparaten } from "../db/schema";
import { alsSysteem } from "../db/tenant";
import * as klok from "../lib/klok";

export const APPARAAT_COOKIE = "voordeur_apparaat";
/** A device not used to log in for this long is forgotten. */
export const APPARAAT_GELDIG_DAGEN = 180;

const hash = (token: string) => createHash("sha256").update(token).digest("hex");
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const geldigSinds = (nu: Date) => new Date(nu.getTime() - APPARAAT_GELDIG_DAGEN * 86_400_000);

/** The hash of the device token when it is known for this user; undefined otherwise. */
export async function bekendApparaat(
  db: Db,
  token: string | undefined,
  medewerkerId: string,
  nu = klok.nu(),
): Promise<string | undefined> {
  if (!token || !TOKEN.test(token)) return undefined;
  const tokenHash = hash(token);
  const [rij] = await alsSysteem(db, (tx) =>
    tx
      .select({ tokenHash: inlogapparaten.tokenHash })
      .from(inlogapparaten)
      .where(
        and(
          eq(inlogapparaten.tokenHash, tokenHash),
          eq(inlogapparaten.medewerkerId, medewerkerId),
          gt(inlogapparaten.laatstGebruiktOp, geldigSinds(nu)),
        ),
      ),
  );
  return rij?.tokenHash;
}

/** Records (or refreshes) this device for the user after a successful login; returns the token for the cookie. */
export async function onthoudApparaat(
  db: Db,
  token: string | undefined,
  medewerkerId: string,
  nu = klok.nu(),
): Promise<string> {
  const geldig = token && TOKEN.test(token) ? token : randomBytes(32).toString("base64url");
  await alsSysteem(db, async (tx) => {
    await tx
      .insert(inlogapparaten)
      .values({ tokenHash: hash(geldig), medewerkerId, aangemaaktOp: nu, laatstGebruiktOp: nu })
      .onConflictDoUpdate({
        target: [inlogapparaten.tokenHash, inlogapparaten.medewerkerId],
        set: { laatstGebruiktOp: sql`excluded.laatst_gebruikt_op` },
      });
    await tx
      .delete(inlogapparaten)
      .where(
        and(
          eq(inlogapparaten.medewerkerId, medewerkerId),
          lt(inlogapparaten.laatstGebruiktOp, geldigSinds(nu)),
        ),
      );
  });
  return geldig;
}
