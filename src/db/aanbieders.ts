import { and, asc, count, desc, eq, gte, inArray, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { nu } from "../lib/klok";
import type { Executor } from "./client";
import {
  aanbiederSignalen,
  aanbieders,
  clientenstops,
  contracten,
  contractregels,
  gebruikers,
  gemeenten,
  individueleOvereenkomsten,
  producten,
  zaken,
} from "./schema";

export type AanbiederRij = typeof aanbieders.$inferSelect;
export type ContractRij = typeof contracten.$inferSelect;
export type ContractregelRij = typeof contractregels.$inferSelect;
export type ClientenstopRij = typeof clientenstops.$inferSelect;
export type OvereenkomstRij = typeof individueleOvereenkomsten.$inferSelect;
export type SignaalRij = typeof aanbiederSignalen.$inferSelect;

/** A case-insensitive LIKE pattern "contains", with LIKE's wildcards escaped. */
const zoekterm = (tekst: string) => `%${tekst.toLowerCase().replace(/[%_\\]/g, (t) => `\\${t}`)}%`;

/* ---------- aanbieders ---------- */

export async function aanbiederOpAgb(tx: Executor, agbCode: string): Promise<AanbiederRij | undefined> {
  const [rij] = await tx.select().from(aanbieders).where(eq(aanbieders.agbCode, agbCode)).limit(1);
  return rij;
}

export async function haalAanbieder(tx: Executor, id: string): Promise<AanbiederRij | undefined> {
  const [rij] = await tx.select().from(aanbieders).where(eq(aanbieders.id, id)).limit(1);
  return rij;
}

/** Stops in force on `datum` in `gemeenteCode` (regional ones included), per aanbieder. */
function actieveStopVoorwaarde(gemeenteCode: string, datum: string): SQL | undefined {
  return and(
    lte(clientenstops.van, datum),
    or(isNull(clientenstops.tot), gte(clientenstops.tot, datum)),
    or(isNull(clientenstops.gemeenteCode), eq(clientenstops.gemeenteCode, gemeenteCode)),
  );
}

/**
 * Correlated "a cliëntenstop of this provider is in force" condition for queries over `aanbieders`
 * (explicit aliases: Drizzle leaves columns unqualified in single-table selects).
 */
function stopInWerking(gemeenteCode: string, datum: string): SQL {
  return sql`from clientenstops s where s.aanbieder_id = "aanbieders"."id" and s.van <= ${datum}
    and (s.tot is null or s.tot >= ${datum}) and (s.gemeente_code is null or s.gemeente_code = ${gemeenteCode})`;
}

/** Providers by name (prefix, case-insensitive) or AGB-code, with whether a cliëntenstop is in force. */
export async function zoekAanbieders(
  tx: Executor,
  filter: { zoek?: string | undefined; gemeenteCode: string; peildatum: string; alleenActief: boolean },
  pagina: number,
  perPagina: number,
) {
  const zoek = filter.zoek?.trim();
  const waar = and(
    zoek
      ? /^\d+$/.test(zoek)
        ? sql`${aanbieders.agbCode} like ${`${zoek}%`}`
        : sql`lower(${aanbieders.naam}) like ${zoekterm(zoek)}`
      : undefined,
    filter.alleenActief ? eq(aanbieders.actief, true) : undefined,
  );
  const items = await tx
    .select({
      aanbieder: aanbieders,
      stopTot: sql<
        string | null
      >`(select max(coalesce(s.tot, '9999-12-31'))::text ${stopInWerking(filter.gemeenteCode, filter.peildatum)})`,
    })
    .from(aanbieders)
    .where(waar)
    .orderBy(asc(aanbieders.naam), asc(aanbieders.id))
    .limit(perPagina)
    .offset((pagina - 1) * perPagina);
  const [telling] = await tx.select({ n: count() }).from(aanbieders).where(waar);
  return { items, totaal: telling?.n ?? 0 };
}

export async function voegAanbiederToe(tx: Executor, waarden: typeof aanbieders.$inferInsert) {
  const [rij] = await tx.insert(aanbieders).values(waarden).returning();
  if (!rij) throw new Error("insert aanbieder gaf geen rij terug");
  return rij;
}

/** Saves only when still at `versie`; undefined = stale (someone else changed it). */
export async function werkAanbiederBij(
  tx: Executor,
  id: string,
  versie: number,
  waarden: Partial<typeof aanbieders.$inferInsert>,
): Promise<AanbiederRij | undefined> {
  const [rij] = await tx
    .update(aanbieders)
    .set({ ...waarden, versie: sql`${aanbieders.versie} + 1`, gewijzigdOp: nu() })
    .where(and(eq(aanbieders.id, id), eq(aanbieders.versie, versie)))
    .returning();
  return rij;
}

/* ---------- gemeenten ---------- */

/** The gemeenten of a samenwerkingsverband, by name. */
export async function gemeentenVanVerband(tx: Executor, samenwerkingsverbandCode: string) {
  return tx
    .select({ code: gemeenten.code, naam: gemeenten.naam })
    .from(gemeenten)
    .where(eq(gemeenten.samenwerkingsverbandCode, samenwerkingsverbandCode))
    .orderBy(asc(gemeenten.naam));
}

/* ---------- catalogue ---------- */

/** Does the catalogue hold this product (or, with code null, any product of this category)? */
export async function bestaatInCatalogus(
  tx: Executor,
  wet: string,
  categorie: string,
  code: string | null,
): Promise<boolean> {
  const [rij] = await tx
    .select({ id: producten.id })
    .from(producten)
    .where(
      and(
        eq(producten.wet, wet as "wmo" | "jeugd"),
        eq(producten.categorie, categorie),
        code === null ? undefined : eq(producten.code, code),
      ),
    )
    .limit(1);
  return rij !== undefined;
}

/** Omschrijving and interventieniveau per product code (for display). */
export async function productenOpCode(tx: Executor, codes: string[]) {
  if (codes.length === 0)
    return new Map<string, { omschrijving: string; interventieniveau: number | null }>();
  const rijen_ = await tx
    .select({
      code: producten.code,
      omschrijving: producten.omschrijving,
      interventieniveau: producten.interventieniveau,
    })
    .from(producten)
    .where(inArray(producten.code, [...new Set(codes)]))
    .orderBy(desc(producten.geldigVanaf));
  const uit = new Map<string, { omschrijving: string; interventieniveau: number | null }>();
  for (const r of rijen_) if (!uit.has(r.code)) uit.set(r.code, r);
  return uit;
}

/* ---------- contracten ---------- */

export async function contractenVan(tx: Executor, aanbiederId: string) {
  const lijst = await tx
    .select()
    .from(contracten)
    .where(eq(contracten.aanbiederId, aanbiederId))
    .orderBy(desc(contracten.ingangsdatum), asc(contracten.kenmerk));
  const regels =
    lijst.length === 0
      ? []
      : await tx
          .select()
          .from(contractregels)
          .where(
            inArray(
              contractregels.contractId,
              lijst.map((c) => c.id),
            ),
          )
          .orderBy(
            asc(contractregels.gemeenteCode),
            asc(contractregels.wet),
            asc(contractregels.productCategorie),
          );
  return lijst.map((c) => ({ contract: c, regels: regels.filter((r) => r.contractId === c.id) }));
}

export async function haalContract(tx: Executor, id: string): Promise<ContractRij | undefined> {
  const [rij] = await tx.select().from(contracten).where(eq(contracten.id, id)).limit(1);
  return rij;
}

export async function contractOpKenmerk(tx: Executor, kenmerk: string): Promise<ContractRij | undefined> {
  const [rij] = await tx.select().from(contracten).where(eq(contracten.kenmerk, kenmerk)).limit(1);
  return rij;
}

type NieuweRegel = Omit<typeof contractregels.$inferInsert, "contractId" | "samenwerkingsverbandCode">;

export async function voegContractToe(
  tx: Executor,
  waarden: typeof contracten.$inferInsert,
  regels: NieuweRegel[],
): Promise<ContractRij> {
  const [rij] = await tx.insert(contracten).values(waarden).returning();
  if (!rij) throw new Error("insert contract gaf geen rij terug");
  await vervangRegels(tx, rij, regels);
  return rij;
}

async function vervangRegels(tx: Executor, contract: ContractRij, regels: NieuweRegel[]) {
  await tx.delete(contractregels).where(eq(contractregels.contractId, contract.id));
  if (regels.length > 0)
    await tx.insert(contractregels).values(
      regels.map((r) => ({
        ...r,
        contractId: contract.id,
        samenwerkingsverbandCode: contract.samenwerkingsverbandCode,
      })),
    );
}

/** Saves the contract and replaces its lines, only when still at `versie`; undefined = stale. */
export async function werkContractBij(
  tx: Executor,
  id: string,
  versie: number,
  waarden: Partial<typeof contracten.$inferInsert>,
  regels: NieuweRegel[],
): Promise<ContractRij | undefined> {
  const [rij] = await tx
    .update(contracten)
    .set({ ...waarden, versie: sql`${contracten.versie} + 1`, gewijzigdOp: nu() })
    .where(and(eq(contracten.id, id), eq(contracten.versie, versie)))
    .returning();
  if (rij) await vervangRegels(tx, rij, regels);
  return rij;
}

/* ---------- leverbaarheid ---------- */

/** Contract lines (with the contract's period) of a provider for one gemeente, law and category. */
export async function dekkendeContractregels(
  tx: Executor,
  aanbiederId: string,
  gemeenteCode: string,
  wet: string,
  productCategorie: string,
) {
  return tx
    .select({
      kenmerk: contracten.kenmerk,
      ingangsdatum: contracten.ingangsdatum,
      einddatum: contracten.einddatum,
      gemeenteCode: contractregels.gemeenteCode,
      wet: contractregels.wet,
      productCategorie: contractregels.productCategorie,
      productCode: contractregels.productCode,
    })
    .from(contractregels)
    .innerJoin(contracten, eq(contracten.id, contractregels.contractId))
    .where(
      and(
        eq(contracten.aanbiederId, aanbiederId),
        eq(contractregels.gemeenteCode, gemeenteCode),
        eq(contractregels.wet, wet as "wmo" | "jeugd"),
        eq(contractregels.productCategorie, productCategorie),
      ),
    );
}

/* ---------- cliëntenstops ---------- */

export async function stopsVan(tx: Executor, aanbiederId: string): Promise<ClientenstopRij[]> {
  return tx
    .select()
    .from(clientenstops)
    .where(eq(clientenstops.aanbiederId, aanbiederId))
    .orderBy(desc(clientenstops.van));
}

/** Cliëntenstops in force on `datum` in the gemeente, with the provider's name. */
export async function actieveStops(tx: Executor, gemeenteCode: string, datum: string) {
  return tx
    .select({ stop: clientenstops, naam: aanbieders.naam, agbCode: aanbieders.agbCode })
    .from(clientenstops)
    .innerJoin(aanbieders, eq(aanbieders.id, clientenstops.aanbiederId))
    .where(actieveStopVoorwaarde(gemeenteCode, datum))
    .orderBy(asc(aanbieders.naam));
}

export async function haalStop(tx: Executor, id: string): Promise<ClientenstopRij | undefined> {
  const [rij] = await tx.select().from(clientenstops).where(eq(clientenstops.id, id)).limit(1);
  return rij;
}

export async function voegStopToe(tx: Executor, waarden: typeof clientenstops.$inferInsert) {
  const [rij] = await tx.insert(clientenstops).values(waarden).returning();
  if (!rij) throw new Error("insert cliëntenstop gaf geen rij terug");
  return rij;
}

export async function werkStopBij(
  tx: Executor,
  id: string,
  versie: number,
  waarden: Partial<typeof clientenstops.$inferInsert>,
): Promise<ClientenstopRij | undefined> {
  const [rij] = await tx
    .update(clientenstops)
    .set({ ...waarden, versie: sql`${clientenstops.versie} + 1`, gewijzigdOp: nu() })
    .where(and(eq(clientenstops.id, id), eq(clientenstops.versie, versie)))
    .returning();
  return rij;
}

/* ---------- individuele overeenkomsten ---------- */

const aanvrager = alias(gebruikers, "aanvrager");
const beoordelaar = alias(gebruikers, "beoordelaar");

/** An agreement with the names shown beside it (provider, zaaknummer, requester, assessor). */
function overeenkomstenMetNamen(tx: Executor) {
  return tx
    .select({
      io: individueleOvereenkomsten,
      aanbieder: aanbieders.naam,
      agbCode: aanbieders.agbCode,
      zaaknummer: zaken.zaaknummer,
      aangevraagdDoor: aanvrager.naam,
      beoordeeldDoor: beoordelaar.naam,
    })
    .from(individueleOvereenkomsten)
    .innerJoin(aanbieders, eq(aanbieders.id, individueleOvereenkomsten.aanbiederId))
    .innerJoin(zaken, eq(zaken.id, individueleOvereenkomsten.zaakId))
    .leftJoin(aanvrager, eq(aanvrager.id, individueleOvereenkomsten.aangevraagdDoor))
    .leftJoin(beoordelaar, eq(beoordelaar.id, individueleOvereenkomsten.beoordeeldDoor));
}
export type OvereenkomstMetNamen = Awaited<ReturnType<typeof overeenkomstenMetNamen>>[number];

/** All agreements matching the filter, newest first (a zaak's list; a provider's for one law and category). */
export async function overeenkomstenVan(
  tx: Executor,
  filter: {
    aanbiederId?: string;
    zaakId?: string;
    status?: OvereenkomstRij["status"];
    wet?: OvereenkomstRij["wet"];
    productCategorie?: string;
  },
): Promise<OvereenkomstMetNamen[]> {
  return overeenkomstenMetNamen(tx)
    .where(
      and(
        filter.aanbiederId ? eq(individueleOvereenkomsten.aanbiederId, filter.aanbiederId) : undefined,
        filter.zaakId ? eq(individueleOvereenkomsten.zaakId, filter.zaakId) : undefined,
        filter.status ? eq(individueleOvereenkomsten.status, filter.status) : undefined,
        filter.wet ? eq(individueleOvereenkomsten.wet, filter.wet) : undefined,
        filter.productCategorie
          ? eq(individueleOvereenkomsten.productCategorie, filter.productCategorie)
          : undefined,
      ),
    )
    .orderBy(desc(individueleOvereenkomsten.aangemaaktOp), asc(individueleOvereenkomsten.id));
}

/** The gemeente's agreements with one status, oldest request first (the teamleider's queue). */
export async function zoekOvereenkomsten(
  tx: Executor,
  status: OvereenkomstRij["status"],
  pagina: number,
  perPagina: number,
) {
  const waar = eq(individueleOvereenkomsten.status, status);
  const items = await overeenkomstenMetNamen(tx)
    .where(waar)
    .orderBy(asc(individueleOvereenkomsten.aangemaaktOp), asc(individueleOvereenkomsten.id))
    .limit(perPagina)
    .offset((pagina - 1) * perPagina);
  const [telling] = await tx.select({ n: count() }).from(individueleOvereenkomsten).where(waar);
  return { items, totaal: telling?.n ?? 0 };
}

export async function overeenkomstMetNamen(
  tx: Executor,
  id: string,
): Promise<OvereenkomstMetNamen | undefined> {
  const [rij] = await overeenkomstenMetNamen(tx).where(eq(individueleOvereenkomsten.id, id)).limit(1);
  return rij;
}

export async function haalOvereenkomst(tx: Executor, id: string): Promise<OvereenkomstRij | undefined> {
  const [rij] = await tx
    .select()
    .from(individueleOvereenkomsten)
    .where(eq(individueleOvereenkomsten.id, id))
    .limit(1);
  return rij;
}

export async function voegOvereenkomstToe(
  tx: Executor,
  waarden: typeof individueleOvereenkomsten.$inferInsert,
) {
  const [rij] = await tx.insert(individueleOvereenkomsten).values(waarden).returning();
  if (!rij) throw new Error("insert individuele overeenkomst gaf geen rij terug");
  return rij;
}

export async function werkOvereenkomstBij(
  tx: Executor,
  id: string,
  versie: number,
  waarden: Partial<typeof individueleOvereenkomsten.$inferInsert>,
): Promise<OvereenkomstRij | undefined> {
  const [rij] = await tx
    .update(individueleOvereenkomsten)
    .set({ ...waarden, versie: sql`${individueleOvereenkomsten.versie} + 1`, gewijzigdOp: nu() })
    .where(and(eq(individueleOvereenkomsten.id, id), eq(individueleOvereenkomsten.versie, versie)))
    .returning();
  return rij;
}

/* ---------- signalen ---------- */

export async function zoekSignalen(
  tx: Executor,
  filter: {
    soort?: SignaalRij["soort"] | undefined;
    status?: SignaalRij["status"] | undefined;
    aanbiederId?: string | undefined;
    open?: boolean | undefined;
  },
  pagina: number,
  perPagina: number,
) {
  const waar = and(
    filter.soort ? eq(aanbiederSignalen.soort, filter.soort) : undefined,
    filter.status ? eq(aanbiederSignalen.status, filter.status) : undefined,
    filter.aanbiederId ? eq(aanbiederSignalen.aanbiederId, filter.aanbiederId) : undefined,
    filter.open ? sql`${aanbiederSignalen.status} <> 'afgesloten'` : undefined,
  );
  const items = await tx
    .select({
      signaal: aanbiederSignalen,
      aanbieder: aanbieders.naam,
      agbCode: aanbieders.agbCode,
      kwaliteitsmanager: gebruikers.naam,
    })
    .from(aanbiederSignalen)
    .innerJoin(aanbieders, eq(aanbieders.id, aanbiederSignalen.aanbiederId))
    .leftJoin(gebruikers, eq(gebruikers.id, aanbiederSignalen.kwaliteitsmanagerId))
    .where(waar)
    .orderBy(desc(aanbiederSignalen.ontvangenOp), desc(aanbiederSignalen.aangemaaktOp))
    .limit(perPagina)
    .offset((pagina - 1) * perPagina);
  const [telling] = await tx.select({ n: count() }).from(aanbiederSignalen).where(waar);
  return { items, totaal: telling?.n ?? 0 };
}

export async function haalSignaal(tx: Executor, id: string): Promise<SignaalRij | undefined> {
  const [rij] = await tx.select().from(aanbiederSignalen).where(eq(aanbiederSignalen.id, id)).limit(1);
  return rij;
}

export async function voegSignaalToe(tx: Executor, waarden: typeof aanbiederSignalen.$inferInsert) {
  const [rij] = await tx.insert(aanbiederSignalen).values(waarden).returning();
  if (!rij) throw new Error("insert signaal gaf geen rij terug");
  return rij;
}

export async function werkSignaalBij(
  tx: Executor,
  id: string,
  versie: number,
  waarden: Partial<typeof aanbiederSignalen.$inferInsert>,
): Promise<SignaalRij | undefined> {
  const [rij] = await tx
    .update(aanbiederSignalen)
    .set({ ...waarden, versie: sql`${aanbiederSignalen.versie} + 1`, gewijzigdOp: nu() })
    .where(and(eq(aanbiederSignalen.id, id), eq(aanbiederSignalen.versie, versie)))
    .returning();
  return rij;
}

/** Medewerkers of the gemeente who can be kwaliteitsmanager (the kwaliteitsteam: teamleider, beheerder). */
export async function kwaliteitsmanagers(tx: Executor) {
  return tx
    .select({ id: gebruikers.id, naam: gebruikers.naam })
    .from(gebruikers)
    .where(
      and(eq(gebruikers.actief, true), sql`${gebruikers.rollen} && array['teamleider','beheerder']::text[]`),
    )
    .orderBy(asc(gebruikers.naam));
}

/* ---------- Verwijzingswijzer ---------- */

export interface VerwijzingFilter {
  gemeenteCode: string;
  peildatum: string;
  wet?: string | undefined;
  productCode?: string | undefined;
  /** The catalogue category of `productCode`, so a contract line for the whole category also matches. */
  categorieVanCode?: string | null | undefined;
  productCategorie?: string | undefined;
  resultaat?: string | undefined;
  /** Part of the provider's name (the provider picker in the plan and besluit forms). */
  naam?: string | undefined;
}

const PRODUCT_OMSCHRIJVING = sql<string | null>`(select p.omschrijving from ${producten} p
  where p.wet = "contractregels"."wet" and p.code = "contractregels"."product_code"
  order by p.geldig_vanaf desc limit 1)`;

/** Contract lines valid on the peildatum in the gemeente that match the filter (for one aanbieder: "aanbieders"."id"). */
function verwijzingVoorwaarde(f: VerwijzingFilter): SQL | undefined {
  return and(
    eq(contractregels.gemeenteCode, f.gemeenteCode),
    lte(contracten.ingangsdatum, f.peildatum),
    or(isNull(contracten.einddatum), gte(contracten.einddatum, f.peildatum)),
    f.wet ? eq(contractregels.wet, f.wet as "wmo" | "jeugd") : undefined,
    f.productCode
      ? or(
          eq(contractregels.productCode, f.productCode),
          f.categorieVanCode
            ? and(isNull(contractregels.productCode), eq(contractregels.productCategorie, f.categorieVanCode))
            : undefined,
        )
      : undefined,
    f.productCategorie ? eq(contractregels.productCategorie, f.productCategorie) : undefined,
    f.resultaat
      ? sql`(lower(coalesce(${contractregels.resultaat}, '')) like ${zoekterm(f.resultaat)}
            or exists (select 1 from ${producten} p where p.wet = "contractregels"."wet"
              and p.categorie = "contractregels"."product_categorie"
              and ("contractregels"."product_code" is null or p.code = "contractregels"."product_code")
              and lower(p.omschrijving) like ${zoekterm(f.resultaat)}))`
      : undefined,
  );
}

/** Catalogue category of a product code under a law (null when unknown). */
export async function categorieVan(
  tx: Executor,
  wet: string | undefined,
  code: string,
): Promise<string | null> {
  const [rij] = await tx
    .select({ categorie: producten.categorie })
    .from(producten)
    .where(and(eq(producten.code, code), wet ? eq(producten.wet, wet as "wmo" | "jeugd") : undefined))
    .orderBy(desc(producten.geldigVanaf))
    .limit(1);
  return rij?.categorie ?? null;
}

/**
 * Active providers with a contract line matching the filter, those without a cliëntenstop first,
 * then by name; with the matching lines. Paginated per provider.
 */
export async function zoekVerwijzingen(tx: Executor, f: VerwijzingFilter, pagina: number, perPagina: number) {
  const heeftRegel = sql`exists (select 1 from ${contractregels}
    join ${contracten} on ${contracten.id} = ${contractregels.contractId}
    where ${contracten.aanbiederId} = "aanbieders"."id" and ${verwijzingVoorwaarde(f)})`;
  const waar = and(
    eq(aanbieders.actief, true),
    heeftRegel,
    f.naam ? sql`lower(${aanbieders.naam}) like ${zoekterm(f.naam)}` : undefined,
  );
  const geblokkeerd = sql`exists (select 1 ${stopInWerking(f.gemeenteCode, f.peildatum)})`;
  const lijst = await tx
    .select({ id: aanbieders.id, agbCode: aanbieders.agbCode, naam: aanbieders.naam })
    .from(aanbieders)
    .where(waar)
    .orderBy(geblokkeerd, asc(aanbieders.naam), asc(aanbieders.id))
    .limit(perPagina)
    .offset((pagina - 1) * perPagina);
  const [telling] = await tx.select({ n: count() }).from(aanbieders).where(waar);
  const regels =
    lijst.length === 0
      ? []
      : await tx
          .select({
            aanbiederId: contracten.aanbiederId,
            contractKenmerk: contracten.kenmerk,
            contractEinddatum: contracten.einddatum,
            gemeenteCode: contractregels.gemeenteCode,
            wet: contractregels.wet,
            productCategorie: contractregels.productCategorie,
            productCode: contractregels.productCode,
            productOmschrijving: PRODUCT_OMSCHRIJVING,
            interventieniveau: contractregels.interventieniveau,
            resultaat: contractregels.resultaat,
          })
          .from(contractregels)
          .innerJoin(contracten, eq(contracten.id, contractregels.contractId))
          .where(
            and(
              inArray(
                contracten.aanbiederId,
                lijst.map((a) => a.id),
              ),
              verwijzingVoorwaarde(f),
            ),
          )
          .orderBy(asc(contractregels.productCategorie), asc(contractregels.productCode));
  return { lijst, regels, totaal: telling?.n ?? 0 };
}
