import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  enkelvoudigOfMeervoudig,
  lokaleTijd,
  normaliseerThema,
  type RegelId,
  ROUTERINGSREGELS,
  type RouteringInvoer,
  routeer,
  STANDAARD_ROUTERING,
  VEILIGHEID_NIVEAUS,
  VOORLIGGEND_VELD_EERST,
  WERKVOORRADEN,
  WET_DOMEINEN,
} from "./routering";

const basis: RouteringInvoer = {
  wetDomein: "wmo",
  veiligheid: "veilig",
  leefgebieden: ["huishouden"],
  configuratie: STANDAARD_ROUTERING,
};

interface Geval {
  naam: string;
  invoer: Partial<RouteringInvoer>;
  werkvoorraad: string;
  regel: RegelId;
  spoed?: boolean;
  uitleg: RegExp;
  nietInUitleg?: RegExp;
}

const ASSEN = { configuratie: VOORLIGGEND_VELD_EERST };

const GEVALLEN: Geval[] = [
  // Standaard (Noordenveld): enkelvoudig naar de vakgroep.
  {
    naam: "enkelvoudig Wmo",
    invoer: {},
    werkvoorraad: "wmo",
    regel: "wmo-enkelvoudig",
    uitleg: /Enkelvoudige Wmo-vraag \(1 leefgebied \(Huishouden\), 1 wet \(Wmo 2015\)\)/,
  },
  {
    naam: "Wmo zonder leefgebieden",
    invoer: { leefgebieden: [] },
    werkvoorraad: "wmo",
    regel: "wmo-enkelvoudig",
    uitleg: /geen leefgebieden vastgelegd/,
  },
  {
    naam: "enkelvoudig Jeugd",
    invoer: { wetDomein: "jeugd", leefgebieden: ["opvoeding"] },
    werkvoorraad: "jeugd",
    regel: "jeugd-enkelvoudig",
    uitleg: /Enkelvoudige Jeugd-vraag/,
  },
  {
    naam: "Werk en inkomen",
    invoer: { wetDomein: "werk", leefgebieden: ["werk-dagbesteding"] },
    werkvoorraad: "werk",
    regel: "werk",
    uitleg: /Participatiewet/,
  },
  {
    naam: "schulden",
    invoer: { wetDomein: "schuldhulp", leefgebieden: ["financien"] },
    werkvoorraad: "schuldhulp",
    regel: "schuldhulp",
    uitleg: /schulden/,
  },
  {
    naam: "leerplicht hoort bij Jeugd",
    invoer: { wetDomein: "leerplicht", leefgebieden: ["school-onderwijs"] },
    werkvoorraad: "jeugd",
    regel: "leerplicht",
    uitleg: /vakgroep Jeugd/,
  },
  {
    naam: "veilig opgroeien",
    invoer: { wetDomein: "veilig-opgroeien", leefgebieden: ["opvoeding"] },
    werkvoorraad: "veilig-opgroeien",
    regel: "veilig-opgroeien",
    uitleg: /Veilig Opgroeien/,
  },
  {
    naam: "onbekend wetsdomein blijft bij IAG",
    invoer: { wetDomein: "onbekend", leefgebieden: [] },
    werkvoorraad: "iag",
    regel: "wetdomein-onbekend",
    uitleg: /blijft bij de IAG/,
  },
  {
    naam: "urgente Wmo-vraag krijgt spoed",
    invoer: { urgent: true },
    werkvoorraad: "wmo",
    regel: "wmo-enkelvoudig",
    spoed: true,
    uitleg: /Wmo/,
  },
  // Meervoudig.
  {
    naam: "twee leefgebieden",
    invoer: { leefgebieden: ["wonen", "financien"] },
    werkvoorraad: "regiegroep",
    regel: "meervoudig",
    uitleg: /2 leefgebieden \(Wonen, Financiën\)/,
  },
  {
    naam: "e2e: zorgen met drie leefgebieden → Regiegroep met reden",
    invoer: { wetDomein: "jeugd", veiligheid: "zorgen", leefgebieden: ["wonen", "financien", "opvoeding"] },
    werkvoorraad: "regiegroep",
    regel: "meervoudig",
    spoed: false,
    uitleg:
      /^Meervoudige hulpvraag: 3 leefgebieden \(Wonen, Financiën, Opvoeding en opgroeien\)\. Daarom naar de werkvoorraad Regiegroep.*zorgen genoemd/,
  },
  {
    naam: "dubbele leefgebieden tellen eenmaal",
    invoer: { leefgebieden: ["wonen", "Wonen ", "wonen"] },
    werkvoorraad: "wmo",
    regel: "wmo-enkelvoudig",
    uitleg: /1 leefgebied/,
  },
  {
    naam: "meerdere wetten",
    invoer: { wetten: ["schuldhulp"] },
    werkvoorraad: "regiegroep",
    regel: "meervoudig",
    uitleg: /2 wetten \(Wmo 2015, Wet gemeentelijke schuldhulpverlening\)/,
  },
  {
    naam: "jeugd en veilig opgroeien is één wet",
    invoer: { wetDomein: "jeugd", leefgebieden: ["opvoeding"], wetten: ["veilig-opgroeien"] },
    werkvoorraad: "jeugd",
    regel: "jeugd-enkelvoudig",
    uitleg: /1 wet \(Jeugdwet\)/,
  },
  {
    naam: "meerdere aanbieders",
    invoer: { aantalAanbieders: 2 },
    werkvoorraad: "regiegroep",
    regel: "meervoudig",
    uitleg: /2 aanbieders/,
  },
  {
    naam: "meervoudig gaat voor leerplicht",
    invoer: { wetDomein: "leerplicht", leefgebieden: ["school-onderwijs", "psychisch-welbevinden"] },
    werkvoorraad: "regiegroep",
    regel: "meervoudig",
    uitleg: /Regiegroep/,
  },
  {
    naam: "meervoudig met onbekend wetsdomein",
    invoer: { wetDomein: "onbekend", leefgebieden: ["wonen", "verslaving"] },
    werkvoorraad: "regiegroep",
    regel: "meervoudig",
    uitleg: /Verslaving/,
  },
  // Veiligheid.
  {
    naam: "onveilig enkelvoudig Wmo",
    invoer: { veiligheid: "onveilig" },
    werkvoorraad: "regiegroep",
    regel: "veiligheid-onveilig",
    spoed: false,
    uitleg: /onveilig.*direct met de Regiegroep besproken/,
    nietInUitleg: /casemanager/,
  },
  {
    naam: "onveilig bij jeugd: casemanager Veilig Opgroeien",
    invoer: { wetDomein: "jeugd", veiligheid: "onveilig" },
    werkvoorraad: "regiegroep",
    regel: "veiligheid-onveilig",
    spoed: false,
    uitleg: /casemanager Veilig Opgroeien/,
  },
  {
    naam: "onveilig gaat voor werk",
    invoer: { wetDomein: "werk", veiligheid: "onveilig" },
    werkvoorraad: "regiegroep",
    regel: "veiligheid-onveilig",
    uitleg: /Regiegroep/,
  },
  {
    naam: "crisis Wmo",
    invoer: { veiligheid: "crisis", tijdstip: "2026-01-05T22:00:00+01:00" },
    werkvoorraad: "regiegroep",
    regel: "veiligheid-crisis",
    spoed: true,
    uitleg: /crisis.*direct opgepakt/,
    nietInUitleg: /Spoed voor Jeugd/,
  },
  {
    naam: "jeugdcrisis overdag",
    invoer: { wetDomein: "jeugd", veiligheid: "crisis", tijdstip: "2026-01-05T16:59:00+01:00" },
    werkvoorraad: "regiegroep",
    regel: "veiligheid-crisis",
    spoed: true,
    uitleg: /casemanager Veilig Opgroeien/,
    nietInUitleg: /Spoed voor Jeugd/,
  },
  {
    naam: "jeugdcrisis na 17:00",
    invoer: { wetDomein: "jeugd", veiligheid: "crisis", tijdstip: "2026-01-05T17:30:00+01:00" },
    werkvoorraad: "regiegroep",
    regel: "veiligheid-crisis",
    spoed: true,
    uitleg: /Buiten kantoortijd \(17:30\): een jeugdcrisis gaat naar Spoed voor Jeugd/,
  },
  {
    naam: "jeugdcrisis 17:00 precies",
    invoer: { wetDomein: "jeugd", veiligheid: "crisis", tijdstip: "2026-01-05T17:00:00+01:00" },
    werkvoorraad: "regiegroep",
    regel: "veiligheid-crisis",
    spoed: true,
    uitleg: /Spoed voor Jeugd/,
  },
  {
    naam: "jeugdcrisis in UTC, zomertijd",
    invoer: { wetDomein: "jeugd", veiligheid: "crisis", tijdstip: "2026-07-06T15:30:00Z" },
    werkvoorraad: "regiegroep",
    regel: "veiligheid-crisis",
    spoed: true,
    uitleg: /\(17:30\).*Spoed voor Jeugd/,
  },
  {
    naam: "jeugdcrisis in UTC, overdag in de zomer",
    invoer: { wetDomein: "jeugd", veiligheid: "crisis", tijdstip: "2026-07-06T14:30:00Z" },
    werkvoorraad: "regiegroep",
    regel: "veiligheid-crisis",
    spoed: true,
    uitleg: /crisis/,
    nietInUitleg: /Spoed voor Jeugd/,
  },
  {
    naam: "jeugdcrisis in het weekend",
    invoer: { wetDomein: "jeugd", veiligheid: "crisis", tijdstip: "2026-01-10T11:00:00+01:00" },
    werkvoorraad: "regiegroep",
    regel: "veiligheid-crisis",
    spoed: true,
    uitleg: /Spoed voor Jeugd/,
  },
  {
    naam: "jeugdcrisis vroeg in de ochtend",
    invoer: { wetDomein: "jeugd", veiligheid: "crisis", tijdstip: "2026-01-06T06:45:00+01:00" },
    werkvoorraad: "regiegroep",
    regel: "veiligheid-crisis",
    spoed: true,
    uitleg: /\(06:45\)/,
  },
  {
    naam: "crisis Wmo met kind betrokken na 17:00",
    invoer: { veiligheid: "crisis", jeugdige: true, tijdstip: "2026-01-05T19:00:00+01:00" },
    werkvoorraad: "regiegroep",
    regel: "veiligheid-crisis",
    spoed: true,
    uitleg: /Spoed voor Jeugd/,
  },
  {
    naam: "jeugdcrisis zonder tijdstip",
    invoer: { wetDomein: "jeugd", veiligheid: "crisis" },
    werkvoorraad: "regiegroep",
    regel: "veiligheid-crisis",
    spoed: true,
    uitleg: /crisis/,
    nietInUitleg: /Spoed voor Jeugd/,
  },
  {
    naam: "jeugdcrisis met ongeldig tijdstip",
    invoer: { wetDomein: "jeugd", veiligheid: "crisis", tijdstip: "vanavond" },
    werkvoorraad: "regiegroep",
    regel: "veiligheid-crisis",
    spoed: true,
    uitleg: /crisis/,
    nietInUitleg: /Spoed voor Jeugd/,
  },
  {
    naam: "crisis gaat voor meervoudig",
    invoer: { veiligheid: "crisis", leefgebieden: ["wonen", "financien"] },
    werkvoorraad: "regiegroep",
    regel: "veiligheid-crisis",
    spoed: true,
    uitleg: /crisis/,
  },
  {
    naam: "zorgen enkelvoudig Wmo",
    invoer: { veiligheid: "zorgen" },
    werkvoorraad: "wmo",
    regel: "wmo-enkelvoudig",
    spoed: false,
    uitleg: /zorgen genoemd/,
  },
  // Assen: voorliggend veld eerst.
  {
    naam: "Assen: enkelvoudige Wmo-vraag naar buurtteam",
    invoer: { ...ASSEN, thema: "eenzaamheid", leefgebieden: ["sociaal-netwerk"] },
    werkvoorraad: "buurtteam",
    regel: "voorliggend-veld-eerst",
    spoed: false,
    uitleg: /buurtteam en het voorliggend veld/,
  },
  {
    naam: "Assen: Wmo zonder thema naar buurtteam",
    invoer: ASSEN,
    werkvoorraad: "buurtteam",
    regel: "voorliggend-veld-eerst",
    uitleg: /buurtteam/,
  },
  {
    naam: "Assen: enkelvoudige Jeugd-vraag naar buurtteam",
    invoer: { ...ASSEN, wetDomein: "jeugd", leefgebieden: ["opvoeding"] },
    werkvoorraad: "buurtteam",
    regel: "voorliggend-veld-eerst",
    uitleg: /buurtteam/,
  },
  {
    naam: "Assen: huishoudelijke hulp direct naar Wmo",
    invoer: { ...ASSEN, thema: "Huishoudelijke hulp" },
    werkvoorraad: "wmo",
    regel: "voorliggend-veld-eenvoudige-vraag",
    spoed: false,
    uitleg: /Eenvoudige enkelvoudige vraag \(Huishoudelijke hulp\).*Wmo/,
  },
  {
    naam: "Assen: hulpmiddelen direct naar Wmo",
    invoer: { ...ASSEN, thema: "hulpmiddelen", leefgebieden: ["mobiliteit"] },
    werkvoorraad: "wmo",
    regel: "voorliggend-veld-eenvoudige-vraag",
    uitleg: /gemeentelijke team/,
  },
  {
    naam: "Assen: scootmobiel is een hulpmiddel",
    invoer: { ...ASSEN, thema: "Scootmobiel", leefgebieden: ["mobiliteit"] },
    werkvoorraad: "wmo",
    regel: "voorliggend-veld-eenvoudige-vraag",
    uitleg: /Scootmobiel/,
  },
  {
    naam: "Assen: urgente specialistische vraag direct, met spoed",
    invoer: { ...ASSEN, wetDomein: "jeugd", urgent: true, leefgebieden: ["psychisch-welbevinden"] },
    werkvoorraad: "jeugd",
    regel: "voorliggend-veld-urgent",
    spoed: true,
    uitleg: /Urgente specialistische hulpvraag.*Jeugd/,
  },
  {
    naam: "Assen: zorgen blijven bij gemeentelijk team",
    invoer: { ...ASSEN, veiligheid: "zorgen" },
    werkvoorraad: "wmo",
    regel: "voorliggend-veld-zorgen",
    spoed: false,
    uitleg: /zorgen genoemd: niet naar het voorliggend veld/,
  },
  {
    naam: "Assen: crisis direct naar Regiegroep",
    invoer: { ...ASSEN, veiligheid: "crisis" },
    werkvoorraad: "regiegroep",
    regel: "veiligheid-crisis",
    spoed: true,
    uitleg: /crisis/,
  },
  {
    naam: "Assen: meervoudig naar Regiegroep",
    invoer: { ...ASSEN, leefgebieden: ["wonen", "financien"] },
    werkvoorraad: "regiegroep",
    regel: "meervoudig",
    uitleg: /Meervoudige/,
  },
  {
    naam: "Assen: werk blijft bij Werk",
    invoer: { ...ASSEN, wetDomein: "werk" },
    werkvoorraad: "werk",
    regel: "werk",
    uitleg: /Werk/,
  },
  {
    naam: "Assen: leerplicht blijft bij Jeugd",
    invoer: { ...ASSEN, wetDomein: "leerplicht" },
    werkvoorraad: "jeugd",
    regel: "leerplicht",
    uitleg: /Jeugd/,
  },
  {
    naam: "Assen alleen voor Wmo: Jeugd direct",
    invoer: {
      configuratie: { voorliggendVeldEerst: true, voorliggendVeldDomeinen: ["wmo"] },
      wetDomein: "jeugd",
    },
    werkvoorraad: "jeugd",
    regel: "jeugd-enkelvoudig",
    uitleg: /Jeugd/,
  },
  {
    naam: "eigen lijst eenvoudige thema's",
    invoer: {
      configuratie: { voorliggendVeldEerst: true, directNaarGemeente: ["Woningaanpassing"] },
      thema: "woningaanpassing",
    },
    werkvoorraad: "wmo",
    regel: "voorliggend-veld-eenvoudige-vraag",
    uitleg: /woningaanpassing/,
  },
  {
    naam: "eigen kantoortijden",
    invoer: {
      configuratie: { voorliggendVeldEerst: false, kantoortijden: { begin: 8, eind: 18 } },
      wetDomein: "jeugd",
      veiligheid: "crisis",
      tijdstip: "2026-01-05T17:30:00+01:00",
    },
    werkvoorraad: "regiegroep",
    regel: "veiligheid-crisis",
    uitleg: /crisis/,
    nietInUitleg: /Spoed voor Jeugd/,
  },
  // Aanmelden (issue 5 item 4): gaps checked against the routing list.
  {
    naam: "Assen: onveilig gaat voor het buurtteam",
    invoer: { ...ASSEN, veiligheid: "onveilig" },
    werkvoorraad: "regiegroep",
    regel: "veiligheid-onveilig",
    uitleg: /Regiegroep/,
  },
  {
    naam: "Assen: schulden blijven bij Schuldhulp",
    invoer: { ...ASSEN, wetDomein: "schuldhulp", leefgebieden: ["financien"] },
    werkvoorraad: "schuldhulp",
    regel: "schuldhulp",
    uitleg: /schulden/,
  },
  {
    naam: "crisis bij schulden: Regiegroep met spoed",
    invoer: { wetDomein: "schuldhulp", veiligheid: "crisis", leefgebieden: ["financien"] },
    werkvoorraad: "regiegroep",
    regel: "veiligheid-crisis",
    spoed: true,
    uitleg: /direct opgepakt/,
  },
  {
    naam: "schulden en Wmo: twee wetten is meervoudig",
    invoer: { wetDomein: "schuldhulp", wetten: ["wmo"], leefgebieden: ["financien"] },
    werkvoorraad: "regiegroep",
    regel: "meervoudig",
    uitleg: /2 wetten/,
  },
];

