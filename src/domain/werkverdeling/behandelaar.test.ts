import { describe, expect, it } from "vitest";
import { grondVoorBehandeling, type Medewerker, toetsBehandelaar } from "./behandelaar";

const mw = (over: Partial<Medewerker>): Medewerker => ({
  id: "m1",
  naam: "Mees Medewerker",
  rollen: ["toegangsmedewerker"],
  vakgroepen: [],
  actief: true,
  ...over,
});

describe("toetsBehandelaar", () => {
  it.each([
    ["Wmo-consulent op de werkvoorraad Wmo", "wmo", mw({ vakgroepen: ["wmo"] }), true],
    ["Jeugdconsulent op de werkvoorraad Wmo", "wmo", mw({ vakgroepen: ["jeugd"] }), false],
    ["procesregisseur op de werkvoorraad Jeugd", "jeugd", mw({ vakgroepen: ["regiegroep"] }), true],
    ["procesregisseur op de werkvoorraad Regiegroep", "regiegroep", mw({ vakgroepen: ["regiegroep"] }), true],
    ["Wmo-consulent op de werkvoorraad Regiegroep", "regiegroep", mw({ vakgroepen: ["wmo"] }), false],
    [
      "casemanager VO op de werkvoorraad Regiegroep",
      "regiegroep",
      mw({ vakgroepen: ["veilig-opgroeien"] }),
      false,
    ],
    ["teamleider zonder vakgroep", "regiegroep", mw({ rollen: ["teamleider"] }), true],
    ["buurtteam op de werkvoorraad buurtteam", "buurtteam", mw({ rollen: ["buurtteam"] }), true],
    ["buurtteam op de werkvoorraad Wmo", "wmo", mw({ rollen: ["buurtteam"] }), false],
    ["inactieve Wmo-consulent", "wmo", mw({ vakgroepen: ["wmo"], actief: false }), false],
    ["IAG op de werkvoorraad Wmo", "wmo", mw({ rollen: ["iag"], vakgroepen: ["iag"] }), false],
  ])("%s → %s", (_naam, werkvoorraad, medewerker, toegestaan) => {
    const reden = toetsBehandelaar(werkvoorraad, medewerker);
    expect(reden === null).toBe(toegestaan);
    expect(grondVoorBehandeling(werkvoorraad, medewerker) !== null).toBe(toegestaan);
  });

  it("noemt de regel en de vakgroep als het niet mag", () => {
    const reden = toetsBehandelaar("wmo", mw({ naam: "Janneke Eshuis", vakgroepen: ["jeugd"] }));
    expect(reden).toContain("Janneke Eshuis hoort niet bij de vakgroep Wmo");
    expect(reden).toContain("behandelaar-in-vakgroep");
  });

  it("een onbekende medewerker wordt geweigerd", () => {
    expect(toetsBehandelaar("wmo", undefined)).toContain("niet bekend");
  });
});
