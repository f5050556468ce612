import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { Product } from "../domain/catalogus/producten";
import type { PlanInhoud } from "../domain/resultatenplan/inhoud";
import type { PlanStatus } from "../domain/resultatenplan/status";
import { nu } from "../lib/klok";
import { type Executor, rijen } from "./client";
import { gebruikers, planGoedkeuringen, resultatenplannen, resultatenplanVersies } from "./schema";
import type { personenVanZaak } from "./zaken";

export type PlanRij = typeof resultatenplannen.$inferSelect;

export interface Ondertekening {
  /** digitaal: signed by the resident(s) in Mijn Voordeur (the signatures are in plan_handtekeningen). */
  wijze: "scan" | "persoonlijk" | "digitaal";
  datum: string;
  documentId: string | null;
  /** The medewerker who registered it; null when signed digitally. */
  geregistreerdDoor: string | null;
  /** The plan version that was signed. */
  versie: number;
  toelichting: string | null;
}

export async function haalPlan(tx: Executor, id: string): Promise<PlanRij | undefined> {
  const [rij] = await tx.select().from(resultatenplannen).where(eq(resultatenplannen.id, id)).limit(1);
  return rij;
}

export async function planVanZaak(tx: Executor, zaakId: string): Promise<PlanRij | undefined> {
  const [rij] = await tx
    .select()
    .from(resultatenplannen)
    .where(eq(resultatenplannen.zaakId, zaakId))
    .limit(1);
  return rij;
}

interface VersieFeit {
  gebeurtenis: string;
  /** Null: the resident in Mijn Voordeur. */
  gewijzigdDoor: string | null;
}

async function legVersieVast(tx: Executor, plan: PlanRij, feit: VersieFeit) {
  await tx.insert(resultatenplanVersies).values({
    planId: plan.id,
    versie: plan.versie,
    gemeenteCode: plan.gemeenteCode,
    status: plan.status,
    gebeurtenis: feit.gebeurtenis,
    matrixVersieId: plan.matrixVersieId,
    inhoud: plan.inhoud,
    ondertekening: plan.ondertekening,
    gewijzigdDoor: feit.gewijzigdDoor,
  });
}

export async function maakPlan(
  tx: Executor,
  waarden: {
    gemeenteCode: string;
    zaakId: string;
    matrixVersieId: string;
    inhoud: PlanInhoud;
    aangemaaktDoor: string;
  },
): Promise<PlanRij> {
  const [plan] = await tx
    .insert(resultatenplannen)
    .values({ ...waarden, status: "concept", versie: 1 })
    .returning();
  if (!plan) throw new Error("plan niet opgeslagen");
  await legVersieVast(tx, plan, { gebeurtenis: "aangemaakt", gewijzigdDoor: waarden.aangemaaktDoor });
  return plan;
}

/**
 * Saves a new version of the plan only when it is still at `versie` (optimistic locking) and records it in
 * the version history — one statement (the update and the history row in one round trip); undefined = stale.
 */
export async function werkPlanBij(
  tx: Executor,
  plan: PlanRij,
  wijziging: {
    status: PlanStatus;
    inhoud?: PlanInhoud;
    ondertekening?: Ondertekening | null;
    briefDocumentId?: string | null;
  },
  feit: VersieFeit,
): Promise<PlanRij | undefined> {
  const bijgewerkt = tx.$with("bijgewerkt").as(
    tx
      .update(resultatenplannen)
      .set({
        status: wijziging.status,
        ...(wijziging.inhoud ? { inhoud: wijziging.inhoud } : {}),
        ...(wijziging.ondertekening !== undefined ? { ondertekening: wijziging.ondertekening } : {}),
        ...(wijziging.briefDocumentId !== undefined ? { briefDocumentId: wijziging.briefDocumentId } : {}),
        versie: sql`${resultatenplannen.versie} + 1`,
        gewijzigdOp: nu(),
      })
      .where(and(eq(resultatenplannen.id, plan.id), eq(resultatenplannen.versie, plan.versie)))
      .returning(),
  );
  const vastgelegd = tx.$with("vastgelegd").as(
    tx.insert(resultatenplanVersies).select(
      sql`select ${bijgewerkt.id}, ${bijgewerkt.versie}, ${bijgewerkt.gemeenteCode}, ${bijgewerkt.status},
        ${feit.gebeurtenis}, ${bijgewerkt.matrixVersieId}, ${bijgewerkt.inhoud}, ${bijgewerkt.ondertekening},
        ${feit.gewijzigdDoor}::uuid, ${bijgewerkt.gewijzigdOp} from ${bijgewerkt}`,
    ),
  );
  const [rij] = await tx.with(bijgewerkt, vastgelegd).select().from(bijgewerkt);
  return rij;
}

export async function planVersies(tx: Executor, planId: string, pagina: number, perPagina: number) {
  const items = await tx
    .select({
      versie: resultatenplanVersies.versie,
      status: resultatenplanVersies.status,
      gebeurtenis: resultatenplanVersies.gebeurtenis,
      gewijzigdDoor: gebruikers.naam,
      gewijzigdOp: resultatenplanVersies.gewijzigdOp,
    })
    .from(resultatenplanVersies)
    .leftJoin(gebruikers, eq(gebruikers.id, resultatenplanVersies.gewijzigdDoor))
    .where(eq(resultatenplanVersies.planId, planId))
    .orderBy(desc(resultatenplanVersies.versie))
    .limit(perPagina)
    .offset((pagina - 1) * perPagina);
  const [telling] = await tx
    .select({ n: count() })
    .from(resultatenplanVersies)
    .where(eq(resultatenplanVersies.planId, planId));
  return { items, totaal: telling?.n ?? 0 };
}

