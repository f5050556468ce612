import { describe, expect, it } from "vitest";
import { huidigeSessieTijden, registreerSessieTijden, veiligTerugPad, verwachtEinde } from "./sessie";

const basis = {
  gebruikersnaam: "iag",
  naam: "Ingrid Aanmeld",
  gemeente: { code: "1699", naam: "Noordenveld" },
  rollen: ["iag"],
  vakgroepen: ["iag"],
  rechten: {},
};

describe("veiligTerugPad", () => {
  it("accepteert alleen paden binnen de app", () => {
    expect(veiligTerugPad("/beheer/medewerkers?pagina=2")).toBe("/beheer/medewerkers?pagina=2");
    expect(veiligTerugPad("https://evil.example")).toBe("/");
    expect(veiligTerugPad("//evil.example")).toBe("/");
    expect(veiligTerugPad("/\\evil.example")).toBe("/");
    expect(veiligTerugPad("/inloggen")).toBe("/");
    expect(veiligTerugPad(undefined)).toBe("/");
  });
});

describe("sessietijden", () => {
  it("rekent het einde uit met de idle-tijd, en begrenst op het absolute einde", () => {
    const nu = Date.now();
    registreerSessieTijden({
      ...basis,
      idleVerlooptOp: new Date(nu + 30 * 60_000).toISOString(),
      verlooptOp: new Date(nu + 10 * 3_600_000).toISOString(),
    });
    const tijden = huidigeSessieTijden();
    if (!tijden) throw new Error("geen tijden");
    const { einde, absoluut } = verwachtEinde(tijden);
    expect(absoluut).toBe(false);
    // 30 minutes, minus the 15 s the server may lag in recording activity.
    expect(einde - nu).toBeGreaterThan(29 * 60_000);
    expect(einde - nu).toBeLessThanOrEqual(30 * 60_000 - 15_000 + 50);

    expect(verwachtEinde({ ...tijden, absoluutEinde: nu + 60_000 })).toEqual({
      einde: nu + 60_000,
      absoluut: true,
    });
  });

  it("corrigeert voor een klok die afwijkt van de server", () => {
    const nu = Date.now();
    const serverNu = nu + 3_600_000; // server clock one hour ahead
    registreerSessieTijden(
      {
        ...basis,
        idleVerlooptOp: new Date(serverNu + 30 * 60_000).toISOString(),
        verlooptOp: new Date(serverNu + 10 * 3_600_000).toISOString(),
      },
      new Headers({ Date: new Date(serverNu).toUTCString() }),
    );
    const tijden = huidigeSessieTijden();
    if (!tijden) throw new Error("geen tijden");
    expect(Math.abs(tijden.idleDuurMs - 30 * 60_000)).toBeLessThan(2_000);
    expect(Math.abs(tijden.absoluutEinde - (nu + 10 * 3_600_000))).toBeLessThan(2_000);
  });
});