describe("routeer", () => {
  it.each(GEVALLEN)(
    "$naam → $werkvoorraad ($regel)",
    ({ invoer, werkvoorraad, regel, spoed, uitleg, nietInUitleg }) => {
      const uitkomst = routeer({ ...basis, ...invoer });
      expect(uitkomst).toMatchObject({ werkvoorraad, regel });
      if (spoed !== undefined) expect(uitkomst.spoed).toBe(spoed);
      expect(uitkomst.uitleg).toMatch(uitleg);
      if (nietInUitleg) expect(uitkomst.uitleg).not.toMatch(nietInUitleg);
    },
  );

  it("has a table case for every rule", () => {
    const gedekt = new Set(GEVALLEN.map((g) => g.regel));
    for (const regel of ROUTERINGSREGELS) expect(gedekt).toContain(regel.id);
  });

  it("is total: every input lands in a known werkvoorraad with a rule and an explanation", () => {
    fc.assert(
      fc.property(
        fc.record({
          wetDomein: fc.constantFrom(...WET_DOMEINEN),
          veiligheid: fc.constantFrom(...VEILIGHEID_NIVEAUS),
          leefgebieden: fc.array(
            fc.constantFrom("wonen", "financien", "opvoeding", "mobiliteit", " ", "onbekend-gebied"),
            { maxLength: 4 },
          ),
          thema: fc.option(fc.constantFrom("huishoudelijke hulp", "hulpmiddelen", "eenzaamheid"), {
            nil: undefined,
          }),
          tijdstip: fc.option(
            fc
              .date({ min: new Date("2020-01-01"), max: new Date("2030-01-01"), noInvalidDate: true })
              .map((d) => d.toISOString()),
            { nil: undefined },
          ),
          configuratie: fc.constantFrom(STANDAARD_ROUTERING, VOORLIGGEND_VELD_EERST),
          urgent: fc.option(fc.boolean(), { nil: undefined }),
        }),
        (invoer) => {
          const uitkomst = routeer(invoer);
          expect(WERKVOORRADEN).toContain(uitkomst.werkvoorraad);
          expect(ROUTERINGSREGELS.map((r) => r.id)).toContain(uitkomst.regel);
          expect(uitkomst.uitleg.length).toBeGreaterThan(20);
          // Safety first: unsafe and crisis always go to the Regiegroep; crisis always with spoed.
          if (invoer.veiligheid === "crisis")
            expect(uitkomst).toMatchObject({ werkvoorraad: "regiegroep", spoed: true });
          if (invoer.veiligheid === "onveilig") expect(uitkomst.werkvoorraad).toBe("regiegroep");
          // The voorliggend veld never gets unsafe, urgent or meervoudige questions.
          if (uitkomst.werkvoorraad === "buurtteam") {
            expect(invoer.veiligheid).toBe("veilig");
            expect(invoer.urgent).not.toBe(true);
            expect(enkelvoudigOfMeervoudig(invoer.leefgebieden, [invoer.wetDomein]).soort).toBe(
              "enkelvoudig",
            );
          }
        },
      ),
    );
  });
});

