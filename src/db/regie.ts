/**
 * Data access of the Regiegroep themes (domain/regie). Runs in the caller's gemeente transaction (RLS); changes
 * only on the versie the caller saw.
 */
import { and, asc, eq, isNull, lte, sql } from "drizzle-orm";
import type { Executor, Tx } from "./client";
import { gebruikers, gebruikerVakgroepen, gemeenten, regieThemas, vakgroepen } from "./schema";

export type RegieThemaRij = typeof regieThemas.$inferSelect;
type Nieuw = typeof regieThemas.$inferInsert;

/** Adds a theme record; undefined when the zaak has a nazorg already (unique index). */
export async function voegRegieThemaToe(
  tx: Tx,
  waarden: Omit<Nieuw, "id" | "gemeenteCode" | "versie">,
): Promise<RegieThemaRij | undefined> {
  const [rij] = await tx
    .insert(regieThemas)
    .values({ ...waarden, gemeenteCode: sql`voordeur_gemeente()::bpchar` })
    .onConflictDoNothing()
    .returning();
  return rij;
}

export async function haalRegieThema(tx: Executor, id: string): Promise<RegieThemaRij | undefined> {
  const [rij] = await tx.select().from(regieThemas).where(eq(regieThemas.id, id)).limit(1);
  return rij;
}

export function regieThemasVanZaak(tx: Executor, zaakId: string): Promise<RegieThemaRij[]> {
  return tx
    .select()
    .from(regieThemas)
    .where(eq(regieThemas.zaakId, zaakId))
    .orderBy(asc(regieThemas.gestartOp), asc(regieThemas.id))
    .limit(200);
}

/** Saves a change on `versie`; undefined = someone changed it in between. */
export async function werkRegieThemaBij(
  tx: Tx,
  id: string,
  versie: number,
  waarden: Partial<Pick<RegieThemaRij, "gegevens" | "teruggezetOp">>,
): Promise<RegieThemaRij | undefined> {
  const [rij] = await tx
    .update(regieThemas)
    .set({ ...waarden, gewijzigdOp: sql`now()`, versie: sql`${regieThemas.versie} + 1` })
    .where(and(eq(regieThemas.id, id), eq(regieThemas.versie, versie)))
    .returning();
  return rij;
}

/** Hand-overs whose return moment has come and whose zaak was not put back yet (all gemeenten, as the system). */
export function terugTeZetten(tx: Executor, moment: Date) {
  return tx
    .select({
      id: regieThemas.id,
      gemeente: {
        code: gemeenten.code,
        naam: gemeenten.naam,
        samenwerkingsverbandCode: gemeenten.samenwerkingsverbandCode,
      },
    })
    .from(regieThemas)
    .innerJoin(gemeenten, eq(gemeenten.code, regieThemas.gemeenteCode))
    .where(and(isNull(regieThemas.teruggezetOp), lte(regieThemas.terugOp, moment)))
    .orderBy(asc(regieThemas.terugOp), asc(regieThemas.id))
    .limit(1000);
}

/** The active members of a vakgroep of the gemeente (RLS), who receive its notifications. */
export function ledenVanVakgroep(tx: Executor, code: string) {
  return tx
    .select({ id: gebruikers.id })
    .from(gebruikers)
    .innerJoin(gebruikerVakgroepen, eq(gebruikerVakgroepen.medewerkerId, gebruikers.id))
    .innerJoin(vakgroepen, eq(vakgroepen.id, gebruikerVakgroepen.vakgroepId))
    .where(and(eq(vakgroepen.code, code), eq(gebruikers.actief, true)));
}
