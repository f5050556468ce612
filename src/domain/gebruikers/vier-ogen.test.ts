import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLLEN } from "./rollen";
import { type Beslissing, geeftToegang, magBeslissen, naGoedkeuring, splitsWijziging } from "./vier-ogen";

describe("geeftToegang: welke rol vraagt een tweede persoon", () => {
  it.each([
    ["iag", true],
    ["toegangsmedewerker", true],
    ["ao", true],
    ["jurist", true],
    ["teamleider", true],
    ["buurtteam", true],
    ["gedragswetenschapper", true],
    ["beheerder", true],
  ])("%s → %s", (rol, verwacht) => {
    expect(geeftToegang(rol)).toBe(verwacht);
  });

  it("elke bekende rol staat in de tabel hierboven", () => {
    expect(ROLLEN.every((rol) => typeof geeftToegang(rol) === "boolean")).toBe(true);
    expect(ROLLEN).toHaveLength(8);
  });
});

const t = (rollen: string[], vakgroepen: string[] = []) => ({ rollen, vakgroepen });

describe("splitsWijziging: wat direct geldt en wat op een tweede persoon wacht", () => {
  it.each([
    // [omschrijving, huidig, gewenst, direct, verzoek]
    ["niets verandert", t(["iag"], ["iag"]), t(["iag"], ["iag"]), t(["iag"], ["iag"]), null],
    [
      "beheerder maakt zichzelf teamleider",
      t(["beheerder"]),
      t(["beheerder", "teamleider"]),
      t(["beheerder"]),
      t(["teamleider"]),
    ],
    [
      "nieuwe medewerker met rol en vakgroep",
      t([]),
      t(["toegangsmedewerker"], ["wmo"]),
      t([]),
      t(["toegangsmedewerker"], ["wmo"]),
    ],
    ["een beheerder erbij", t(["iag"]), t(["iag", "beheerder"]), t(["iag"]), t(["beheerder"])],
    ["een rol eraf gaat direct", t(["iag", "ao"], ["ao"]), t(["ao"], ["ao"]), t(["ao"], ["ao"]), null],
    [
      "een vakgroep eraf gaat direct",
      t(["toegangsmedewerker"], ["wmo", "jeugd"]),
      t(["toegangsmedewerker"], ["wmo"]),
      t(["toegangsmedewerker"], ["wmo"]),
      null,
    ],
    [
      "de Regiegroep erbij wacht",
      t(["toegangsmedewerker"], ["wmo"]),
      t(["toegangsmedewerker"], ["wmo", "regiegroep"]),
      t(["toegangsmedewerker"], ["wmo"]),
      t([], ["regiegroep"]),
    ],
    [
      "een vakgroep voor wie alleen beheerder is geeft geen inzage",
      t(["beheerder"]),
      t(["beheerder"], ["wmo"]),
      t(["beheerder"], ["wmo"]),
      null,
    ],
    ["rol eraf en een andere erbij", t(["iag"], ["iag"]), t(["ao"], ["iag"]), t([], ["iag"]), t(["ao"])],
    ["dubbele codes tellen één keer", t([]), t(["iag", "iag"], ["wmo", "wmo"]), t([]), t(["iag"], ["wmo"])],
    [
      "vakgroep erbij bij een rol die wacht",
      t(["beheerder"]),
      t(["beheerder", "iag"], ["iag"]),
      t(["beheerder"]),
      t(["iag"], ["iag"]),
    ],
  ])("%s", (_naam, huidig, gewenst, direct, verzoek) => {
    expect(splitsWijziging(huidig, gewenst)).toEqual({ direct, verzoek });
  });

  it("direct geeft nooit meer dan er al was (eigenschap)", () => {
    const codes = fc.subarray(["iag", "toegangsmedewerker", "ao", "teamleider", "beheerder"]);
    const groepen = fc.subarray(["wmo", "jeugd", "regiegroep"]);
    fc.assert(
      fc.property(codes, groepen, codes, groepen, (hr, hv, gr, gv) => {
        const { direct, verzoek } = splitsWijziging(t(hr, hv), t(gr, gv));
        expect(direct.rollen.every((r) => hr.includes(r))).toBe(true);
        // what is not approved never arrives; what is approved gives exactly what was asked
        const daarna = verzoek ? naGoedkeuring(direct, verzoek) : direct;
        expect(new Set(daarna.rollen)).toEqual(new Set(gr));
        expect(new Set(daarna.vakgroepen)).toEqual(new Set(gv));
      }),
    );
  });
});

