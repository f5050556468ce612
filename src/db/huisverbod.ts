/**
 * Data access of the huisverbod (domain/huisverbod). Runs in the caller's gemeente transaction (RLS); changes only
 * on the versie the caller saw.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Executor, Tx } from "./client";
import { huisverboden } from "./schema";

export type HuisverbodRij = typeof huisverboden.$inferSelect;
type Nieuw = typeof huisverboden.$inferInsert;

/** Registers the huisverbod of a zaak; undefined when the zaak has one already (unique index). */
export async function voegHuisverbodToe(
  tx: Tx,
  waarden: Omit<Nieuw, "id" | "gemeenteCode" | "versie">,
): Promise<HuisverbodRij | undefined> {
  const [rij] = await tx
    .insert(huisverboden)
    .values({ ...waarden, gemeenteCode: sql`voordeur_gemeente()::bpchar` })
    .onConflictDoNothing()
    .returning();
  return rij;
}

export async function haalHuisverbod(tx: Executor, id: string): Promise<HuisverbodRij | undefined> {
  const [rij] = await tx.select().from(huisverboden).where(eq(huisverboden.id, id)).limit(1);
  return rij;
}

export async function huisverbodVanZaak(tx: Executor, zaakId: string): Promise<HuisverbodRij | undefined> {
  const [rij] = await tx.select().from(huisverboden).where(eq(huisverboden.zaakId, zaakId)).limit(1);
  return rij;
}

export type HuisverbodWijziging = Partial<
  Pick<
    HuisverbodRij,
    | "verlengingBeslotenOp"
    | "verlengdTot"
    | "verlengingKenmerk"
    | "beeindigdOp"
    | "beeindigingReden"
    | "ggdContacten"
    | "zaakUithuisgeplaatsteId"
    | "zaakAchterblijversId"
  >
>;

/** Saves a change on `versie`; undefined = someone changed it in between. */
export async function werkHuisverbodBij(
  tx: Tx,
  id: string,
  versie: number,
  waarden: HuisverbodWijziging,
): Promise<HuisverbodRij | undefined> {
  const [rij] = await tx
    .update(huisverboden)
    .set({ ...waarden, gewijzigdOp: sql`now()`, versie: sql`${huisverboden.versie} + 1` })
    .where(and(eq(huisverboden.id, id), eq(huisverboden.versie, versie)))
    .returning();
  return rij;
}
