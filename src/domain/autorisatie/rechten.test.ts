import { describe, expect, it } from "vitest";
import { ROLLEN } from "../gebruikers/rollen";
import { beslis } from "./beleid";
import { ACTIES, GEMEENTE_SOORTEN, rechtenVan } from "./rechten";

describe("rechten voor de UI", () => {
  it.each(ROLLEN)("volgen voor rol %s precies het beleid", (rol) => {
    const actor = { medewerkerId: "ik", gemeenteCode: "1699", rollen: [rol], vakgroepen: [] };
    const rechten = rechtenVan(actor);
    for (const soort of GEMEENTE_SOORTEN)
      for (const actie of ACTIES)
        expect(rechten[soort].includes(actie)).toBe(
          beslis(actor, actie, { soort, gemeenteCode: "1699" }).toegestaan,
        );
  });

  it("de teamleider mag goedkeuren en kwaliteit vastleggen, de Wmo-consulent niet", () => {
    const teamleider = rechtenVan({
      medewerkerId: "t",
      gemeenteCode: "1699",
      rollen: ["teamleider"],
      vakgroepen: [],
    });
    const wmo = rechtenVan({
      medewerkerId: "w",
      gemeenteCode: "1699",
      rollen: ["toegangsmedewerker"],
      vakgroepen: ["wmo"],
    });
    expect(teamleider.goedkeuring).toContain("aanmaken");
    expect(teamleider.kwaliteit).toContain("aanmaken");
    expect(wmo.goedkeuring).toEqual(["lezen"]);
    expect(wmo.kwaliteit).toEqual(["lezen"]);
    expect(wmo.berichten).toEqual([]);
  });
});
