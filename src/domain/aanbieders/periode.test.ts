import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bevat, dekt, isGeldigePeriode, overlappen, type Periode } from "./periode";

const p = (van: string, tot: string | null): Periode => ({ van, tot });

describe("periodes", () => {
  it.each([
    [p("2026-01-01", "2026-12-31"), true],
    [p("2026-01-01", "2026-01-01"), true],
    [p("2026-01-01", null), true],
    [p("2026-02-01", "2026-01-31"), false],
  ])("geldig %j → %s", (periode, verwacht) => {
    expect(isGeldigePeriode(periode)).toBe(verwacht);
  });

  it.each([
    [p("2026-01-01", "2026-12-31"), "2026-01-01", true],
    [p("2026-01-01", "2026-12-31"), "2026-12-31", true],
    [p("2026-01-01", "2026-12-31"), "2027-01-01", false],
    [p("2026-01-01", "2026-12-31"), "2025-12-31", false],
    [p("2026-01-01", null), "2099-01-01", true],
  ])("%j bevat %s → %s", (periode, datum, verwacht) => {
    expect(bevat(periode, datum)).toBe(verwacht);
  });

  it.each([
    [p("2026-01-01", "2026-03-31"), p("2026-03-31", "2026-06-30"), true],
    [p("2026-01-01", "2026-03-31"), p("2026-04-01", "2026-06-30"), false],
    [p("2026-01-01", null), p("2030-01-01", "2030-02-01"), true],
    [p("2026-05-01", null), p("2026-01-01", "2026-04-30"), false],
    [p("2026-01-01", null), p("2025-01-01", null), true],
  ])("%j overlapt %j → %s", (a, b, verwacht) => {
    expect(overlappen(a, b)).toBe(verwacht);
    expect(overlappen(b, a)).toBe(verwacht);
  });

  it.each([
    [p("2026-01-01", "2026-12-31"), p("2026-02-01", "2026-06-30"), true],
    [p("2026-01-01", "2026-12-31"), p("2026-01-01", "2026-12-31"), true],
    [p("2026-01-01", "2026-12-31"), p("2025-12-01", "2026-06-30"), false],
    [p("2026-01-01", "2026-12-31"), p("2026-06-01", "2027-01-31"), false],
    [p("2026-01-01", "2026-12-31"), p("2026-06-01", null), false],
    [p("2026-01-01", null), p("2026-06-01", null), true],
  ])("%j dekt %j → %s", (a, b, verwacht) => {
    expect(dekt(a, b)).toBe(verwacht);
  });

  const datum = fc
    .date({ min: new Date("2020-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const periode = fc
    .tuple(datum, fc.option(datum))
    .map(([a, b]) => (b === null ? p(a, null) : a <= b ? p(a, b) : p(b, a)));

  it("overlap is symmetrisch en gelijk aan 'een gedeelde dag'", () => {
    fc.assert(
      fc.property(periode, periode, datum, (a, b, d) => {
        expect(overlappen(a, b)).toBe(overlappen(b, a));
        if (bevat(a, d) && bevat(b, d)) expect(overlappen(a, b)).toBe(true);
      }),
    );
  });

  it("wat een periode dekt, overlapt hij ook, en elke dag ervan valt erin", () => {
    fc.assert(
      fc.property(periode, periode, (a, b) => {
        if (dekt(a, b)) {
          expect(overlappen(a, b)).toBe(true);
          expect(bevat(a, b.van)).toBe(true);
          if (b.tot) expect(bevat(a, b.tot)).toBe(true);
        }
      }),
    );
  });
});
