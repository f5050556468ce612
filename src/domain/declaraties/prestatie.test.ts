/**
 * Judging a prestatie of a 323 against its toewijzing, with the WJ001 retourcodes of "Retourcodes voor
 * declaraties en prestaties" (the TR rule beside each case). The toewijzing: 45A33, 2 uur per week,
 * 1 March – 30 June 2026; contract tariff € 65 per uur.
 */
import { describe, expect, it } from "vitest";
import { antwoordtermijn, termijnStand, toegekend, totaal } from "./declaratie";
import { beoordeelPrestatie, type Goedgekeurd, type Omstandigheden, type Prestatie } from "./prestatie";
import { TARIEF_EENHEDEN, toetsOverlap, toetsTariefInvoer } from "./tarief";

const toewijzing = {
  vanClient: true,
  categorie: "45",
  code: "45A33",
  ingangsdatum: "2026-03-01",
  einddatum: "2026-06-30",
  redenWijziging: null,
  omvang: { volume: 2, eenheid: "04", frequentie: "2" },
  budget: null,
};
// April: 30 days → 2 × 30/7 ≈ 8.57 uur allowed.
const p = (over: Partial<Prestatie> = {}): Prestatie => ({
  referentie: "RN1",
  toewijzingnummer: 300201,
  categorie: "45",
  code: "45A33",
  begindatum: "2026-04-01",
  einddatum: "2026-04-30",
  volume: 8,
  eenheid: "04",
  tarief: 6500,
  bedrag: 52000,
  debetCredit: "D",
  ...over,
});
const o = (over: Partial<Omstandigheden> = {}): Omstandigheden => ({
  declaratieperiode: { van: "2026-04-01", tot: "2026-04-30" },
  toewijzing,
  contracttarief: 6500,
  eerder: [],
  referentie: undefined,
  ...over,
});
const eerder = (volume: number, over: Partial<Goedgekeurd> = {}): Goedgekeurd => ({
  begindatum: "2026-04-01",
  einddatum: "2026-04-30",
  volume,
  bedrag: volume * 6500,
  debetCredit: "D",
  ...over,
});

describe("prestatie beoordelen (WJ001, 323)", () => {
  it.each([
    ["goed: 8 uur in april binnen 2 uur per week", p(), o(), []],
    ["TR338: toewijzingnummer niet van deze aanbieder", p(), o({ toewijzing: null }), ["9338"]],
    [
      "TR304: toewijzing van een andere cliënt",
      p(),
      o({ toewijzing: { ...toewijzing, vanClient: false } }),
      ["8187"],
    ],
    ["TR418: ander tarief dan het contract", p({ tarief: 7000, bedrag: 56000 }), o(), ["0611"]],
    ["TR418: geen contracttarief vastgelegd", p(), o({ contracttarief: null }), ["0611"]],
    ["zonder ProductTarief geldt het contracttarief", p({ tarief: null }), o(), []],
    [
      "TR307/TR308: na de einddatum van de toewijzing",
      p({ begindatum: "2026-07-01", einddatum: "2026-07-31" }),
      o({ declaratieperiode: { van: "2026-07-01", tot: "2026-07-31" } }),
      ["9307", "9308"],
    ],
    [
      "TR308: toewijzing eindigt in de maand, prestatie loopt door",
      p({ volume: 4, bedrag: 26000 }),
      o({ toewijzing: { ...toewijzing, einddatum: "2026-04-15" } }),
      ["9308"],
    ],
    [
      "TR319: productperiode buiten de declaratieperiode",
      p({ begindatum: "2026-03-01", einddatum: "2026-03-31" }),
      o(),
      ["9319"],
    ],
    [
      "TR339/TR340/TR341: ander product en andere eenheid",
      p({ categorie: "46", code: "46A01", eenheid: "14" }),
      o(),
      ["9339", "9340", "9341"],
    ],
    ["TR346: bedrag is niet volume × tarief", p({ bedrag: 50000 }), o(), ["9346"]],
    [
      "TR384: verwijderde toewijzing",
      p(),
      o({ toewijzing: { ...toewijzing, redenWijziging: "13" } }),
      ["9384"],
    ],
    [
      "TR387: begint niet op de eerste van de maand",
      p({ begindatum: "2026-04-02", volume: 4, bedrag: 26000 }),
      o(),
      ["9387"],
    ],
    [
      "TR387 niet: de toewijzing begint later in die maand",
      p({ begindatum: "2026-04-10", volume: 4, bedrag: 26000 }),
      o({ toewijzing: { ...toewijzing, ingangsdatum: "2026-04-10" } }),
      [],
    ],
    ["TR388: eindigt niet op de laatste van de maand", p({ einddatum: "2026-04-29" }), o(), ["9388"]],
    ["TR321: 9 uur in april is meer dan 2 × 30/7", p({ volume: 9, bedrag: 58500 }), o(), ["9321"]],
    ["TR322: met 4 uur eerder in april gaat 8 uur erover", p(), o({ eerder: [eerder(4)] }), ["9322"]],
    [
      "een eerdere maand telt niet mee",
      p(),
      o({ eerder: [eerder(8, { begindatum: "2026-03-01", einddatum: "2026-03-31" })] }),
      [],
    ],
    [
      "een creditregel geeft het volume terug",
      p(),
      o({ eerder: [eerder(4), eerder(4, { debetCredit: "C" })] }),
      [],
    ],
    [
      "totaal binnen de geldigheidsduur: 30 uur waarvan 25 al gedeclareerd",
      p(),
      o({
        toewijzing: { ...toewijzing, omvang: { volume: 30, eenheid: "04", frequentie: "6" } },
        eerder: [eerder(25, { begindatum: "2026-03-01", einddatum: "2026-03-31" })],
      }),
      ["9322"],
    ],
    [
      "TR369: budget overschreden",
      p({ eenheid: "83", volume: 600, tarief: null, bedrag: 60000 }),
      o({
        toewijzing: { ...toewijzing, omvang: null, budget: 100000 },
        eerder: [eerder(0, { bedrag: 50000 })],
      }),
      ["9369"],
    ],
    ["TR314: referentie al gedeclareerd", p(), o({ referentie: { debet: true, credit: false } }), ["8021"]],
    ["TR323: credit zonder debet", p({ debetCredit: "C" }), o(), ["8017"]],
    [
      "credit op een goedgekeurde debetregel",
      p({ debetCredit: "C" }),
      o({ referentie: { debet: true, credit: false } }),
      [],
    ],
    [
      "TR390: al gecrediteerd",
      p({ debetCredit: "C" }),
      o({ referentie: { debet: true, credit: true } }),
      ["9390"],
    ],
  ] as const)("%s", (_naam, prestatie, omstandigheden, codes) => {
    const oordeel = beoordeelPrestatie(prestatie, omstandigheden);
    expect(oordeel.codes).toEqual(codes);
    expect(oordeel.goedgekeurd).toBe(codes.length === 0);
    expect(oordeel.meldingen).toHaveLength(codes.length);
  });
});

