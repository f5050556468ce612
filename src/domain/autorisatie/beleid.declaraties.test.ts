/**
 * Rule 27, tarieven en bestedingen: every medewerker reads tariffs, the beheerder adds and ends them, none is
 * deleted; spending is read by A&O, the teamleider and the beheerder, and changed by nobody. Cells
 * "lezen aanmaken wijzigen verwijderen", J = toegestaan.
 */
import { describe, expect, it } from "vitest";
import { beslis, type Resource } from "./beleid";
import { actor, GEMEENTE, oordeelRij } from "./tabel.testhulp";

const RESOURCES: Record<string, Resource> = {
  tarief: { soort: "tarief", gemeenteCode: GEMEENTE },
  besteding: { soort: "besteding", gemeenteCode: GEMEENTE },
  "tarief andere gemeente": { soort: "tarief", gemeenteCode: "0106" },
  "besteding andere gemeente": { soort: "besteding", gemeenteCode: "0106" },
};

//               tarief besteding andere andere
const VERWACHT: Record<string, string> = {
  iag: "JNNN NNNN NNNN NNNN",
  toegangsmedewerker: "JNNN NNNN NNNN NNNN",
  ao: "JNNN JNNN NNNN NNNN",
  jurist: "JNNN NNNN NNNN NNNN",
  teamleider: "JNNN JNNN NNNN NNNN",
  buurtteam: "JNNN NNNN NNNN NNNN",
  gedragswetenschapper: "JNNN NNNN NNNN NNNN",
  beheerder: "JJJN JNNN NNNN NNNN",
  "zonder rol": "NNNN NNNN NNNN NNNN",
};

describe("autorisatiebeleid: tarieven en bestedingen (regel 27)", () => {
  it.each(Object.entries(VERWACHT))("%s", (rol, rij) => {
    const wie = actor("u1", rol === "zonder rol" ? [] : [rol]);
    expect(
      Object.values(RESOURCES)
        .map((r) => oordeelRij(wie, r))
        .join(" "),
    ).toBe(rij);
  });

  it("zegt waarom een tarief niet wordt verwijderd", () => {
    expect(beslis(actor("u1", ["beheerder"]), "verwijderen", RESOURCES.tarief as Resource)).toEqual({
      toegestaan: false,
      reden: "Een tarief wordt niet verwijderd maar beëindigd met een einddatum.",
    });
  });
});
