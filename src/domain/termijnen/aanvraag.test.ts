import { describe, expect, it } from "vitest";
import { controleerAanvraag } from "./aanvraag";

describe("aanvraag toegestaan?", () => {
  it("Wmo: niet voor het onderzoek is afgerond en de 6 weken zijn verstreken", () => {
    const uitkomst = controleerAanvraag({ zaaktype: "wmo", meldingsdatum: "2026-01-05" }, "2026-01-20");
    expect(uitkomst).toEqual({
      toegestaan: false,
      reden: expect.stringContaining("Wmo 2015 art. 2.3.2 lid 9"),
    });
  });
  it("Wmo: wel na het onderzoek", () => {
    expect(
      controleerAanvraag(
        { zaaktype: "wmo", meldingsdatum: "2026-01-05", onderzoekAfgerondOp: "2026-01-19" },
        "2026-01-20",
      ),
    ).toEqual({ toegestaan: true });
  });
  it("Wmo: wel als 6 weken zonder onderzoek verstreken zijn", () => {
    expect(controleerAanvraag({ zaaktype: "wmo", meldingsdatum: "2026-01-05" }, "2026-02-16")).toEqual({
      toegestaan: true,
    });
  });
  it("nooit voor de melding", () => {
    expect(
      controleerAanvraag({ zaaktype: "jeugd", meldingsdatum: "2026-01-05" }, "2026-01-04").toegestaan,
    ).toBe(false);
  });
  it("Participatiewet: onder 27 pas na de zoekperiode van 4 weken", () => {
    const jong = { zaaktype: "werk" as const, meldingsdatum: "2026-03-02", geboortedatum: "2000-01-01" };
    expect(controleerAanvraag(jong, "2026-03-29").toegestaan).toBe(false);
    expect(controleerAanvraag(jong, "2026-03-30").toegestaan).toBe(true);
    expect(controleerAanvraag({ ...jong, geboortedatum: "1999-03-02" }, "2026-03-03").toegestaan).toBe(true);
  });
});
