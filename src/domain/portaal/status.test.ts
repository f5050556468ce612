import { describe, expect, it } from "vitest";
import { ZAAK_STATUSSEN } from "../zaak/zaaktypen";
import { CRISISNUMMERS, STATUS_VOOR_INWONER, termijnVoorInwoner } from "./status";

describe("de status in gewone woorden", () => {
  it("elke status heeft een tekst en een volgende stap, zonder vakjargon", () => {
    for (const s of ZAAK_STATUSSEN) {
      const { tekst, volgendeStap } = STATUS_VOOR_INWONER[s];
      expect(tekst.length).toBeGreaterThan(10);
      expect(volgendeStap.length).toBeGreaterThan(10);
      expect(`${tekst} ${volgendeStap}`).not.toMatch(/werkvoorraad|vakgroep|triage|IAG|iWmo|beschikking/i);
    }
  });
});

describe("termijnen voor de inwoner", () => {
  it.each([
    ["beslissing", "lopend", "We nemen uiterlijk 16 februari 2027 een besluit."],
    ["beslissing", "verlopen", "We nemen uiterlijk 16 februari 2027 een besluit."],
    [
      "beslissing",
      "opgeschort",
      "We nemen uiterlijk 16 februari 2027 een besluit. De termijn staat stil: we wachten op informatie.",
    ],
    ["onderzoek", "lopend", "We ronden het gesprek en het onderzoek uiterlijk 16 februari 2027 af."],
    [
      "bezwaar",
      "lopend",
      "Bent u het niet eens met het besluit? U kunt tot en met 16 februari 2027 bezwaar maken.",
    ],
    ["beslissing-bezwaar", "lopend", "We beslissen uiterlijk 16 februari 2027 over uw bezwaar."],
    ["beslissing", "gehaald", null],
    ["rmc-overdracht", "lopend", null],
    ["declaratie-antwoord", "lopend", null],
  ] as const)("%s %s", (soort, status, verwacht) => {
    expect(termijnVoorInwoner({ soort, status, uiterlijkeDatum: "2027-02-16" })).toBe(verwacht);
  });

  it("de crisisnummers: 112, Veilig Thuis en 113", () => {
    expect(CRISISNUMMERS.map((c) => c.nummer)).toEqual(["112", "0800-2000", "0800-0113"]);
  });
});
