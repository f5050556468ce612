/**
 * Data access of Veilig Opgroeien (domain/veilig-opgroeien). Runs in the caller's gemeente transaction (RLS);
 * changes only on the versie the caller saw.
 */
import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Executor, Tx } from "./client";
import { gebruikers, gebruikerVakgroepen, vakgroepen, veiligOpgroeienTrajecten } from "./schema";

export type TrajectRij = typeof veiligOpgroeienTrajecten.$inferSelect;
export type TrajectWijziging = Partial<
  Pick<TrajectRij, "beoordelingen" | "stappen" | "beschermtafels" | "adviesvragen">
>;

/** Starts the traject of a zaak; undefined when the zaak has one already (unique index). */
export async function voegTrajectToe(
  tx: Tx,
  waarden: { zaakId: string; aangemaaktDoor: string } & TrajectWijziging,
): Promise<TrajectRij | undefined> {
  const [rij] = await tx
    .insert(veiligOpgroeienTrajecten)
    .values({ ...waarden, gemeenteCode: sql`voordeur_gemeente()::bpchar` })
    .onConflictDoNothing()
    .returning();
  return rij;
}

export async function haalTraject(tx: Executor, id: string): Promise<TrajectRij | undefined> {
  const [rij] = await tx
    .select()
    .from(veiligOpgroeienTrajecten)
    .where(eq(veiligOpgroeienTrajecten.id, id))
    .limit(1);
  return rij;
}

export async function trajectVanZaak(tx: Executor, zaakId: string): Promise<TrajectRij | undefined> {
  const [rij] = await tx
    .select()
    .from(veiligOpgroeienTrajecten)
    .where(eq(veiligOpgroeienTrajecten.zaakId, zaakId))
    .limit(1);
  return rij;
}

/** Every traject with at least one advice request, most recently changed first (the gedragswetenschapper's list). */
export async function trajectenMetAdviesvragen(tx: Executor, max: number): Promise<TrajectRij[]> {
  return tx
    .select()
    .from(veiligOpgroeienTrajecten)
    .where(ne(veiligOpgroeienTrajecten.adviesvragen, sql`'[]'::jsonb`))
    .orderBy(desc(veiligOpgroeienTrajecten.gewijzigdOp))
    .limit(max);
}

/** Saves a change on `versie`; undefined = someone changed it in between. */
export async function werkTrajectBij(
  tx: Tx,
  id: string,
  versie: number,
  waarden: TrajectWijziging,
): Promise<TrajectRij | undefined> {
  const [rij] = await tx
    .update(veiligOpgroeienTrajecten)
    .set({ ...waarden, gewijzigdOp: sql`now()`, versie: sql`${veiligOpgroeienTrajecten.versie} + 1` })
    .where(and(eq(veiligOpgroeienTrajecten.id, id), eq(veiligOpgroeienTrajecten.versie, versie)))
    .returning();
  return rij;
}

/** Active medewerkers of the given vakgroepen, with the vakgroep codes they hold among them. */
export async function medewerkersVanVakgroepen(tx: Executor, codes: readonly string[]) {
  const rows = await tx
    .select({ id: gebruikers.id, naam: gebruikers.naam, code: vakgroepen.code })
    .from(gebruikerVakgroepen)
    .innerJoin(vakgroepen, eq(vakgroepen.id, gebruikerVakgroepen.vakgroepId))
    .innerJoin(gebruikers, eq(gebruikers.id, gebruikerVakgroepen.medewerkerId))
    .where(and(inArray(vakgroepen.code, [...codes]), eq(gebruikers.actief, true)))
    .orderBy(asc(gebruikers.naam));
  return rows;
}
