import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { PlanInhoud } from "../domain/resultatenplan/inhoud";
import type { PlanStatus } from "../domain/resultatenplan/status";
import type { Executor } from "./client";
import {
  aanbieders,
  gebruikers,
  planGoedkeuringen,
  resultatenplannen,
  resultatenplanVersies,
} from "./schema";

export type PlanRij = typeof resultatenplannen.$inferSelect;

export interface Ondertekening {
  wijze: "scan" | "persoonlijk";
  datum: string;
  documentId: string | null;
  geregistreerdDoor: string;
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
  gewijzigdDoor: string;
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
 * the version history; undefined = stale.
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
  const [rij] = await tx
    .update(resultatenplannen)
    .set({
      status: wijziging.status,
      ...(wijziging.inhoud ? { inhoud: wijziging.inhoud } : {}),
      ...(wijziging.ondertekening !== undefined ? { ondertekening: wijziging.ondertekening } : {}),
      ...(wijziging.briefDocumentId !== undefined ? { briefDocumentId: wijziging.briefDocumentId } : {}),
      versie: sql`${resultatenplannen.versie} + 1`,
      gewijzigdOp: new Date(),
    })
    .where(and(eq(resultatenplannen.id, plan.id), eq(resultatenplannen.versie, plan.versie)))
    .returning();
  if (rij) await legVersieVast(tx, rij, feit);
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

/** Which of the given AGB-codes are in the aanbiedersregister (active). */
export async function bekendeAanbieders(tx: Executor, agbCodes: readonly string[]): Promise<Set<string>> {
  if (agbCodes.length === 0) return new Set();
  const lijst = await tx
    .select({ agb: aanbieders.agbCode })
    .from(aanbieders)
    .where(and(sql`${aanbieders.agbCode} in ${[...new Set(agbCodes)]}`, eq(aanbieders.actief, true)));
  return new Set(lijst.map((r) => r.agb));
}

/** The gemeente's active juridisch kwaliteitsmedewerkers. */
export async function juristenVanGemeente(tx: Executor) {
  return tx
    .select({ id: gebruikers.id, naam: gebruikers.naam })
    .from(gebruikers)
    .where(and(sql`'jurist' = any(${gebruikers.rollen})`, eq(gebruikers.actief, true)))
    .orderBy(asc(gebruikers.naam))
    .limit(100);
}
