import { describe, expect, it } from "vitest";
import {
  BEDRAG_PER_DAG,
  berekenDwangsom,
  type DwangsomInvoer,
  MAXIMUM_BEDRAG,
  toetsIngebrekestelling,
} from "./dwangsom";
import { GELIJKGESTELD_2023_2028 } from "./gelijkgesteld.testdata";
import { maakKalender } from "./kalender";

const kalender = maakKalender(GELIJKGESTELD_2023_2028);

// Beslistermijn ended Friday 27 February 2026; ingebrekestelling received Monday 2 March 2026. The two weeks end
// Monday 16 March (Awb 4:17 lid 3), so the first day owed is Tuesday 17 March 2026.
const invoer = (vandaag: string, extra: Partial<DwangsomInvoer> = {}): DwangsomInvoer => ({
  beslistermijnEinde: "2026-02-27",
  ingebrekestellingOntvangenOp: "2026-03-02",
  besluitdatum: null,
  uitzondering: null,
  vandaag,
  kalender,
  ...extra,
});

// [wat, vandaag, besluit, dagen, bedrag, stand] — amounts per Awb 4:17 lid 2 (€ 23 / € 35 / € 45), max lid 1.
const GEVALLEN: [string, string, string | null, number, number, string][] = [
  ["dag van ontvangst", "2026-03-02", null, 0, 0, "nog-niet-verschuldigd"],
  ["laatste dag van de twee weken (lid 3)", "2026-03-16", null, 0, 0, "nog-niet-verschuldigd"],
  ["dag 1: € 23", "2026-03-17", null, 1, 23, "loopt"],
  ["dag 14: 14 × € 23", "2026-03-30", null, 14, 14 * 23, "loopt"],
  ["dag 15: de eerste dag van € 35", "2026-03-31", null, 15, 14 * 23 + 35, "loopt"],
  ["dag 28: 14 × € 23 + 14 × € 35", "2026-04-13", null, 28, 14 * 23 + 14 * 35, "loopt"],
  ["dag 29: de eerste dag van € 45", "2026-04-14", null, 29, 14 * 23 + 14 * 35 + 45, "loopt"],
  ["dag 42: het maximum (lid 1)", "2026-04-27", null, 42, MAXIMUM_BEDRAG, "maximum-bereikt"],
  ["ver na dag 42 blijft het maximum", "2026-12-31", null, 42, MAXIMUM_BEDRAG, "maximum-bereikt"],
  ["besluit binnen de twee weken: niets", "2026-04-30", "2026-03-10", 0, 0, "gestopt"],
  ["besluit op de eerste dag: die dag telt niet", "2026-04-30", "2026-03-17", 0, 0, "gestopt"],
  ["besluit halverwege: tot de dag van het besluit", "2026-04-30", "2026-03-20", 3, 69, "gestopt"],
  ["besluit na dag 15", "2026-05-30", "2026-04-01", 15, 14 * 23 + 35, "gestopt"],
  ["besluit pas na het maximum", "2026-05-30", "2026-05-20", 42, MAXIMUM_BEDRAG, "gestopt"],
  ["besluit gepland na vandaag telt nog niet", "2026-03-20", "2026-03-25", 4, 92, "loopt"],
];

