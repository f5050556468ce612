import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor, Tx } from "./client";
import { planHandtekeningen } from "./schema";

export type PlanHandtekeningRij = typeof planHandtekeningen.$inferSelect;

/** The signatures on one version of a plan, oldest first. */
export function handtekeningenVan(tx: Executor, planId: string, planVersie: number) {
  return tx
    .select()
    .from(planHandtekeningen)
    .where(and(eq(planHandtekeningen.planId, planId), eq(planHandtekeningen.planVersie, planVersie)))
    .orderBy(asc(planHandtekeningen.getekendOp));
}

/** Records a signature; undefined when this person already signed this version (a request sent twice). */
export async function voegHandtekeningToe(
  tx: Tx,
  waarden: Omit<typeof planHandtekeningen.$inferInsert, "gemeenteCode" | "id" | "getekendOp">,
): Promise<PlanHandtekeningRij | undefined> {
  const [rij] = await tx
    .insert(planHandtekeningen)
    .values({ ...waarden, gemeenteCode: sql`voordeur_gemeente()::bpchar` })
    .onConflictDoNothing()
    .returning();
  return rij;
}
