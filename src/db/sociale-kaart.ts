/**
 * Data access of the sociale kaart (domain/sociale-kaart). Runs in a transaction inside one gemeente (RLS): the
 * caller's, or for the public kaart the gemeente chosen in the URL. A change lands only on the versie the caller
 * saw; nothing is deleted.
 */
import { and, arrayContains, asc, count, eq, gte, ilike, inArray, lt, or, sql } from "drizzle-orm";
import type { Executor, Tx } from "./client";
import { escapeLike } from "./gebruikers";
import { gemeenten, resultatenplannen, voorzieningen, wijken, zaakPersonen } from "./schema";

export type VoorzieningRij = typeof voorzieningen.$inferSelect;
export type VoorzieningWaarden = Omit<
  typeof voorzieningen.$inferInsert,
  "id" | "gemeenteCode" | "versie" | "aangemaaktOp" | "gewijzigdOp"
>;

const gemeente = sql`voordeur_gemeente()::bpchar`;

export interface VoorzieningFilter {
  zoek?: string | undefined;
  wijk?: string | undefined;
  categorie?: string | undefined;
  soort?: string | undefined;
  /** false (the public kaart, the picker): archived ones are left out. */
  metGearchiveerd: boolean;
}

function waarVan(filter: VoorzieningFilter) {
  const zoek = filter.zoek?.trim();
  const patroon = zoek ? `%${escapeLike(zoek)}%` : undefined;
  return and(
    filter.metGearchiveerd ? undefined : eq(voorzieningen.gearchiveerd, false),
    patroon
      ? or(
          ilike(voorzieningen.naam, patroon),
          ilike(voorzieningen.aanbieder, patroon),
          ilike(voorzieningen.omschrijving, patroon),
          ilike(voorzieningen.doelgroep, patroon),
        )
      : undefined,
    // A voorziening for the whole gemeente is in every wijk.
    filter.wijk
      ? or(sql`cardinality(${voorzieningen.wijken}) = 0`, arrayContains(voorzieningen.wijken, [filter.wijk]))
      : undefined,
    filter.categorie ? arrayContains(voorzieningen.categorieen, [filter.categorie]) : undefined,
    filter.soort ? eq(voorzieningen.soort, filter.soort) : undefined,
  );
}

/** One page of the kaart, by name. */
export async function zoekVoorzieningen(
  tx: Executor,
  filter: VoorzieningFilter,
  pagina: { pagina: number; perPagina: number },
): Promise<{ items: VoorzieningRij[]; totaal: number }> {
  const waar = waarVan(filter);
  const items = await tx
    .select()
    .from(voorzieningen)
    .where(waar)
    .orderBy(asc(voorzieningen.gearchiveerd), asc(voorzieningen.naam), asc(voorzieningen.id))
    .limit(pagina.perPagina)
    .offset((pagina.pagina - 1) * pagina.perPagina);
  const [telling] = await tx.select({ n: count() }).from(voorzieningen).where(waar);
  return { items, totaal: telling?.n ?? 0 };
}

/** Every voorziening of the gemeente, for the export (the kaart of one gemeente is hundreds, not millions). */
export function alleVoorzieningen(tx: Executor): Promise<VoorzieningRij[]> {
  return tx
    .select()
    .from(voorzieningen)
    .orderBy(asc(voorzieningen.naam), asc(voorzieningen.id))
    .limit(10_000);
}

export async function haalVoorziening(tx: Executor, id: string): Promise<VoorzieningRij | undefined> {
  const [rij] = await tx.select().from(voorzieningen).where(eq(voorzieningen.id, id)).limit(1);
  return rij;
}

export function voorzieningenMetId(tx: Executor, ids: readonly string[]): Promise<VoorzieningRij[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(voorzieningen)
    .where(inArray(voorzieningen.id, [...ids]));
}