describe("dwangsom bij niet tijdig beslissen (Awb 4:17)", () => {
  it.each(GEVALLEN)("%s", (_wat, vandaag, besluitdatum, dagen, bedrag, stand) => {
    const d = berekenDwangsom(invoer(vandaag, { besluitdatum }));
    expect(d).toMatchObject({ startdatum: "2026-03-17", dagen, bedrag, stand });
  });

  it("€ 23, € 35 en € 45 per dag, samen € 1 442 (lid 2)", () => {
    expect([1, 14, 15, 28, 29, 42].map(BEDRAG_PER_DAG)).toEqual([23, 23, 35, 35, 45, 45]);
    expect(berekenDwangsom(invoer("2026-04-14")).bedragPerDagNu).toBe(45);
  });

  it("de twee weken lopen vanaf het laatste van beide: ingebrekestelling ná het einde van de beslistermijn", () => {
    const d = berekenDwangsom(
      invoer("2026-03-20", { beslistermijnEinde: "2026-03-01", ingebrekestellingOntvangenOp: "2026-03-04" }),
    );
    expect(d).toMatchObject({ beslissenUiterlijk: "2026-03-18", startdatum: "2026-03-19", dagen: 2 });
  });

  it("de Algemene termijnenwet verschuift het einde van de twee weken (art. 1): Tweede Paasdag 2026", () => {
    // Received Monday 23 March 2026 → two weeks end Monday 6 April = Tweede Paasdag → Tuesday 7 April.
    const d = berekenDwangsom(
      invoer("2026-04-08", { beslistermijnEinde: "2026-03-20", ingebrekestellingOntvangenOp: "2026-03-23" }),
    );
    expect(d).toMatchObject({ beslissenUiterlijk: "2026-04-07", startdatum: "2026-04-08", dagen: 1 });
  });

  it("maar niet de 42 dagen zelf (lid 1): die tellen als kalenderdagen door weekend en feestdag", () => {
    // First day Tuesday 7 April 2026 … day 42 is Monday 18 May 2026, whatever falls in between.
    const d = berekenDwangsom(
      invoer("2026-05-18", { beslistermijnEinde: "2026-03-20", ingebrekestellingOntvangenOp: "2026-03-23" }),
    );
    expect(d).toMatchObject({ dagen: 41, stand: "loopt" });
    expect(
      berekenDwangsom({
        ...invoer("2026-05-19"),
        beslistermijnEinde: "2026-03-20",
        ingebrekestellingOntvangenOp: "2026-03-23",
      }).stand,
    ).toBe("maximum-bereikt");
  });

  it("vaststellen binnen twee weken na de laatste dag (Awb 4:18)", () => {
    expect(berekenDwangsom(invoer("2026-04-30", { besluitdatum: "2026-03-20" })).vaststellenUiterlijk).toBe(
      "2026-04-02", // last day owed 19 March + 2 weeks
    );
    expect(berekenDwangsom(invoer("2026-05-30")).vaststellenUiterlijk).toBe("2026-05-11"); // day 42 = 27 April
    expect(berekenDwangsom(invoer("2026-03-20")).vaststellenUiterlijk).toBeNull();
  });

  it.each(["onredelijk-laat", "geen-belanghebbende", "kennelijk-niet-ontvankelijk-of-ongegrond"] as const)(
    "geen dwangsom bij uitzondering %s (lid 6)",
    (uitzondering) => {
      expect(berekenDwangsom(invoer("2026-04-30", { uitzondering }))).toMatchObject({
        dagen: 0,
        bedrag: 0,
        stand: "niet-verschuldigd",
        uitleg: expect.stringMatching(/4:17 lid 6/),
      });
    },
  );
});

describe("ingebrekestelling vastleggen", () => {
  const basis = {
    ontvangenOp: "2026-03-02",
    vandaag: "2026-03-05",
    beslistermijnEinde: "2026-02-27",
    besluitdatum: null,
  };
  it.each([
    ["na de beslistermijn: goed", {}, null],
    ["in de toekomst", { ontvangenOp: "2026-03-06" }, "datum-in-toekomst"],
    ["zonder beslistermijn", { beslistermijnEinde: null }, "geen-beslistermijn"],
    [
      "op de laatste dag van de beslistermijn: te vroeg (lid 3)",
      { ontvangenOp: "2026-02-27" },
      "ingebrekestelling-te-vroeg",
    ],
    ["al beslist", { besluitdatum: "2026-03-01" }, "al-beslist"],
  ] as const)("%s", (_wat, extra, regel) => {
    const uitkomst = toetsIngebrekestelling({ ...basis, ...extra });
    expect(uitkomst.ok ? null : uitkomst.regel).toBe(regel);
  });
});
