import { and, desc, eq, lte } from "drizzle-orm";
import type { Executor } from "./client";
import { zaaktypeVersies } from "./schema";

/** The version of a zaaktype valid on `datum` in the current gemeente, if the gemeente made one. */
export async function geldigeZaaktypeVersie(tx: Executor, zaaktype: string, datum: string) {
  const [rij] = await tx
    .select()
    .from(zaaktypeVersies)
    .where(and(eq(zaaktypeVersies.zaaktype, zaaktype), lte(zaaktypeVersies.geldigVanaf, datum)))
    .orderBy(desc(zaaktypeVersies.geldigVanaf))
    .limit(1);
  return rij;
}

export function zaaktypeVersiesLijst(tx: Executor) {
  return tx
    .select()
    .from(zaaktypeVersies)
    .orderBy(zaaktypeVersies.zaaktype, desc(zaaktypeVersies.geldigVanaf))
    .limit(1000);
}

export async function voegZaaktypeVersieToe(tx: Executor, waarden: typeof zaaktypeVersies.$inferInsert) {
  const [rij] = await tx.insert(zaaktypeVersies).values(waarden).returning();
  if (!rij) throw new Error("zaaktypeversie niet opgeslagen");
  return rij;
}
