import { describe, expect, it } from "vitest";
import { normaliseerBrin, pohTelling, toetsPohRegistratie, toetsSmwRegistratie } from "./jeugd";

const regels = (u: { ok: boolean; regel?: string }[]) => u.map((x) => x.regel);

describe("BRIN (twee cijfers en twee letters)", () => {
  it.each([
    ["12AB", "12AB"],
    ["12 ab", "12AB"],
    ["1234", null],
    ["AB12", null],
    ["12ABC", null],
    ["", null],
  ])("%s → %s", (invoer, brin) => expect(normaliseerBrin(invoer)).toBe(brin));
});

describe("registratie schoolmaatschappelijk werk", () => {
  it.each<[string, string, boolean | null, string[]]>([
    ["vandaag, actieve school", "2026-05-01", true, []],
    ["in de toekomst", "2026-05-02", true, ["datum-niet-in-toekomst"]],
    ["beëindigde school", "2026-05-01", false, ["school-actief"]],
    ["onbekende school", "2026-05-01", null, ["school-bekend"]],
  ])("%s", (_naam, datum, schoolActief, verwacht) => {
    expect(regels(toetsSmwRegistratie({ datum, schoolActief }, "2026-05-01"))).toEqual(verwacht);
  });
});

describe("registratie POH-jeugd", () => {
  it.each([
    ["afgesloten zonder verwijzing", "afgesloten", null, []],
    ["verwezen naar jeugd-ggz", "verwezen", "jeugd-ggz", []],
    ["verwezen zonder waarheen", "verwezen", null, ["poh-verwezen-naar"]],
    ["afgesloten met verwijzing", "afgesloten", "anders", ["poh-afgesloten-zonder-verwijzing"]],
  ] as const)("%s", (_naam, uitkomst, verwezenNaar, verwacht) => {
    expect(
      regels(toetsPohRegistratie({ datum: "2026-04-01", uitkomst, verwezenNaar }, "2026-05-01")),
    ).toEqual(verwacht);
  });
  it("telling: voorkomen verwijzingen", () => {
    expect(
      pohTelling([
        { contacten: 3, uitkomst: "afgesloten" },
        { contacten: 5, uitkomst: "afgesloten" },
        { contacten: 2, uitkomst: "verwezen" },
      ]),
    ).toEqual({
      jeugdigen: 3,
      contacten: 10,
      zonderVerwijzing: 2,
      verwezen: 1,
      percentageZonderVerwijzing: 67,
    });
    expect(pohTelling([]).percentageZonderVerwijzing).toBeNull();
  });
});
