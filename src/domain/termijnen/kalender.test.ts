import Holidays from "date-holidays";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GELIJKGESTELD_2023_2028 } from "./gelijkgesteld.testdata";
import {
  atwFeestdagen,
  atwVerschuiving,
  buitenAtwArt4,
  dagenTussen,
  feestdagen,
  isTermijndag,
  isWerkdag,
  maakKalender,
  paasdag,
  pasAtwToe,
  plusDagen,
  plusMaanden,
  plusWerkdagen,
  vanRechtswegeGeenTermijndag,
} from "./kalender";

const kalender = maakKalender(GELIJKGESTELD_2023_2028);
const zonderBesluiten = maakKalender([]);

describe("feestdagen van de Algemene termijnenwet", () => {
  it("art. 3 lid 1: Nieuwjaarsdag, tweede Paas- en Pinksterdag, beide Kerstdagen, Hemelvaartsdag, Koningsdag, 5 mei", () => {
    expect([...feestdagen(2026).keys()].sort()).toEqual([
      "2026-01-01",
      "2026-04-06",
      "2026-04-27",
      "2026-05-05",
      "2026-05-14",
      "2026-05-25",
      "2026-12-25",
      "2026-12-26",
    ]);
  });

  it("art. 3 lid 1: Koningsdag op zaterdag 26 april als 27 april een zondag is (2025), Koninginnedag tot 2013", () => {
    expect(feestdagen(2025).get("2025-04-26")).toBe("Koningsdag");
    expect(feestdagen(2025).has("2025-04-27")).toBe(false);
    expect(feestdagen(2013).get("2013-04-30")).toBe("Koninginnedag");
    expect(feestdagen(2006).get("2006-04-29")).toBe("Koninginnedag");
    expect(feestdagen(2005).get("2005-05-05")).toBe("5 mei (Bevrijdingsdag) en Hemelvaartsdag");
  });

  it("art. 3 lid 2 en 3: Goede Vrijdag en de bij Koninklijk Besluit gelijkgestelde dagen tellen mee", () => {
    const dagen = atwFeestdagen(kalender, 2026);
    expect(dagen.get("2026-04-03")).toBe("Goede Vrijdag");
    expect(dagen.get("2026-01-02")).toBe("Vrijdag na Nieuwjaarsdag");
    expect(dagen.get("2026-05-15")).toBe("Vrijdag na Hemelvaartsdag");
    expect(dagen.size).toBe(8 + 1 + 2);
    expect(atwFeestdagen(zonderBesluiten, 2026).has("2026-05-15")).toBe(false);
  });

  it("art. 3 lid 1 en 2 komen voor 1990–2060 overeen met de NL-kalender van date-holidays", () => {
    const nl = new Holidays("NL");
    for (let jaar = 1990; jaar <= 2060; jaar++) {
      const bekend = nl.getHolidays(jaar);
      const wettelijk = bekend
        .filter(
          (h) =>
            (h.type === "public" && !["Pasen", "Pinksteren"].includes(h.name)) || h.name === "Bevrijdingsdag",
        )
        .map((h) => h.date.slice(0, 10))
        .sort();
      expect([...feestdagen(jaar).keys()].sort(), String(jaar)).toEqual([...new Set(wettelijk)]);
      const goedeVrijdag = bekend.find((h) => h.name === "Goede Vrijdag")?.date.slice(0, 10);
      expect(plusDagen(paasdag(jaar), -2), String(jaar)).toBe(goedeVrijdag);
    }
  });
});

