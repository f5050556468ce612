import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { datumMetWeekdag, isDatum, isTijd, maandagVan, naarLokaal, vanLokaal, verschilMinuten } from "./tijd";

describe("Nederlandse tijd ↔ UTC", () => {
  it.each([
    ["winter", "2026-01-05", "09:30", "2026-01-05T08:30:00.000Z"],
    ["zomer", "2026-07-01", "09:30", "2026-07-01T07:30:00.000Z"],
    ["dag voor zomertijd", "2026-03-28", "12:00", "2026-03-28T11:00:00.000Z"],
    ["ochtend na overgang naar zomertijd", "2026-03-29", "03:00", "2026-03-29T01:00:00.000Z"],
    ["dubbel uur in oktober: eerste keer", "2026-10-25", "02:30", "2026-10-25T00:30:00.000Z"],
    ["na overgang naar wintertijd", "2026-10-25", "09:00", "2026-10-25T08:00:00.000Z"],
    ["middernacht", "2026-12-31", "00:00", "2026-12-30T23:00:00.000Z"],
  ])("%s: %s %s → %s", (_naam, datum, tijd, verwacht) => {
    expect(vanLokaal(datum, tijd)?.toISOString()).toBe(verwacht);
  });

  it.each([
    ["overgeslagen uur bij zomertijd", "2026-03-29", "02:30"],
    ["ongeldige tijd", "2026-01-05", "24:00"],
    ["ongeldige datum", "2026-02-30", "10:00"],
    ["geen datum", "morgen", "10:00"],
  ])("%s bestaat niet", (_naam, datum, tijd) => {
    expect(vanLokaal(datum, tijd)).toBeUndefined();
  });

  it.each([
    ["2026-01-05T08:30:00Z", { datum: "2026-01-05", tijd: "09:30", weekdag: 1 }, 60],
    ["2026-07-05T22:30:00Z", { datum: "2026-07-06", tijd: "00:30", weekdag: 1 }, 120],
    ["2026-03-29T00:59:00Z", { datum: "2026-03-29", tijd: "01:59", weekdag: 7 }, 60],
    ["2026-03-29T01:00:00Z", { datum: "2026-03-29", tijd: "03:00", weekdag: 7 }, 120],
  ])("%s is lokaal %j (UTC+%i min)", (iso, lokaal, verschil) => {
    expect(naarLokaal(new Date(iso))).toEqual(lokaal);
    expect(verschilMinuten(new Date(iso))).toBe(verschil);
  });

  it("heen en terug geeft hetzelfde moment voor iedere hele minuut", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("2020-01-01T00:00:00Z"),
          max: new Date("2035-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        (d) => {
          const minuut = new Date(Math.floor(d.getTime() / 60_000) * 60_000);
          const l = naarLokaal(minuut);
          const terug = vanLokaal(l.datum, l.tijd);
          // In the repeated autumn hour the first occurrence comes back; it shows the same wall-clock time.
          expect(terug && naarLokaal(terug)).toEqual(l);
          expect(Math.abs((terug?.getTime() ?? 0) - minuut.getTime())).toBeLessThanOrEqual(3_600_000);
        },
      ),
    );
  });

  it.each([
    ["08:30", true],
    ["8:30", false],
    ["23:59", true],
    ["24:00", false],
    ["12:60", false],
  ])("isTijd(%s) = %s", (tijd, ok) => expect(isTijd(tijd)).toBe(ok));

  it.each([
    ["2028-02-29", true],
    ["2026-02-29", false],
    ["2026-13-01", false],
  ])("isDatum(%s) = %s", (datum, ok) => expect(isDatum(datum)).toBe(ok));

  it.each([
    ["2026-01-05", "2026-01-05"],
    ["2026-01-11", "2026-01-05"],
    ["2026-03-01", "2026-02-23"],
  ])("maandag van de week van %s is %s", (datum, maandag) => expect(maandagVan(datum)).toBe(maandag));

  it("schrijft de datum voluit met weekdag", () => {
    expect(datumMetWeekdag("2026-01-05")).toBe("maandag 5 januari 2026");
  });
});
