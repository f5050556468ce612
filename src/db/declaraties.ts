/** Persistence of tariffs, expected cost, declaraties and their prestaties (migration 0037). */
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { nu } from "../lib/klok";
import { type Executor, rijen, type Tx } from "./client";
import {
  aanbieders,
  contracten,
  declaraties,
  prestaties,
  type TariefRij,
  tarieven,
  toewijzingen,
  toewijzingKosten,
} from "./schema";

export type { DeclaratieRij, PrestatieRij, TariefRij } from "./schema";

/* ---------- tarieven ---------- */

export async function tarievenVanContracten(tx: Executor, contractIds: readonly string[]) {
  if (contractIds.length === 0) return [];
  return tx
    .select()
    .from(tarieven)
    .where(inArray(tarieven.contractId, [...contractIds]))
    .orderBy(asc(tarieven.productCode), asc(tarieven.van));
}

export async function pgbTarieven(tx: Executor) {
  return tx
    .select()
    .from(tarieven)
    .where(eq(tarieven.soort, "pgb"))
    .orderBy(asc(tarieven.productCode), asc(tarieven.van));
}

export async function haalTarief(tx: Executor, id: string): Promise<TariefRij | undefined> {
  const [rij] = await tx.select().from(tarieven).where(eq(tarieven.id, id)).limit(1);
  return rij;
}

/**
 * The other tariffs of the same product under the same contract (or the pgb tariffs of the product), after
 * taking a transaction lock on that key, so two concurrent additions cannot both pass the overlap check.
 */
