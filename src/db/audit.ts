import { and, asc, desc, eq, gt, gte, lt, lte, sql } from "drizzle-orm";
import { type AuditInhoud, type AuditRegel, BEGIN_HASH, ketenAan } from "../domain/audit/keten";
import { nu } from "../lib/klok";
import { type Executor, rijen, type Tx } from "./client";
import { auditLog } from "./schema";

export interface AuditActor {
  gemeenteCode: string;
  medewerkerId: string | null;
  gebruikersnaam: string;
  rollen: readonly string[];
  requestId: string | null;
}

export interface AuditFeit {
  actie: "lezen" | "zoeken" | "aanmaken" | "wijzigen" | "verwijderen" | "exporteren" | "geweigerd";
  resource: string;
  persoonId: string | null;
  reden: string;
}

/** Independent hash chains per gemeente: concurrent requests spread over them instead of queueing on one lock. */
export const AANTAL_KETENS = 8;

/**
 * Appends entries to the gemeente's audit chain inside the caller's transaction, so the entry exists
 * exactly when the read or change it records committed. A transaction-scoped advisory lock per gemeente
 * keeps the chain linear when several app processes write at once.
 */
export async function schrijfAudit(tx: Tx, actor: AuditActor, feiten: readonly AuditFeit[]): Promise<void> {
  if (feiten.length === 0) return;
  const keten = Math.floor(Math.random() * AANTAL_KETENS);
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`voordeur.audit.${actor.gemeenteCode}.${keten}`}))`,
  );
  // A new statement after the lock: its snapshot sees the entry the previous lock holder committed.
  const [laatste] = await tx
    .select({ hash: auditLog.hash })
    .from(auditLog)
    .where(and(eq(auditLog.gemeenteCode, actor.gemeenteCode), eq(auditLog.keten, keten)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  const tijdstip = nu().toISOString();
  const inhoud: AuditInhoud[] = feiten.map((f) => ({
    gemeenteCode: actor.gemeenteCode,
    tijdstip,
    medewerkerId: actor.medewerkerId,
    gebruikersnaam: actor.gebruikersnaam,
    rollen: actor.rollen,
    actie: f.actie,
    resource: f.resource,
    persoonId: f.persoonId,
    reden: f.reden,
    requestId: actor.requestId,
  }));
  const regels = ketenAan(laatste?.hash ?? BEGIN_HASH, inhoud);
  await tx.insert(auditLog).values(regels.map((r) => ({ ...r, keten, rollen: [...r.rollen] })));
}

export interface AuditRij {
  id: number;
  tijdstip: string;
  medewerkerId: string | null;
  gebruikersnaam: string;
  rollen: string[];
  actie: string;
  resource: string;
  persoonId: string | null;
  reden: string;
  requestId: string | null;
}

export interface AuditSelectie {
  persoonId?: string | undefined;
  medewerkerId?: string | undefined;
  actie?: string | undefined;
  vanaf?: Date | undefined;
  voor?: Date | undefined;
  /** Keyset bounds on id (exports walk the log newest first in batches). */
  idTotEnMet?: number | undefined;
  idOnder?: number | undefined;
}

const auditKolommen = {
  id: auditLog.id,
  tijdstip: auditLog.tijdstip,
  medewerkerId: auditLog.medewerkerId,
  gebruikersnaam: auditLog.gebruikersnaam,
  rollen: auditLog.rollen,
  actie: auditLog.actie,
  resource: auditLog.resource,
  persoonId: auditLog.persoonId,
  reden: auditLog.reden,
  requestId: auditLog.requestId,
};

function waarVan(gemeenteCode: string, s: AuditSelectie) {
  return and(
    eq(auditLog.gemeenteCode, gemeenteCode),
    s.persoonId ? eq(auditLog.persoonId, s.persoonId) : undefined,
    s.medewerkerId ? eq(auditLog.medewerkerId, s.medewerkerId) : undefined,
    s.actie ? eq(auditLog.actie, s.actie) : undefined,
    s.vanaf ? gte(auditLog.tijdstip, s.vanaf.toISOString()) : undefined,
    s.voor ? lt(auditLog.tijdstip, s.voor.toISOString()) : undefined,
    s.idTotEnMet !== undefined ? lte(auditLog.id, s.idTotEnMet) : undefined,
    s.idOnder !== undefined ? lt(auditLog.id, s.idOnder) : undefined,
  );
}

const alsRij = (r: AuditRij): AuditRij => ({ ...r, tijdstip: new Date(r.tijdstip).toISOString() });

/** Audit entries that match the selection, newest first, one page (offset) with the total count. */
export async function zoekAuditregels(
  tx: Executor,
  gemeenteCode: string,
  selectie: AuditSelectie,
  pagina: number,
  perPagina: number,
): Promise<{ items: AuditRij[]; totaal: number }> {
  const waar = waarVan(gemeenteCode, selectie);
  const items = await tx
    .select(auditKolommen)
    .from(auditLog)
    .where(waar)
    .orderBy(desc(auditLog.id))
    .limit(perPagina)
    .offset((pagina - 1) * perPagina);
  const [telling] = await tx.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(waar);
  return { items: items.map(alsRij), totaal: telling?.n ?? 0 };
}

/** One batch of matching entries below a keyset cursor (`idOnder`), newest first: exports never hold all rows. */
export async function auditBatch(
  tx: Executor,
  gemeenteCode: string,
  selectie: AuditSelectie,
  grootte: number,
): Promise<AuditRij[]> {
  const rijen = await tx
    .select(auditKolommen)
    .from(auditLog)
    .where(waarVan(gemeenteCode, selectie))
    .orderBy(desc(auditLog.id))
    .limit(grootte);
  return rijen.map(alsRij);
}

/** The newest id of the gemeente's audit log (an export reads up to it, so it is one consistent cut). */
export async function hoogsteAuditId(tx: Executor, gemeenteCode: string): Promise<number> {
  const [r] = await tx
    .select({ id: sql<number | null>`max(${auditLog.id})` })
    .from(auditLog)
    .where(eq(auditLog.gemeenteCode, gemeenteCode));
  return Number(r?.id ?? 0);
}

/** Reads one chain in id order, in batches (for verification of millions of entries). */
export async function* leesKeten(
  db: Executor,
  gemeenteCode: string,
  keten: number,
  batch = 5000,
): AsyncGenerator<AuditRegel[]> {
  let vanaf = 0;
  for (;;) {
    const regels = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.gemeenteCode, gemeenteCode), eq(auditLog.keten, keten), gt(auditLog.id, vanaf)))
      .orderBy(asc(auditLog.id))
      .limit(batch);
    if (regels.length === 0) return;
    yield regels;
    vanaf = regels.at(-1)?.id ?? vanaf;
    if (regels.length < batch) return;
  }
}

/** The chains that have entries: (gemeente, keten). */
export async function ketensMetAudit(db: Executor): Promise<{ gemeenteCode: string; keten: number }[]> {
  const r = await rijen<{ gemeente_code: string; keten: number }>(
    db,
    sql`select distinct gemeente_code, keten from audit_log order by 1, 2`,
  );
  return r.map((x) => ({ gemeenteCode: x.gemeente_code, keten: x.keten }));
}

/** The newest row of one chain (its head), or undefined when the chain is empty. */
export async function ketenkop(
  db: Executor,
  gemeenteCode: string,
  keten: number,
): Promise<{ id: number; hash: string } | undefined> {
  const [kop] = await db
    .select({ id: auditLog.id, hash: auditLog.hash })
    .from(auditLog)
    .where(and(eq(auditLog.gemeenteCode, gemeenteCode), eq(auditLog.keten, keten)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return kop;
}

/** The hash of one row of a chain, or undefined when it is not there. */
export async function hashVanRegel(
  db: Executor,
  gemeenteCode: string,
  keten: number,
  id: number,
): Promise<string | undefined> {
  const [regel] = await db
    .select({ hash: auditLog.hash })
    .from(auditLog)
    .where(and(eq(auditLog.gemeenteCode, gemeenteCode), eq(auditLog.keten, keten), eq(auditLog.id, id)));
  return regel?.hash;
}

/** Rows of a chain with `na` < id ≤ `totEnMet` (an index range scan on audit_log_keten_idx). */
export async function telKeten(
  db: Executor,
  gemeenteCode: string,
  keten: number,
  na: number,
  totEnMet: number,
): Promise<number> {
  const [r] = await rijen<{ n: number }>(
    db,
    sql`select count(*)::int as n from audit_log
        where gemeente_code = ${gemeenteCode} and keten = ${keten} and id > ${na} and id <= ${totEnMet}`,
  );
  return Number(r?.n ?? 0);
}
