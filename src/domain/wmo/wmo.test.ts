import { describe, expect, it } from "vitest";
import {
  berekenHuishoudelijkeHulp,
  type FactorKeuze,
  type Normenkader,
  toetsNormenkader,
  VOORBEELD_NORMENKADER,
} from "./huishouden";
import {
  onbekendeCategorieen,
  THEMA_DEFINITIES,
  themaVanCategorie,
  toetsAntwoorden,
  WMO_THEMAS,
} from "./themas";
import { toetsCakMelding, toetsInname, toetsVerstrekking, type VerstrekkingInvoer } from "./verstrekking";

const fouten = (t: { ok: boolean; regel?: string }[]) => t.flatMap((x) => (x.ok ? [] : [x.regel]));

describe("Wmo-thema's (004 §6.2)", () => {
  it("alle thema's van de seed, elk met vragen; de categorieën zijn WMO020-codes", () => {
    expect(WMO_THEMAS).toHaveLength(8);
    for (const t of WMO_THEMAS) expect(THEMA_DEFINITIES[t].vragen.length).toBeGreaterThan(1);
    expect(onbekendeCategorieen()).toEqual([]);
  });

  it.each([
    ["01", "huishoudelijke-hulp"],
    ["11", "hulpmiddelen"],
    ["12", "hulpmiddelen"],
    ["13", "woningaanpassing"],
    ["08", "taxipas"],
    ["02", null],
  ])("categorie %s hoort bij thema %s", (categorie, thema) => {
    expect(themaVanCategorie(categorie)).toBe(thema);
  });

  // [wat, antwoorden, volledig, vragen met een fout]
  const GEVALLEN: [string, Record<string, boolean | number | string>, boolean, string[]][] = [
    [
      "volledig en goed",
      { soort: "scootmobiel", algemeenGebruikelijk: false, gebruik: "Boodschappen, 3× per week" },
      true,
      [],
    ],
    [
      "verplichte vragen ontbreken bij afronden",
      { soort: "scootmobiel" },
      true,
      ["algemeenGebruikelijk", "gebruik"],
    ],
    ["tussentijds opslaan mag onvolledig", { soort: "scootmobiel" }, false, []],
    ["onbekende keuze", { soort: "hoverboard" }, false, ["soort"]],
    ["ja/nee als tekst", { algemeenGebruikelijk: "nee" }, false, ["algemeenGebruikelijk"]],
    ["vraag van een ander thema", { afstandKm: 3 }, false, ["afstandKm"]],
    ["lege tekst telt als niet ingevuld", { soort: "rolstoel", gebruik: "" }, false, []],
  ];
  it.each(GEVALLEN)("hulpmiddelen: %s", (_wat, antwoorden, volledig, verwacht) => {
    expect(toetsAntwoorden("hulpmiddelen", antwoorden, { volledig }).map((f) => f.vraag)).toEqual(verwacht);
  });

  it.each([
    [-1, ["afstandKm"]],
    [0, []],
    [500, []],
    [500.5, ["afstandKm"]],
  ])("getal binnen het bereik: afstand %s km", (afstandKm, verwacht) => {
    expect(
      toetsAntwoorden("leerlingenvervoer", { afstandKm }, { volledig: false }).map((f) => f.vraag),
    ).toEqual(verwacht);
  });
});

