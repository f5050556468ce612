import { describe, expect, it } from "vitest";
import { type NieuwPlanFeiten, toetsNieuwPlan } from "./nieuw-plan";

const feiten = (over: Partial<NieuwPlanFeiten> = {}): NieuwPlanFeiten => ({
  zaakAfgesloten: false,
  heeftAlPlan: false,
  matrixGepubliceerd: true,
  ...over,
});

describe("toetsNieuwPlan", () => {
  it.each([
    ["open zaak, geen plan, matrix gepubliceerd", feiten(), null],
    ["afgesloten zaak", feiten({ zaakAfgesloten: true }), "zaak-open"],
    ["zaak met een plan", feiten({ heeftAlPlan: true }), "een-plan-per-zaak"],
    ["geen gepubliceerde matrix", feiten({ matrixGepubliceerd: false }), "matrix-gepubliceerd"],
    [
      "afgesloten zaak met plan en zonder matrix: de afsluiting telt eerst",
      feiten({ zaakAfgesloten: true, heeftAlPlan: true, matrixGepubliceerd: false }),
      "zaak-open",
    ],
  ])("%s → %s", (_naam, f, regel) => {
    expect(toetsNieuwPlan(f)?.regel ?? null).toBe(regel);
  });
});
