import { describe, expect, it } from "vitest";
import { xmllint } from "./testhulp";

describe("xmllint-hulp (defect: een ontbrekende xmllint gaf 'geldig')", () => {
  it("faalt als xmllint er niet is, in plaats van het bericht goed te keuren", () => {
    expect(() => xmllint("iwmo", "301", "<niets/>", "")).toThrow(/xmllint ontbreekt/);
  });

  it("keurt met xmllint een bericht af dat niet aan de XSD voldoet", () => {
    expect(xmllint("iwmo", "301", "<niets/>")).toMatch(/niets|element/i);
  });
});
