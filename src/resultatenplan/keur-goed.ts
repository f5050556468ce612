import { voegGoedkeuringToe } from "../db/resultatenplan";
import { type GoedkeuringSoort, toetsGoedkeuring } from "../domain/resultatenplan/goedkeuring";
import type { PlanInhoud } from "../domain/resultatenplan/inhoud";
import { type Handeling, vereis } from "../handeling/context";
import { regelOvertreden } from "../handeling/weigering";
import { auditeerPlan, contextVan, laadPlan, type PlanMetContext } from "./plan";

/**
 * The teamleider's signature on the plan's current version: a deviation after the Omgekeerde Toets, or an
 * individuele overeenkomst. Only the teamleider may sign (the policy); the plan itself does not change.
 */
export async function keurGoed(
  h: Handeling,
  planId: string,
  goedkeuring: { soort: GoedkeuringSoort; motivering: string },
): Promise<PlanMetContext> {
  const { tx, wie } = h;
  vereis(wie, "aanmaken", { soort: "goedkeuring", gemeenteCode: wie.gemeente.code });
  const { plan, zaak } = await laadPlan(h, planId, { voor: "lezen" });
  const weigering = toetsGoedkeuring(goedkeuring.soort, plan.inhoud as PlanInhoud);
  if (weigering) throw regelOvertreden(weigering.melding, undefined, weigering.regel);
  await voegGoedkeuringToe(tx, {
    gemeenteCode: wie.gemeente.code,
    planId: plan.id,
    soort: goedkeuring.soort,
    planVersie: plan.versie,
    motivering: goedkeuring.motivering,
    gegevenDoor: wie.medewerkerId,
  });
  const ctx = await contextVan(tx, plan);
  await auditeerPlan(h, ctx, "wijzigen", `goedkeuring ${goedkeuring.soort} op plan ${zaak.zaaknummer}`);
  return { plan, ctx };
}
