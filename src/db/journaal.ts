import { asc, eq } from "drizzle-orm";
import type { Executor } from "./client";
import { gebruikers, journaal } from "./schema";

export async function journaalVanZaak(tx: Executor, zaakId: string) {
  return tx
    .select({
      id: journaal.id,
      tijdstip: journaal.tijdstip,
      auteurId: journaal.auteurId,
      auteur: gebruikers.naam,
      zichtbaarheid: journaal.zichtbaarheid,
      tekst: journaal.tekst,
    })
    .from(journaal)
    .innerJoin(gebruikers, eq(gebruikers.id, journaal.auteurId))
    .where(eq(journaal.zaakId, zaakId))
    .orderBy(asc(journaal.tijdstip))
    .limit(1000);
}

export async function voegJournaalRegelToe(tx: Executor, waarden: typeof journaal.$inferInsert) {
  const [rij] = await tx.insert(journaal).values(waarden).returning();
  if (!rij) throw new Error("journaalregel niet opgeslagen");
  return rij;
}