describe("Algemene termijnenwet art. 1 lid 1: einde op zaterdag, zondag of feestdag → eerstvolgende gewone dag", () => {
  it.each([
    ["art. 1: zaterdag 2-5-2026 → maandag", "2026-05-02", "2026-05-04"],
    ["art. 1, 3 lid 1: Eerste Kerstdag (vr) 25-12-2026 → maandag 28-12", "2026-12-25", "2026-12-28"],
    [
      "art. 1, 3 lid 1: Koningsdag (di) 27-4-2027 → woensdag (geen gelijkgestelde maandag in het KB)",
      "2027-04-27",
      "2027-04-28",
    ],
    [
      "art. 1, 3 lid 1: 5 mei is ieder jaar een feestdag (di 5-5-2026 → woensdag)",
      "2026-05-05",
      "2026-05-06",
    ],
    [
      "art. 3 lid 2: Goede Vrijdag 3-4-2026 → dinsdag 7-4 (maandag is Tweede Paasdag)",
      "2026-04-03",
      "2026-04-07",
    ],
    [
      "art. 3 lid 2: Goede Vrijdag 26-3-2027 → dinsdag 30-3 (maandag is Tweede Paasdag)",
      "2027-03-26",
      "2027-03-30",
    ],
    ["art. 3 lid 1: Tweede Paasdag 29-3-2027 → dinsdag", "2027-03-29", "2027-03-30"],
    ["art. 3 lid 3: Hemelvaartsdag 14-5-2026 → maandag 18-5 (KB: vrijdag 15-5)", "2026-05-14", "2026-05-18"],
    ["art. 3 lid 3: KB-dag vrijdag 7-5-2027 zelf → maandag 10-5", "2027-05-07", "2027-05-10"],
    ["art. 3 lid 3: Nieuwjaarsdag (do) 1-1-2026 → maandag 5-1 (KB: vrijdag 2-1)", "2026-01-01", "2026-01-05"],
    [
      "art. 3 lid 3: Tweede Kerstdag (do) 26-12-2024 → maandag 30-12 (KB: vrijdag 27-12)",
      "2024-12-26",
      "2024-12-30",
    ],
    ["art. 1: donderdag 2-4-2026 (voor Goede Vrijdag) blijft", "2026-04-02", "2026-04-02"],
  ])("%s", (_naam, einde, verwacht) => {
    expect(atwVerschuiving(kalender, einde)).toBe(verwacht);
  });

  it("art. 3 lid 3: zonder het Koninklijk Besluit zou Hemelvaart 2026 op vrijdag eindigen — de kalender is nodig", () => {
    expect(atwVerschuiving(zonderBesluiten, "2026-05-14")).toBe("2026-05-15");
  });

  it("art. 1: het einde is de eerste gewone dag op of na de dag, en alle dagen ertussen zijn dat niet", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2023-01-01"), max: new Date("2028-12-31"), noInvalidDate: true }),
        (d) => {
          const dag = d.toISOString().slice(0, 10);
          const einde = atwVerschuiving(kalender, dag);
          const tussen = Array.from({ length: dagenTussen(dag, einde) }, (_, i) => plusDagen(dag, i));
          return isTermijndag(kalender, einde) && tussen.every((t) => !isTermijndag(kalender, t));
        },
      ),
    );
  });
});

describe("Algemene termijnenwet art. 1 lid 2 en art. 2", () => {
  it.each([
    [
      "art. 2: 3 dagen vanaf do 24-12-2026 → zo 27-12 → ma 28-12 (art. 1), maar maar één gewone dag → di 29-12",
      "2026-12-24",
      "2026-12-27",
      "vooruit",
      { einde: "2026-12-29", grond: "art. 2" },
    ],
    [
      "art. 2: 3 dagen vanaf wo 23-12-2026 → za 26-12 → ma 28-12; do 24 en ma 28 zijn twee gewone dagen",
      "2026-12-23",
      "2026-12-26",
      "vooruit",
      { einde: "2026-12-28", grond: "art. 1" },
    ],
    [
      "art. 2: 3 dagen vanaf do 25-3-2027 over Pasen → di 30-3 heeft één gewone dag → wo 31-3",
      "2027-03-25",
      "2027-03-28",
      "vooruit",
      { einde: "2027-03-31", grond: "art. 2" },
    ],
    [
      "art. 2 geldt pas vanaf drie dagen: 2 dagen vanaf do 24-12-2026 → alleen art. 1, ma 28-12",
      "2026-12-24",
      "2026-12-26",
      "vooruit",
      { einde: "2026-12-28", grond: "art. 1" },
    ],
    [
      "art. 2 verlengt een termijn met genoeg gewone dagen niet: 6 weken blijft op woensdag",
      "2026-03-25",
      "2026-05-06",
      "vooruit",
      { einde: "2026-05-06", grond: null },
    ],
    [
      "art. 1 lid 2: terugrekenen — een week vóór ma 13-4-2026 is Tweede Paasdag 6-4 en dat blijft zo",
      "2026-04-13",
      "2026-04-06",
      "terug",
      { einde: "2026-04-06", grond: null },
    ],
    [
      "art. 1 lid 2: terugrekenen — een week vóór za 9-5-2026 is zaterdag 2-5 en dat blijft zo",
      "2026-05-09",
      "2026-05-02",
      "terug",
      { einde: "2026-05-02", grond: null },
    ],
    [
      "art. 2 bij terugrekenen: 3 dagen vóór ma 28-12-2026 (vr 25 t/m zo 27) → terug tot wo 23-12",
      "2026-12-28",
      "2026-12-25",
      "terug",
      { einde: "2026-12-23", grond: "art. 2" },
    ],
  ] as const)("%s", (_naam, aanvang, einde, richting, verwacht) => {
    expect(pasAtwToe(kalender, aanvang, einde, richting)).toEqual(verwacht);
  });
});

