import { describe, expect, it } from "vitest";
import type { PlanStatus } from "../resultatenplan/status";
import { iedereenGetekend, planHash, toetsHandtekening } from "./ondertekening";

const plan = {
  id: "p1",
  versie: 4,
  inhoud: { hulpvraag: "Hulp bij het huishouden", leefgebieden: ["wonen"] },
};
const hash = planHash(plan);

describe("planHash", () => {
  it("does not depend on key order", () => {
    expect(
      planHash({ ...plan, inhoud: { leefgebieden: ["wonen"], hulpvraag: "Hulp bij het huishouden" } }),
    ).toBe(hash);
  });
  it.each([
    ["another version", { ...plan, versie: 5 }],
    ["another plan", { ...plan, id: "p2" }],
    ["changed content", { ...plan, inhoud: { ...plan.inhoud, hulpvraag: "Hulp bij het huishouden." } }],
    ["changed order in a list", { ...plan, inhoud: { ...plan.inhoud, leefgebieden: ["wonen", "werk"] } }],
  ])("changes with %s", (_, ander) => {
    expect(planHash(ander)).not.toBe(hash);
  });
});

describe("toetsHandtekening", () => {
  const ter = { status: "ter-ondertekening" as PlanStatus, versie: 4, hash };
  const verzoek = { versie: 4, hash, akkoord: true };
  it.each([
    ["the one who must sign", ter, verzoek, "ouder", ["ouder"], [], null],
    ["the second of two parents", ter, verzoek, "moeder", ["vader", "moeder"], ["vader"], null],
    ["without the akkoord", ter, { ...verzoek, akkoord: false }, "ouder", ["ouder"], [], "akkoord"],
    [
      "a concept",
      { ...ter, status: "concept" as PlanStatus },
      verzoek,
      "ouder",
      ["ouder"],
      [],
      "plan-ter-ondertekening",
    ],
    [
      "a definitive plan not yet shared",
      { ...ter, status: "definitief" as PlanStatus },
      verzoek,
      "ouder",
      ["ouder"],
      [],
      "plan-ter-ondertekening",
    ],
    [
      "a signed plan",
      { ...ter, status: "ondertekend" as PlanStatus },
      verzoek,
      "ouder",
      ["ouder"],
      [],
      "plan-ter-ondertekening",
    ],
    ["an older version", ter, { ...verzoek, versie: 3 }, "ouder", ["ouder"], [], "plan-ongewijzigd"],
    ["another hash", ter, { ...verzoek, hash: "0".repeat(64) }, "ouder", ["ouder"], [], "plan-ongewijzigd"],
    ["someone who need not sign", ter, verzoek, "buurman", ["ouder"], [], "ondertekenaar"],
    ["twice", ter, verzoek, "vader", ["vader", "moeder"], ["vader"], "nog-niet-getekend"],
  ] as const)("%s", (_, p, v, wie, moeten, getekend, regel) => {
    const oordeel = toetsHandtekening(p, v, wie, moeten, getekend);
    expect(oordeel.ok ? null : oordeel.regel).toBe(regel);
  });
});

describe("iedereenGetekend", () => {
  it.each([
    [["jongere", "ouder"], ["jongere"], false],
    [["jongere", "ouder"], ["ouder", "jongere"], true],
    [["zelf"], ["zelf"], true],
    [[], [], false],
  ])("%o signed by %o → %s", (moeten, getekend, verwacht) => {
    expect(iedereenGetekend(moeten, getekend)).toBe(verwacht);
  });
});
