import { describe, expect, it } from "vitest";
import type { Product } from "../catalogus/producten";
import type { Resultatenmatrix } from "../catalogus/resultatenmatrix";
import { LEGE_INHOUD, type Maatwerkvoorziening, type PgbToets, type PlanInhoud } from "./inhoud";
import { kortdurendBezwaar, uiterlijkeEinddatum } from "./kortdurend";
import { pgbToetsBezwaren } from "./pgb";
import {
  beschrijfOvertredingen,
  controleerDefinitief,
  controleerPlan,
  PLAN_REGELS,
  type PlanContext,
  regiegroepVereist,
} from "./regels";
import { zetStap } from "./status";

const P1 = "11111111-1111-4111-8111-111111111111";
const P2 = "22222222-2222-4222-8222-222222222222";
const JURIST = "33333333-3333-4333-8333-333333333333";
/** A voorziening on the gemeente's sociale kaart. */
const VOORZIENING = "44444444-4444-4444-8444-444444444444";

const matrix: Resultatenmatrix = {
  hoofdresultaten: [
    {
      code: "Z1",
      domein: "zelfredzaam",
      omschrijving: "Huishouden",
      subresultaten: [{ code: "Z1.1", omschrijving: "Overzicht", stap: 1 }],
    },
  ],
};

const prod = (code: string, niveau: number, wet: "wmo" | "jeugd" = "wmo"): Product => ({
  wet,
  categorie: code.slice(0, 2),
  code,
  omschrijving: code,
  interventieniveau: niveau,
  eenheid: "04",
  geldigVanaf: "2020-01-01",
  geldigTot: null,
});

const ctx: PlanContext = {
  matrix,
  producten: [
    prod("02A06", 4),
    prod("07A01", 7),
    prod("02A99", 6),
    prod("02A03", 3),
    prod("45A33", 4, "jeugd"),
  ],
  personen: new Set([P1, P2]),
  aanbieders: new Set(["42420001", "65656055"]),
  juristen: new Set([JURIST]),
  voorzieningen: new Set([VOORZIENING]),
};

const zin = (over: Partial<Maatwerkvoorziening> = {}): Maatwerkvoorziening => ({
  persoonId: P1,
  wet: "wmo",
  productCode: "02A06",
  leveringsvorm: "zin",
  aanbiederAgb: "42420001",
  ingangsdatum: "2026-02-01",
  einddatum: "2026-12-31",
  omvang: { volume: 2, eenheid: "04", frequentie: "2" },
  budget: null,
  pgbToets: null,
  ...over,
});

const toets = (over: Partial<PgbToets> = {}): PgbToets => ({
  bekwaamheid: { voldaan: true, toelichting: "Dochter beheert het budget" },
  motivering: { voldaan: true, toelichting: "Vaste begeleider uit het netwerk" },
  kwaliteit: { voldaan: true, toelichting: "Veilig en doelgericht" },
  uitvoerder: "sociaal-netwerk",
  inspectieloketGecontroleerd: false,
  tarief: { bedrag: 2500, per: "uur" },
  ...over,
});

const plan = (over: Partial<PlanInhoud> = {}): PlanInhoud => ({
  ...LEGE_INHOUD,
  hulpvraag: "Grip op het huishouden",
  resultaten: [
    { persoonId: P1, domein: "zelfredzaam", hoofdresultaat: "Z1", subresultaat: "Z1.1", toelichting: "" },
  ],
  maatwerkvoorzieningen: [zin()],
  evaluatiemomenten: [{ datum: "2026-06-01", wijze: "gesprek" }],
  ...over,
});

const regels = (inhoud: PlanInhoud) => controleerPlan(inhoud, ctx).map((f) => f.regel);

