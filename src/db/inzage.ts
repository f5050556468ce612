import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "./client";
import { inzageExports, journaal, zaakPersonen, zaken } from "./schema";

/** Zaken of a person and the dossier notes on them (never persoonlijke werkaantekeningen). */
export async function inzageBronnen(tx: Executor, persoonId: string) {
  const zaakRijen = await tx
    .selectDistinct({
      id: zaken.id,
      zaaknummer: zaken.zaaknummer,
      zaaktype: zaken.zaaktype,
      status: zaken.status,
      meldingsdatum: zaken.meldingsdatum,
      omschrijving: zaken.omschrijving,
    })
    .from(zaakPersonen)
    .innerJoin(zaken, eq(zaken.id, zaakPersonen.zaakId))
    .where(eq(zaakPersonen.persoonId, persoonId));
  const notities =
    zaakRijen.length === 0
      ? []
      : await tx
          .select({
            id: journaal.id,
            zaakId: journaal.zaakId,
            tijdstip: journaal.tijdstip,
            tekst: journaal.tekst,
          })
          .from(journaal)
          .where(
            and(
              inArray(
                journaal.zaakId,
                zaakRijen.map((z) => z.id),
              ),
              eq(journaal.zichtbaarheid, "dossier"),
            ),
          );
  return { zaken: zaakRijen, notities };
}

export async function bewaarInzage(tx: Executor, waarden: typeof inzageExports.$inferInsert) {
  const [rij] = await tx.insert(inzageExports).values(waarden).returning();
  if (!rij) throw new Error("inzage niet opgeslagen");
  return rij;
}

export async function haalInzage(tx: Executor, id: string) {
  const [rij] = await tx.select().from(inzageExports).where(eq(inzageExports.id, id)).limit(1);
  return rij;
}
