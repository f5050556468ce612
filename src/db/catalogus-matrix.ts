import { and, asc, count, desc, eq, ilike, lte, or, sql } from "drizzle-orm";
import type { Product } from "../domain/catalogus/producten";
import type { Resultatenmatrix } from "../domain/catalogus/resultatenmatrix";
import { type Executor, rijen } from "./client";
import { producten, resultatenmatrixVersies } from "./schema";

export type MatrixVersieRij = typeof resultatenmatrixVersies.$inferSelect;
export type ProductRij = typeof producten.$inferSelect;

/** The matrix version in force on `datum` (newest version with geldigVanaf ≤ datum). */
export async function geldigeMatrixVersie(tx: Executor, datum: string): Promise<MatrixVersieRij | undefined> {
  const [rij] = await tx
    .select()
    .from(resultatenmatrixVersies)
    .where(lte(resultatenmatrixVersies.geldigVanaf, datum))
    .orderBy(desc(resultatenmatrixVersies.geldigVanaf), desc(resultatenmatrixVersies.versie))
    .limit(1);
  return rij;
}

export async function haalMatrixVersie(tx: Executor, id: string): Promise<MatrixVersieRij | undefined> {
  const [rij] = await tx
    .select()
    .from(resultatenmatrixVersies)
    .where(eq(resultatenmatrixVersies.id, id))
    .limit(1);
  return rij;
}

export function matrixVersies(tx: Executor) {
  return tx
    .select({
      id: resultatenmatrixVersies.id,
      versie: resultatenmatrixVersies.versie,
      geldigVanaf: resultatenmatrixVersies.geldigVanaf,
      toelichting: resultatenmatrixVersies.toelichting,
      voorbeeld: resultatenmatrixVersies.voorbeeld,
      gepubliceerdOp: resultatenmatrixVersies.gepubliceerdOp,
    })
    .from(resultatenmatrixVersies)
    .orderBy(desc(resultatenmatrixVersies.versie))
    .limit(500);
}

/** Publishes a new version (number = highest + 1 within the samenwerkingsverband). */
export async function publiceerMatrixVersie(
  tx: Executor,
  waarden: {
    samenwerkingsverbandCode: string;
    geldigVanaf: string;
    toelichting: string;
    matrix: Resultatenmatrix;
    voorbeeld?: boolean;
    gepubliceerdDoor: string | null;
  },
): Promise<MatrixVersieRij> {
  const [hoogste] = await rijen<{ n: number }>(
    tx,
    sql`select coalesce(max(versie), 0)::int as n from ${resultatenmatrixVersies}
        where samenwerkingsverband_code = ${waarden.samenwerkingsverbandCode}`,
  );
  const [rij] = await tx
    .insert(resultatenmatrixVersies)
    .values({ ...waarden, versie: (hoogste?.n ?? 0) + 1 })
    .returning();
  if (!rij) throw new Error("matrixversie niet opgeslagen");
  return rij;
}

const alsProduct = (r: ProductRij): Product & { id: string } => ({
  id: r.id,
  wet: r.wet,
  categorie: r.categorie,
  code: r.code,
  omschrijving: r.omschrijving,
  interventieniveau: r.interventieniveau,
  eenheid: r.eenheid,
  geldigVanaf: r.geldigVanaf,
  geldigTot: r.geldigTot,
});

/** The catalogue versions of the given product codes (for checking a plan: a handful of rows). */
export async function productenMetCodes(tx: Executor, codes: readonly string[]) {
  if (codes.length === 0) return [];
  const lijst = await tx
    .select()
    .from(producten)
    .where(sql`${producten.code} in ${[...new Set(codes)]}`)
    .limit(1000);
  return lijst.map(alsProduct);
}

/** The products of some WMO020/JZ020 categories valid on `peildatum` (a theme's products; at most 200). */
export async function productenInCategorieen(
  tx: Executor,
  wet: "wmo" | "jeugd",
  categorieen: readonly string[],
  peildatum: string,
) {
  if (categorieen.length === 0) return [];
  const lijst = await tx
    .select()
    .from(producten)
    .where(
      and(
        eq(producten.wet, wet),
        sql`${producten.categorie} in ${[...new Set(categorieen)]}`,
        sql`${producten.geldigVanaf} <= ${peildatum} and (${producten.geldigTot} is null or ${producten.geldigTot} >= ${peildatum})`,
      ),
    )
    .orderBy(asc(producten.code))
    .limit(200);
  return lijst.map(alsProduct);
}

export interface ProductFilter {
  wet?: "wmo" | "jeugd" | undefined;
  zoek?: string | undefined;
  /** Only products valid on this date. */
  peildatum?: string | undefined;
}

export async function productenLijst(tx: Executor, filter: ProductFilter, pagina: number, perPagina: number) {
  const waar = and(
    filter.wet ? eq(producten.wet, filter.wet) : undefined,
    filter.zoek
      ? or(ilike(producten.code, `${filter.zoek}%`), ilike(producten.omschrijving, `%${filter.zoek}%`))
      : undefined,
    filter.peildatum
      ? sql`${producten.geldigVanaf} <= ${filter.peildatum} and (${producten.geldigTot} is null or ${producten.geldigTot} >= ${filter.peildatum})`
      : undefined,
  );
  const items = await tx
    .select()
    .from(producten)
    .where(waar)
    .orderBy(asc(producten.wet), asc(producten.code), desc(producten.geldigVanaf))
    .limit(perPagina)
    .offset((pagina - 1) * perPagina);
  const [telling] = await tx.select({ n: count() }).from(producten).where(waar);
  return { items: items.map(alsProduct), totaal: telling?.n ?? 0 };
}

export async function haalProduct(tx: Executor, id: string) {
  const [rij] = await tx.select().from(producten).where(eq(producten.id, id)).limit(1);
  return rij ? alsProduct(rij) : undefined;
}

export async function voegProductToe(tx: Executor, waarden: Product & { samenwerkingsverbandCode: string }) {
  const [rij] = await tx.insert(producten).values(waarden).returning();
  if (!rij) throw new Error("product niet opgeslagen");
  return alsProduct(rij);
}

/** Ends a product's validity (a product is never deleted: plans and toewijzingen refer to it). */
export async function beeindigProduct(tx: Executor, id: string, geldigTot: string) {
  const [rij] = await tx.update(producten).set({ geldigTot }).where(eq(producten.id, id)).returning();
  return rij ? alsProduct(rij) : undefined;
}
