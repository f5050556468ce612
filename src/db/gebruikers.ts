import { and, asc, count, desc, eq, ilike, inArray, or, sql } from "drizzle-orm";
import { nu } from "../lib/klok";
import { rijen, type Tx } from "./client";
import { gebruikers, gebruikerVakgroepen, rolverzoeken, vakgroepen } from "./schema";

/** Queries on gebruikers and vakgroepen; always called inside a gemeente transaction (RLS). */

export type GebruikerRij = typeof gebruikers.$inferSelect & { vakgroepen: string[] };

async function vakgroepenVan(tx: Tx, ids: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (ids.length === 0) return map;
  const rows = await tx
    .select({ medewerkerId: gebruikerVakgroepen.medewerkerId, code: vakgroepen.code })
    .from(gebruikerVakgroepen)
    .innerJoin(vakgroepen, eq(vakgroepen.id, gebruikerVakgroepen.vakgroepId))
    .where(inArray(gebruikerVakgroepen.medewerkerId, ids))
    .orderBy(asc(vakgroepen.code));
  for (const r of rows) map.set(r.medewerkerId, [...(map.get(r.medewerkerId) ?? []), r.code]);
  return map;
}

export async function lijstGebruikers(tx: Tx, opties: { zoek?: string; pagina: number; perPagina: number }) {
  const filter = opties.zoek
    ? or(
        ilike(gebruikers.gebruikersnaam, `%${escapeLike(opties.zoek)}%`),
        ilike(gebruikers.naam, `%${escapeLike(opties.zoek)}%`),
      )
    : undefined;
  const [totaal] = await tx.select({ n: count() }).from(gebruikers).where(filter);
  const rows = await tx
    .select()
    .from(gebruikers)
    .where(filter)
    .orderBy(asc(gebruikers.naam), asc(gebruikers.id))
    .limit(opties.perPagina)
    .offset((opties.pagina - 1) * opties.perPagina);
  const groepen = await vakgroepenVan(
    tx,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => ({ ...r, vakgroepen: groepen.get(r.id) ?? [] })), totaal: totaal?.n ?? 0 };
}

export async function haalGebruiker(tx: Tx, id: string): Promise<GebruikerRij | undefined> {
  const [rij] = await tx.select().from(gebruikers).where(eq(gebruikers.id, id));
  if (!rij) return undefined;
  const groepen = await vakgroepenVan(tx, [rij.id]);
  return { ...rij, vakgroepen: groepen.get(rij.id) ?? [] };
}

export async function gebruikersnaamBestaat(tx: Tx, gebruikersnaam: string): Promise<boolean> {
  // Usernames are unique over all gemeenten; the owner-level check runs in a SECURITY DEFINER function.
  const [rij] = await rijen<{ bestaat: boolean }>(
    tx,
    sql`select voordeur_gebruikersnaam_bestaat(${gebruikersnaam}) as bestaat`,
  );
  return Boolean(rij?.bestaat);
}

/** Resolves vakgroep codes of the current gemeente to ids; returns the unknown codes too. */
export async function vakgroepIds(tx: Tx, codes: string[]) {
  if (codes.length === 0) return { ids: [] as string[], onbekend: [] as string[] };
  const rows = await tx
    .select({ id: vakgroepen.id, code: vakgroepen.code })
    .from(vakgroepen)
    .where(inArray(vakgroepen.code, codes));
  const gevonden = new Set(rows.map((r) => r.code));
  return { ids: rows.map((r) => r.id), onbekend: codes.filter((c) => !gevonden.has(c)) };
}

export async function zetVakgroepen(tx: Tx, medewerkerId: string, gemeenteCode: string, ids: string[]) {
  await tx.delete(gebruikerVakgroepen).where(eq(gebruikerVakgroepen.medewerkerId, medewerkerId));
  if (ids.length > 0) {
    await tx
      .insert(gebruikerVakgroepen)
      .values(ids.map((vakgroepId) => ({ medewerkerId, vakgroepId, gemeenteCode })));
  }
}

export async function voegGebruikerToe(
  tx: Tx,
  waarden: Pick<
    typeof gebruikers.$inferInsert,
    "gemeenteCode" | "gebruikersnaam" | "naam" | "email" | "rollen" | "wachtwoordHash"
  >,
): Promise<string> {
  const [nieuw] = await tx.insert(gebruikers).values(waarden).returning({ id: gebruikers.id });
  if (!nieuw) throw new Error("insert gaf geen rij terug");
  return nieuw.id;
}

/** Optimistic update: only when the stored versie equals the expected one. */
export async function werkGebruikerBij(
  tx: Tx,
  id: string,
  versie: number,
  wijziging: Partial<
    Pick<typeof gebruikers.$inferInsert, "naam" | "email" | "rollen" | "actief" | "wachtwoordHash">
  >,
) {
  const [rij] = await tx
    .update(gebruikers)
    .set({ ...wijziging, versie: sql`${gebruikers.versie} + 1`, gewijzigdOp: nu() })
    .where(and(eq(gebruikers.id, id), eq(gebruikers.versie, versie)))
    .returning({ id: gebruikers.id });
  return rij !== undefined;
}

