import { describe, expect, it } from "vitest";
import { STANDAARD_WIJZE, standaardMoment, teplannenMomenten } from "./momenten";

describe("evaluatiemomenten", () => {
  it.each([
    [
      "een jaar: zes weken voor het einde",
      [{ ingangsdatum: "2026-01-01", einddatum: "2026-12-31" }],
      "2026-11-19",
    ],
    ["geen einddatum: na een half jaar", [{ ingangsdatum: "2026-01-01", einddatum: null }], "2026-07-02"],
    ["kort (8 weken): halverwege", [{ ingangsdatum: "2026-01-01", einddatum: "2026-02-26" }], "2026-01-29"],
    [
      "meerdere producten: het vroegste einde",
      [
        { ingangsdatum: "2026-01-01", einddatum: "2027-12-31" },
        { ingangsdatum: "2026-02-01", einddatum: "2026-12-31" },
      ],
      "2026-11-19",
    ],
  ])("%s", (_naam, perioden, datum) => {
    expect(standaardMoment(perioden)).toEqual({ datum, wijze: STANDAARD_WIJZE });
  });

  it("zonder perioden geen moment", () => {
    expect(standaardMoment([])).toBeNull();
  });

  it("neemt de momenten uit het plan over, gesorteerd, vanaf de start", () => {
    const plan = [
      { datum: "2026-09-01", wijze: "Gesprek" },
      { datum: "2025-12-01", wijze: "Te vroeg" },
      { datum: "2026-04-01", wijze: "Telefonisch" },
    ];
    expect(
      teplannenMomenten(plan, [{ ingangsdatum: "2026-01-01", einddatum: null }]).map((m) => m.datum),
    ).toEqual(["2026-04-01", "2026-09-01"]);
  });

  it("valt terug op het standaardmoment als het plan er geen heeft", () => {
    expect(teplannenMomenten([], [{ ingangsdatum: "2026-01-01", einddatum: null }])).toHaveLength(1);
  });
});
