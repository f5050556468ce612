import { createHash, randomBytes } from "node:crypto";
import { and, eq, lt, sql } from "drizzle-orm";
import type { Db, Executor, Tx } from "../db/client";
import { gebruikers, gebruikerVakgroepen, gemeenten, sessies, vakgroepen } from "../db/schema";
import { alsSysteem, tenantInstellingen } from "../db/tenant";
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

function sessieSelectie(executor: Executor, id: string, metTenant: boolean) {
  // Session, user, gemeente and active vakgroepen together: one round trip (no transaction of its own).
  return executor
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
      tenant: metTenant
        ? tenantInstellingen(sql`${gemeenten.code}`, sql`${gemeenten.samenwerkingsverbandCode}`)
        : sql<string>`''`,
    })
    .from(sessies)
    .innerJoin(gebruikers, eq(gebruikers.id, sessies.medewerkerId))
    .innerJoin(gemeenten, eq(gemeenten.code, sessies.gemeenteCode))
    .where(eq(sessies.id, id));
}

type Sessierij = Awaited<ReturnType<typeof sessieSelectie>>[number];

/** What a session row means now: valid (and whether its idle window should slide), ended, or unknown. */
type Sessieoordeel = { wie: Ingelogd; schuiven: boolean } | { wie: undefined; verlopen: boolean };

function beoordeel(row: Sessierij | undefined, id: string, beleid: SessieBeleid, nu: Date): Sessieoordeel {
  if (!row) return { wie: undefined, verlopen: false };
  const idleGrens = new Date(row.sessie.laatstActiefOp.getTime() + beleid.idleMinuten * 60_000);
  if (!row.gebruiker.actief || nu > row.sessie.verlooptOp || nu > idleGrens)
    return { wie: undefined, verlopen: true };
  // Slide the idle window, but write at most every 15 seconds per session.
  const schuiven = nu.getTime() - row.sessie.laatstActiefOp.getTime() > 15_000;
  const laatstActief = schuiven ? nu : row.sessie.laatstActiefOp;
  const idleVerlooptOp = new Date(laatstActief.getTime() + beleid.idleMinuten * 60_000);
  return {
    schuiven,
    wie: {
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
    },
  };
}

/** The housekeeping after a lookup: an ended session is removed, an active one's idle window slides. */
async function naLookup(db: Db, id: string, oordeel: Sessieoordeel, nu: Date): Promise<void> {
  if (!oordeel.wie && oordeel.verlopen) await db.delete(sessies).where(eq(sessies.id, id));
  if (oordeel.wie && oordeel.schuiven)
    await db.update(sessies).set({ laatstActiefOp: nu }).where(eq(sessies.id, id));
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
  const [row] = await sessieSelectie(db, id, false);
  const oordeel = beoordeel(row, id, beleid, nu);
  await naLookup(db, id, oordeel, nu);
  return oordeel.wie;
}

const GEEN_SESSIE = Symbol("geen sessie");

/**
 * A request's work inside the gemeente of its session: the session lookup and the tenant settings
 * (db/tenant.ts#tenantInstellingen) are one statement at the start of the transaction, so a request pays one
 * round trip for both and never sees a session that ended a moment ago (no cache to invalidate). Without a valid
 * session nothing of `work` runs and `wie` is undefined.
 */
export async function inSessie<T>(
  db: Db,
  token: string,
  beleid: SessieBeleid,
  work: (tx: Tx, wie: Ingelogd) => Promise<T>,
  nu = klok.nu(),
): Promise<{ wie: Ingelogd; uitkomst: T } | { wie: undefined }> {
  const id = hashToken(token);
  const gevonden: { oordeel: Sessieoordeel } = { oordeel: { wie: undefined, verlopen: false } };
  try {
    const { wie, uitkomst } = await db.transaction(async (tx) => {
      const [row] = await sessieSelectie(tx, id, true);
      const oordeel = beoordeel(row, id, beleid, nu);
      gevonden.oordeel = oordeel;
      if (!oordeel.wie) throw GEEN_SESSIE; // rolls the tenant settings back with the transaction
      return { wie: oordeel.wie, uitkomst: await work(tx, oordeel.wie) };
    });
    // The work committed: a failing slide must not turn its answer into an error (it slides on a next request).
    await naLookup(db, id, gevonden.oordeel, nu).catch(() => {});
    return { wie, uitkomst };
  } catch (fout) {
    if (fout !== GEEN_SESSIE) throw fout;
    await naLookup(db, id, gevonden.oordeel, nu);
    return { wie: undefined };
  }
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
