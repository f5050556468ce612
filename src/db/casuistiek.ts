import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import { nu } from "../lib/klok";
import type { Executor } from "./client";
import {
  casuistiekAgendapunten,
  casuistiekOverleggen,
  casuistiekToestemmingen,
  gebruikers,
  zaken,
} from "./schema";

/** Data access of the casuïstiekoverleg (inside a gemeente transaction: RLS applies). */

export type OverlegRij = typeof casuistiekOverleggen.$inferSelect;
export type AgendapuntRij = typeof casuistiekAgendapunten.$inferSelect;

export async function voegOverlegToe(tx: Executor, waarden: typeof casuistiekOverleggen.$inferInsert) {
  const [rij] = await tx.insert(casuistiekOverleggen).values(waarden).returning();
  if (!rij) throw new Error("overleg niet opgeslagen");
  return rij;
}

/** Overleggen, the latest date first, with the number of agendapunten. */
export async function lijstOverleggen(tx: Executor, pagina: number, perPagina: number) {
  const items = await tx
    .select({
      overleg: casuistiekOverleggen,
      aantalAgendapunten: sql<number>`(select count(*)::int from ${casuistiekAgendapunten} a where a.overleg_id = ${casuistiekOverleggen.id})`,
    })
    .from(casuistiekOverleggen)
    .orderBy(desc(casuistiekOverleggen.datum), asc(casuistiekOverleggen.id))
    .limit(perPagina)
    .offset((pagina - 1) * perPagina);
  const [telling] = await tx.select({ n: count() }).from(casuistiekOverleggen);
  return { items, totaal: telling?.n ?? 0 };
}

export async function haalOverleg(tx: Executor, id: string): Promise<OverlegRij | undefined> {
  const [rij] = await tx.select().from(casuistiekOverleggen).where(eq(casuistiekOverleggen.id, id)).limit(1);
  return rij;
}

/** The agendapunten of an overleg in the order they were brought in, with their zaak. */
export async function agendaVanOverleg(tx: Executor, overlegId: string) {
  return tx
    .select({ punt: casuistiekAgendapunten, zaak: zaken, uitkomstDoor: gebruikers.naam })
    .from(casuistiekAgendapunten)
    .innerJoin(zaken, eq(zaken.id, casuistiekAgendapunten.zaakId))
    .leftJoin(gebruikers, eq(gebruikers.id, casuistiekAgendapunten.uitkomstDoor))
    .where(eq(casuistiekAgendapunten.overlegId, overlegId))
    .orderBy(asc(casuistiekAgendapunten.ingebrachtOp), asc(casuistiekAgendapunten.id))
    .limit(200);
}

export async function haalAgendapunt(tx: Executor, overlegId: string, id: string) {
  const [rij] = await tx
    .select()
    .from(casuistiekAgendapunten)
    .where(and(eq(casuistiekAgendapunten.id, id), eq(casuistiekAgendapunten.overlegId, overlegId)))
    .limit(1);
  return rij;
}

export async function staatOpAgenda(tx: Executor, overlegId: string, zaakId: string): Promise<boolean> {
  const [rij] = await tx
    .select({ id: casuistiekAgendapunten.id })
    .from(casuistiekAgendapunten)
    .where(and(eq(casuistiekAgendapunten.overlegId, overlegId), eq(casuistiekAgendapunten.zaakId, zaakId)))
    .limit(1);
  return rij !== undefined;
}

export async function voegAgendapuntToe(tx: Executor, waarden: typeof casuistiekAgendapunten.$inferInsert) {
  const [rij] = await tx.insert(casuistiekAgendapunten).values(waarden).returning();
  if (!rij) throw new Error("agendapunt niet opgeslagen");
  return rij;
}

/** Records the outcome only when the agendapunt is still at `versie`; undefined = stale. */
export async function legUitkomstVast(
  tx: Executor,
  id: string,
  versie: number,
  uitkomst: { advies: string; besluiten: string[]; door: string },
) {
  const [rij] = await tx
    .update(casuistiekAgendapunten)
    .set({
      advies: uitkomst.advies,
      besluiten: uitkomst.besluiten,
      uitkomstDoor: uitkomst.door,
      uitkomstOp: nu(),
      versie: sql`${casuistiekAgendapunten.versie} + 1`,
    })
    .where(and(eq(casuistiekAgendapunten.id, id), eq(casuistiekAgendapunten.versie, versie)))
    .returning();
  return rij;
}

/** The agendapunten a zaak was on, with their overleg and outcome. */
export async function agendapuntenVanZaak(tx: Executor, zaakId: string) {
  return tx
    .select({ punt: casuistiekAgendapunten, overleg: casuistiekOverleggen, uitkomstDoor: gebruikers.naam })
    .from(casuistiekAgendapunten)
    .innerJoin(casuistiekOverleggen, eq(casuistiekOverleggen.id, casuistiekAgendapunten.overlegId))
    .leftJoin(gebruikers, eq(gebruikers.id, casuistiekAgendapunten.uitkomstDoor))
    .where(eq(casuistiekAgendapunten.zaakId, zaakId))
    .orderBy(desc(casuistiekOverleggen.datum))
    .limit(50);
}

/** The latest recorded consent of a zaak (with who recorded it), or undefined. */
export async function laatsteToestemming(tx: Executor, zaakId: string) {
  const [rij] = await tx
    .select({ toestemming: casuistiekToestemmingen, vastgelegdDoor: gebruikers.naam })
    .from(casuistiekToestemmingen)
    .innerJoin(gebruikers, eq(gebruikers.id, casuistiekToestemmingen.vastgelegdDoor))
    .where(eq(casuistiekToestemmingen.zaakId, zaakId))
    .orderBy(desc(casuistiekToestemmingen.vastgelegdOp), desc(casuistiekToestemmingen.id))
    .limit(1);
  return rij;
}

export async function voegToestemmingToe(tx: Executor, waarden: typeof casuistiekToestemmingen.$inferInsert) {
  await tx.insert(casuistiekToestemmingen).values(waarden);
}

export async function trekToestemmingIn(tx: Executor, id: string, op: string) {
  await tx
    .update(casuistiekToestemmingen)
    .set({ ingetrokkenOp: op })
    .where(eq(casuistiekToestemmingen.id, id));
}
