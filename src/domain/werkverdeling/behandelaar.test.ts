import { describe, expect, it } from "vitest";
import { grondVoorBehandeling, type Medewerker, toetsBehandelaar, toetsOppakken } from "./behandelaar";

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

  it("noemt de vakgroep in de melding en de regel in `regel`", () => {
    const weigering = toetsBehandelaar("wmo", mw({ naam: "Janneke Eshuis", vakgroepen: ["jeugd"] }));
    expect(weigering?.regel).toBe("behandelaar-in-vakgroep");
    expect(weigering?.melding).toContain("Janneke Eshuis hoort niet bij de vakgroep Wmo");
    expect(weigering?.melding).not.toContain("behandelaar-in-vakgroep");
  });

  it.each([
    ["onbekende medewerker", undefined, "medewerker-bekend"],
    ["inactieve medewerker", mw({ vakgroepen: ["wmo"], actief: false }), "medewerker-actief"],
    ["andere vakgroep", mw({ vakgroepen: ["jeugd"] }), "behandelaar-in-vakgroep"],
  ])("%s → %s", (_naam, medewerker, regel) => {
    expect(toetsBehandelaar("wmo", medewerker)?.regel).toBe(regel);
  });
});

describe("toetsOppakken", () => {
  const wmoer = mw({ id: "w", naam: "Willem", vakgroepen: ["wmo"] });
  const zaak = (over: Partial<Parameters<typeof toetsOppakken>[0]> = {}) => ({
    werkvoorraad: "wmo",
    afgesloten: false,
    behandelaarId: null,
    ...over,
  });
  it.each([
    ["open zaak zonder behandelaar", zaak(), wmoer, null],
    ["zaak van een collega overnemen", zaak({ behandelaarId: "x" }), wmoer, null],
    ["afgesloten zaak", zaak({ afgesloten: true }), wmoer, "zaak-open"],
    ["afgesloten zaak, ook met een onbekende medewerker", zaak({ afgesloten: true }), undefined, "zaak-open"],
    ["onbekende medewerker", zaak(), undefined, "medewerker-bekend"],
    ["medewerker van een andere vakgroep", zaak({ werkvoorraad: "jeugd" }), wmoer, "behandelaar-in-vakgroep"],
    ["staat al op diens naam", zaak({ behandelaarId: "w" }), wmoer, "al-behandelaar"],
  ])("%s → %s", (_naam, z, medewerker, regel) => {
    expect(toetsOppakken(z, medewerker)?.regel ?? null).toBe(regel);
  });

  it("noemt wie de zaak al heeft", () => {
    expect(toetsOppakken(zaak({ behandelaarId: "w" }), wmoer)?.melding).toBe(
      "De zaak staat al op naam van Willem.",
    );
  });
});
