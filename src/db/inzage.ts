import { and, eq, inArray, isNull, or } from "drizzle-orm";
import type { Executor } from "./client";
import { documenten, inzageBeslissingen, inzageExports, journaal, zaakPersonen, zaken } from "./schema";

/**
 * Zaken of a person, the stored documents on them or on the person (metadata only, never the bytes) and the
 * dossier notes on them (never persoonlijke werkaantekeningen).
 */
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
    .where(eq(zaakPersonen.persoonId, persoonId))
    .orderBy(zaken.meldingsdatum, zaken.zaaknummer);
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
          )
          .orderBy(journaal.tijdstip);
  const zaakIds = zaakRijen.map((z) => z.id);
  const stukken = await tx
    .select({
      id: documenten.id,
      zaakId: documenten.zaakId,
      soort: documenten.soort,
      titel: documenten.titel,
      contentType: documenten.contentType,
      grootte: documenten.grootte,
      aangemaaktOp: documenten.aangemaaktOp,
    })
    .from(documenten)
    .where(
      or(
        zaakIds.length > 0 ? inArray(documenten.zaakId, zaakIds) : undefined,
        and(eq(documenten.persoonId, persoonId), isNull(documenten.zaakId)),
      ),
    )
    .orderBy(documenten.aangemaaktOp);
  return { zaken: zaakRijen, notities, documenten: stukken };
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

export async function bewaarInzageBeslissingen(
  tx: Executor,
  rijen: (typeof inzageBeslissingen.$inferInsert)[],
): Promise<void> {
  if (rijen.length > 0) await tx.insert(inzageBeslissingen).values(rijen);
}

export async function beslissingenVanInzage(tx: Executor, inzageId: string) {
  return tx.select().from(inzageBeslissingen).where(eq(inzageBeslissingen.inzageId, inzageId));
}