describe("huishoudelijke hulp volgens het normenkader", () => {
  // [wat, keuzes, uren per jaar, uren per week] — by hand: 108 base; −23; +26/+52; +26; +16 per room; +4 per room
  const GEVALLEN: [string, FactorKeuze[], number, number][] = [
    ["alleen de basismodule", [], 108, 2.25], // 108/52 = 2.077 → 2.25
    ["eigen mogelijkheden", [{ code: "eigen-mogelijkheden", aantal: 1 }], 85, 1.75], // 85/52 = 1.63 → 1.75
    [
      "veel extra inzet en twee extra kamers in gebruik",
      [
        { code: "beperkingen-veel", aantal: 1 },
        { code: "kamer-in-gebruik", aantal: 2 },
      ],
      192, // 108 + 52 + 32
      3.75, // 192/52 = 3.69 → 3.75
    ],
    [
      "alle factoren behalve de beperkingen",
      [
        { code: "eigen-mogelijkheden", aantal: 1 },
        { code: "samenstelling-huishouden", aantal: 1 },
        { code: "kamer-niet-in-gebruik", aantal: 1 },
        { code: "kamer-in-gebruik", aantal: 1 },
      ],
      131, // 108 − 23 + 26 + 4 + 16
      2.75, // 131/52 = 2.519 → 2.75
    ],
  ];
  it.each(GEVALLEN)("%s", (_wat, keuzes, jaar, week) => {
    const u = berekenHuishoudelijkeHulp(VOORBEELD_NORMENKADER, keuzes);
    expect(u.ok && u.berekening.urenPerJaar).toBe(jaar);
    expect(u.ok && u.berekening.urenPerWeek).toBe(week);
  });

  it("een exact veelvoud van een kwartier wordt niet naar boven afgerond", () => {
    const kader: Normenkader = { ...VOORBEELD_NORMENKADER, basisUrenPerJaar: 104, factoren: [] };
    const u = berekenHuishoudelijkeHulp(kader, []);
    expect(u.ok && u.berekening.urenPerWeek).toBe(2);
  });

  it("nooit onder nul", () => {
    const kader: Normenkader = {
      ...VOORBEELD_NORMENKADER,
      basisUrenPerJaar: 10,
      factoren: [{ code: "min", omschrijving: "Min", urenPerJaar: -23, perStuk: false }],
    };
    const u = berekenHuishoudelijkeHulp(kader, [{ code: "min", aantal: 1 }]);
    expect(u.ok && u.berekening.urenPerJaar).toBe(0);
  });

  it.each([
    ["onbekende factor", [{ code: "tuin", aantal: 1 }]],
    [
      "twee uit één groep",
      [
        { code: "beperkingen-enig", aantal: 1 },
        { code: "beperkingen-veel", aantal: 1 },
      ],
    ],
    ["een niet-stuksfactor twee keer", [{ code: "samenstelling-huishouden", aantal: 2 }]],
    [
      "dezelfde factor twee keer",
      [
        { code: "kamer-in-gebruik", aantal: 1 },
        { code: "kamer-in-gebruik", aantal: 1 },
      ],
    ],
    ["aantal nul", [{ code: "kamer-in-gebruik", aantal: 0 }]],
    ["aantal met een komma", [{ code: "kamer-in-gebruik", aantal: 1.5 }]],
  ] as [string, FactorKeuze[]][])("geweigerd: %s", (_wat, keuzes) => {
    expect(berekenHuishoudelijkeHulp(VOORBEELD_NORMENKADER, keuzes).ok).toBe(false);
  });

  it("het voorbeeld is een geldig normenkader; fouten in een eigen kader worden genoemd", () => {
    expect(toetsNormenkader(VOORBEELD_NORMENKADER)).toEqual([]);
    const fout: Normenkader = {
      ...VOORBEELD_NORMENKADER,
      basisUrenPerJaar: 0,
      factoren: [
        { code: "a", omschrijving: "A", urenPerJaar: 0, perStuk: false },
        { code: "a", omschrijving: "A2", urenPerJaar: 4, perStuk: false },
      ],
    };
    expect(toetsNormenkader(fout)).toHaveLength(3);
  });
});

