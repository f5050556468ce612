import { describe, expect, it } from "vitest";
import { isMaatwerkNiveau, NIVEAU_DEFINITIES } from "./interventieniveaus";
import { controleerProduct, geldigOp, type Product, zoekProduct } from "./producten";
import {
  controleerMatrix,
  type Hoofdresultaat,
  type Resultatenmatrix,
  zoekResultaat,
} from "./resultatenmatrix";

const Z1: Hoofdresultaat = {
  code: "Z1",
  domein: "zelfredzaam",
  omschrijving: "Huishouden op orde",
  subresultaten: [
    { code: "Z1.1", omschrijving: "Overzicht", stap: 1 },
    { code: "Z1.2", omschrijving: "Zelfstandig", stap: 2 },
  ],
};
const V1: Hoofdresultaat = { code: "V1", domein: "veilig", omschrijving: "Veilig thuis", subresultaten: [] };
const matrix: Resultatenmatrix = { hoofdresultaten: [Z1, V1] };

const product = (over: Partial<Product> = {}): Product => ({
  wet: "wmo",
  categorie: "07",
  code: "07A01",
  omschrijving: "I7M Dagbesteding naar onderwijs 1-4 dagdelen",
  interventieniveau: 7,
  eenheid: "16",
  geldigVanaf: "2024-01-01",
  geldigTot: null,
  ...over,
});

describe("interventieniveaus", () => {
  it("kent acht niveaus; 4–8 zijn maatwerk", () => {
    expect(NIVEAU_DEFINITIES.map((n) => n.niveau)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(NIVEAU_DEFINITIES.filter((n) => n.maatwerk).map((n) => n.niveau)).toEqual([4, 5, 6, 7, 8]);
  });
  it.each([
    [3, false],
    [4, true],
    [8, true],
    [9, false],
    [null, false],
  ])("niveau %s is maatwerk: %s", (niveau, verwacht) => {
    expect(isMaatwerkNiveau(niveau)).toBe(verwacht);
  });
});

describe("resultatenmatrix", () => {
  it("een goede matrix heeft geen fouten", () => {
    expect(controleerMatrix(matrix)).toEqual([]);
  });
  it.each([
    ["leeg", { hoofdresultaten: [] }, "hoofdresultaten"],
    ["dubbele code", { hoofdresultaten: [Z1, V1, { ...V1 }] }, "hoofdresultaten.2.code"],
    [
      "onbekend domein",
      { hoofdresultaten: [{ ...V1, domein: "rijk" as never }] },
      "hoofdresultaten.0.domein",
    ],
    [
      "stappen niet opeenvolgend",
      {
        hoofdresultaten: [{ ...Z1, subresultaten: [{ code: "Z1.1", omschrijving: "x", stap: 2 }] }],
      },
      "hoofdresultaten.0.subresultaten.0.stap",
    ],
  ])("%s → fout op %s", (_naam, m, veld) => {
    expect(controleerMatrix(m as Resultatenmatrix).map((f) => f.veld)).toContain(veld);
  });
  it.each([
    ["zelfredzaam", "Z1", "Z1.2", true],
    ["zelfredzaam", "Z1", null, true],
    ["veilig", "Z1", null, false],
    ["zelfredzaam", "Z1", "V1", false],
    ["gezond", "G9", null, false],
  ])("%s/%s/%s bestaat: %s", (domein, hoofd, sub, ok) => {
    expect(zoekResultaat(matrix, domein, hoofd, sub).ok).toBe(ok);
  });
});

describe("producten", () => {
  it.each([
    ["goed", {}, []],
    ["categorie niet van de wet", { categorie: "45" }, ["categorie"]],
    ["code te kort", { code: "07A" }, ["code"]],
    ["niveau 9", { interventieniveau: 9 }, ["interventieniveau"]],
    ["onbekende eenheid", { eenheid: "99" }, ["eenheid"]],
    ["einde voor begin", { geldigTot: "2023-01-01" }, ["geldigTot"]],
    ["jeugd 45A33", { wet: "jeugd" as const, categorie: "45", code: "45A33", interventieniveau: 4 }, []],
  ])("%s", (_naam, over, velden) => {
    expect(controleerProduct(product(over)).map((f) => f.veld)).toEqual(velden);
  });
  it("zoekt het product van de wet dat op de datum geldt, de nieuwste versie eerst", () => {
    const lijst = [
      product({ geldigTot: "2024-12-31" }),
      product({ geldigVanaf: "2025-01-01", omschrijving: "nieuw" }),
      product({ wet: "jeugd", categorie: "50", code: "07A01" }),
    ];
    expect(zoekProduct(lijst, "wmo", "07A01", "2024-06-01")?.geldigTot).toBe("2024-12-31");
    expect(zoekProduct(lijst, "wmo", "07A01", "2025-06-01")?.omschrijving).toBe("nieuw");
    expect(zoekProduct(lijst, "wmo", "07A01", "2023-06-01")).toBeUndefined();
    expect(zoekProduct(lijst, "wmo", "45A33", "2025-06-01")).toBeUndefined();
    expect(geldigOp(product({ geldigTot: "2024-01-01" }), "2024-01-01")).toBe(true);
  });
});
