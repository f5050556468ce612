import { describe, expect, it } from "vitest";
import { ZAAKTYPEN } from "../zaak/zaaktypen";
import { toetsAfsluiting } from "./afsluiten";
import { BEWAARTERMIJNEN, bewarenTot, eindeZorg, plusJaren } from "./bewaartermijn";

describe("bewaartermijn", () => {
  it.each([
    ["jeugd", "2026-03-31", "2046-03-31", 20],
    ["wmo", "2026-03-31", "2041-03-31", 15],
    ["werk", "2026-03-31", "2036-03-31", 10],
    ["schuldhulp", "2026-03-31", "2033-03-31", 7],
  ] as const)("%s: einde zorg %s → bewaren tot %s", (zaaktype, einde, tot, jaren) => {
    expect(bewarenTot(zaaktype, einde)).toMatchObject({ bewarenTot: tot, jaren });
  });

  it("Jeugdwet 20 jaar met bron", () => {
    expect(BEWAARTERMIJNEN.jeugd.bron).toContain("7.3.10");
  });

  it("heeft een regel voor elk zaaktype", () => {
    for (const z of ZAAKTYPEN) expect(BEWAARTERMIJNEN[z].jaren).toBeGreaterThan(0);
  });

  it("29 februari in een niet-schrikkeljaar wordt 28 februari", () => {
    expect(plusJaren("2028-02-29", 15)).toBe("2043-02-28");
    expect(plusJaren("2028-02-29", 20)).toBe("2048-02-29");
  });

  it("einde zorg is de laatste van afsluitdatum en einddata van toewijzingen", () => {
    expect(eindeZorg("2026-03-01", [null, "2026-06-30", "2026-02-01"])).toBe("2026-06-30");
    expect(eindeZorg("2026-03-01", [])).toBe("2026-03-01");
  });
});

describe("toetsAfsluiting", () => {
  const basis = {
    datum: "2026-05-01",
    reden: "doelen-bereikt" as const,
    toelichting: "",
    enquete: "link" as const,
  };
  it.each([
    ["zonder lopende toewijzingen", basis, [], []],
    ["toewijzing eindigt op de afsluitdatum", basis, [{ toewijzingnummer: 1, einddatum: "2026-05-01" }], []],
    ["toewijzing loopt door", basis, [{ toewijzingnummer: 7, einddatum: null }], ["toewijzingen-beeindigd"]],
    ["datum in de toekomst", { ...basis, datum: "2026-06-01" }, [], ["datum-niet-in-toekomst"]],
    ["overig zonder toelichting", { ...basis, reden: "overig" as const }, [], ["toelichting-nodig"]],
    ["enquête na overlijden", { ...basis, reden: "overlijden" as const }, [], ["geen-enquete-na-overlijden"]],
  ])("%s", (_naam, invoer, lopend, regels) => {
    expect(
      toetsAfsluiting(invoer, { vandaag: "2026-05-02", lopendeToewijzingen: lopend }).map((f) => f.regel),
    ).toEqual(regels);
  });

  it.each([
    [
      "voorliggend veld zonder bevestigde afschaling",
      "voorliggend-veld",
      "Niet bevestigd.",
      ["afschaling-bevestigd"],
    ],
    ["voorliggend veld, bevestigd of niet nodig", "voorliggend-veld", null, []],
    ["een andere reden vraagt geen afschaling", "doelen-bereikt", "Niet bevestigd.", []],
  ] as const)("%s", (_naam, reden, nietBevestigd, regels) => {
    const fouten = toetsAfsluiting(
      { ...basis, reden },
      { vandaag: "2026-05-02", lopendeToewijzingen: [], afschalingNietBevestigd: nietBevestigd },
    );
    expect(fouten.map((f) => f.regel)).toEqual(regels);
    if (regels.length > 0) expect(fouten[0]).toMatchObject({ veld: "reden", melding: "Niet bevestigd." });
  });
});
