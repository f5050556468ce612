/**
 * Data access of the vakgroep Jeugd (domain/leerplicht, domain/jeugd): the verzuimaanpak per zaak, the schools and
 * the SMW and POH-jeugd registrations. Runs in the caller's gemeente transaction (RLS); a change to a traject or a
 * school only on the versie the caller saw.
 */
import { and, asc, count, eq, sql, sum } from "drizzle-orm";
import type { Executor, Tx } from "./client";
import { leerplichtTrajecten, pohRegistraties, scholen, smwRegistraties } from "./schema";

export type LeerplichtRij = typeof leerplichtTrajecten.$inferSelect;
export type LeerplichtWijziging = Partial<Pick<LeerplichtRij, "stappen" | "doorverwijzingen">>;
export type SchoolRij = typeof scholen.$inferSelect;
export type SchoolWijziging = Partial<Pick<SchoolRij, "naam" | "soort" | "smwIds" | "actief">>;

const inGemeente = { gemeenteCode: sql`voordeur_gemeente()::bpchar` };

/** Starts the verzuimaanpak of a zaak; undefined when the zaak has one already (unique index). */
export async function voegLeerplichtToe(
  tx: Tx,
  waarden: Omit<typeof leerplichtTrajecten.$inferInsert, "id" | "gemeenteCode" | "versie">,
): Promise<LeerplichtRij | undefined> {
  const [rij] = await tx
    .insert(leerplichtTrajecten)
    .values({ ...waarden, ...inGemeente })
    .onConflictDoNothing()
    .returning();
  return rij;
}

export async function haalLeerplicht(tx: Executor, id: string): Promise<LeerplichtRij | undefined> {
  const [rij] = await tx.select().from(leerplichtTrajecten).where(eq(leerplichtTrajecten.id, id)).limit(1);
  return rij;
}

export async function leerplichtVanZaak(tx: Executor, zaakId: string): Promise<LeerplichtRij | undefined> {
  const [rij] = await tx
    .select()
    .from(leerplichtTrajecten)
    .where(eq(leerplichtTrajecten.zaakId, zaakId))
    .limit(1);
  return rij;
}

export async function werkLeerplichtBij(
  tx: Tx,
  id: string,
  versie: number,
  waarden: LeerplichtWijziging,
): Promise<LeerplichtRij | undefined> {
  const [rij] = await tx
    .update(leerplichtTrajecten)
    .set({ ...waarden, gewijzigdOp: sql`now()`, versie: sql`${leerplichtTrajecten.versie} + 1` })
    .where(and(eq(leerplichtTrajecten.id, id), eq(leerplichtTrajecten.versie, versie)))
    .returning();
  return rij;
}

export async function alleScholen(tx: Executor): Promise<SchoolRij[]> {
  return tx.select().from(scholen).orderBy(asc(scholen.naam));
}

export async function haalSchool(tx: Executor, id: string): Promise<SchoolRij | undefined> {
  const [rij] = await tx.select().from(scholen).where(eq(scholen.id, id)).limit(1);
  return rij;
}

/** Adds a school; undefined when its BRIN is already known in this gemeente. */
export async function voegSchoolToe(
  tx: Tx,
  waarden: Pick<SchoolRij, "brin" | "naam" | "soort"> & { smwIds?: string[] },
): Promise<SchoolRij | undefined> {
  const [rij] = await tx
    .insert(scholen)
    .values({ ...waarden, ...inGemeente })
    .onConflictDoNothing()
    .returning();
  return rij;
}

export async function werkSchoolBij(
  tx: Tx,
  id: string,
  versie: number,
  waarden: SchoolWijziging,
): Promise<SchoolRij | undefined> {
  const [rij] = await tx
    .update(scholen)
    .set({ ...waarden, gewijzigdOp: sql`now()`, versie: sql`${scholen.versie} + 1` })
    .where(and(eq(scholen.id, id), eq(scholen.versie, versie)))
    .returning();
  return rij;
}

export async function voegSmwRegistratieToe(
  tx: Tx,
  waarden: Omit<typeof smwRegistraties.$inferInsert, "id" | "gemeenteCode" | "geregistreerdOp">,
) {
  const [rij] = await tx
    .insert(smwRegistraties)
    .values({ ...waarden, ...inGemeente })
    .returning();
  return rij;
}

/** Per school and soort: how many registrations and participants. */
export async function smwTellingen(tx: Executor) {
  return tx
    .select({
      schoolId: smwRegistraties.schoolId,
      soort: smwRegistraties.soort,
      aantal: count(),
      deelnemers: sum(smwRegistraties.deelnemers).mapWith(Number),
    })
    .from(smwRegistraties)
    .groupBy(smwRegistraties.schoolId, smwRegistraties.soort);
}

export async function voegPohRegistratieToe(
  tx: Tx,
  waarden: Omit<typeof pohRegistraties.$inferInsert, "id" | "gemeenteCode" | "geregistreerdOp">,
) {
  const [rij] = await tx
    .insert(pohRegistraties)
    .values({ ...waarden, ...inGemeente })
    .returning();
  return rij;
}

export async function pohRijen(tx: Executor) {
  return tx
    .select({
      huisartsenpraktijk: pohRegistraties.huisartsenpraktijk,
      contacten: pohRegistraties.contacten,
      uitkomst: pohRegistraties.uitkomst,
      verwezenNaar: pohRegistraties.verwezenNaar,
    })
    .from(pohRegistraties)
    .orderBy(asc(pohRegistraties.huisartsenpraktijk));
}
