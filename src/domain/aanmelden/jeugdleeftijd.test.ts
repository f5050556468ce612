import { describe, expect, it } from "vitest";
import { valtOnderJeugdwet } from "./jeugdleeftijd";

describe("valtOnderJeugdwet (−9 maanden tot 23 jaar)", () => {
  it.each([
    ["pasgeborene", "2026-05-01", true],
    ["kind van 10", "2016-01-10", true],
    ["22 jaar, dag voor de 23e verjaardag", "2003-06-16", true],
    ["precies 23 jaar", "2003-06-15", false],
    ["30 jaar", "1996-01-01", false],
    ["ongeboren, over 8 maanden", "2027-02-15", true],
    ["ongeboren, precies 9 maanden", "2027-03-15", true],
    ["ongeboren, over 10 maanden", "2027-04-15", false],
  ])("%s (%s) → %s", (_naam, geboren, past) => {
    expect(valtOnderJeugdwet(geboren, "2026-06-15").past).toBe(past);
  });

  it("noemt de regel en de leeftijd", () => {
    const oordeel = valtOnderJeugdwet("1996-01-01", "2026-06-15");
    expect(oordeel).toEqual({ past: false, melding: expect.stringMatching(/Jeugdwet art\. 1\.1.*30 jaar/) });
  });
});
