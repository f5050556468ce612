/**
 * What the plan acts share: loading a plan with its zaak under the policy, the plan's context, a new version
 * saved optimistically, the refusal naming every broken plan rule, and the audit facts per person.
 */
import type { AuditFeit } from "../db/audit";
import type { Tx } from "../db/client";
import { haalPlan, type PlanRij, werkPlanBij } from "../db/resultatenplan";
import type { ZaakRij } from "../db/zaken";
import type { PlanInhoud } from "../domain/resultatenplan/inhoud";
import { beschrijfOvertredingen, type Overtreding } from "../domain/resultatenplan/regels";
import { auditeer, type Handeling } from "../handeling/context";
import { medewerkerVan } from "../handeling/systeem";
import { conflict, nietGevonden, regelOvertreden } from "../handeling/weigering";
import { laadZaak } from "../zaken/zaak";
import { type GeladenContext, laadPlanContext } from "./context";

export const PLAN_GEWIJZIGD = "Iemand anders heeft dit plan intussen gewijzigd. Laad het plan opnieuw.";

/** A plan and the context its rules and its view need. */
export interface PlanMetContext {
  plan: PlanRij;
  ctx: GeladenContext;
}

export type PlanDoel = { voor: "lezen" } | { voor: "wijzigen"; versie?: number };

/**
 * The plan with its zaak, after the policy allowed reading or changing the zaak. A change on a plan versie
 * other than the stored one is a conflict.
 */
export async function laadPlan(
  h: Handeling,
  planId: string,
  doel: PlanDoel,
): Promise<{ plan: PlanRij; zaak: ZaakRij }> {
  const plan = await haalPlan(h.tx, planId);
  if (!plan) throw nietGevonden();
  const zaak = await laadZaak(h, plan.zaakId, { voor: doel.voor });
  if (doel.voor === "wijzigen" && doel.versie !== undefined && plan.versie !== doel.versie)
    throw conflict(PLAN_GEWIJZIGD);
  return { plan, zaak };
}

/** The context of the plan for the given content (default: what the plan holds now). */
export function contextVan(
  tx: Tx,
  plan: PlanRij,
  inhoud = plan.inhoud as PlanInhoud,
): Promise<GeladenContext> {
  return laadPlanContext(tx, plan.zaakId, plan.matrixVersieId, inhoud);
}

/** Saves the next version of the plan; a plan changed meanwhile is a conflict. */
export async function bewaarVersie(
  h: Handeling,
  plan: PlanRij,
  wijziging: Parameters<typeof werkPlanBij>[2],
  gebeurtenis: string,
): Promise<PlanRij> {
  const bijgewerkt = await werkPlanBij(h.tx, plan, wijziging, {
    gebeurtenis,
    gewijzigdDoor: medewerkerVan(h.wie),
  });
  if (!bijgewerkt) throw conflict(PLAN_GEWIJZIGD);
  return bijgewerkt;
}

/** 422 naming every broken plan rule: `regel` is the first, each field error carries its own. */
export function weigerOvertredingen(fouten: readonly Overtreding[]): never {
  throw regelOvertreden(
    beschrijfOvertredingen(fouten),
    fouten.map((f) => ({ veld: `inhoud.${f.veld}`, melding: f.melding, regel: f.regel })),
    fouten[0]?.regel,
  );
}

/** Audits the read or change of the plan for every person on the zaak. */
export function auditeerPlan(
  h: Handeling,
  ctx: Pick<GeladenContext, "zaakPersonen">,
  actie: AuditFeit["actie"],
  reden: string,
): Promise<void> {
  return auditeer(
    h,
    [...new Set(ctx.zaakPersonen.map((p) => p.persoonId))].map((persoonId) => ({
      actie,
      resource: "resultatenplan",
      persoonId,
      reden,
    })),
  );
}
