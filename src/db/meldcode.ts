/**
 * Data access of the Meldcode (domain/meldcode). Runs in the caller's gemeente transaction (RLS); changes only on
 * the versie the caller saw.
 */
import { and, desc, eq, sql } from "drizzle-orm";
import type { Executor, Tx } from "./client";
import { meldcodes } from "./schema";

export type MeldcodeRij = typeof meldcodes.$inferSelect;

const gemeente = sql`voordeur_gemeente()::bpchar`;

/** Starts a Meldcode; undefined when one already runs on the zaak (partial unique index). */
export async function voegMeldcodeToe(
  tx: Tx,
  waarden: { zaakId: string; auteurId: string },
): Promise<MeldcodeRij | undefined> {
  const [rij] = await tx
    .insert(meldcodes)
    .values({ ...waarden, gemeenteCode: gemeente })
    .onConflictDoNothing()
    .returning();
  return rij;
}

export async function haalMeldcode(tx: Executor, id: string): Promise<MeldcodeRij | undefined> {
  const [rij] = await tx.select().from(meldcodes).where(eq(meldcodes.id, id)).limit(1);
  return rij;
}

/** The Meldcodes of a zaak, newest first. */
export function meldcodesVanZaak(tx: Executor, zaakId: string): Promise<MeldcodeRij[]> {
  return tx
    .select()
    .from(meldcodes)
    .where(eq(meldcodes.zaakId, zaakId))
    .orderBy(desc(meldcodes.gestartOp))
    .limit(50);
}

/** Saves a change on `versie`; undefined = someone changed it in between. */
export async function werkMeldcodeBij(
  tx: Tx,
  id: string,
  versie: number,
  waarden: Partial<
    Pick<MeldcodeRij, "stappen" | "melding" | "status" | "afgeslotenDoor" | "afgeslotenOp" | "afsluiting">
  >,
): Promise<MeldcodeRij | undefined> {
  const [rij] = await tx
    .update(meldcodes)
    .set({ ...waarden, gewijzigdOp: sql`now()`, versie: sql`${meldcodes.versie} + 1` })
    .where(and(eq(meldcodes.id, id), eq(meldcodes.versie, versie)))
    .returning();
  return rij;
}
