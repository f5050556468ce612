import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { atwVerschuiving, feestdagen, isWerkdag, plusMaanden, plusWerkdagen } from "./kalender";

describe("kalender", () => {
  it("kent de feestdagen van de Algemene termijnenwet, zonder Goede Vrijdag", () => {
    expect([...feestdagen(2026).keys()].sort()).toEqual([
      "2026-01-01",
      "2026-04-05",
      "2026-04-06",
      "2026-04-27",
      "2026-05-05",
      "2026-05-14",
      "2026-05-24",
      "2026-05-25",
      "2026-12-25",
      "2026-12-26",
    ]);
  });

  it("verschuift een einde op zaterdag, zondag of feestdag naar de eerstvolgende werkdag", () => {
    expect(atwVerschuiving("2026-05-02")).toBe("2026-05-04");
    expect(atwVerschuiving("2026-12-25")).toBe("2026-12-28");
    expect(atwVerschuiving("2027-04-27")).toBe("2027-04-28");
    expect(atwVerschuiving("2026-04-03")).toBe("2026-04-03");
  });

  it("telt werkdagen zonder weekend en feestdagen", () => {
    expect(plusWerkdagen("2026-04-02", 3)).toBe("2026-04-08");
    expect(plusWerkdagen("2026-12-24", 1)).toBe("2026-12-28");
  });

  it("plusWerkdagen landt altijd op een werkdag, na de startdag", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2024-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }),
        fc.integer({ min: 1, max: 30 }),
        (d, n) => {
          const start = d.toISOString().slice(0, 10);
          const eind = plusWerkdagen(start, n);
          return isWerkdag(eind) && eind > start;
        },
      ),
    );
  });
});

describe("plusMaanden", () => {
  it.each([
    ["2026-01-15", 6, "2026-07-15"],
    ["2026-08-31", 1, "2026-09-30"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2026-11-30", 3, "2027-02-28"],
    ["2026-05-01", 9, "2027-02-01"],
  ])("%s + %i maanden = %s", (van, maanden, tot) => {
    expect(plusMaanden(van, maanden)).toBe(tot);
  });
});
