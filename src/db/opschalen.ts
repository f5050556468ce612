/**
 * Data access of the op- en afschaalvoorstellen (four eyes with the buurtteam). Runs in the caller's gemeente
 * transaction; names of the proposer and the judge come along for the lists.
 */

import { and, asc, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor, Tx } from "./client";
import { gebruikers, schaalvoorstellen, zaken } from "./schema";
import { HOOFDPERSOON_ID, HOOFDPERSOON_NAAM } from "./zaken";

export type VoorstelRij = typeof schaalvoorstellen.$inferSelect;

const gemeente = sql`voordeur_gemeente()::bpchar`;
const voorsteller = alias(gebruikers, "voorsteller");
const beoordelaar = alias(gebruikers, "beoordelaar");

/** Stores a new proposal; undefined when the zaak already has an open one (partial unique index). */
export async function voegVoorstelToe(
  tx: Tx,
  waarden: Pick<
    typeof schaalvoorstellen.$inferInsert,
    "zaakId" | "richting" | "motivering" | "voorgesteldDoor"
  >,
): Promise<VoorstelRij | undefined> {
  const [rij] = await tx
    .insert(schaalvoorstellen)
    .values({ ...waarden, gemeenteCode: gemeente })
    .onConflictDoNothing()
    .returning();
  return rij;
}

export async function haalVoorstel(tx: Executor, id: string): Promise<VoorstelRij | undefined> {
  const [rij] = await tx.select().from(schaalvoorstellen).where(eq(schaalvoorstellen.id, id)).limit(1);
  return rij;
}

/** Records the judgement, only on `versie` and while still open; undefined = stale or already judged. */
export async function beoordeelVoorstel(
  tx: Tx,
  id: string,
  versie: number,
  waarden: {
    status: "bevestigd" | "geweigerd";
    beoordeeldDoor: string;
    beoordeeldOp: Date;
    toelichting: string;
  },
): Promise<VoorstelRij | undefined> {
  const [rij] = await tx
    .update(schaalvoorstellen)
    .set({ ...waarden, versie: sql`${schaalvoorstellen.versie} + 1` })
    .where(
      and(
        eq(schaalvoorstellen.id, id),
        eq(schaalvoorstellen.versie, versie),
        eq(schaalvoorstellen.status, "voorgesteld"),
      ),
    )
    .returning();
  return rij;
}

const metNamen = {
  voorstel: schaalvoorstellen,
  voorgesteldDoorNaam: voorsteller.naam,
  beoordeeldDoorNaam: beoordelaar.naam,
};

/** The proposals of a zaak, newest first, with the names of proposer and judge. */
export function voorstellenVanZaak(tx: Executor, zaakId: string) {
  return tx
    .select(metNamen)
    .from(schaalvoorstellen)
    .innerJoin(voorsteller, eq(voorsteller.id, schaalvoorstellen.voorgesteldDoor))
    .leftJoin(beoordelaar, eq(beoordelaar.id, schaalvoorstellen.beoordeeldDoor))
    .where(eq(schaalvoorstellen.zaakId, zaakId))
    .orderBy(desc(schaalvoorstellen.voorgesteldOp))
    .limit(100);
}

/** Open proposals of the gemeente (for the buurtteam to judge), oldest first, with zaak and resident. */
export async function openVoorstellen(tx: Executor, pagina: number, perPagina: number) {
  const waar = and(eq(schaalvoorstellen.gemeenteCode, gemeente), eq(schaalvoorstellen.status, "voorgesteld"));
  const items = await tx
    .select({
      ...metNamen,
      zaak: { id: zaken.id, zaaknummer: zaken.zaaknummer, zaaktype: zaken.zaaktype, status: zaken.status },
      hoofdpersoon: HOOFDPERSOON_NAAM,
      hoofdpersoonId: HOOFDPERSOON_ID,
    })
    .from(schaalvoorstellen)
    .innerJoin(zaken, eq(zaken.id, schaalvoorstellen.zaakId))
    .innerJoin(voorsteller, eq(voorsteller.id, schaalvoorstellen.voorgesteldDoor))
    .leftJoin(beoordelaar, eq(beoordelaar.id, schaalvoorstellen.beoordeeldDoor))
    .where(waar)
    .orderBy(asc(schaalvoorstellen.voorgesteldOp), asc(schaalvoorstellen.id))
    .limit(perPagina)
    .offset((pagina - 1) * perPagina);
  const [telling] = await tx.select({ n: sql<number>`count(*)::int` }).from(schaalvoorstellen).where(waar);
  return { items, totaal: telling?.n ?? 0 };
}

/** When the buurtteam confirmed an afschaling of the zaak to the voorliggend veld (timestamps). */
export async function bevestigdeAfschalingen(tx: Executor, zaakId: string): Promise<Date[]> {
  const rijen = await tx
    .select({ op: schaalvoorstellen.beoordeeldOp })
    .from(schaalvoorstellen)
    .where(
      and(
        eq(schaalvoorstellen.zaakId, zaakId),
        eq(schaalvoorstellen.status, "bevestigd"),
        eq(schaalvoorstellen.richting, "afschalen-voorliggend-veld"),
      ),
    )
    .limit(100);
  return rijen.flatMap((r) => (r.op ? [r.op] : []));
}
