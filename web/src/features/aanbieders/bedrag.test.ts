import { describe, expect, it } from "vitest";
import { bedragTekst, eurocentUit } from "./bedrag";

describe("bedragen", () => {
  it.each([
    ["55", 5500],
    ["55,5", 5550],
    ["55,50", 5550],
    ["€ 55,00", 5500],
    ["1.250,00", 125_000],
    ["0,99", 99],
    [" 12 ", 1200],
    ["", undefined],
    ["abc", undefined],
    ["55,555", undefined],
    ["-5", undefined],
    ["5,5,5", undefined],
  ])("%j → %j eurocent", (tekst, verwacht) => {
    expect(eurocentUit(tekst)).toBe(verwacht);
  });

  it("toont eurocent als bedrag in euro", () => {
    expect(bedragTekst(125_050).replace(/\s/g, " ")).toBe("€ 1.250,50");
  });
});
