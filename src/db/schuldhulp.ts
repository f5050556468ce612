/**
 * Data access of schuldhulp (domain/schuldhulp): the plan van aanpak's steps and the Pw voorschotten, both appended
 * only. Runs in the caller's gemeente transaction (RLS).
 */
import { asc, eq, sql } from "drizzle-orm";
import type { Executor, Tx } from "./client";
import { schuldhulpTreden, voorschotten } from "./schema";

export type TredeRij = typeof schuldhulpTreden.$inferSelect;
export type VoorschotRij = typeof voorschotten.$inferSelect;

const GEMEENTE = sql`voordeur_gemeente()::bpchar`;

export async function tredenVanZaak(tx: Executor, zaakId: string): Promise<TredeRij[]> {
  return tx
    .select()
    .from(schuldhulpTreden)
    .where(eq(schuldhulpTreden.zaakId, zaakId))
    .orderBy(asc(schuldhulpTreden.gestartOp), asc(schuldhulpTreden.vastgelegdOp));
}

export async function voegTredeToe(
  tx: Tx,
  rij: Omit<typeof schuldhulpTreden.$inferInsert, "gemeenteCode" | "id" | "vastgelegdOp">,
): Promise<TredeRij> {
  const [nieuw] = await tx
    .insert(schuldhulpTreden)
    .values({ ...rij, gemeenteCode: GEMEENTE })
    .returning();
  if (!nieuw) throw new Error("trede niet opgeslagen");
  return nieuw;
}

export async function voorschottenVanZaak(tx: Executor, zaakId: string): Promise<VoorschotRij[]> {
  return tx
    .select()
    .from(voorschotten)
    .where(eq(voorschotten.zaakId, zaakId))
    .orderBy(asc(voorschotten.verleendOp), asc(voorschotten.vastgelegdOp));
}

export async function voegVoorschotToe(
  tx: Tx,
  rij: Omit<typeof voorschotten.$inferInsert, "gemeenteCode" | "id" | "vastgelegdOp">,
): Promise<VoorschotRij> {
  const [nieuw] = await tx
    .insert(voorschotten)
    .values({ ...rij, gemeenteCode: GEMEENTE })
    .returning();
  if (!nieuw) throw new Error("voorschot niet opgeslagen");
  return nieuw;
}
