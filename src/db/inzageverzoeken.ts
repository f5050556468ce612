import { and, asc, count, desc, eq, isNull, sql } from "drizzle-orm";
import { nu } from "../lib/klok";
import type { Executor, Tx } from "./client";
import { inzageverzoeken, personen } from "./schema";

export type InzageverzoekRij = typeof inzageverzoeken.$inferSelect;

export async function voegInzageverzoekToe(
  tx: Tx,
  waarden: Pick<
    typeof inzageverzoeken.$inferInsert,
    "persoonId" | "ingediendDoor" | "ontvangenOp" | "uiterlijk" | "toelichting"
  >,
): Promise<InzageverzoekRij> {
  const [rij] = await tx
    .insert(inzageverzoeken)
    .values({ ...waarden, gemeenteCode: sql`voordeur_gemeente()::bpchar` })
    .returning();
  if (!rij) throw new Error("inzageverzoek niet opgeslagen");
  return rij;
}

/** A person's requests, newest first (at most 50: a resident asks a few times). */
export function inzageverzoekenVan(tx: Executor, persoonId: string): Promise<InzageverzoekRij[]> {
  return tx
    .select()
    .from(inzageverzoeken)
    .where(eq(inzageverzoeken.persoonId, persoonId))
    .orderBy(desc(inzageverzoeken.ingediendOp))
    .limit(50);
}

export async function haalInzageverzoek(tx: Executor, id: string): Promise<InzageverzoekRij | undefined> {
  const [rij] = await tx.select().from(inzageverzoeken).where(eq(inzageverzoeken.id, id));
  return rij;
}

const naam = sql<string>`concat_ws(' ', ${personen.voornamen}, ${personen.voorvoegsel}, ${personen.geslachtsnaam})`;

/** The open requests of the gemeente, the earliest deadline first (then the oldest); one page, and the total. */
export async function openInzageverzoeken(tx: Executor, pagina: number, perPagina: number) {
  const items = await tx
    .select({
      id: inzageverzoeken.id,
      persoonId: inzageverzoeken.persoonId,
      naam,
      ontvangenOp: inzageverzoeken.ontvangenOp,
      uiterlijk: inzageverzoeken.uiterlijk,
      toelichting: inzageverzoeken.toelichting,
      namens: sql<boolean>`${inzageverzoeken.ingediendDoor} <> ${inzageverzoeken.persoonId}`,
    })
    .from(inzageverzoeken)
    .innerJoin(personen, eq(personen.id, inzageverzoeken.persoonId))
    .where(isNull(inzageverzoeken.afgehandeldOp))
    .orderBy(asc(inzageverzoeken.uiterlijk), asc(inzageverzoeken.ingediendOp), asc(inzageverzoeken.id))
    .limit(perPagina)
    .offset((pagina - 1) * perPagina);
  const [totaal] = await tx
    .select({ n: count() })
    .from(inzageverzoeken)
    .where(isNull(inzageverzoeken.afgehandeldOp));
  return { items, totaal: totaal?.n ?? 0 };
}

/** Giving the inzage for this person answers every open request of theirs. */
export async function handelInzageverzoekenAf(tx: Tx, persoonId: string, inzageId: string): Promise<number> {
  const rijen = await tx
    .update(inzageverzoeken)
    .set({ inzageId, afgehandeldOp: nu() })
    .where(and(eq(inzageverzoeken.persoonId, persoonId), isNull(inzageverzoeken.afgehandeldOp)))
    .returning({ id: inzageverzoeken.id });
  return rijen.length;
}