describe("enkelvoudigOfMeervoudig", () => {
  it.each<
    [
      string,
      string[],
      Parameters<typeof enkelvoudigOfMeervoudig>[1],
      number | undefined,
      "enkelvoudig" | "meervoudig",
      RegExp,
    ]
  >([
    [
      "geen leefgebieden, één wet",
      [],
      ["wmo"],
      undefined,
      "enkelvoudig",
      /^geen leefgebieden vastgelegd, 1 wet \(Wmo 2015\)$/,
    ],
    [
      "één leefgebied",
      ["wonen"],
      ["wmo"],
      undefined,
      "enkelvoudig",
      /^1 leefgebied \(Wonen\), 1 wet \(Wmo 2015\)$/,
    ],
    [
      "twee leefgebieden",
      ["wonen", "verslaving"],
      ["wmo"],
      undefined,
      "meervoudig",
      /^2 leefgebieden \(Wonen, Verslaving\)$/,
    ],
    [
      "dubbel en leeg tellen niet",
      ["wonen", " wonen", ""],
      ["wmo"],
      undefined,
      "enkelvoudig",
      /1 leefgebied/,
    ],
    [
      "onbekend leefgebied telt mee met eigen naam",
      ["wonen", "dieren"],
      ["wmo"],
      undefined,
      "meervoudig",
      /Wonen, dieren/,
    ],
    [
      "twee wetten",
      ["wonen"],
      ["wmo", "werk"],
      undefined,
      "meervoudig",
      /^2 wetten \(Wmo 2015, Participatiewet\)$/,
    ],
    [
      "jeugd + veilig opgroeien = één wet",
      ["opvoeding"],
      ["jeugd", "veilig-opgroeien"],
      undefined,
      "enkelvoudig",
      /1 wet \(Jeugdwet\)/,
    ],
    ["onbekend telt niet als wet", ["opvoeding"], ["onbekend", "jeugd"], undefined, "enkelvoudig", /1 wet/],
    ["geen wet", ["wonen"], ["onbekend"], undefined, "enkelvoudig", /0 wetten/],
    ["twee aanbieders", ["wonen"], ["wmo"], 2, "meervoudig", /^2 aanbieders$/],
    ["één aanbieder", ["wonen"], ["wmo"], 1, "enkelvoudig", /1 leefgebied/],
    [
      "alles meervoudig",
      ["wonen", "financien"],
      ["wmo", "schuldhulp"],
      3,
      "meervoudig",
      /^2 leefgebieden .* en 2 wetten .* en 3 aanbieders$/,
    ],
  ])("%s", (_naam, leefgebieden, wetten, aanbieders, soort, reden) => {
    const uitkomst = enkelvoudigOfMeervoudig(leefgebieden, wetten, aanbieders);
    expect(uitkomst.soort).toBe(soort);
    expect(uitkomst.reden).toMatch(reden);
  });
});

describe("hulpfuncties", () => {
  it.each([
    ["Huishoudelijke hulp", "huishoudelijke-hulp"],
    ["  HULPMIDDELEN ", "hulpmiddelen"],
    ["Financiën & geld", "financien-geld"],
  ])("normaliseerThema(%j) = %j", (invoer, verwacht) => {
    expect(normaliseerThema(invoer)).toBe(verwacht);
  });

  it.each([
    ["2026-01-05T16:30:00Z", { weekend: false, uur: 17, tijd: "17:30" }],
    ["2026-07-05T22:15:00Z", { weekend: false, uur: 0, tijd: "00:15" }],
    ["2026-01-10T09:00:00+01:00", { weekend: true, uur: 9, tijd: "09:00" }],
    ["geen tijd", null],
    [undefined, null],
  ])("lokaleTijd(%j)", (invoer, verwacht) => {
    expect(lokaleTijd(invoer)).toEqual(verwacht);
  });
});
