import { describe, expect, it } from "vitest";
import { valideerZaakPersonen, type ZaakPersoon } from "./personen";

const p = (persoonId: string, rol: ZaakPersoon["rol"]): ZaakPersoon => ({ persoonId, rol });

describe("valideerZaakPersonen", () => {
  it.each<[string, { persoonId?: unknown; rol?: unknown }[]]>([
    ["alleen een hoofdpersoon", [p("a", "hoofdpersoon")]],
    [
      "gezin met melder",
      [
        p("kind", "hoofdpersoon"),
        p("moeder", "gezaghebbende"),
        p("vader", "gezaghebbende"),
        p("school", "melder"),
      ],
    ],
    ["inwoner meldt zichzelf (twee rollen)", [p("a", "hoofdpersoon"), p("a", "melder")]],
    [
      "gezinsleden en vertegenwoordiger",
      [p("a", "hoofdpersoon"), p("b", "gezinslid"), p("c", "gezinslid"), p("d", "vertegenwoordiger")],
    ],
  ])("accepts %s", (_naam, personen) => {
    expect(valideerZaakPersonen(personen)).toEqual({ ok: true });
  });

  it.each<[string, { persoonId?: unknown; rol?: unknown }[], { veld: string; melding: RegExp }[]]>([
    ["geen personen", [], [{ veld: "personen", melding: /ten minste één persoon/ }]],
    ["geen hoofdpersoon", [p("a", "melder")], [{ veld: "personen", melding: /er is nu geen hoofdpersoon/ }]],
    [
      "twee hoofdpersonen",
      [p("a", "hoofdpersoon"), p("b", "hoofdpersoon")],
      [{ veld: "personen", melding: /precies één hoofdpersoon; er zijn er nu 2/ }],
    ],
    [
      "dezelfde persoon tweemaal als gezinslid",
      [p("a", "hoofdpersoon"), p("b", "gezinslid"), p("b", "gezinslid")],
      [{ veld: "personen[2]", melding: /al met de rol gezinslid/ }],
    ],
    [
      "dezelfde hoofdpersoon tweemaal",
      [p("a", "hoofdpersoon"), p("a", "hoofdpersoon")],
      [
        { veld: "personen[1]", melding: /al met de rol hoofdpersoon/ },
        { veld: "personen", melding: /er zijn er nu 2/ },
      ],
    ],
    [
      "onbekende rol en lege persoonId",
      [p("a", "hoofdpersoon"), { persoonId: "b", rol: "buurman" }, { persoonId: " ", rol: "melder" }],
      [
        { veld: "personen[1].rol", melding: /Onbekende rol/ },
        { veld: "personen[2].persoonId", melding: /Kies een persoon/ },
      ],
    ],
  ])("refuses %s", (_naam, personen, verwacht) => {
    const uitkomst = valideerZaakPersonen(personen);
    expect(uitkomst.ok).toBe(false);
    if (uitkomst.ok) return;
    expect(uitkomst.fouten).toHaveLength(verwacht.length);
    verwacht.forEach((fout, i) => {
      expect(uitkomst.fouten[i]?.veld).toBe(fout.veld);
      expect(uitkomst.fouten[i]?.melding).toMatch(fout.melding);
    });
  });
});
