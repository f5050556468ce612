import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plusDagen } from "../termijnen/kalender";
import { isMinderjarig, leeftijdOp } from "./leeftijd";

describe("leeftijdOp", () => {
  it.each([
    ["2010-05-10", "2026-05-09", 15],
    ["2010-05-10", "2026-05-10", 16],
    ["2008-03-01", "2026-02-28", 17],
    ["2008-02-29", "2026-02-28", 17],
    ["2008-02-29", "2026-03-01", 18],
    ["1944-02-11", "2026-01-05", 81],
    ["2026-01-05", "2026-01-05", 0],
    ["2008-06-15", "2026-06-14", 17],
    ["2008-06-15", "2026-06-15", 18],
    ["2000-06-15", "2026-06-14", 25],
    ["2000-06-15", "2026-06-15", 26],
    ["2004-02-29", "2026-02-28", 21],
    ["2004-02-29", "2026-03-01", 22],
    ["2026-09-01", "2026-06-01", -1],
  ])("geboren %s, op %s: %i jaar", (geboren, op, jaren) => {
    expect(leeftijdOp(geboren, op)).toBe(jaren);
  });

  it.each([
    ["2008-06-01", "2026-05-31", true],
    ["2008-06-01", "2026-06-01", false],
  ])("minderjarig: geboren %s, op %s → %s", (geboren, op, verwacht) => {
    expect(isMinderjarig(geboren, op)).toBe(verwacht);
  });

  it("wordt nooit kleiner naarmate de peildatum later ligt", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40_000 }),
        fc.integer({ min: 0, max: 3_000 }),
        fc.integer({ min: 0, max: 400 }),
        (geboorte, na, extra) => {
          const geboren = plusDagen("1930-01-01", geboorte);
          const op = plusDagen(geboren, na);
          expect(leeftijdOp(geboren, plusDagen(op, extra))).toBeGreaterThanOrEqual(leeftijdOp(geboren, op));
        },
      ),
    );
  });
});
