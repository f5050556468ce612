import { describe, expect, it } from "vitest";
import type { Medewerker } from "./behandelaar";
import { type OverdrachtInvoer, toetsOverdracht, vervulbareWerkvoorraden } from "./overdracht";

const regisseur: Medewerker = {
  id: "r",
  naam: "Rianne",
  rollen: ["toegangsmedewerker"],
  vakgroepen: ["regiegroep"],
  actief: true,
};
const wmoer: Medewerker = { ...regisseur, id: "w", naam: "Willem", vakgroepen: ["wmo"] };

const invoer = (over: Partial<OverdrachtInvoer> = {}, zaak: Partial<OverdrachtInvoer["zaak"]> = {}) => ({
  zaak: { werkvoorraad: "wmo", afgesloten: false, behandelaar: null, ...zaak },
  naar: "regiegroep",
  reden: "Meervoudige vraag: schulden en opvoeding",
  vervulbaar: new Set(["wmo", "regiegroep", "jeugd"]),
  ...over,
});

describe("toetsOverdracht", () => {
  it.each([
    ["afgesloten zaak", invoer({}, { afgesloten: true }), "zaak-open"],
    ["onbekende werkvoorraad", invoer({ naar: "ruimtevaart" }), "werkvoorraad-bekend"],
    ["zelfde werkvoorraad", invoer({ naar: "wmo" }), "andere-werkvoorraad"],
    ["geen reden", invoer({ reden: "  " }), "reden-opgegeven"],
    ["werkvoorraad zonder medewerkers", invoer({ naar: "schuldhulp" }), "werkvoorraad-bezet"],
  ])("%s → geweigerd (%s)", (_naam, i, regel) => {
    const uitkomst = toetsOverdracht(i);
    expect(uitkomst.ok).toBe(false);
    if (!uitkomst.ok) expect(uitkomst.regel).toBe(regel);
  });

  it.each([
    ["zonder behandelaar", null, "regiegroep", false],
    ["Wmo-consulent naar de Regiegroep: behandelaar vervalt", wmoer, "regiegroep", false],
    ["regisseur naar Jeugd: behandelaar blijft", regisseur, "jeugd", true],
  ])("%s", (_naam, behandelaar, naar, blijft) => {
    const uitkomst = toetsOverdracht(invoer({ naar }, { behandelaar }));
    expect(uitkomst).toMatchObject({ ok: true, naar, behandelaarBlijft: blijft });
  });
});

describe("vervulbareWerkvoorraden", () => {
  it("telt alleen actieve leden van de eigen vakgroep (en het buurtteam)", () => {
    const set = vervulbareWerkvoorraden([
      regisseur,
      wmoer,
      { ...wmoer, id: "x", vakgroepen: ["werk"], actief: false },
      { ...wmoer, id: "b", rollen: ["buurtteam"], vakgroepen: [] },
      { ...wmoer, id: "t", rollen: ["teamleider"], vakgroepen: [] },
    ]);
    expect([...set].sort()).toEqual(["buurtteam", "regiegroep", "wmo"]);
  });
});
