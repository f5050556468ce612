import { describe, expect, it } from "vitest";
import { ACTIES } from "../../../../src/domain/zaak/statusmachine";
import { ZAAK_STATUSSEN } from "../../../../src/domain/zaak/zaaktypen";
import { GEBEURTENIS_LABELS, gebeurtenisLabel, kopTermijnNaam, statusNaam, termijnLabel } from "./weergave";

describe("termijnLabel", () => {
  it("noemt de onderzoekstermijn naar zijn eigen bron: Wmo de wet, Jeugd de verordening", () => {
    expect(termijnLabel("onderzoek", "wmo")).toBe("Onderzoek (Wmo 6 weken)");
    expect(termijnLabel("onderzoek", "jeugd")).toBe("Onderzoek (verordening jeugdhulp)");
    expect(termijnLabel("onderzoek", "jeugd")).not.toMatch(/Wmo|6 weken/);
    expect(termijnLabel("onderzoek")).toBe("Onderzoek");
  });

  it("een onbekende soort wordt leesbaar, nooit als code getoond", () => {
    expect(termijnLabel("nieuwe-termijn")).toBe("Nieuwe termijn");
    expect(kopTermijnNaam("beslissing", "wmo")).toBe("Beslistermijn");
  });
});

describe("historie in woorden", () => {
  it("elke actie van de statusmachine heeft een label", () => {
    expect(ACTIES.filter((a) => !GEBEURTENIS_LABELS[a])).toEqual([]);
  });

  it.each([
    ["melding-geregistreerd", "Melding geregistreerd"],
    ["start-onderzoek", "Opgepakt, onderzoek gestart"],
    ["verzoek-in-onderzoek", "Verzoek van de aanbieder in onderzoek genomen"],
    ["iets-nieuws", "Iets nieuws"],
  ])("%s → %s", (soort, tekst) => {
    expect(gebeurtenisLabel(soort)).toBe(tekst);
  });

  it("elke status heeft een naam zonder streepjes", () => {
    for (const status of ZAAK_STATUSSEN) expect(statusNaam(status, "wmo")).not.toContain("-");
    expect(statusNaam("niet-opgepakt")).toBe("Niet opgepakt");
  });
});