export function voorzieningenMetExternId(
  tx: Executor,
  externIds: readonly string[],
): Promise<VoorzieningRij[]> {
  if (externIds.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(voorzieningen)
    .where(inArray(voorzieningen.externId, [...externIds]));
}

/** Adds one; undefined when the gemeente has a voorziening with this extern id already. */
export async function voegVoorzieningToe(
  tx: Tx,
  waarden: VoorzieningWaarden,
): Promise<VoorzieningRij | undefined> {
  const [rij] = await tx
    .insert(voorzieningen)
    .values({ ...waarden, gemeenteCode: gemeente })
    .onConflictDoNothing()
    .returning();
  return rij;
}

/** Saves a change on `versie`; undefined = someone changed it in between (or the extern id is taken). */
export async function werkVoorzieningBij(
  tx: Tx,
  id: string,
  versie: number,
  waarden: VoorzieningWaarden,
): Promise<VoorzieningRij | undefined> {
  const [rij] = await tx
    .update(voorzieningen)
    .set({ ...waarden, versie: sql`${voorzieningen.versie} + 1`, gewijzigdOp: sql`now()` })
    .where(and(eq(voorzieningen.id, id), eq(voorzieningen.versie, versie)))
    .returning();
  return rij;
}

/** Base seed (as system): the voorzieningen of a gemeente, skipping extern ids it has already. */
export async function zaaiVoorzieningen(
  tx: Tx,
  gemeenteCode: string,
  rijen: readonly VoorzieningWaarden[],
): Promise<void> {
  if (rijen.length === 0) return;
  await tx
    .insert(voorzieningen)
    .values(rijen.map((r) => ({ ...r, gemeenteCode })))
    .onConflictDoNothing();
}

/** The wijken of the gemeente (code and name), by name. */
export function wijkenVanGemeente(tx: Executor): Promise<{ code: string; naam: string }[]> {
  return tx.select({ code: wijken.code, naam: wijken.naam }).from(wijken).orderBy(asc(wijken.naam));
}

/** Every gemeente (system read: the public kaart chooses one by its name in the URL). */
export function alleGemeenten(tx: Executor) {
  return tx.select().from(gemeenten).orderBy(asc(gemeenten.naam));
}

/**
 * The voorliggende oplossingen chosen from the kaart in resultatenplannen started in [vanaf, voor): per row the
 * zaak, the person (null: the whole family) and the voorziening.
 */
export function gekozenOplossingen(
  tx: Executor,
  periode: { vanaf?: Date | undefined; voor?: Date | undefined },
): Promise<{ zaakId: string; persoonId: string | null; voorzieningId: string }[]> {
  const oplossing = sql`jsonb_array_elements(${resultatenplannen.inhoud} -> 'voorliggendeOplossingen')`;
  return tx
    .select({
      zaakId: resultatenplannen.zaakId,
      persoonId: sql<string | null>`o.waarde ->> 'persoonId'`,
      voorzieningId: sql<string>`o.waarde ->> 'voorzieningId'`,
    })
    .from(resultatenplannen)
    .innerJoin(sql`lateral ${oplossing} as o(waarde)`, sql`true`)
    .where(
      and(
        sql`o.waarde ->> 'voorzieningId' is not null`,
        periode.vanaf ? gte(resultatenplannen.aangemaaktOp, periode.vanaf) : undefined,
        periode.voor ? lt(resultatenplannen.aangemaaktOp, periode.voor) : undefined,
      ),
    );
}

/** The persons of several zaken (an oplossing for the whole family counts each of them). */
export async function personenVanZaken(
  tx: Executor,
  zaakIds: readonly string[],
): Promise<Map<string, string[]>> {
  const uitkomst = new Map<string, string[]>();
  if (zaakIds.length === 0) return uitkomst;
  const rijen = await tx
    .selectDistinct({ zaakId: zaakPersonen.zaakId, persoonId: zaakPersonen.persoonId })
    .from(zaakPersonen)
    .where(inArray(zaakPersonen.zaakId, [...zaakIds]));
  for (const r of rijen) uitkomst.set(r.zaakId, [...(uitkomst.get(r.zaakId) ?? []), r.persoonId]);
  return uitkomst;
}
