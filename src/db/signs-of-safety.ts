/**
 * Data access of Signs of Safety (domain/signs-of-safety). Runs in the caller's gemeente transaction (RLS); the
 * whole changes only on the versie the caller saw; scale scores are appended, never changed.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor, Tx } from "./client";
import { signsOfSafety, veiligheidsplannen, veiligheidsschaalscores } from "./schema";

export type SignsOfSafetyRij = typeof signsOfSafety.$inferSelect;
export type SchaalscoreRij = typeof veiligheidsschaalscores.$inferSelect;
export type VeiligheidsplanRij = typeof veiligheidsplannen.$inferSelect;

const GEMEENTE = sql`voordeur_gemeente()::bpchar`;

/** Starts Signs of Safety on a zaak; undefined when it runs there already (unique index). */
export async function voegSignsOfSafetyToe(
  tx: Tx,
  zaakId: string,
  gestartDoor: string,
): Promise<SignsOfSafetyRij | undefined> {
  const [rij] = await tx
    .insert(signsOfSafety)
    .values({ zaakId, gestartDoor, gemeenteCode: GEMEENTE })
    .onConflictDoNothing()
    .returning();
  return rij;
}

export async function signsOfSafetyVanZaak(
  tx: Executor,
  zaakId: string,
): Promise<SignsOfSafetyRij | undefined> {
  const [rij] = await tx.select().from(signsOfSafety).where(eq(signsOfSafety.zaakId, zaakId)).limit(1);
  return rij;
}

/** Raises the versie (and the mapping when given) on the versie the caller saw; undefined = changed in between. */
export async function werkSignsOfSafetyBij(
  tx: Tx,
  id: string,
  versie: number,
  mapping?: unknown,
): Promise<SignsOfSafetyRij | undefined> {
  const [rij] = await tx
    .update(signsOfSafety)
    .set({
      ...(mapping !== undefined ? { mapping } : {}),
      gewijzigdOp: sql`now()`,
      versie: sql`${signsOfSafety.versie} + 1`,
    })
    .where(and(eq(signsOfSafety.id, id), eq(signsOfSafety.versie, versie)))
    .returning();
  return rij;
}

export function schaalscoresVan(tx: Executor, signsOfSafetyId: string): Promise<SchaalscoreRij[]> {
  return tx
    .select()
    .from(veiligheidsschaalscores)
    .where(eq(veiligheidsschaalscores.signsOfSafetyId, signsOfSafetyId))
    .orderBy(asc(veiligheidsschaalscores.datum), asc(veiligheidsschaalscores.vastgelegdOp));
}

export async function voegSchaalscoresToe(
  tx: Tx,
  rijen: readonly Omit<typeof veiligheidsschaalscores.$inferInsert, "id" | "gemeenteCode">[],
): Promise<void> {
  if (rijen.length === 0) return;
  await tx.insert(veiligheidsschaalscores).values(rijen.map((r) => ({ ...r, gemeenteCode: GEMEENTE })));
}

export async function veiligheidsplanVan(
  tx: Executor,
  signsOfSafetyId: string,
): Promise<VeiligheidsplanRij | undefined> {
  const [rij] = await tx
    .select()
    .from(veiligheidsplannen)
    .where(eq(veiligheidsplannen.signsOfSafetyId, signsOfSafetyId))
    .limit(1);
  return rij;
}

export type PlanWaarden = Pick<VeiligheidsplanRij, "status" | "afspraken" | "ondertekening" | "evaluaties">;

/** Writes the plan (one per Signs of Safety); the caller holds the whole's versie. */
export async function bewaarVeiligheidsplan(
  tx: Tx,
  signsOfSafetyId: string,
  waarden: PlanWaarden,
): Promise<void> {
  await tx
    .insert(veiligheidsplannen)
    .values({ signsOfSafetyId, ...waarden, gemeenteCode: GEMEENTE })
    .onConflictDoUpdate({
      target: veiligheidsplannen.signsOfSafetyId,
      set: { ...waarden, gewijzigdOp: sql`now()` },
    });
}
