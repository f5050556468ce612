import type { PlanInhoud } from "../domain/resultatenplan/inhoud";
import { controleerDefinitief } from "../domain/resultatenplan/regels";
import { type PlanStap, type PlanStatus, zetStap } from "../domain/resultatenplan/status";
import type { Handeling } from "../handeling/context";
import { weigerAls } from "../handeling/weigering";
import { maakPlanBrief } from "./brief";
import {
  auditeerPlan,
  bewaarVersie,
  contextVan,
  laadPlan,
  type PlanMetContext,
  weigerOvertredingen,
} from "./plan";
import { goedkeuringenVan } from "./weergave";

/**
 * Definitief (every rule for a definitive plan, incl. the teamleider's signatures) or ter ondertekening (the
 * plan as a letter, pdf, for the resident to sign). Signing itself is `ondertekenPlan`.
 */
export async function zetPlanStap(
  h: Handeling,
  planId: string,
  versie: number,
  stap: Exclude<PlanStap, "ondertekend">,
): Promise<PlanMetContext> {
  const { plan, zaak } = await laadPlan(h, planId, { voor: "wijzigen", versie });
  const uitkomst = zetStap(plan.status as PlanStatus, stap);
  weigerAls(uitkomst);
  const ctx = await contextVan(h.tx, plan);
  if (stap === "definitief") {
    const { vlaggen } = await goedkeuringenVan(h.tx, plan.id);
    const fouten = controleerDefinitief(plan.inhoud as PlanInhoud, ctx, vlaggen);
    if (fouten.length > 0) weigerOvertredingen(fouten);
  }
  const briefDocumentId =
    stap === "ter-ondertekening" ? await maakPlanBrief(h.tx, h.wie, zaak, plan, ctx) : undefined;
  const bijgewerkt = await bewaarVersie(
    h,
    plan,
    { status: uitkomst.naar, ...(briefDocumentId ? { briefDocumentId } : {}) },
    stap,
  );
  await auditeerPlan(h, ctx, "wijzigen", `resultatenplan van zaak ${zaak.zaaknummer}: ${stap}`);
  return { plan: bijgewerkt, ctx };
}
