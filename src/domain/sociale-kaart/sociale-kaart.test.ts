/**
 * The rules of the sociale kaart (issue 16): one voorziening's facts, the CSV/JSON exchange (each row checked,
 * errors per line with the field's label, duplicate extern ids), and the count of residents helped in the
 * voorliggend veld (003 §1).
 */
import { describe, expect, it } from "vitest";
import { telInwoners } from "./telling";
import { leesCsvRecords, leesImport, naarCsv, naarJson } from "./uitwisseling";
import {
  gemeenteSlug,
  LEGE_VOORZIENING,
  toetsVoorziening,
  type VoorzieningFeiten,
  zelfdeVoorziening,
} from "./voorziening";

const WIJKEN = [
  { code: "assen-oost", naam: "Assen-Oost" },
  { code: "kloosterveen", naam: "Kloosterveen" },
];
const CODES = new Set(WIJKEN.map((w) => w.code));

const basis: VoorzieningFeiten = {
  ...LEGE_VOORZIENING,
  externId: "vaart-budgetcursus",
  naam: "Vaart Welzijn - Budgetcursus",
  aanbieder: "Vaart Welzijn",
  categorieen: ["geldzaken"],
  wijken: ["assen-oost"],
  gratis: true,
  gearchiveerd: false,
};

describe("toetsVoorziening", () => {
  it.each<[string, Partial<VoorzieningFeiten>, string[]]>([
    ["a complete entry", {}, []],
    ["the whole gemeente (no wijk)", { wijken: [] }, []],
    ["no name", { naam: "  " }, ["naam: Naam: vul dit in."]],
    ["no category", { categorieen: [] }, ["categorieen: Categorieën: kies minstens één categorie."]],
    [
      "a wijk of another gemeente",
      { wijken: ["peelo"] },
      ["wijken: Wijken: onbekende wijk peelo in deze gemeente."],
    ],
    [
      "costs without saying what",
      { gratis: false },
      ["kosten: Kosten: beschrijf wat het kost, of kies gratis."],
    ],
    ["costs in words", { gratis: false, kosten: "€ 2,50 per keer" }, []],
    ["costs not known (the source does not say)", { gratis: null }, []],
    ["a bad e-mail", { email: "info@" }, ["email: E-mailadres: dit is geen e-mailadres."]],
    [
      "a website without scheme",
      { website: "www.vaart.nl" },
      ["website: Website: begin met https:// of http://."],
    ],
    [
      "a phone number with letters",
      { telefoon: "bel ons" },
      ["telefoon: Telefoon: gebruik alleen cijfers, spaties en streepjes (bijvoorbeeld 0592 123456)."],
    ],
    ["a Dutch phone number", { telefoon: "0592 123 456" }, []],
    [
      "an extern id with a space",
      { externId: "a b" },
      ["externId: Extern id: gebruik 1 tot 60 letters, cijfers, punten, streepjes of lage streepjes"],
    ],
    ["a name that is too long", { naam: "x".repeat(201) }, ["naam: Naam: maximaal 200 tekens."]],
  ])("%s", (_naam, wijziging, verwacht) => {
    expect(toetsVoorziening({ ...basis, ...wijziging }, CODES).map((f) => `${f.veld}: ${f.melding}`)).toEqual(
      verwacht,
    );
  });

  it("the same facts in another order change nothing; another fact does", () => {
    const a = { ...basis, categorieen: ["geldzaken", "wonen"] as VoorzieningFeiten["categorieen"] };
    expect(zelfdeVoorziening(a, { ...a, categorieen: ["wonen", "geldzaken"] })).toBe(true);
    expect(zelfdeVoorziening(a, { ...a, gearchiveerd: true })).toBe(false);
    expect(zelfdeVoorziening(a, { ...a, naam: "Budgetcursus" })).toBe(false);
  });

  it.each([
    ["Assen", "assen"],
    ["Aa en Hunze", "aa-en-hunze"],
    ["Midden-Drenthe", "midden-drenthe"],
  ])("the public URL of %s is /sociale-kaart/%s", (naam, slug) => expect(gemeenteSlug(naam)).toBe(slug));
});

const KOP = "externId;soort;naam;categorieen;wijken;gratis;kosten";

