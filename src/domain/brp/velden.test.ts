/** Doelbinding as a table: the fields each purpose asks of the BRP, no more (AVG art. 5 lid 1 onder c). */
import { describe, expect, it } from "vitest";
import { BRP_DOELEN, type BrpDoel, veldenVoor, ZOEKVELDEN } from "./velden";

// Fields that the BRP delivers automatically and refuses in `fields` (OpenAPI 2.7.0, PersonenQuery.fields).
const AUTOMATISCH = [
  "inOnderzoek",
  "geheimhoudingPersoonsgegevens",
  "opschortingBijhouding",
  "rni",
  "verificatie",
];

describe("fields per doel (RaadpleegMetBurgerservicenummer)", () => {
  const tabel: { doel: BrpDoel; bevat: string[]; zonder: string[] }[] = [
    {
      doel: "aanmelding",
      bevat: [
        "naam.voornamen",
        "geboorte.datum",
        "verblijfplaats.verblijfadres.postcode",
        "kinderen.burgerservicenummer",
        "ouders.naam.geslachtsnaam",
        "partners.ontbindingHuwelijkPartnerschap.datum",
        "gezag",
      ],
      zonder: [
        "nationaliteiten",
        "verblijfstitel",
        "aNummer",
        "overlijden",
        "immigratie",
        "uitsluitingKiesrecht",
      ],
    },
    {
      doel: "dossier-bijwerken",
      bevat: ["naam.geslachtsnaam", "verblijfplaats.verblijfadres.huisnummer", "gezag"],
      zonder: ["nationaliteiten", "verblijfstitel", "aNummer"],
    },
    {
      doel: "woonplaatsbeginsel",
      bevat: ["gemeenteVanInschrijving", "verblijfplaats.functieAdres", "verblijfplaats.datumVan"],
      zonder: [
        "naam.voornamen",
        "geboorte.datum",
        "kinderen.burgerservicenummer",
        "gezag",
        "verblijfplaats.verblijfadres.postcode",
      ],
    },
  ];
  it.each(tabel)("$doel", ({ doel, bevat, zonder }) => {
    const velden = veldenVoor(doel, "RaadpleegMetBurgerservicenummer");
    for (const v of bevat) expect(velden).toContain(v);
    for (const v of zonder) expect(velden.some((x) => x === v || x.startsWith(`${v}.`))).toBe(false);
  });

  it.each(BRP_DOELEN)("%s: at most 130 fields, no duplicates, no automatically delivered field", (doel) => {
    const velden = veldenVoor(doel, "RaadpleegMetBurgerservicenummer");
    expect(velden.length).toBeGreaterThan(0);
    expect(velden.length).toBeLessThanOrEqual(130);
    expect(new Set(velden).size).toBe(velden.length);
    for (const v of velden) {
      expect(v).toMatch(/^[a-zA-Z0-9._]{1,200}$/);
      expect(AUTOMATISCH.some((a) => v === a || v.startsWith(`${a}.`))).toBe(false);
    }
  });
});

describe("fields when searching (ZoekMet…): PersoonBeperkt, the same for every doel", () => {
  it.each(BRP_DOELEN)("%s", (doel) => {
    for (const type of ["ZoekMetGeslachtsnaamEnGeboortedatum", "ZoekMetPostcodeEnHuisnummer"] as const) {
      expect(veldenVoor(doel, type)).toEqual([...ZOEKVELDEN]);
    }
  });
  it("never relations, gezag or verblijfplaats (not in PersoonBeperkt)", () => {
    for (const v of ZOEKVELDEN) expect(v).not.toMatch(/^(kinderen|ouders|partners|gezag|verblijfplaats)/);
  });
});
