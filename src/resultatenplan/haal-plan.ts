/** Reading a plan: the zaak's plan, its version list and one earlier version, each under the policy. */
import { planVanZaak, planVersie, planVersies } from "../db/resultatenplan";
import type { PlanInhoud } from "../domain/resultatenplan/inhoud";
import type { Handeling } from "../handeling/context";
import { nietGevonden } from "../handeling/weigering";
import { laadZaak } from "../zaken/zaak";
import { laadPlanContext } from "./context";
import { auditeerPlan, contextVan, laadPlan, type PlanMetContext } from "./plan";
import { planVersieAlsApi, planVersieRegelAlsApi } from "./weergave";

/** The zaak's plan (404 when it has none yet); the read is audited for every person on the zaak. */
export async function haalPlanVanZaak(h: Handeling, zaakId: string): Promise<PlanMetContext> {
  const zaak = await laadZaak(h, zaakId, { voor: "lezen" });
  const plan = await planVanZaak(h.tx, zaak.id);
  if (!plan) throw nietGevonden("Deze zaak heeft nog geen resultatenplan.");
  const ctx = await contextVan(h.tx, plan);
  await auditeerPlan(h, ctx, "lezen", `resultatenplan van zaak ${zaak.zaaknummer} geopend`);
  return { plan, ctx };
}

/** The plan's versions, newest first (who, when, what happened; no content). */
export async function haalPlanVersies(h: Handeling, planId: string, pagina: number, perPagina: number) {
  const { plan } = await laadPlan(h, planId, { voor: "lezen" });
  const { items, totaal } = await planVersies(h.tx, plan.id, pagina, perPagina);
  return { items: items.map(planVersieRegelAlsApi), totaal, pagina, perPagina };
}

/** One earlier version of the plan as it was then; the read is audited for every person on the zaak. */
export async function haalPlanVersie(h: Handeling, planId: string, versie: number) {
  const { plan, zaak } = await laadPlan(h, planId, { voor: "lezen" });
  const rij = await planVersie(h.tx, plan.id, versie);
  if (!rij) throw nietGevonden();
  const ctx = await laadPlanContext(h.tx, zaak.id, rij.matrixVersieId, rij.inhoud as PlanInhoud);
  await auditeerPlan(h, ctx, "lezen", `versie ${rij.versie} van resultatenplan ${zaak.zaaknummer}`);
  return planVersieAlsApi(rij);
}
