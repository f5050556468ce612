/**
 * Data access of vroegsignalering (domain/schuldhulp/vroegsignalering): signals per page (open ones first, oldest
 * first), one signal, its follow-up on its versie, and the counts in SQL (never the whole table in memory).
 * Runs in the caller's gemeente transaction (RLS).
 */
import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import type { Executor, Tx } from "./client";
import { personen, vroegsignalen } from "./schema";

export type VroegsignaalRij = typeof vroegsignalen.$inferSelect;
const GEMEENTE = sql`voordeur_gemeente()::bpchar`;

export async function voegSignaalToe(
  tx: Tx,
  rij: Omit<typeof vroegsignalen.$inferInsert, "gemeenteCode" | "id" | "versie" | "aangemaaktOp">,
): Promise<VroegsignaalRij> {
  const [nieuw] = await tx
    .insert(vroegsignalen)
    .values({ ...rij, gemeenteCode: GEMEENTE })
    .returning();
  if (!nieuw) throw new Error("signaal niet opgeslagen");
  return nieuw;
}

export async function haalSignaal(tx: Executor, id: string): Promise<VroegsignaalRij | null> {
  const [rij] = await tx.select().from(vroegsignalen).where(eq(vroegsignalen.id, id));
  return rij ?? null;
}

/** The follow-up on the versie the caller saw; null when someone else changed it since. */
export async function werkSignaalBij(
  tx: Tx,
  id: string,
  versie: number,
  wijziging: Partial<
    Pick<VroegsignaalRij, "contactpogingOp" | "contactpogingWijze" | "uitkomst" | "afgehandeldOp">
  >,
): Promise<VroegsignaalRij | null> {
  const [rij] = await tx
    .update(vroegsignalen)
    .set({ ...wijziging, versie: sql`${vroegsignalen.versie} + 1` })
    .where(and(eq(vroegsignalen.id, id), eq(vroegsignalen.versie, versie)))
    .returning();
  return rij ?? null;
}

const naam = sql<string>`concat_ws(' ', ${personen.voornamen}, ${personen.voorvoegsel}, ${personen.geslachtsnaam})`;

/** One signal with the resident's name. */
export async function signaalMetNaam(tx: Executor, id: string) {
  const [rij] = await tx
    .select({ signaal: vroegsignalen, naam })
    .from(vroegsignalen)
    .innerJoin(personen, eq(personen.id, vroegsignalen.persoonId))
    .where(eq(vroegsignalen.id, id));
  return rij ?? null;
}

export async function signalenPagina(
  tx: Executor,
  { open, pagina, perPagina }: { open: boolean; pagina: number; perPagina: number },
) {
  const waar = open ? isNull(vroegsignalen.afgehandeldOp) : undefined;
  const rijen = await tx
    .select({ signaal: vroegsignalen, naam })
    .from(vroegsignalen)
    .innerJoin(personen, eq(personen.id, vroegsignalen.persoonId))
    .where(waar)
    .orderBy(asc(vroegsignalen.afgehandeldOp), asc(vroegsignalen.ontvangenOp), asc(vroegsignalen.id))
    .limit(perPagina)
    .offset((pagina - 1) * perPagina);
  const [totaal] = await tx.select({ n: count() }).from(vroegsignalen).where(waar);
  return { rijen, totaal: totaal?.n ?? 0 };
}

/** Counts per source and outcome, the open ones, and those reached within `termijnDagen` of receipt. */
export async function telSignalen(tx: Executor, termijnDagen: number) {
  const rijen = await tx
    .select({
      bron: vroegsignalen.bron,
      uitkomst: vroegsignalen.uitkomst,
      n: count(),
      opTijd:
        sql<number>`count(*) filter (where ${vroegsignalen.contactpogingOp} <= ${vroegsignalen.ontvangenOp} + ${termijnDagen}::int)`.mapWith(
          Number,
        ),
    })
    .from(vroegsignalen)
    .groupBy(vroegsignalen.bron, vroegsignalen.uitkomst);
  return rijen;
}
