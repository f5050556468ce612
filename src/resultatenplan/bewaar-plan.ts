import type { PlanInhoud } from "../domain/resultatenplan/inhoud";
import { controleerPlan } from "../domain/resultatenplan/regels";
import { STATUS_NA_WIJZIGING } from "../domain/resultatenplan/status";
import type { Handeling } from "../handeling/context";
import {
  auditeerPlan,
  bewaarVersie,
  contextVan,
  laadPlan,
  type PlanMetContext,
  weigerOvertredingen,
} from "./plan";

/**
 * Saves changed content as a new version of the plan (on the versie the caller saw). A changed definitive,
 * sent or signed plan is a concept again and its letter no longer applies: it must be signed again.
 */
export async function bewaarPlan(
  h: Handeling,
  planId: string,
  versie: number,
  inhoud: PlanInhoud,
): Promise<PlanMetContext> {
  const { plan, zaak } = await laadPlan(h, planId, { voor: "wijzigen", versie });
  const ctx = await contextVan(h.tx, plan, inhoud);
  const fouten = controleerPlan(inhoud, ctx);
  if (fouten.length > 0) weigerOvertredingen(fouten);
  const concept = plan.status === "concept";
  const bijgewerkt = await bewaarVersie(
    h,
    plan,
    { status: STATUS_NA_WIJZIGING, inhoud, ...(concept ? {} : { briefDocumentId: null }) },
    concept ? "opgeslagen" : `gewijzigd na '${plan.status}'`,
  );
  await auditeerPlan(h, ctx, "wijzigen", `resultatenplan van zaak ${zaak.zaaknummer} gewijzigd`);
  return { plan: bijgewerkt, ctx };
}
