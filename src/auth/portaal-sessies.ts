/**
 * A resident's session in Mijn Voordeur (issue 16): its own cookie, table and shorter lifetime than a medewerker's
 * (config.portaal.sessie: 15 minutes idle, 2 hours at most), so a medewerker session never opens the portal and a
 * portal session never opens the staff API. The token is random; only its SHA-256 is stored. CSRF: the cookie is
 * SameSite=Strict and every change is a JSON body, which a cross-site form cannot send.
 */
import { createHash, randomBytes } from "node:crypto";
import { and, eq, lt } from "drizzle-orm";
import type { Db, Tx } from "../db/client";
import { gemeenten, personen, portaalSessies } from "../db/schema";
import { alsSysteem, inGemeente } from "../db/tenant";
import * as klok from "../lib/klok";
import type { SessieBeleid } from "./sessies";

export const PORTAAL_COOKIE = "voordeur_portaal";
/** The cookie is sent to the portal API only. */
export const PORTAAL_COOKIE_PAD = "/api/portaal";

/** The logged-in resident as every portal request sees it. */
export interface Inwoner {
  sessieId: string;
  persoonId: string;
  /** For whom they act now (themselves, or a person they represent). */
  namensPersoonId: string;
  gemeente: { code: string; naam: string };
  samenwerkingsverbandCode: string;
  methode: "oidc" | "demo";
  verlooptOp: Date;
  idleVerlooptOp: Date;
}

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

export async function maakPortaalSessie(
  db: Db,
  inwoner: { gemeenteCode: string; persoonId: string },
  methode: Inwoner["methode"],
  beleid: SessieBeleid,
): Promise<{ token: string }> {
  const token = randomBytes(32).toString("base64url");
  const nu = klok.nu();
  await alsSysteem(db, async (tx) => {
    await tx.insert(portaalSessies).values({
      id: hash(token),
      gemeenteCode: inwoner.gemeenteCode,
      persoonId: inwoner.persoonId,
      namensPersoonId: inwoner.persoonId,
      methode,
      aangemaaktOp: nu,
      laatstActiefOp: nu,
      verlooptOp: new Date(nu.getTime() + beleid.absoluutUren * 3_600_000),
    });
    await tx
      .delete(portaalSessies)
      .where(and(eq(portaalSessies.persoonId, inwoner.persoonId), lt(portaalSessies.verlooptOp, nu)));
  });
  return { token };
}

/** The session behind a token now, sliding its idle window; undefined when unknown, idle too long or past its end. */
export async function zoekPortaalSessie(
  db: Db,
  token: string,
  beleid: SessieBeleid,
  nu = klok.nu(),
): Promise<Inwoner | undefined> {
  const id = hash(token);
  return alsSysteem(db, async (tx) => {
    const [rij] = await tx
      .select({ sessie: portaalSessies, gemeente: gemeenten, actief: personen.id })
      .from(portaalSessies)
      .innerJoin(gemeenten, eq(gemeenten.code, portaalSessies.gemeenteCode))
      .innerJoin(personen, eq(personen.id, portaalSessies.persoonId))
      .where(eq(portaalSessies.id, id));
    if (!rij) return undefined;
    const idleGrens = new Date(rij.sessie.laatstActiefOp.getTime() + beleid.idleMinuten * 60_000);
    if (nu > rij.sessie.verlooptOp || nu > idleGrens) {
      await tx.delete(portaalSessies).where(eq(portaalSessies.id, id));
      return undefined;
    }
    await tx.update(portaalSessies).set({ laatstActiefOp: nu }).where(eq(portaalSessies.id, id));
    const idle = new Date(nu.getTime() + beleid.idleMinuten * 60_000);
    return {
      sessieId: id,
      persoonId: rij.sessie.persoonId,
      namensPersoonId: rij.sessie.namensPersoonId,
      gemeente: { code: rij.gemeente.code, naam: rij.gemeente.naam },
      samenwerkingsverbandCode: rij.gemeente.samenwerkingsverbandCode,
      methode: rij.sessie.methode,
      verlooptOp: rij.sessie.verlooptOp,
      idleVerlooptOp: idle < rij.sessie.verlooptOp ? idle : rij.sessie.verlooptOp,
    };
  });
}

/** Runs `work` inside the resident's gemeente (row-level security). */
export function inGemeenteVanInwoner<T>(db: Db, inwoner: Inwoner, work: (tx: Tx) => Promise<T>): Promise<T> {
  return inGemeente(
    db,
    { gemeenteCode: inwoner.gemeente.code, samenwerkingsverbandCode: inwoner.samenwerkingsverbandCode },
    work,
  );
}

/** Records for whom the resident acts from now on (checked by the caller: portaal/namens.ts). */
export async function zetNamens(db: Db, sessieId: string, namensPersoonId: string): Promise<void> {
  await alsSysteem(db, (tx) =>
    tx.update(portaalSessies).set({ namensPersoonId }).where(eq(portaalSessies.id, sessieId)),
  );
}

export async function beeindigPortaalSessie(db: Db, token: string): Promise<void> {
  await alsSysteem(db, (tx) => tx.delete(portaalSessies).where(eq(portaalSessies.id, hash(token))));
}