export async function tarievenVanProductVergrendeld(
  tx: Tx,
  sleutel: { soort: "zin" | "pgb"; contractId: string | null; wet: "wmo" | "jeugd"; productCode: string },
) {
  const slot = `tarief:${sleutel.contractId ?? "pgb"}:${sleutel.wet}:${sleutel.productCode}`;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${slot}))`);
  return tx
    .select()
    .from(tarieven)
    .where(
      and(
        eq(tarieven.soort, sleutel.soort),
        eq(tarieven.wet, sleutel.wet),
        eq(tarieven.productCode, sleutel.productCode),
        sleutel.contractId ? eq(tarieven.contractId, sleutel.contractId) : isNull(tarieven.contractId),
      ),
    );
}

export async function voegTariefToe(tx: Executor, waarden: typeof tarieven.$inferInsert): Promise<TariefRij> {
  const [rij] = await tx.insert(tarieven).values(waarden).returning();
  if (!rij) throw new Error("insert tarief gaf geen rij terug");
  return rij;
}

export async function werkTariefBij(
  tx: Executor,
  id: string,
  versie: number,
  waarden: Partial<typeof tarieven.$inferInsert>,
): Promise<TariefRij | undefined> {
  const [rij] = await tx
    .update(tarieven)
    .set({ ...waarden, versie: sql`${tarieven.versie} + 1`, gewijzigdOp: nu() })
    .where(and(eq(tarieven.id, id), eq(tarieven.versie, versie)))
    .returning();
  return rij;
}

/** The zin tariffs of every contract of the aanbieder with this AGB-code (for costs and declaraties). */
export async function tarievenVanAgb(tx: Executor, agbCode: string): Promise<TariefRij[]> {
  const lijst = await tx
    .select({ tarief: tarieven })
    .from(tarieven)
    .innerJoin(contracten, eq(contracten.id, tarieven.contractId))
    .innerJoin(aanbieders, eq(aanbieders.id, contracten.aanbiederId))
    .where(and(eq(aanbieders.agbCode, agbCode), eq(tarieven.soort, "zin")))
    .orderBy(asc(tarieven.van));
  return lijst.map((r) => r.tarief);
}

/* ---------- verwachte kosten ---------- */

/** The toewijzingen of the current gemeente for an aanbieder, each with its stored expected cost. */
export async function toewijzingenMetKosten(tx: Executor, agbCode: string) {
  return tx
    .select({ toewijzing: toewijzingen, kosten: toewijzingKosten })
    .from(toewijzingen)
    .leftJoin(toewijzingKosten, eq(toewijzingKosten.toewijzingId, toewijzingen.id))
    .where(eq(toewijzingen.aanbiederAgb, agbCode))
    .orderBy(asc(toewijzingen.toewijzingnummer));
}

export type KostenRij = typeof toewijzingKosten.$inferInsert;

/** Stores (or replaces) the expected cost of toewijzingen, one statement. */
export async function bewaarKosten(tx: Executor, lijst: readonly KostenRij[]): Promise<void> {
  if (lijst.length === 0) return;
  await tx
    .insert(toewijzingKosten)
    .values([...lijst])
    .onConflictDoUpdate({
      target: toewijzingKosten.toewijzingId,
      set: {
        toewijzingVersie: sql`excluded.toewijzing_versie`,
        tarievenStand: sql`excluded.tarieven_stand`,
        bedrag: sql`excluded.bedrag`,
        uitleg: sql`excluded.uitleg`,
        berekendOp: sql`excluded.berekend_op`,
      },
    });
}

/* ---------- declaraties ---------- */

export async function declaratienummerBekend(
  tx: Executor,
  sleutel: { aanbiederAgb: string; wet: "wmo" | "jeugd"; declaratienummer: string },
): Promise<boolean> {
  const [rij] = await tx
    .select({ id: declaraties.id })
    .from(declaraties)
    .where(
      and(
        eq(declaraties.aanbiederAgb, sleutel.aanbiederAgb),
        eq(declaraties.wet, sleutel.wet),
        eq(declaraties.declaratienummer, sleutel.declaratienummer),
      ),
    )
    .limit(1);
  return rij !== undefined;
}

/** Approved prestaties of these toewijzingen. */
export async function goedgekeurdePrestaties(tx: Executor, toewijzingIds: readonly string[]) {
  if (toewijzingIds.length === 0) return [];
  return tx
    .select({
      toewijzingId: prestaties.toewijzingId,
      begindatum: prestaties.begindatum,
      einddatum: prestaties.einddatum,
      volume: prestaties.volume,
      bedrag: prestaties.bedrag,
      debetCredit: prestaties.debetCredit,
    })
    .from(prestaties)
    .where(and(inArray(prestaties.toewijzingId, [...toewijzingIds]), eq(prestaties.goedgekeurd, true)));
}

/** Approved lines per ProductReferentie of an aanbieder: whether a debet and a credit line are known. */
export async function bekendeReferenties(
  tx: Executor,
  sleutel: { aanbiederAgb: string; wet: "wmo" | "jeugd" },
  referenties: readonly string[],
) {
  const uit = new Map<string, { debet: boolean; credit: boolean }>();
  if (referenties.length === 0) return uit;
  const lijst = await tx
    .select({ referentie: prestaties.referentienummer, dc: prestaties.debetCredit })
    .from(prestaties)
    .where(
      and(
        eq(prestaties.aanbiederAgb, sleutel.aanbiederAgb),
        eq(prestaties.wet, sleutel.wet),
        eq(prestaties.goedgekeurd, true),
        inArray(prestaties.referentienummer, [...referenties]),
      ),
    );
  for (const r of lijst) {
    const bekend = uit.get(r.referentie) ?? { debet: false, credit: false };
    if (r.dc === "C") bekend.credit = true;
    else bekend.debet = true;
    uit.set(r.referentie, bekend);
  }
  return uit;
}

export async function slaDeclaratieOp(
  tx: Executor,
  declaratie: typeof declaraties.$inferInsert,
  regels: readonly Omit<typeof prestaties.$inferInsert, "declaratieId">[],
): Promise<{ id: string }> {
  const [rij] = await tx.insert(declaraties).values(declaratie).returning({ id: declaraties.id });
  if (!rij) throw new Error("insert declaratie gaf geen rij terug");
  if (regels.length > 0)
    await tx.insert(prestaties).values(regels.map((r) => ({ ...r, declaratieId: rij.id })));
  return rij;
}

export async function werkAntwoordBij(
  tx: Executor,
  berichtId: string,
  antwoord: { antwoordBerichtId: string; beantwoordOp: string },
): Promise<void> {
  await tx.update(declaraties).set(antwoord).where(eq(declaraties.berichtId, berichtId));
}

export async function declaratiesVanAgb(tx: Executor, agbCode: string, aantal = 20) {
  return tx
    .select()
    .from(declaraties)
    .where(eq(declaraties.aanbiederAgb, agbCode))
    .orderBy(sql`${declaraties.aangemaaktOp} desc`)
    .limit(aantal);
}

/* ---------- besteding ---------- */

/** Approved spending (signed eurocent) and volume per toewijzing of an aanbieder in the current gemeente. */
export async function gedeclareerdPerToewijzing(tx: Executor, agbCode: string) {
  return rijen<{ toewijzing_id: string; bedrag: string | number; volume: string | number }>(
    tx,
    sql`select toewijzing_id,
          sum(case when debet_credit = 'C' then -bedrag else bedrag end) as bedrag,
          sum(case when debet_credit = 'C' then -volume else volume end) as volume
        from prestaties
        where aanbieder_agb = ${agbCode} and goedgekeurd and toewijzing_id is not null
        group by toewijzing_id`,
  );
}