describe("Algemene termijnenwet art. 4 onder a: niet voor lange termijnen en termijnen in uren", () => {
  it.each([
    [12, "weken", false],
    [13, "weken", true],
    [90, "dagen", false],
    [91, "dagen", true],
    [3, "maanden", false],
    [4, "maanden", true],
    [1, "jaren", true],
    [48, "uren", true],
  ] as const)("%i %s → uitgezonderd: %s", (lengte, eenheid, uitgezonderd) => {
    const reden = buitenAtwArt4(lengte, eenheid);
    expect(reden !== null).toBe(uitgezonderd);
    if (reden) expect(reden).toContain("art. 4 onder a");
  });
});

describe("werkdagen: Goede Vrijdag en de KB-dagen zijn alleen voor de Atw gelijkgesteld", () => {
  it.each([
    [
      "Goede Vrijdag 3-4-2026 is een werkdag (art. 3 lid 2: 'voor de toepassing van deze wet')",
      "2026-04-03",
      true,
    ],
    ["KB-dag vrijdag 15-5-2026 is een werkdag (art. 3 lid 3)", "2026-05-15", true],
    ["5 mei 2026 is geen werkdag (art. 3 lid 1)", "2026-05-05", false],
    ["Tweede Paasdag 6-4-2026 is geen werkdag (art. 3 lid 1)", "2026-04-06", false],
    ["zaterdag 4-4-2026 is geen werkdag", "2026-04-04", false],
  ])("%s", (_naam, dag, werkdag) => {
    expect(isWerkdag(dag)).toBe(werkdag);
  });

  it("telt werkdagen zonder weekend en feestdagen van art. 3 lid 1; Goede Vrijdag telt mee", () => {
    expect(plusWerkdagen("2026-04-02", 3)).toBe("2026-04-08");
    expect(plusWerkdagen("2026-12-24", 1)).toBe("2026-12-28");
    expect(plusWerkdagen("2026-05-13", 1)).toBe("2026-05-15");
  });

  it("plusWerkdagen landt altijd op een werkdag, na de startdag", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2024-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }),
        fc.integer({ min: 1, max: 30 }),
        (d, n) => {
          const start = d.toISOString().slice(0, 10);
          const eind = plusWerkdagen(start, n);
          return isWerkdag(eind) && eind > start;
        },
      ),
    );
  });
});

describe("gelijkstellen heeft alleen zin voor een gewone dag (art. 3 lid 3)", () => {
  it.each([
    ["2027-03-26", "Goede Vrijdag"],
    ["2026-12-26", "Tweede Kerstdag"],
    ["2029-05-12", "zaterdag"],
    ["2029-05-13", "zondag"],
    ["2029-05-11", null],
  ])("%s → %s", (dag, reden) => {
    expect(vanRechtswegeGeenTermijndag(dag)).toBe(reden);
  });
});

describe("plusMaanden", () => {
  it.each([
    ["2026-01-15", 6, "2026-07-15"],
    ["2026-08-31", 1, "2026-09-30"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2026-11-30", 3, "2027-02-28"],
    ["2026-05-01", 9, "2027-02-01"],
  ])("%s + %i maanden = %s", (van, maanden, tot) => {
    expect(plusMaanden(van, maanden)).toBe(tot);
  });
});