export async function planVersie(tx: Executor, planId: string, versie: number) {
  const [rij] = await tx
    .select()
    .from(resultatenplanVersies)
    .where(and(eq(resultatenplanVersies.planId, planId), eq(resultatenplanVersies.versie, versie)))
    .limit(1);
  return rij;
}

/** The newest signed version of the zaak's plan (the plan may have changed since). */
export async function laatstOndertekendeVersie(tx: Executor, zaakId: string) {
  const [rij] = await tx
    .select({ versie: resultatenplanVersies, planId: resultatenplannen.id })
    .from(resultatenplanVersies)
    .innerJoin(resultatenplannen, eq(resultatenplannen.id, resultatenplanVersies.planId))
    .where(and(eq(resultatenplannen.zaakId, zaakId), eq(resultatenplanVersies.status, "ondertekend")))
    .orderBy(desc(resultatenplanVersies.versie))
    .limit(1);
  return rij;
}

export async function goedkeuringenVanPlan(tx: Executor, planId: string) {
  return tx
    .select({
      id: planGoedkeuringen.id,
      soort: planGoedkeuringen.soort,
      planVersie: planGoedkeuringen.planVersie,
      motivering: planGoedkeuringen.motivering,
      gegevenDoor: gebruikers.naam,
      gegevenOp: planGoedkeuringen.gegevenOp,
    })
    .from(planGoedkeuringen)
    .innerJoin(gebruikers, eq(gebruikers.id, planGoedkeuringen.gegevenDoor))
    .where(eq(planGoedkeuringen.planId, planId))
    .orderBy(asc(planGoedkeuringen.gegevenOp))
    .limit(100);
}

export async function voegGoedkeuringToe(tx: Executor, waarden: typeof planGoedkeuringen.$inferInsert) {
  const [rij] = await tx.insert(planGoedkeuringen).values(waarden).returning();
  if (!rij) throw new Error("goedkeuring niet opgeslagen");
  return rij;
}

export type Goedkeuring = Awaited<ReturnType<typeof goedkeuringenVanPlan>>[number];
type ZaakPersoon = Awaited<ReturnType<typeof personenVanZaak>>[number];

/**
 * What checking and showing a plan needs besides the matrix, in ONE round trip (issue 6: saving a plan
 * version p95 ≤ 30 ms): the catalogue products with the given codes, the zaak's persons, which AGB-codes are
 * active aanbieders, the gemeente's jurists and the approvals on the zaak's plan (one plan per zaak).
 * Lists are passed as array parameters, so the query text — and its prepared statement — never changes.
 */
export async function planContextGegevens(
  tx: Executor,
  invoer: {
    zaakId: string;
    productCodes: readonly string[];
    agbCodes: readonly string[];
    voorzieningIds: readonly string[];
  },
) {
  const codes = sql.param([...new Set(invoer.productCodes)]);
  const agbs = sql.param([...new Set(invoer.agbCodes)]);
  const voorzieningIds = sql.param([...new Set(invoer.voorzieningIds)]);
  const [rij] = await rijen<{
    producten: (Product & { id: string })[];
    personen: ZaakPersoon[];
    aanbieders: string[];
    juristen: { id: string; naam: string }[];
    goedkeuringen: (Omit<Goedkeuring, "gegevenOp"> & { gegevenOp: string })[];
    voorzieningen: string[];
  }>(
    tx,
    sql`select
      (select coalesce(json_agg(json_build_object('id', p.id, 'wet', p.wet, 'categorie', p.categorie,
          'code', p.code, 'omschrijving', p.omschrijving, 'interventieniveau', p.interventieniveau,
          'eenheid', p.eenheid, 'geldigVanaf', p.geldig_vanaf, 'geldigTot', p.geldig_tot)), '[]')
        from (select * from producten where code = any(${codes}::text[]) limit 1000) p) as producten,
      (select coalesce(json_agg(json_build_object('persoonId', zp.persoon_id, 'rol', zp.rol,
          'voornamen', pe.voornamen, 'voorvoegsel', pe.voorvoegsel, 'geslachtsnaam', pe.geslachtsnaam)
          order by zp.rol), '[]')
        from zaak_personen zp join personen pe on pe.id = zp.persoon_id where zp.zaak_id = ${invoer.zaakId}) as personen,
      (select coalesce(json_agg(distinct a.agb_code), '[]') from aanbieders a
        where a.agb_code = any(${agbs}::bpchar[]) and a.actief) as aanbieders,
      (select coalesce(json_agg(json_build_object('id', j.id, 'naam', j.naam) order by j.naam), '[]')
        from (select id, naam from gebruikers where 'jurist' = any(rollen) and actief order by naam limit 100) j) as juristen,
      (select coalesce(json_agg(json_build_object('id', g.id, 'soort', g.soort, 'planVersie', g.plan_versie,
          'motivering', g.motivering, 'gegevenDoor', g.door, 'gegevenOp', g.gegeven_op) order by g.gegeven_op), '[]')
        from (select k.*, u.naam as door from plan_goedkeuringen k
              join resultatenplannen r on r.id = k.plan_id join gebruikers u on u.id = k.gegeven_door
              where r.zaak_id = ${invoer.zaakId} order by k.gegeven_op limit 100) g) as goedkeuringen,
      (select coalesce(json_agg(v.id), '[]') from voorzieningen v
        where v.id = any(${voorzieningIds}::uuid[])) as voorzieningen`,
  );
  if (!rij) throw new Error("plancontext niet gelezen");
  return {
    ...rij,
    aanbieders: new Set(rij.aanbieders.map((a) => a.trim())),
    goedkeuringen: rij.goedkeuringen.map((g) => ({ ...g, gegevenOp: new Date(g.gegevenOp) })),
  };
}
