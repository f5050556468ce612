import { geldigeMatrixVersie } from "../db/catalogus-matrix";
import { maakPlan, planVanZaak } from "../db/resultatenplan";
import { LEGE_INHOUD, type PlanInhoud } from "../domain/resultatenplan/inhoud";
import { toetsNieuwPlan } from "../domain/resultatenplan/nieuw-plan";
import { controleerPlan } from "../domain/resultatenplan/regels";
import type { Handeling } from "../handeling/context";
import { regelOvertreden, Weigering } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { laadZaak, voerActieUit } from "../zaken/zaak";
import { laadPlanContext } from "./context";
import { auditeerPlan, type PlanMetContext, weigerOvertredingen } from "./plan";

/**
 * Starts the zaak's resultatenplan on the Resultatenmatrix in force today (a concept, versie 1). A zaak in
 * onderzoek moves to 'plan' (state machine action `start-plan`).
 */
export async function startPlan(
  h: Handeling,
  zaakId: string,
  inhoud: PlanInhoud = LEGE_INHOUD,
): Promise<PlanMetContext> {
  const { tx, wie } = h;
  const zaak = await laadZaak(h, zaakId, { voor: "wijzigen" });
  const bestaand = await planVanZaak(tx, zaak.id);
  const matrix = await geldigeMatrixVersie(tx, vandaag());
  const weigering = toetsNieuwPlan({
    zaakAfgesloten: zaak.afgeslotenOp !== null,
    heeftAlPlan: bestaand !== undefined,
    matrixGepubliceerd: matrix !== undefined,
  });
  if (weigering?.regel === "een-plan-per-zaak")
    throw new Weigering("conflict", weigering.melding, [], weigering.regel);
  if (weigering) throw regelOvertreden(weigering.melding, undefined, weigering.regel);
  if (!matrix) throw new Error("toetsNieuwPlan liet een plan zonder Resultatenmatrix toe");
  const ctx = await laadPlanContext(tx, zaak.id, matrix.id, inhoud);
  const fouten = controleerPlan(inhoud, ctx);
  if (fouten.length > 0) weigerOvertredingen(fouten);
  const plan = await maakPlan(tx, {
    gemeenteCode: wie.gemeente.code,
    zaakId: zaak.id,
    matrixVersieId: matrix.id,
    inhoud,
    aangemaaktDoor: wie.medewerkerId,
  });
  if (zaak.status === "onderzoek") await voerActieUit(h, zaak, "start-plan", {});
  await auditeerPlan(h, ctx, "aanmaken", `resultatenplan voor zaak ${zaak.zaaknummer}`);
  return { plan, ctx };
}
