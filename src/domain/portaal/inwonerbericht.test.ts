import { describe, expect, it } from "vitest";
import { kennisgeving, magSchrijven } from "./inwonerbericht";

describe("het gesprek van een zaak", () => {
  it.each([
    ["inwoner", null, true],
    ["inwoner", "2026-11-30", false],
    ["medewerker", null, true],
    ["medewerker", "2026-11-30", true],
  ] as const)("%s op een zaak afgesloten op %s mag schrijven: %s", (van, afgeslotenOp, mag) => {
    expect(magSchrijven(van, { afgeslotenOp }) === null).toBe(mag);
  });

  it("de kennisgeving noemt de zaak en waar het bericht staat, nooit de inhoud", () => {
    const mail = kennisgeving("Noordenveld", "Z-2026-000123");
    expect(mail.onderwerp).toBe("Er staat een bericht voor u klaar");
    expect(mail.tekst).toContain("Z-2026-000123");
    expect(mail.tekst).toContain("Mijn Voordeur");
    expect(mail.tekst).toContain("Gemeente Noordenveld");
  });
});
