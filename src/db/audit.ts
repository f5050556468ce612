import { and, asc, desc, eq, gt, sql } from "drizzle-orm";
import { type AuditInhoud, type AuditRegel, BEGIN_HASH, ketenAan } from "../domain/audit/keten";
import { type Executor, rijen, type Tx } from "./client";
import { auditLog } from "./schema";

export interface AuditActor {
  gemeenteCode: string;
  gebruikerId: string | null;
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

/**
 * Appends entries to the gemeente's audit chain inside the caller's transaction, so the entry exists
 * exactly when the read or change it records committed. A transaction-scoped advisory lock per gemeente
 * keeps the chain linear when several app processes write at once.
 */
export async function schrijfAudit(tx: Tx, actor: AuditActor, feiten: readonly AuditFeit[]): Promise<void> {
  if (feiten.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`voordeur.audit.${actor.gemeenteCode}`}))`);
  const [laatste] = await tx
    .select({ hash: auditLog.hash })
    .from(auditLog)
    .where(eq(auditLog.gemeenteCode, actor.gemeenteCode))
    .orderBy(desc(auditLog.id))
    .limit(1);
  const tijdstip = new Date().toISOString();
  const inhoud: AuditInhoud[] = feiten.map((f) => ({
    gemeenteCode: actor.gemeenteCode,
    tijdstip,
    gebruikerId: actor.gebruikerId,
    gebruikersnaam: actor.gebruikersnaam,
    rollen: actor.rollen,
    actie: f.actie,
    resource: f.resource,
    persoonId: f.persoonId,
    reden: f.reden,
    requestId: actor.requestId,
  }));
  const regels = ketenAan(laatste?.hash ?? BEGIN_HASH, inhoud);
  await tx.insert(auditLog).values(regels.map((r) => ({ ...r, rollen: [...r.rollen] })));
}

export interface AuditPagina {
  items: { tijdstip: string; gebruikersnaam: string; actie: string; resource: string; reden: string }[];
  totaal: number;
}

/** Who read or changed what of one person, newest first. */
export async function auditVanPersoon(
  tx: Executor,
  gemeenteCode: string,
  persoonId: string,
  pagina: number,
  perPagina: number,
): Promise<AuditPagina> {
  const waar = and(eq(auditLog.gemeenteCode, gemeenteCode), eq(auditLog.persoonId, persoonId));
  const items = await tx
    .select({
      tijdstip: auditLog.tijdstip,
      gebruikersnaam: auditLog.gebruikersnaam,
      actie: auditLog.actie,
      resource: auditLog.resource,
      reden: auditLog.reden,
    })
    .from(auditLog)
    .where(waar)
    .orderBy(desc(auditLog.id))
    .limit(perPagina)
    .offset((pagina - 1) * perPagina);
  const [telling] = await tx.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(waar);
  return {
    items: items.map((i) => ({ ...i, tijdstip: new Date(i.tijdstip).toISOString() })),
    totaal: telling?.n ?? 0,
  };
}

/** Reads a gemeente's chain in id order, in batches (for verification of millions of entries). */
export async function* leesKeten(
  db: Executor,
  gemeenteCode: string,
  batch = 5000,
): AsyncGenerator<AuditRegel[]> {
  let vanaf = 0;
  for (;;) {
    const regels = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.gemeenteCode, gemeenteCode), gt(auditLog.id, vanaf)))
      .orderBy(asc(auditLog.id))
      .limit(batch);
    if (regels.length === 0) return;
    yield regels;
    vanaf = regels.at(-1)?.id ?? vanaf;
    if (regels.length < batch) return;
  }
}

/** The gemeenten that have audit entries. */
export async function gemeentenMetAudit(db: Executor): Promise<string[]> {
  const r = await rijen<{ gemeente_code: string }>(
    db,
    sql`select distinct gemeente_code from audit_log order by 1`,
  );
  return r.map((x) => x.gemeente_code);
}
