/**
 * Expected cost of a toewijzing: omvang × tarief × periode with the Frequentie of the iStandaard (WMO757:
 * 1 per dag, 2 per week, 4 per maand, 6 totaal binnen geldigheidsduur toewijzing), the eenheid WJ756.
 */
import { describe, expect, it } from "vitest";
import { maanden, type Tarief, type ToewijzingVoorKosten, verwachteKosten } from "./kosten";

const UUR: Tarief = { van: "2026-01-01", tot: null, eenheid: "04", bedrag: 6500 };
const t = (over: Partial<ToewijzingVoorKosten>): ToewijzingVoorKosten => ({
  ingangsdatum: "2026-03-01",
  einddatum: "2026-03-28",
  omvang: { volume: 2, eenheid: "04", frequentie: "2" },
  budget: null,
  redenWijziging: null,
  ...over,
});
const omvang = (volume: number, eenheid: string, frequentie: string) => ({
  omvang: { volume, eenheid, frequentie },
});

describe("verwachte kosten van een toewijzing", () => {
  it.each([
    ["2 uur per week, 4 weken (28 dagen) × € 65", t({}), [UUR], 52000],
    [
      "2 uur per week, 1 dag: 2 × 1/7 × € 65 (afgerond op centen)",
      t({ einddatum: "2026-03-01" }),
      [UUR],
      1857,
    ],
    ["3 uur per dag, 10 dagen", t({ ...omvang(3, "04", "1"), einddatum: "2026-03-10" }), [UUR], 195000],
    [
      "8 uur per maand, januari t/m maart (3 hele maanden)",
      t({ ...omvang(8, "04", "4"), ingangsdatum: "2026-01-01", einddatum: "2026-03-31" }),
      [UUR],
      156000,
    ],
    [
      "8 uur per maand, 16 t/m 31 januari: 16/31 maand",
      t({ ...omvang(8, "04", "4"), ingangsdatum: "2026-01-16", einddatum: "2026-01-31" }),
      [UUR],
      26839,
    ],
    [
      "40 uur totaal binnen de geldigheidsduur",
      t({ ...omvang(40, "04", "6"), einddatum: null }),
      [UUR],
      260000,
    ],
    [
      "120 minuten per week tegen een uurtarief (WJ756: 60 minuten in een uur)",
      t({ ...omvang(120, "01", "2") }),
      [UUR],
      52000,
    ],
    [
      "tariefwijziging per 1 april: ieder deel tegen zijn eigen tarief",
      t({ ingangsdatum: "2026-03-25", einddatum: "2026-04-07" }),
      [
        { ...UUR, tot: "2026-03-31" },
        { ...UUR, van: "2026-04-01", bedrag: 7000 },
      ],
      // 2 × 7/7 × 6500 + 2 × 7/7 × 7000
      27000,
    ],
    ["budget: het budget zelf", t({ omvang: null, budget: 125000 }), [], 125000],
    ["verwijderd (reden 13): niets", t({ redenWijziging: "13" }), [UUR], 0],
    [
      "5 etmalen per week tegen een etmaaltarief, 2 weken",
      t({ ...omvang(5, "14", "2"), einddatum: "2026-03-14" }),
      [{ ...UUR, eenheid: "14", bedrag: 21000 }],
      210000,
    ],
  ] as const)("%s", (_naam, toewijzing, tarieven, bedrag) => {
    const uitkomst = verwachteKosten(toewijzing, tarieven);
    expect(uitkomst).toMatchObject({ ok: true, bedrag });
  });

  it.each([
    ["geen tarief op de ingangsdatum", t({}), [{ ...UUR, van: "2026-04-01" }], /geldt geen tarief/],
    ["een gat in de tarieven", t({ einddatum: "2026-04-30" }), [{ ...UUR, tot: "2026-03-31" }], /2026-04-01/],
    ["open einde bij een frequentie per week", t({ einddatum: null }), [UUR], /geen einddatum/],
    ["dagdeel tegen een uurtarief (geen vaste verhouding)", t(omvang(2, "16", "2")), [UUR], /eenheid 04/],
    ["onbekende frequentie", t(omvang(2, "04", "9")), [UUR], /frequentie 9/],
    ["geen omvang en geen budget", t({ omvang: null }), [UUR], /geen omvang/],
  ] as const)("geen bedrag: %s", (_naam, toewijzing, tarieven, reden) => {
    const uitkomst = verwachteKosten(toewijzing, tarieven);
    expect(uitkomst.ok).toBe(false);
    if (!uitkomst.ok) expect(uitkomst.reden).toMatch(reden);
  });

  it("maanden telt hele kalendermaanden en delen naar rato van hun dagen", () => {
    expect(maanden("2026-02-01", "2026-02-28")).toBe(1);
    expect(maanden("2026-01-01", "2026-12-31")).toBe(12);
    expect(maanden("2026-02-15", "2026-03-14")).toBeCloseTo(14 / 28 + 14 / 31, 10);
  });
});