describe("leesImport: CSV, every row checked", () => {
  it.each<[string, string, string[]]>([
    ["a good row", "a1;algemene-voorziening;Repair café Assen;Geldzaken;Assen-Oost;ja;", []],
    ["costs not known", "a1;algemene-voorziening;Repair café Assen;Geldzaken;Assen-Oost;;", []],
    [
      "labels and codes alike",
      "a1;Minimaregeling;Kwijtschelding;geldzaken|Wonen;;nee;Gratis bij laag inkomen",
      [],
    ],
    ["no name", "a1;algemene-voorziening;;sport;;ja;", ["2 naam: Regel 2, Naam: vul dit in."]],
    [
      "unknown soort",
      "a1;buurthuis;X;sport;;ja;",
      [
        '2 soort: Regel 2, Soort: onbekend "buurthuis"; kies algemene-voorziening, voorliggend-veld, minimaregeling.',
      ],
    ],
    [
      "unknown category",
      "a1;algemene-voorziening;X;zwemmen;;ja;",
      ['2 categorieen: Regel 2, Categorieën: onbekende categorie "zwemmen".'],
    ],
    [
      "no category",
      "a1;algemene-voorziening;X;;;ja;",
      ["2 categorieen: Regel 2, Categorieën: kies minstens één categorie."],
    ],
    [
      "unknown wijk",
      "a1;algemene-voorziening;X;sport;Peelo;ja;",
      ['2 wijken: Regel 2, Wijken: onbekende wijk "Peelo" in deze gemeente.'],
    ],
    [
      "gratis neither yes nor no",
      "a1;algemene-voorziening;X;sport;;soms;",
      ["2 gratis: Regel 2, Gratis: vul ja of nee in."],
    ],
    [
      "costs missing",
      "a1;algemene-voorziening;X;sport;;nee;",
      ["2 kosten: Regel 2, Kosten: beschrijf wat het kost, of kies gratis."],
    ],
    ["too few cells", "a1;algemene-voorziening;X", ["2 -: Regel 2: 3 kolommen, de kop heeft er 7."]],
  ])("%s", (_naam, regel, verwacht) => {
    const uitkomst = leesImport("csv", `${KOP}\n${regel}\n`, WIJKEN);
    expect(
      uitkomst.ok ? [] : uitkomst.fouten.map((f) => `${f.regel} ${f.veld ?? "-"}: ${f.melding}`),
    ).toEqual(verwacht);
  });

  it("reports every bad row with its line, and a duplicate extern id on the later line", () => {
    const uitkomst = leesImport(
      "csv",
      [
        KOP,
        "a1;algemene-voorziening;Een;sport;;ja;",
        "a2;algemene-voorziening;;sport;;ja;",
        "a1;algemene-voorziening;Drie;sport;;ja;",
      ].join("\r\n"),
      WIJKEN,
    );
    expect(uitkomst.ok).toBe(false);
    if (!uitkomst.ok)
      expect(uitkomst.fouten.map((f) => f.melding)).toEqual([
        "Regel 3, Naam: vul dit in.",
        'Regel 4, Extern id: "a1" staat ook op regel 2.',
      ]);
  });

  it("refuses an unknown or missing column on line 1, and an empty file", () => {
    const onbekend = leesImport("csv", "externId;soort;naam;categorieen;prijs\n", WIJKEN);
    expect(onbekend.ok ? [] : onbekend.fouten.map((f) => f.melding)).toEqual([
      'Regel 1: onbekende kolom "prijs". Gebruik de kolommen externId, soort, naam, aanbieder, omschrijving, categorieen, wijken, adres, telefoon, email, website, openingstijden, doelgroep, gratis, kosten, gearchiveerd.',
    ]);
    const zonderNaam = leesImport("csv", "externId;soort;categorieen\n", WIJKEN);
    expect(zonderNaam.ok ? [] : zonderNaam.fouten.map((f) => f.melding)).toEqual([
      'Regel 1: de kolom "naam" (Naam) ontbreekt.',
    ]);
    expect(leesImport("csv", "", WIJKEN).ok).toBe(false);
    expect(leesImport("csv", `${KOP}\n`, WIJKEN)).toEqual({
      ok: false,
      fouten: [{ regel: 1, melding: "Er staan geen voorzieningen in het bestand." }],
    });
  });

  it("reads a comma-separated file, quotes with separators, quotes and line breaks inside", () => {
    expect(leesCsvRecords('a,"b, c","d ""e""\nf"\r\ng,h\n', ",")).toEqual([
      { regel: 1, cellen: ["a", "b, c", 'd "e"\nf'] },
      { regel: 3, cellen: ["g", "h"] },
    ]);
    const uitkomst = leesImport(
      "csv",
      'externId,soort,naam,categorieen\na1,algemene-voorziening,"Eten, drinken",sport\n',
      WIJKEN,
    );
    expect(uitkomst.ok && uitkomst.rijen[0]?.voorziening.naam).toBe("Eten, drinken");
  });

  it("export and import are each other's inverse, in CSV and in JSON (formula guard included)", () => {
    const kaart: VoorzieningFeiten[] = [
      {
        ...basis,
        omschrijving: 'Leren budgetteren; met "huiswerk"\nen een map',
        categorieen: ["geldzaken", "wonen"],
      },
      {
        ...basis,
        externId: "x2",
        naam: "=Verdacht",
        wijken: [],
        gratis: false,
        kosten: "€ 5",
        gearchiveerd: true,
      },
      { ...basis, externId: "x3", gratis: null },
    ];
    for (const [formaat, tekst] of [
      ["csv", naarCsv(kaart)],
      ["json", naarJson(kaart)],
    ] as const) {
      const terug = leesImport(formaat, tekst, WIJKEN);
      expect(terug.ok ? terug.rijen.map((r) => r.voorziening) : terug.fouten).toEqual(kaart);
    }
    expect(naarCsv(kaart)).toContain(";'=Verdacht;");
  });
});