describe("controleerPlan", () => {
  it("een goed plan breekt geen regels", () => {
    expect(regels(plan())).toEqual([]);
    const oplossingen = [
      { omschrijving: "Budgetcursus", persoonId: P1, voorzieningId: VOORZIENING },
      { omschrijving: "Maatje via het buurtteam (vrije tekst, van vóór de sociale kaart)", persoonId: null },
    ];
    expect(regels(plan({ voorliggendeOplossingen: oplossingen }))).toEqual([]);
  });

  it.each<[string, Partial<PlanInhoud>, string]>([
    [
      "product niet in de catalogus",
      { maatwerkvoorzieningen: [zin({ productCode: "99X99" })] },
      "product-onbekend",
    ],
    [
      "product van een andere wet",
      { maatwerkvoorzieningen: [zin({ productCode: "45A33" })] },
      "product-onbekend",
    ],
    [
      "niveau 3 is geen maatwerk",
      { maatwerkvoorzieningen: [zin({ productCode: "02A03" })] },
      "product-geen-maatwerk",
    ],
    ["omvang én budget", { maatwerkvoorzieningen: [zin({ budget: 10000 })] }, "omvang-of-budget"],
    ["geen omvang en geen budget", { maatwerkvoorzieningen: [zin({ omvang: null })] }, "omvang-of-budget"],
    ["einde vóór begin", { maatwerkvoorzieningen: [zin({ einddatum: "2026-01-01" })] }, "periode"],
    ["ZIN zonder aanbieder", { maatwerkvoorzieningen: [zin({ aanbiederAgb: null })] }, "aanbieder-vereist"],
    [
      "onbekende aanbieder",
      { maatwerkvoorzieningen: [zin({ aanbiederAgb: "12345678" })] },
      "aanbieder-onbekend",
    ],
    [
      "pgb zonder toets",
      { maatwerkvoorzieningen: [zin({ leveringsvorm: "pgb", aanbiederAgb: null })] },
      "pgb-toets",
    ],
    [
      "pgb met niet-geslaagde toets",
      {
        maatwerkvoorzieningen: [
          zin({
            leveringsvorm: "pgb",
            aanbiederAgb: null,
            pgbToets: toets({ kwaliteit: { voldaan: false, toelichting: "" } }),
          }),
        ],
      },
      "pgb-toets",
    ],
    ["persoon niet op de zaak", { maatwerkvoorzieningen: [zin({ persoonId: JURIST })] }, "persoon-onbekend"],
    [
      "voorliggende oplossing niet op de sociale kaart van de gemeente",
      { voorliggendeOplossingen: [{ omschrijving: "Maatje", persoonId: P1, voorzieningId: JURIST }] },
      "voorziening-onbekend",
    ],
    [
      "resultaat niet in de matrix",
      {
        resultaten: [
          { persoonId: P1, domein: "veilig", hoofdresultaat: "Z1", subresultaat: null, toelichting: "" },
        ],
      },
      "resultaat-onbekend",
    ],
    [
      "kortdurend langer dan 6 maanden",
      {
        kortdurendeOndersteuning: [
          {
            omschrijving: "Coaching",
            persoonId: P1,
            startdatum: "2026-01-15",
            einddatum: "2026-07-16",
            laagfrequent: false,
          },
        ],
      },
      "kortdurend-maximum",
    ],
    [
      "laagfrequent langer dan 12 maanden",
      {
        kortdurendeOndersteuning: [
          {
            omschrijving: "Coaching",
            persoonId: null,
            startdatum: "2026-01-15",
            einddatum: "2027-01-16",
            laagfrequent: true,
          },
        ],
      },
      "kortdurend-maximum",
    ],
    [
      "niveau 6 zonder Regiegroep",
      { maatwerkvoorzieningen: [zin({ productCode: "02A99" })] },
      "regiegroep-vereist",
    ],
    [
      "twee aanbieders zonder Regiegroep",
      { maatwerkvoorzieningen: [zin(), zin({ productCode: "07A01", aanbiederAgb: "65656055" })] },
      "regiegroep-vereist",
    ],
    [
      "overleg met iemand die geen jurist is",
      {
        omgekeerdeToets: {
          effect: "a",
          grondwaarde: "b",
          ethiek: "c",
          randvoorwaarden: "d",
          afwijking: { regel: "x", motivering: "y" },
          juridischOverleg: { juristId: P2, datum: "2026-01-10", advies: "ok" },
        },
      },
      "jurist-onbekend",
    ],
  ])("%s → %s", (_naam, over, regel) => {
    expect(regels(plan(over))).toContain(regel);
  });

  it("geslaagde pgb-toets, laagfrequent 12 maanden en Regiegroep-betrokkenheid zijn in orde", () => {
    expect(
      regels(
        plan({
          maatwerkvoorzieningen: [
            zin({ productCode: "02A99" }),
            zin({
              leveringsvorm: "pgb",
              aanbiederAgb: null,
              omvang: null,
              budget: 250000,
              pgbToets: toets(),
            }),
          ],
          kortdurendeOndersteuning: [
            {
              omschrijving: "Coaching",
              persoonId: P2,
              startdatum: "2026-01-31",
              einddatum: "2027-01-31",
              laagfrequent: true,
            },
          ],
          regiegroep: { rol: "adviseert", datum: "2026-01-20", toelichting: "Casus besproken" },
        }),
      ),
    ).toEqual([]);
  });

  it("Regiegroep is nodig bij niveau 6 of meerdere aanbieders", () => {
    expect(regiegroepVereist(plan(), ctx.producten)).toBe(false);
    expect(
      regiegroepVereist(plan({ maatwerkvoorzieningen: [zin({ productCode: "02A99" })] }), ctx.producten),
    ).toBe(true);
  });
});

