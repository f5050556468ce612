import { and, asc, count, eq, ilike, inArray, or, sql } from "drizzle-orm";
import { nu } from "../lib/klok";
import { rijen, type Tx } from "./client";
import { gebruikers, gebruikerVakgroepen, vakgroepen } from "./schema";

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