describe("leesImport: JSON", () => {
  it.each<[string, string, string[]]>([
    ["not JSON", "{", ["1: Dit is geen geldige JSON."]],
    ["not a list", '{"naam": "x"}', ['1: Verwacht een lijst voorzieningen of { "voorzieningen": [...] }.']],
    [
      "an unknown field",
      '[{"externId":"a","soort":"algemene-voorziening","naam":"A","categorieen":["sport"],"prijs":3}]',
      ["1: Voorziening 1: onbekend veld prijs."],
    ],
    [
      "a number as a list",
      '[{"externId":"a","soort":"algemene-voorziening","naam":"A","categorieen":[3]}]',
      ["1: Voorziening 1, Categorieën: verwacht een lijst met tekst."],
    ],
    [
      "the second one bad",
      '[{"externId":"a","soort":"algemene-voorziening","naam":"A","categorieen":["sport"]},{"externId":"b","soort":"algemene-voorziening","naam":"","categorieen":"sport|wonen"}]',
      ["2: Voorziening 2, Naam: vul dit in."],
    ],
  ])("%s", (_naam, tekst, verwacht) => {
    const uitkomst = leesImport("json", tekst, WIJKEN);
    expect(uitkomst.ok ? [] : uitkomst.fouten.map((f) => `${f.regel}: ${f.melding}`)).toEqual(verwacht);
  });
});

describe("telInwoners (003 §1: inwoners geholpen in het voorliggend veld)", () => {
  const personen = new Map([
    ["z1", ["ouder", "kind"]],
    ["z2", ["buur"]],
  ]);
  const categorieen = new Map<string, ("geldzaken" | "sport" | "sociale-contacten")[]>([
    ["budget", ["geldzaken"]],
    ["biljart", ["sport", "sociale-contacten"]],
  ]);
  it.each<[string, Parameters<typeof telInwoners>[0], ReturnType<typeof telInwoners>]>([
    ["nothing chosen", [], { totaal: 0, perVoorziening: [], perCategorie: [] }],
    [
      "for the whole family: every person of the zaak",
      [{ zaakId: "z1", persoonId: null, voorzieningId: "budget" }],
      {
        totaal: 2,
        perVoorziening: [{ voorzieningId: "budget", inwoners: 2 }],
        perCategorie: [{ categorie: "geldzaken", inwoners: 2 }],
      },
    ],
    [
      "a resident counts once per voorziening, category and total",
      [
        { zaakId: "z1", persoonId: "kind", voorzieningId: "biljart" },
        { zaakId: "z1", persoonId: "kind", voorzieningId: "biljart" },
        { zaakId: "z1", persoonId: "kind", voorzieningId: "budget" },
        { zaakId: "z2", persoonId: "buur", voorzieningId: "biljart" },
      ],
      {
        totaal: 2,
        perVoorziening: [
          { voorzieningId: "biljart", inwoners: 2 },
          { voorzieningId: "budget", inwoners: 1 },
        ],
        perCategorie: [
          { categorie: "sociale-contacten", inwoners: 2 },
          { categorie: "sport", inwoners: 2 },
          { categorie: "geldzaken", inwoners: 1 },
        ],
      },
    ],
  ])("%s", (_naam, oplossingen, verwacht) => {
    expect(telInwoners(oplossingen, personen, categorieen)).toEqual(verwacht);
  });
});
