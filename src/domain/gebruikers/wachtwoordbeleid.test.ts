import { describe, expect, it } from "vitest";
import { controleerWachtwoordbeleid } from "./wachtwoordbeleid";

describe("wachtwoordbeleid", () => {
  it("accepteert een lange wachtzin", () => {
    expect(controleerWachtwoordbeleid("paarse-fiets-op-de-brink", "wmo")).toEqual({
      geldig: true,
      meldingen: [],
    });
  });
  it("weigert te korte wachtwoorden", () => {
    const uitkomst = controleerWachtwoordbeleid("kort1!", "wmo");
    expect(uitkomst.geldig).toBe(false);
    expect(uitkomst.meldingen[0]).toContain("12 tekens");
  });
  it("weigert een wachtwoord met de gebruikersnaam erin", () => {
    expect(controleerWachtwoordbeleid("Beheerder-2026-x", "beheerder").meldingen).toContain(
      "Het wachtwoord mag de gebruikersnaam niet bevatten.",
    );
  });
  it("weigert veelgebruikte en eentonige wachtwoorden", () => {
    expect(controleerWachtwoordbeleid("Welkom123456").geldig).toBe(false);
    expect(controleerWachtwoordbeleid("aaaaaaaaaaaaaaaa").meldingen).toContain(
      "Het wachtwoord bestaat uit te weinig verschillende tekens.",
    );
  });
});
