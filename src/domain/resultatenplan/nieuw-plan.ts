/**
 * Starting a zaak's resultatenplan (004 §4.3): one plan per zaak (a gezinsplan: "één gezin, één plan"),
 * never on a closed zaak, and always on a published Resultatenmatrix (the plan keeps the version it
 * started with). Pure: the caller says what it found.
 */
export type NieuwPlanRegel = "zaak-open" | "een-plan-per-zaak" | "matrix-gepubliceerd";

export interface NieuwPlanFeiten {
  zaakAfgesloten: boolean;
  heeftAlPlan: boolean;
  matrixGepubliceerd: boolean;
}

/** Why no plan can be started now, or null when it can. */
export function toetsNieuwPlan(f: NieuwPlanFeiten): { regel: NieuwPlanRegel; melding: string } | null {
  if (f.zaakAfgesloten)
    return { regel: "zaak-open", melding: "Een afgesloten zaak krijgt geen nieuw resultatenplan." };
  if (f.heeftAlPlan)
    return { regel: "een-plan-per-zaak", melding: "Deze zaak heeft al een resultatenplan; wijzig dat plan." };
  if (!f.matrixGepubliceerd)
    return { regel: "matrix-gepubliceerd", melding: "Er is nog geen Resultatenmatrix gepubliceerd." };
  return null;
}