describe("magBeslissen: wie keurt goed of weigert", () => {
  const verzoek = { status: "open", medewerkerId: "ontvanger", aangevraagdDoor: "aanvrager" };
  const wie = (medewerkerId: string, rollen: string[]) => ({ medewerkerId, rollen });
  const cellen: [string, ReturnType<typeof wie>, typeof verzoek, Beslissing, string][] = [
    ["teamleider keurt goed", wie("tl", ["teamleider"]), verzoek, "goedkeuren", "goedgekeurd"],
    ["andere beheerder keurt goed", wie("b2", ["beheerder"]), verzoek, "goedkeuren", "goedgekeurd"],
    ["teamleider weigert", wie("tl", ["teamleider"]), verzoek, "weigeren", "geweigerd"],
    [
      "aanvrager keurt eigen verzoek goed",
      wie("aanvrager", ["beheerder"]),
      verzoek,
      "goedkeuren",
      "niet-de-aanvrager",
    ],
    ["aanvrager trekt eigen verzoek in", wie("aanvrager", ["beheerder"]), verzoek, "weigeren", "ingetrokken"],
    [
      "ontvanger (teamleider) keurt eigen toegang goed",
      wie("ontvanger", ["teamleider"]),
      verzoek,
      "goedkeuren",
      "niet-voor-uzelf",
    ],
    [
      "ontvanger (beheerder) weigert eigen toegang",
      wie("ontvanger", ["beheerder"]),
      verzoek,
      "weigeren",
      "niet-voor-uzelf",
    ],
    [
      "beheerder vraagt voor zichzelf en keurt goed",
      wie("zelf", ["beheerder"]),
      { ...verzoek, medewerkerId: "zelf", aangevraagdDoor: "zelf" },
      "goedkeuren",
      "niet-de-aanvrager",
    ],
    ["consulent keurt goed", wie("c", ["toegangsmedewerker"]), verzoek, "goedkeuren", "tweede-persoon-rol"],
    ["A&O weigert", wie("a", ["ao"]), verzoek, "weigeren", "tweede-persoon-rol"],
    [
      "al beslist",
      wie("tl", ["teamleider"]),
      { ...verzoek, status: "goedgekeurd" },
      "goedkeuren",
      "verzoek-open",
    ],
    [
      "al ingetrokken, aanvrager weigert",
      wie("aanvrager", ["beheerder"]),
      { ...verzoek, status: "ingetrokken" },
      "weigeren",
      "verzoek-open",
    ],
  ];

  it.each(cellen)("%s → %s", (_naam, beslisser, v, beslissing, verwacht) => {
    const uitkomst = magBeslissen(beslisser, v, beslissing);
    if (uitkomst.ok) expect(uitkomst.status).toBe(verwacht);
    else {
      expect(uitkomst.regel).toBe(verwacht);
      expect(uitkomst.reden.length).toBeGreaterThan(10);
    }
  });

  it("niemand keurt ooit een verzoek goed dat hij zelf deed of dat hemzelf toegang geeft (eigenschap)", () => {
    const id = fc.constantFrom("a", "b", "c");
    const rollen = fc.subarray(["teamleider", "beheerder", "iag"]);
    fc.assert(
      fc.property(id, rollen, id, id, (ik, mijnRollen, voor, door) => {
        const uitkomst = magBeslissen(
          wie(ik, mijnRollen),
          { status: "open", medewerkerId: voor, aangevraagdDoor: door },
          "goedkeuren",
        );
        if (uitkomst.ok) {
          expect(ik).not.toBe(voor);
          expect(ik).not.toBe(door);
        }
      }),
    );
  });
});
