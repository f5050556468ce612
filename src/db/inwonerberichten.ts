import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import { nu } from "../lib/klok";
import type { Executor, Tx } from "./client";
import { gebruikers, inwonerberichten, personen } from "./schema";

export type InwonerberichtRij = typeof inwonerberichten.$inferSelect;
export type Kant = InwonerberichtRij["van"];

const naamPersoon = sql<string>`concat_ws(' ', ${personen.voornamen}, ${personen.voorvoegsel}, ${personen.geslachtsnaam})`;

/** One page of the conversation of a zaak, newest first, with the sender's name; and the total. */
export async function gesprekVanZaak(tx: Executor, zaakId: string, pagina: number, perPagina: number) {
  const items = await tx
    .select({
      id: inwonerberichten.id,
      van: inwonerberichten.van,
      tekst: inwonerberichten.tekst,
      verzondenOp: inwonerberichten.verzondenOp,
      gelezenOp: inwonerberichten.gelezenOp,
      afzenderPersoon: naamPersoon,
      afzenderMedewerker: gebruikers.naam,
    })
    .from(inwonerberichten)
    .leftJoin(personen, eq(personen.id, inwonerberichten.afzenderPersoonId))
    .leftJoin(gebruikers, eq(gebruikers.id, inwonerberichten.afzenderMedewerkerId))
    .where(eq(inwonerberichten.zaakId, zaakId))
    .orderBy(desc(inwonerberichten.verzondenOp), desc(inwonerberichten.id))
    .limit(perPagina)
    .offset((pagina - 1) * perPagina);
  const [totaal] = await tx
    .select({ n: count() })
    .from(inwonerberichten)
    .where(eq(inwonerberichten.zaakId, zaakId));
  return { items, totaal: totaal?.n ?? 0 };
}

export async function plaatsInwonerbericht(
  tx: Tx,
  waarden: Pick<
    typeof inwonerberichten.$inferInsert,
    "zaakId" | "van" | "afzenderPersoonId" | "afzenderMedewerkerId" | "tekst"
  >,
): Promise<InwonerberichtRij> {
  const [rij] = await tx
    .insert(inwonerberichten)
    .values({ ...waarden, gemeenteCode: sql`voordeur_gemeente()::bpchar` })
    .returning();
  if (!rij) throw new Error("bericht niet opgeslagen");
  return rij;
}

/** Marks what `van` wrote on this zaak as read (the other side opened the conversation). */
export async function markeerGelezen(tx: Tx, zaakId: string, van: Kant): Promise<void> {
  await tx
    .update(inwonerberichten)
    .set({ gelezenOp: nu() })
    .where(
      and(
        eq(inwonerberichten.zaakId, zaakId),
        eq(inwonerberichten.van, van),
        isNull(inwonerberichten.gelezenOp),
      ),
    );
}

/** How many messages `van` wrote on this zaak that the other side has not read yet. */
export async function ongelezen(tx: Executor, zaakId: string, van: Kant): Promise<number> {
  const [rij] = await tx
    .select({ n: count() })
    .from(inwonerberichten)
    .where(
      and(
        eq(inwonerberichten.zaakId, zaakId),
        eq(inwonerberichten.van, van),
        isNull(inwonerberichten.gelezenOp),
      ),
    );
  return rij?.n ?? 0;
}