describe("verstrekking van een hulpmiddel (Wmo 2015 art. 2.3.6)", () => {
  const zaak = { zaaktype: "wmo", toekenningOp: "2026-03-02" };
  const v = (x: Partial<VerstrekkingInvoer> = {}): VerstrekkingInvoer => ({
    soort: "scootmobiel",
    vorm: "bruikleen",
    leverancier: "Welzorg",
    geleverdOp: "2026-03-10",
    ...x,
  });
  const VANDAAG = "2026-03-15";
  it.each([
    ["in bruikleen met leverancier", zaak, v(), []],
    ["nog niet geleverd", zaak, v({ geleverdOp: null }), []],
    ["pgb zonder leverancier", zaak, v({ vorm: "pgb", leverancier: null }), []],
    [
      "natura zonder leverancier",
      zaak,
      v({ vorm: "eigendom", leverancier: "  " }),
      ["leverancier-bij-natura"],
    ],
    ["zonder toekenning", { ...zaak, toekenningOp: null }, v(), ["verstrekking-na-toekenning"]],
    ["op een jeugdzaak", { ...zaak, zaaktype: "jeugd" }, v(), ["wmo-zaak"]],
    ["geleverd vóór het besluit", zaak, v({ geleverdOp: "2026-03-01" }), ["levering-voor-besluit"]],
    ["geleverd op de dag van het besluit", zaak, v({ geleverdOp: "2026-03-02" }), []],
    ["geleverd in de toekomst", zaak, v({ geleverdOp: "2026-03-16" }), ["ongeldige-invoer"]],
  ] as const)("%s", (_wat, z, invoer, verwacht) => {
    expect(fouten(toetsVerstrekking(z, invoer, VANDAAG))).toEqual(verwacht);
  });

  it.each([
    [
      "bruikleen, na levering",
      { vorm: "bruikleen", geleverdOp: "2026-03-10", ingenomenOp: null },
      "2026-03-12",
      [],
    ],
    ["op de leverdag", { vorm: "bruikleen", geleverdOp: "2026-03-10", ingenomenOp: null }, "2026-03-10", []],
    [
      "eigendom",
      { vorm: "eigendom", geleverdOp: "2026-03-10", ingenomenOp: null },
      "2026-03-12",
      ["inname-alleen-bruikleen"],
    ],
    [
      "niet geleverd",
      { vorm: "bruikleen", geleverdOp: null, ingenomenOp: null },
      "2026-03-12",
      ["inname-voor-levering"],
    ],
    [
      "vóór de levering",
      { vorm: "bruikleen", geleverdOp: "2026-03-10", ingenomenOp: null },
      "2026-03-09",
      ["inname-voor-levering"],
    ],
    [
      "twee keer",
      { vorm: "bruikleen", geleverdOp: "2026-03-10", ingenomenOp: "2026-03-11" },
      "2026-03-12",
      ["al-ingenomen"],
    ],
    [
      "in de toekomst",
      { vorm: "bruikleen", geleverdOp: "2026-03-10", ingenomenOp: null },
      "2026-03-16",
      ["ongeldige-invoer"],
    ],
  ] as const)("inname: %s", (_wat, stand, op, verwacht) => {
    expect(fouten(toetsInname(stand, op, VANDAAG))).toEqual(verwacht);
  });
});

describe("melding aan het CAK (Wmo 2015 art. 2.1.4)", () => {
  const zaak = { zaaktype: "wmo", toekenningOp: "2026-03-02" };
  const VANDAAG = "2026-05-01";
  const start = { soort: "start", ingangsdatum: "2026-03-10" } as const;
  it.each([
    ["start", zaak, [], { soort: "start", ingangsdatum: "2026-03-10", gemeldOp: "2026-03-11" }, []],
    [
      "stop na start",
      zaak,
      [start],
      { soort: "stop", ingangsdatum: "2026-04-30", gemeldOp: "2026-05-01" },
      [],
    ],
    [
      "stop op de startdag",
      zaak,
      [start],
      { soort: "stop", ingangsdatum: "2026-03-10", gemeldOp: "2026-05-01" },
      [],
    ],
    [
      "stop zonder start",
      zaak,
      [],
      { soort: "stop", ingangsdatum: "2026-04-30", gemeldOp: "2026-05-01" },
      ["cak-stop-zonder-start"],
    ],
    [
      "stop vóór start",
      zaak,
      [start],
      { soort: "stop", ingangsdatum: "2026-03-09", gemeldOp: "2026-05-01" },
      ["cak-stop-voor-start"],
    ],
    [
      "start twee keer",
      zaak,
      [start],
      { soort: "start", ingangsdatum: "2026-03-10", gemeldOp: "2026-03-11" },
      ["cak-al-gemeld"],
    ],
    [
      "zonder toekenning",
      { ...zaak, toekenningOp: null },
      [],
      { soort: "start", ingangsdatum: "2026-03-10", gemeldOp: "2026-03-11" },
      ["cak-na-toekenning"],
    ],
    [
      "gemeld in de toekomst",
      zaak,
      [],
      { soort: "start", ingangsdatum: "2026-03-10", gemeldOp: "2026-05-02" },
      ["ongeldige-invoer"],
    ],
  ] as const)("%s", (_wat, z, eerdere, m, verwacht) => {
    expect(fouten(toetsCakMelding(z, eerdere, m, VANDAAG))).toEqual(verwacht);
  });
});