/** Adds a vakgroep; undefined when its code is already used in the gemeente. */
export async function voegVakgroepToe(
  tx: Tx,
  waarden: Pick<typeof vakgroepen.$inferInsert, "gemeenteCode" | "code" | "naam">,
) {
  const [rij] = await tx
    .insert(vakgroepen)
    .values(waarden)
    .onConflictDoNothing({ target: [vakgroepen.gemeenteCode, vakgroepen.code] })
    .returning();
  return rij;
}

export async function haalVakgroep(tx: Tx, id: string) {
  const [rij] = await tx.select().from(vakgroepen).where(eq(vakgroepen.id, id));
  return rij;
}

/** Optimistic update of a vakgroep: only when the stored versie equals the expected one. */
export async function werkVakgroepBij(
  tx: Tx,
  id: string,
  versie: number,
  wijziging: Partial<Pick<typeof vakgroepen.$inferInsert, "naam" | "actief">>,
): Promise<boolean> {
  const [rij] = await tx
    .update(vakgroepen)
    .set({ ...wijziging, versie: sql`${vakgroepen.versie} + 1` })
    .where(and(eq(vakgroepen.id, id), eq(vakgroepen.versie, versie)))
    .returning({ id: vakgroepen.id });
  return rij !== undefined;
}

export async function lijstVakgroepen(tx: Tx) {
  return tx
    .select({
      id: vakgroepen.id,
      code: vakgroepen.code,
      naam: vakgroepen.naam,
      actief: vakgroepen.actief,
      versie: vakgroepen.versie,
      aantalLeden: sql<number>`(select count(*)::int from ${gebruikerVakgroepen} gv where gv.vakgroep_id = ${vakgroepen.id})`,
    })
    .from(vakgroepen)
    .orderBy(asc(vakgroepen.naam));
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export type RolverzoekRij = typeof rolverzoeken.$inferSelect;
export type RolverzoekStatus = RolverzoekRij["status"];

/** Stores a request for access; undefined when the medewerker already has an open one (one at a time). */
export async function voegRolverzoekToe(
  tx: Tx,
  waarden: Pick<
    typeof rolverzoeken.$inferInsert,
    "gemeenteCode" | "medewerkerId" | "aangevraagdDoor" | "rollen" | "vakgroepen"
  >,
): Promise<RolverzoekRij | undefined> {
  const [rij] = await tx
    .insert(rolverzoeken)
    .values({ ...waarden, aangevraagdOp: nu() })
    .onConflictDoNothing({ target: rolverzoeken.medewerkerId, where: sql.raw(`"status" = 'open'`) })
    .returning();
  return rij;
}

/** The open requests of these medewerkers, by medewerker id. */
export async function openRolverzoekenVan(
  tx: Tx,
  gebruikerIds: string[],
): Promise<Map<string, RolverzoekRij>> {
  if (gebruikerIds.length === 0) return new Map();
  const rows = await tx
    .select()
    .from(rolverzoeken)
    .where(and(inArray(rolverzoeken.medewerkerId, gebruikerIds), eq(rolverzoeken.status, "open")));
  return new Map(rows.map((r) => [r.medewerkerId, r]));
}

export async function haalRolverzoek(tx: Tx, id: string): Promise<RolverzoekRij | undefined> {
  const [rij] = await tx.select().from(rolverzoeken).where(eq(rolverzoeken.id, id));
  return rij;
}

/** Requests with one status, the oldest open one first (decided ones: newest first). */
export async function lijstRolverzoeken(
  tx: Tx,
  opties: { status: RolverzoekStatus; pagina: number; perPagina: number },
) {
  const filter = eq(rolverzoeken.status, opties.status);
  const [totaal] = await tx.select({ n: count() }).from(rolverzoeken).where(filter);
  const items = await tx
    .select()
    .from(rolverzoeken)
    .where(filter)
    .orderBy(
      opties.status === "open" ? asc(rolverzoeken.aangevraagdOp) : desc(rolverzoeken.beslistOp),
      asc(rolverzoeken.id),
    )
    .limit(opties.perPagina)
    .offset((opties.pagina - 1) * opties.perPagina);
  return { items, totaal: totaal?.n ?? 0 };
}

/** Names of medewerkers by id (for showing who asked, for whom, who decided). */
export async function namenVan(tx: Tx, ids: string[]) {
  const uniek = [...new Set(ids)];
  if (uniek.length === 0) return new Map<string, { id: string; naam: string; gebruikersnaam: string }>();
  const rows = await tx
    .select({ id: gebruikers.id, naam: gebruikers.naam, gebruikersnaam: gebruikers.gebruikersnaam })
    .from(gebruikers)
    .where(inArray(gebruikers.id, uniek));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Decides an open request (optimistic: on the versie the decider saw); undefined when it changed or was decided. */
export async function sluitRolverzoek(
  tx: Tx,
  id: string,
  versie: number,
  besluit: { status: Exclude<RolverzoekStatus, "open">; beslistDoor: string },
): Promise<RolverzoekRij | undefined> {
  const [rij] = await tx
    .update(rolverzoeken)
    .set({ ...besluit, beslistOp: nu(), versie: sql`${rolverzoeken.versie} + 1` })
    .where(and(eq(rolverzoeken.id, id), eq(rolverzoeken.versie, versie), eq(rolverzoeken.status, "open")))
    .returning();
  return rij;
}