describe("controleerDefinitief", () => {
  const afwijking = {
    effect: "Zelfstandig wonen",
    grondwaarde: "Zelfredzaamheid",
    ethiek: "Gezin blijft bij elkaar",
    randvoorwaarden: "Verordening art. 5 wijkt af",
    afwijking: { regel: "Verordening art. 5", motivering: "Maatwerk nodig" },
    juridischOverleg: null,
  };
  const def = (inhoud: PlanInhoud, g = { afwijking: false, individueleOvereenkomst: false }) =>
    controleerDefinitief(inhoud, ctx, g).map((f) => f.regel);

  it.each<[string, PlanInhoud, string[]]>([
    ["compleet", plan(), []],
    ["zonder hulpvraag", plan({ hulpvraag: " " }), ["hulpvraag-vereist"]],
    ["zonder resultaat", plan({ resultaten: [] }), ["resultaat-vereist"]],
    ["maatwerk zonder evaluatie", plan({ evaluatiemomenten: [] }), ["evaluatie-vereist"]],
    [
      "toets onvolledig",
      plan({ omgekeerdeToets: { ...afwijking, ethiek: "", afwijking: null } }),
      ["omgekeerde-toets-onvolledig"],
    ],
    [
      "afwijking zonder overleg en handtekening",
      plan({ omgekeerdeToets: afwijking }),
      ["afwijking-juridisch-overleg", "afwijking-goedkeuring"],
    ],
    [
      "io zonder goedkeuring",
      plan({ individueleOvereenkomst: { motivering: "x", aanbiederAgb: "42420001", productCode: "02A06" } }),
      ["io-goedkeuring"],
    ],
  ])("%s", (_naam, inhoud, verwacht) => {
    expect(def(inhoud)).toEqual(verwacht);
  });

  it("afwijking met juridisch overleg en handtekening van de teamleider mag", () => {
    const inhoud = plan({
      omgekeerdeToets: {
        ...afwijking,
        juridischOverleg: { juristId: JURIST, datum: "2026-01-10", advies: "Akkoord" },
      },
    });
    expect(def(inhoud, { afwijking: true, individueleOvereenkomst: false })).toEqual([]);
  });
});

describe("pgb-toets", () => {
  it.each<[string, PgbToets | null, "wmo" | "jeugd", number]>([
    ["geslaagd", toets(), "wmo", 0],
    ["niet vastgelegd", null, "wmo", 1],
    ["netwerk zonder tarief", toets({ tarief: null }), "wmo", 1],
    ["voldaan zonder toelichting", toets({ bekwaamheid: { voldaan: true, toelichting: "" } }), "wmo", 1],
    [
      "jeugd professioneel zonder Inspectieloket",
      toets({ uitvoerder: "professioneel", tarief: null }),
      "jeugd",
      1,
    ],
    [
      "jeugd professioneel met Inspectieloket",
      toets({ uitvoerder: "professioneel", inspectieloketGecontroleerd: true }),
      "jeugd",
      0,
    ],
    [
      "alle drie niet voldaan",
      toets({
        bekwaamheid: { voldaan: false, toelichting: "" },
        motivering: { voldaan: false, toelichting: "" },
        kwaliteit: { voldaan: false, toelichting: "" },
      }),
      "wmo",
      3,
    ],
  ])("%s → %i bezwaren", (_naam, t, wet, aantal) => {
    expect(pgbToetsBezwaren(t, wet)).toHaveLength(aantal);
  });
});

describe("kortdurende ondersteuning", () => {
  it.each([
    ["2026-01-31", false, "2026-07-31"],
    ["2026-08-31", false, "2027-02-28"],
    ["2026-01-15", true, "2027-01-15"],
  ])("start %s (laagfrequent %s) → uiterlijk %s", (start, laag, eind) => {
    expect(uiterlijkeEinddatum(start, laag)).toBe(eind);
    expect(kortdurendBezwaar({ startdatum: start, einddatum: eind, laagfrequent: laag })).toBeNull();
  });
});

describe("status", () => {
  it.each([
    ["concept", "definitief", null],
    ["concept", "ondertekend", "ondertekenen-alleen-definitief"],
    ["concept", "ter-ondertekening", "ter-ondertekening-alleen-definitief"],
    ["definitief", "definitief", "definitief-alleen-vanuit-concept"],
    ["definitief", "ter-ondertekening", null],
    ["definitief", "ondertekend", null],
    ["ter-ondertekening", "ondertekend", null],
    ["ter-ondertekening", "definitief", "definitief-alleen-vanuit-concept"],
    ["ondertekend", "ondertekend", "ondertekenen-alleen-definitief"],
    ["ondertekend", "definitief", "definitief-alleen-vanuit-concept"],
  ] as const)("%s → %s: %s", (van, stap, regel) => {
    const uitkomst = zetStap(van, stap);
    expect(uitkomst.ok).toBe(regel === null);
    if (!uitkomst.ok) expect(uitkomst.regel).toBe(regel);
  });
});

describe("beschrijfOvertredingen", () => {
  it("noemt elke overtreden regel één keer in woorden, zonder codes (die staan in `regel`)", () => {
    const tekst = beschrijfOvertredingen([
      { regel: "periode", veld: "a", melding: "x" },
      { regel: "periode", veld: "b", melding: "y" },
      { regel: "io-goedkeuring", veld: "c", melding: "z" },
    ]);
    expect(tekst).toBe(
      `Het plan voldoet niet aan de regels: ${PLAN_REGELS.periode} ${PLAN_REGELS["io-goedkeuring"]}`,
    );
    expect(tekst).not.toContain("[");
  });
});
