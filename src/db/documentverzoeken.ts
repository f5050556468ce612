import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { nu } from "../lib/klok";
import type { Executor, Tx } from "./client";
import { documentverzoeken, gebruikers } from "./schema";

export type DocumentverzoekRij = typeof documentverzoeken.$inferSelect;

export async function voegDocumentverzoekToe(
  tx: Tx,
  waarden: Pick<
    typeof documentverzoeken.$inferInsert,
    "zaakId" | "omschrijving" | "uiterlijk" | "gevraagdDoor"
  >,
): Promise<DocumentverzoekRij> {
  const [rij] = await tx
    .insert(documentverzoeken)
    .values({ ...waarden, gemeenteCode: sql`voordeur_gemeente()::bpchar` })
    .returning();
  if (!rij) throw new Error("documentverzoek niet opgeslagen");
  return rij;
}

/** The requests of a zaak, newest first, with who asked (a zaak has a handful). */
export function documentverzoekenVanZaak(tx: Executor, zaakId: string) {
  return tx
    .select({ verzoek: documentverzoeken, gevraagdDoorNaam: gebruikers.naam })
    .from(documentverzoeken)
    .innerJoin(gebruikers, eq(gebruikers.id, documentverzoeken.gevraagdDoor))
    .where(eq(documentverzoeken.zaakId, zaakId))
    .orderBy(desc(documentverzoeken.gevraagdOp))
    .limit(100);
}

export async function haalDocumentverzoek(tx: Executor, id: string): Promise<DocumentverzoekRij | undefined> {
  const [rij] = await tx.select().from(documentverzoeken).where(eq(documentverzoeken.id, id));
  return rij;
}

/** Answers an open request with the uploaded document; undefined when it was answered meanwhile. */
export async function beantwoordDocumentverzoek(
  tx: Tx,
  id: string,
  documentId: string,
  aangeleverdDoor: string,
): Promise<DocumentverzoekRij | undefined> {
  const [rij] = await tx
    .update(documentverzoeken)
    .set({ documentId, aangeleverdDoor, aangeleverdOp: nu() })
    .where(and(eq(documentverzoeken.id, id), isNull(documentverzoeken.documentId)))
    .returning();
  return rij;
}
