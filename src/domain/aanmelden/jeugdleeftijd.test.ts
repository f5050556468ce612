import { describe, expect, it } from "vitest";
import { leeftijdInJaren, valtOnderJeugdwet } from "./jeugdleeftijd";

describe("leeftijdInJaren", () => {
  it.each([
    ["2000-06-15", "2026-06-14", 25],
    ["2000-06-15", "2026-06-15", 26],
    ["2004-02-29", "2026-02-28", 21],
    ["2004-02-29", "2026-03-01", 22],
    ["2026-09-01", "2026-06-01", -1],
  ])("geboren %s, op %s: %i jaar", (geboren, peildatum, jaren) => {
    expect(leeftijdInJaren(geboren, peildatum)).toBe(jaren);
  });
});

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
