/**
 * Data access of the Wmo themes (domain/wmo): the answers per theme on a zaak, the gemeente's normenkader versions,
 * the hulpmiddelen verstrekt and the CAK notices. Runs in the caller's gemeente transaction (RLS).
 */
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Executor, Tx } from "./client";
import { cakMeldingen, hhNormenkaders, hulpmiddelVerstrekkingen, wmoThemas } from "./schema";

export type WmoThemaRij = typeof wmoThemas.$inferSelect;
export type VerstrekkingRij = typeof hulpmiddelVerstrekkingen.$inferSelect;
export type CakMeldingRij = typeof cakMeldingen.$inferSelect;

const GEMEENTE = sql`voordeur_gemeente()::bpchar`;

export const themasVanZaak = (tx: Executor, zaakId: string): Promise<WmoThemaRij[]> =>
  tx.select().from(wmoThemas).where(eq(wmoThemas.zaakId, zaakId)).orderBy(asc(wmoThemas.thema));

/** Sets a theme's answers on a zaak (the zaak's versie guards the change; one row per zaak and theme). */
export async function bewaarThema(
  tx: Tx,
  rij: Pick<WmoThemaRij, "zaakId" | "thema" | "antwoorden" | "huishouden" | "vastgelegdDoor">,
): Promise<void> {
  await tx
    .insert(wmoThemas)
    .values({ ...rij, gemeenteCode: GEMEENTE })
    .onConflictDoUpdate({
      target: [wmoThemas.zaakId, wmoThemas.thema],
      set: {
        antwoorden: rij.antwoorden,
        huishouden: rij.huishouden,
        vastgelegdDoor: rij.vastgelegdDoor,
        gewijzigdOp: sql`now()`,
      },
    });
}

export async function nieuwsteNormenkader(tx: Executor) {
  const [rij] = await tx.select().from(hhNormenkaders).orderBy(desc(hhNormenkaders.versie)).limit(1);
  return rij ?? null;
}

export async function voegNormenkaderToe(
  tx: Tx,
  versie: number,
  kader: unknown,
  door: string,
): Promise<void> {
  await tx.insert(hhNormenkaders).values({ gemeenteCode: GEMEENTE, versie, kader, vastgesteldDoor: door });
}

export const verstrekkingenVanZaak = (tx: Executor, zaakId: string): Promise<VerstrekkingRij[]> =>
  tx
    .select()
    .from(hulpmiddelVerstrekkingen)
    .where(eq(hulpmiddelVerstrekkingen.zaakId, zaakId))
    .orderBy(asc(hulpmiddelVerstrekkingen.vastgelegdOp));

export async function voegVerstrekkingToe(
  tx: Tx,
  rij: Omit<
    typeof hulpmiddelVerstrekkingen.$inferInsert,
    "gemeenteCode" | "id" | "vastgelegdOp" | "ingenomenOp"
  >,
): Promise<void> {
  await tx.insert(hulpmiddelVerstrekkingen).values({ ...rij, gemeenteCode: GEMEENTE });
}

export async function neemIn(tx: Tx, zaakId: string, id: string, op: string): Promise<void> {
  await tx
    .update(hulpmiddelVerstrekkingen)
    .set({ ingenomenOp: op })
    .where(and(eq(hulpmiddelVerstrekkingen.id, id), eq(hulpmiddelVerstrekkingen.zaakId, zaakId)));
}

export const cakMeldingenVanZaak = (tx: Executor, zaakId: string): Promise<CakMeldingRij[]> =>
  tx
    .select()
    .from(cakMeldingen)
    .where(eq(cakMeldingen.zaakId, zaakId))
    .orderBy(asc(cakMeldingen.ingangsdatum));

export async function voegCakMeldingToe(
  tx: Tx,
  rij: Omit<typeof cakMeldingen.$inferInsert, "gemeenteCode" | "id" | "vastgelegdOp">,
): Promise<void> {
  await tx.insert(cakMeldingen).values({ ...rij, gemeenteCode: GEMEENTE });
}
