import { and, desc, eq, sql } from "drizzle-orm";
import type { Tx } from "./client";
import { documenten } from "./schema";

export interface NieuwDocument {
  zaakId: string | null;
  persoonId: string | null;
  soort: string;
  titel: string;
  contentType: string;
  inhoud: Buffer;
  aangemaaktDoor: string | null;
  /** A letter: the persons it is addressed to. */
  aanPersoonIds?: string[];
}

export type DocumentMetadata = Omit<typeof documenten.$inferSelect, "inhoud" | "gemeenteCode">;

const metadata = {
  id: documenten.id,
  zaakId: documenten.zaakId,
  persoonId: documenten.persoonId,
  soort: documenten.soort,
  titel: documenten.titel,
  contentType: documenten.contentType,
  grootte: documenten.grootte,
  aangemaaktDoor: documenten.aangemaaktDoor,
  aanPersoonIds: documenten.aanPersoonIds,
  aangemaaktOp: documenten.aangemaaktOp,
};

/** Stores a document of the current gemeente exactly as made (within the caller's transaction). */
export async function slaDocumentOp(tx: Tx, document: NieuwDocument): Promise<DocumentMetadata> {
  const [rij] = await tx
    .insert(documenten)
    .values({
      ...document,
      gemeenteCode: sql`voordeur_gemeente()::bpchar`,
      grootte: document.inhoud.length,
    })
    .returning(metadata);
  if (!rij) throw new Error("document niet opgeslagen");
  return rij;
}

export async function haalDocument(tx: Tx, id: string) {
  const [rij] = await tx.select().from(documenten).where(eq(documenten.id, id));
  return rij;
}

export async function haalDocumentMetadata(tx: Tx, id: string): Promise<DocumentMetadata | undefined> {
  const [rij] = await tx.select(metadata).from(documenten).where(eq(documenten.id, id));
  return rij;
}

/** The documents of a zaak, newest first (metadata only). */
export function documentenVanZaak(tx: Tx, zaakId: string, soort?: string): Promise<DocumentMetadata[]> {
  return tx
    .select(metadata)
    .from(documenten)
    .where(
      soort ? and(eq(documenten.zaakId, zaakId), eq(documenten.soort, soort)) : eq(documenten.zaakId, zaakId),
    )
    .orderBy(desc(documenten.aangemaaktOp))
    .limit(200);
}
