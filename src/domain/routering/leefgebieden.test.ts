import { describe, expect, it } from "vitest";
import { isLeefgebied, LEEFGEBIED_LABELS, LEEFGEBIEDEN, leefgebiedLabel } from "./leefgebieden";

describe("leefgebieden", () => {
  it("has the fourteen leefgebieden, each with a Dutch label", () => {
    expect(LEEFGEBIEDEN).toHaveLength(14);
    expect(Object.keys(LEEFGEBIED_LABELS).sort()).toEqual([...LEEFGEBIEDEN].sort());
    for (const code of LEEFGEBIEDEN) expect(LEEFGEBIED_LABELS[code]).toMatch(/^\p{Lu}/u);
  });

  it.each([
    ["financien", "Financiën"],
    ["werk-dagbesteding", "Werk en dagbesteding"],
    ["psychisch-welbevinden", "Psychisch welbevinden"],
    ["onbekend-gebied", "onbekend-gebied"],
  ])("leefgebiedLabel(%j) = %j", (code, label) => {
    expect(leefgebiedLabel(code)).toBe(label);
  });

  it("recognises codes", () => {
    expect(isLeefgebied("wonen")).toBe(true);
    expect(isLeefgebied("Wonen")).toBe(false);
    expect(isLeefgebied(3)).toBe(false);
  });
});
