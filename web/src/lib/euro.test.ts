import { describe, expect, it } from "vitest";
import { alsEuro, bedragTekst, naarEurocent } from "./euro";

describe("naarEurocent", () => {
  it.each([
    ["25", 2500],
    ["25,5", 2550],
    ["25,50", 2550],
    [" € 1.250,00 ", 125000],
    ["€1250", 125000],
    ["12.50", 1250],
    ["0,01", 1],
  ])("%j → %i eurocent", (invoer, cent) => {
    expect(naarEurocent(invoer)).toBe(cent);
  });

  it.each(["", "   ", "abc", "12,345", "-5", "1,2,3"])("%j is geen bedrag", (invoer) => {
    expect(naarEurocent(invoer)).toBeNull();
  });
});

describe("alsEuro", () => {
  it.each([
    [2550, "25,50"],
    [1, "0,01"],
    [0, "0,00"],
    [null, ""],
    [undefined, ""],
  ])("%j → %j", (cent, tekst) => {
    expect(alsEuro(cent)).toBe(tekst);
  });

  it("terug en weer levert hetzelfde bedrag", () => {
    for (const cent of [0, 1, 99, 2550, 125000]) expect(naarEurocent(alsEuro(cent))).toBe(cent);
  });
});

describe("bedragTekst", () => {
  it("toont eurocent als bedrag in euro", () => {
    expect(bedragTekst(125_050).replace(/\s/g, " ")).toBe("€ 1.250,50");
  });
});
