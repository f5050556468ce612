import { describe, expect, it } from "vitest";
import { beoordeelOverschrijving, INSTROOM_WERKVOORRADEN, magWerkvoorraadVullen } from "./werkvoorraad-keuze";

const iag = { rollen: ["iag"], vakgroepen: ["iag"] };
const wmo = { rollen: ["toegangsmedewerker"], vakgroepen: ["wmo"] };
const buurtteam = { rollen: ["buurtteam"], vakgroepen: [] };
const teamleider = { rollen: ["teamleider"], vakgroepen: [] };
const ao = { rollen: ["ao"], vakgroepen: ["ao"] };

describe("magWerkvoorraadVullen", () => {
  it.each([
    ["iag", iag, "wmo", true],
    ["iag", iag, "buurtteam", true],
    ["iag", iag, "schuldhulp", true],
    ["iag", iag, "ao", false],
    ["iag", iag, "ruimtevaart", false],
    ["teamleider", teamleider, "veilig-opgroeien", true],
    ["Wmo-consulent", wmo, "wmo", true],
    ["Wmo-consulent", wmo, "regiegroep", true],
    ["Wmo-consulent", wmo, "iag", true],
    ["Wmo-consulent", wmo, "jeugd", false],
    ["buurtteam", buurtteam, "buurtteam", true],
    ["buurtteam", buurtteam, "jeugd", true],
    ["buurtteam", buurtteam, "werk", false],
    ["A&O", ao, "wmo", false],
  ])("%s → %s: %s", (_naam, actor, bak, toegestaan) => {
    expect(magWerkvoorraadVullen(actor, bak).toegestaan).toBe(toegestaan);
  });

  it("A&O is geen instroom-werkvoorraad", () => {
    expect(INSTROOM_WERKVOORRADEN).not.toContain("ao");
    expect(magWerkvoorraadVullen(iag, "ao")).toMatchObject({ regel: "werkvoorraad-geen-instroom" });
  });
});

describe("beoordeelOverschrijving", () => {
  it.each([
    ["zelfde bak", { van: "wmo", naar: "wmo", veiligheid: "veilig" }, null],
    ["veilig, Wmo → buurtteam", { van: "wmo", naar: "buurtteam", veiligheid: "veilig" }, null],
    [
      "onveilig, Regiegroep → Wmo",
      { van: "regiegroep", naar: "wmo", veiligheid: "onveilig" },
      "veiligheid-regiegroep",
    ],
    [
      "crisis, Regiegroep → Jeugd",
      { van: "regiegroep", naar: "jeugd", veiligheid: "crisis" },
      "veiligheid-regiegroep",
    ],
    [
      "crisis, Regiegroep → Veilig Opgroeien",
      { van: "regiegroep", naar: "veilig-opgroeien", veiligheid: "crisis" },
      null,
    ],
    [
      "zorgen, Regiegroep → A&O",
      { van: "regiegroep", naar: "ao", veiligheid: "zorgen" },
      "werkvoorraad-geen-instroom",
    ],
  ] as const)("%s", (_naam, keuze, regel) => {
    const oordeel = beoordeelOverschrijving(iag, keuze);
    if (regel === null) expect(oordeel).toEqual({ toegestaan: true });
    else expect(oordeel).toMatchObject({ toegestaan: false, regel });
  });
});
