import { and, asc, desc, eq, gt, gte, isNotNull, isNull, lt, lte, sql } from "drizzle-orm";
import { type AuditRegel, BEGIN_HASH, ketenAan } from "../domain/audit/keten";
import { nu } from "../lib/klok";
import { type Db, type Executor, rijen, type Tx } from "./client";
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

/** Independent hash chains per gemeente: the chainer links them apart, and each is verified on its own. */
export const AANTAL_KETENS = 8;

/**
 * Appends entries to the gemeente's audit trail inside the caller's transaction, so the entry exists exactly
 * when the read or change it records committed: one INSERT, no lock. The rows are linked into their chain
 * afterwards, off the request path, by the chainer (src/audit/schakelaar.ts → `schakelBatch`).
 */
export async function schrijfAudit(tx: Tx, actor: AuditActor, feiten: readonly AuditFeit[]): Promise<void> {
  if (feiten.length === 0) return;
  const keten = Math.floor(Math.random() * AANTAL_KETENS);
  const tijdstip = nu().toISOString();
  await tx.insert(auditLog).values(
    feiten.map((f) => ({
      gemeenteCode: actor.gemeenteCode,
      keten,
      tijdstip,
      medewerkerId: actor.medewerkerId,
      gebruikersnaam: actor.gebruikersnaam,
      rollen: [...actor.rollen],
      actie: f.actie,
      resource: f.resource,
      persoonId: f.persoonId,
      reden: f.reden,
      requestId: actor.requestId,
    })),
  );
}

/** The chains with committed rows the chainer has not linked yet. */
export async function ketensMetOngeschakeld(
  db: Executor,
): Promise<{ gemeenteCode: string; keten: number }[]> {
  const r = await rijen<{ gemeente_code: string; keten: number }>(
    db,
    sql`select distinct gemeente_code, keten from audit_log where hash is null order by 1, 2`,
  );
  return r.map((x) => ({ gemeenteCode: x.gemeente_code, keten: Number(x.keten) }));
}

/**
 * Links up to `grootte` committed unlinked rows of one chain onto its head, in id order, and returns how many.
 * Returns undefined when another process holds the chain (it links them). Runs as the table owner: the app
 * role may only insert and select, so no request can write a hash.
 */
export async function schakelBatch(
  db: Db,
  gemeenteCode: string,
  keten: number,
  grootte: number,
): Promise<number | undefined> {
  return db.transaction(async (tx) => {
    const [slot] = await rijen<{ ok: boolean }>(
      tx,
      sql`select pg_try_advisory_xact_lock(hashtext(${`voordeur.audit.${gemeenteCode}.${keten}`})) as ok`,
    );
    if (!slot?.ok) return undefined;
    // New statements after the lock: they see what the previous holder committed.
    const kop = await ketenkop(tx, gemeenteCode, keten);
    const open = await tx
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.gemeenteCode, gemeenteCode), eq(auditLog.keten, keten), isNull(auditLog.hash)))
      .orderBy(asc(auditLog.id))
      .limit(grootte);
    if (open.length === 0) return 0;
    const eerste = (kop?.volgnummer ?? 0) + 1;
    const geschakeld = ketenAan(kop?.hash ?? BEGIN_HASH, open).map((r, i) => ({
      id: r.id,
      vorigeHash: r.vorigeHash,
      hash: r.hash,
      volgnummer: eerste + i,
    }));
    await tx.execute(sql`
      update audit_log a set vorige_hash = v.vorige_hash, hash = v.hash, volgnummer = v.volgnummer
      from jsonb_to_recordset(${JSON.stringify(
        geschakeld.map((g) => ({
          id: g.id,
          vorige_hash: g.vorigeHash,
          hash: g.hash,
          volgnummer: g.volgnummer,
        })),
      )}::jsonb) as v(id bigint, vorige_hash text, hash text, volgnummer bigint)
      where a.id = v.id and a.hash is null`);
    return open.length;
  });
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

/** Reads one chain's linked rows in chain order, in batches (for verification of millions of entries). */
export async function* leesKeten(
  db: Executor,
  gemeenteCode: string,
  keten: number,
  batch = 5000,
): AsyncGenerator<AuditRegel[]> {
  let vanaf = 0;
  for (;;) {
    const regels = (await db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.gemeenteCode, gemeenteCode),
          eq(auditLog.keten, keten),
          gt(auditLog.volgnummer, vanaf),
        ),
      )
      .orderBy(asc(auditLog.volgnummer))
      .limit(batch)) as (typeof auditLog.$inferSelect & {
      vorigeHash: string;
      hash: string;
      volgnummer: number;
    })[];
    if (regels.length === 0) return;
    yield regels;
    vanaf = regels.at(-1)?.volgnummer ?? vanaf;
    if (regels.length < batch) return;
  }
}

/** The chains that have linked entries: (gemeente, keten). */
export async function ketensMetAudit(db: Executor): Promise<{ gemeenteCode: string; keten: number }[]> {
  const r = await rijen<{ gemeente_code: string; keten: number }>(
    db,
    sql`select distinct gemeente_code, keten from audit_log where volgnummer is not null order by 1, 2`,
  );
  return r.map((x) => ({ gemeenteCode: x.gemeente_code, keten: Number(x.keten) }));
}

export interface Schakel {
  id: number;
  hash: string;
  volgnummer: number;
}

const schakelKolommen = { id: auditLog.id, hash: auditLog.hash, volgnummer: auditLog.volgnummer };

/** The last linked row of one chain (its head), or undefined when nothing is linked yet. */
export async function ketenkop(
  db: Executor,
  gemeenteCode: string,
  keten: number,
): Promise<Schakel | undefined> {
  const [kop] = await db
    .select(schakelKolommen)
    .from(auditLog)
    .where(
      and(eq(auditLog.gemeenteCode, gemeenteCode), eq(auditLog.keten, keten), isNotNull(auditLog.volgnummer)),
    )
    .orderBy(desc(auditLog.volgnummer))
    .limit(1);
  return kop as Schakel | undefined;
}

/** One linked row of a chain by id, or undefined when it is not there (or not linked). */
export async function schakelVanRegel(
  db: Executor,
  gemeenteCode: string,
  keten: number,
  id: number,
): Promise<Schakel | undefined> {
  const [regel] = await db
    .select(schakelKolommen)
    .from(auditLog)
    .where(
      and(
        eq(auditLog.gemeenteCode, gemeenteCode),
        eq(auditLog.keten, keten),
        eq(auditLog.id, id),
        isNotNull(auditLog.volgnummer),
      ),
    );
  return regel as Schakel | undefined;
}

/** Linked rows of a chain with `na` < volgnummer ≤ `totEnMet` (an index range scan on audit_log_keten_idx). */
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
        where gemeente_code = ${gemeenteCode} and keten = ${keten} and volgnummer > ${na} and volgnummer <= ${totEnMet}`,
  );
  return Number(r?.n ?? 0);
}