describe("declaratie-antwoord: termijn en totalen", () => {
  it.each([
    // Bevrijdingsdag (5 May) is a feestdag of Atw art. 3 lid 1, so no working day (kalender.ts#isWerkdag).
    ["maandag 4 mei, over 5 mei en Hemelvaart", "2026-05-04", "2026-05-20"],
    // Hemelvaartsdag 14 May and 2e Pinksterdag 25 May 2026 are no working days.
    ["over Hemelvaart en Pinksteren", "2026-05-11", "2026-05-27"],
    ["ontvangen op zaterdag", "2026-05-02", "2026-05-19"],
  ])("%s", (_naam, ontvangen, uiterlijk) => {
    expect(antwoordtermijn("jeugd", ontvangen)).toMatchObject({
      uiterlijk,
      bron: expect.stringContaining("325"),
    });
  });

  it("stand van de termijn", () => {
    expect(termijnStand("2026-05-18", "2026-05-04", "2026-06-01")).toBe("gehaald");
    expect(termijnStand("2026-05-18", "2026-05-19", "2026-06-01")).toBe("verlopen");
    expect(termijnStand("2026-05-18", null, "2026-05-18")).toBe("lopend");
    expect(termijnStand("2026-05-18", null, "2026-05-19")).toBe("verlopen");
  });

  it("totalen met debet en credit; toegekend alleen de goedgekeurde regels", () => {
    const regels = [
      { bedrag: 52000, debetCredit: "D" as const, goedgekeurd: true },
      { bedrag: 58500, debetCredit: "D" as const, goedgekeurd: false },
      { bedrag: 60000, debetCredit: "C" as const, goedgekeurd: true },
    ];
    expect(totaal(regels)).toEqual({ bedrag: 50500, debetCredit: "D" });
    expect(toegekend(regels)).toEqual({ bedrag: 8000, debetCredit: "C" });
  });
});

describe("tarieven", () => {
  const invoer = {
    soort: "zin" as const,
    productCode: "45A33",
    eenheid: "04",
    bedrag: 6500,
    van: "2026-01-01",
    tot: null,
  };
  it("eenheden zijn de WJ756-codes behalve 83 (euro's)", () => {
    expect(Object.keys(TARIEF_EENHEDEN).sort()).toEqual(["01", "04", "14", "16", "82", "84"]);
  });
  it.each([
    ["eenheid 83", { eenheid: "83" }, "eenheid"],
    ["eenheid die niet bestaat", { eenheid: "99" }, "eenheid"],
    ["bedrag 0", { bedrag: 0 }, "bedrag"],
    ["bedrag met een halve cent", { bedrag: 12.5 }, "bedrag"],
    ["einde voor begin", { van: "2026-02-01", tot: "2026-01-31" }, "tot"],
  ])("ongeldig: %s", (_naam, over, veld) => {
    expect(toetsTariefInvoer({ ...invoer, ...over })).toEqual([
      expect.objectContaining({ ok: false, veld, ongeldig: true }),
    ]);
  });
  const bestaand = {
    id: "a",
    soort: "zin" as const,
    productCode: "45A33",
    van: "2025-01-01",
    tot: "2025-12-31",
  };
  it.each([
    ["aansluitend op het vorige tarief", invoer, [bestaand], true],
    ["overlapt één dag", { ...invoer, van: "2025-12-31" }, [bestaand], false],
    ["open einde over een later tarief", { ...invoer, van: "2024-01-01", tot: null }, [bestaand], false],
    ["ander product", { ...invoer, productCode: "45A34", van: "2025-06-01" }, [bestaand], true],
    [
      "pgb-tarief naast een zin-tarief",
      { ...invoer, soort: "pgb" as const, van: "2025-06-01" },
      [bestaand],
      true,
    ],
  ])("overlap: %s", (_naam, t, lijst, ok) => {
    expect(toetsOverlap(t, lijst).ok).toBe(ok);
  });
  it("het tarief zelf wijzigen botst niet met zichzelf", () => {
    expect(toetsOverlap({ ...invoer, van: "2025-06-01" }, [bestaand], "a").ok).toBe(true);
  });
});
