import { createHash, randomBytes } from "node:crypto";
import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { gebruikers, gebruikerVakgroepen, gemeenten, sessies, vakgroepen } from "../db/schema";
import { alsSysteem } from "../db/tenant";
import * as klok from "../lib/klok";

export const SESSIE_COOKIE = "voordeur_sessie";

export interface SessieBeleid {
  idleMinuten: number;
  absoluutUren: number;
}

/** The logged-in medewerker as every request sees it. */
export interface Ingelogd {
  sessieId: string;
  medewerkerId: string;
  gebruikersnaam: string;
  naam: string;
  gemeente: { code: string; naam: string };
  samenwerkingsverbandCode: string;
  rollen: string[];
  vakgroepen: string[];
  verlooptOp: Date;
  idleVerlooptOp: Date;
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function maakSessie(
  db: Db,
  gebruiker: { id: string; gemeenteCode: string },
  methode: "wachtwoord" | "oidc",
  beleid: SessieBeleid,
): Promise<{ token: string }> {
  const token = randomBytes(32).toString("base64url");
  const nu = klok.nu();
  await alsSysteem(db, async (tx) => {
    await tx.insert(sessies).values({
      id: hashToken(token),
      medewerkerId: gebruiker.id,
      gemeenteCode: gebruiker.gemeenteCode,
      methode,
      aangemaaktOp: nu,
      laatstActiefOp: nu,
      verlooptOp: new Date(nu.getTime() + beleid.absoluutUren * 3_600_000),
    });
    await tx.update(gebruikers).set({ laatstIngelogdOp: nu }).where(eq(gebruikers.id, gebruiker.id));
    // Housekeeping: drop this user's expired sessions.
    await tx.delete(sessies).where(and(eq(sessies.medewerkerId, gebruiker.id), lt(sessies.verlooptOp, nu)));
  });
  return { token };
}

/**
 * Looks up a session by its cookie token and slides the idle timeout. Returns undefined when
 * the session is unknown, idle too long, past its absolute lifetime, or the user is inactive.
 */
export async function zoekSessie(
  db: Db,
  token: string,
  beleid: SessieBeleid,
  nu = klok.nu(),
): Promise<Ingelogd | undefined> {
  const id = hashToken(token);
  // One round trip per request: session, user, gemeente and active vakgroepen together (no transaction).
  const rows = await db
    .select({
      vakgroepen: sql<string[]>`array(
        select v.code from ${gebruikerVakgroepen} gv join ${vakgroepen} v on v.id = gv.vakgroep_id
        where gv.gebruiker_id = ${gebruikers.id} and v.actief order by v.code)`,
      sessie: sessies,
      gebruiker: {
        id: gebruikers.id,
        gebruikersnaam: gebruikers.gebruikersnaam,
        naam: gebruikers.naam,
        rollen: gebruikers.rollen,
        actief: gebruikers.actief,
      },
      gemeente: gemeenten,
    })
    .from(sessies)
    .innerJoin(gebruikers, eq(gebruikers.id, sessies.medewerkerId))
    .innerJoin(gemeenten, eq(gemeenten.code, sessies.gemeenteCode))
    .where(eq(sessies.id, id));
  const row = rows[0];
  if (!row) return undefined;
  const idleGrens = new Date(row.sessie.laatstActiefOp.getTime() + beleid.idleMinuten * 60_000);
  if (!row.gebruiker.actief || nu > row.sessie.verlooptOp || nu > idleGrens) {
    await db.delete(sessies).where(eq(sessies.id, id));
    return undefined;
  }
  // Slide the idle window, but write at most every 15 seconds per session.
  let laatstActief = row.sessie.laatstActiefOp;
  if (nu.getTime() - laatstActief.getTime() > 15_000) {
    await db.update(sessies).set({ laatstActiefOp: nu }).where(eq(sessies.id, id));
    laatstActief = nu;
  }
  const idleVerlooptOp = new Date(laatstActief.getTime() + beleid.idleMinuten * 60_000);
  return {
    sessieId: id,
    medewerkerId: row.gebruiker.id,
    gebruikersnaam: row.gebruiker.gebruikersnaam,
    naam: row.gebruiker.naam,
    gemeente: { code: row.gemeente.code, naam: row.gemeente.naam },
    samenwerkingsverbandCode: row.gemeente.samenwerkingsverbandCode,
    rollen: row.gebruiker.rollen,
    vakgroepen: row.vakgroepen,
    verlooptOp: row.sessie.verlooptOp,
    idleVerlooptOp: idleVerlooptOp < row.sessie.verlooptOp ? idleVerlooptOp : row.sessie.verlooptOp,
  };
}

export async function beeindigSessie(db: Db, sessieId: string): Promise<void> {
  await alsSysteem(db, (tx) => tx.delete(sessies).where(eq(sessies.id, sessieId)));
}

/**
 * Ends the session behind a cookie token, whoever it belongs to: called when the same client logs in again,
 * so a session id an attacker planted (session fixation) or an old one never lives on next to the new one.
 */
export async function beeindigSessieMetToken(db: Db, token: string): Promise<void> {
  await beeindigSessie(db, hashToken(token));
}

/** Ends every session of a user (deactivated, password reset). */
export async function beeindigSessiesVan(db: Db, medewerkerId: string): Promise<void> {
  await alsSysteem(db, (tx) => tx.delete(sessies).where(eq(sessies.medewerkerId, medewerkerId)));
}

export async function ruimVerlopenSessiesOp(db: Db, nu = klok.nu()): Promise<void> {
  await alsSysteem(db, (tx) => tx.execute(sql`delete from sessies where verloopt_op < ${nu}`));
}
