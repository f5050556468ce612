import { describe, expect, it } from "vitest";
import {
  type Adressant,
  aanhefVoor,
  type Band,
  type Betrokken,
  bepaalVertegenwoordiging,
  type Leeftijdsgroep,
  naamregel,
  ookAanZin,
  overZin,
} from "./vertegenwoordiging";

interface P extends Adressant {}

const persoon = (persoonId: string, over: Partial<P> = {}): P => ({
  persoonId,
  voornamen: persoonId.charAt(0).toUpperCase() + persoonId.slice(1),
  voorvoegsel: "de",
  geslachtsnaam: "Vries",
  geboortedatum: "1985-01-01",
  geslacht: null,
  postcode: "9301AA",
  huisnummer: 1,
  huisletter: null,
  toevoeging: null,
  ...over,
});

/** Kim turns 12 on 2026-03-10, 16 on 2030-03-10 and 18 on 2032-03-10. */
const kim = persoon("kim", { geboortedatum: "2014-03-10", geslacht: "vrouw" });
const moeder = persoon("anna", { geslacht: "vrouw" });
const vader = persoon("peter", { geslachtsnaam: "Bakker", voorvoegsel: null, geslacht: "man" });
const vaderElders = { ...vader, postcode: "9401BB", huisnummer: 8 };
const voogd = persoon("joke", { geslachtsnaam: "Mulder", voorvoegsel: null, postcode: "9402CC" });
const ouders: Betrokken<P>[] = [
  { persoon: moeder, banden: ["ouder", "gezag"] },
  { persoon: vader, banden: ["ouder", "gezag"] },
];

const ids = (lijst: readonly { persoon: P }[]) => lijst.map((p) => p.persoon.persoonId);
const brieven = (u: ReturnType<typeof bepaalVertegenwoordiging<P>>) =>
  u.ok ? u.brieven.map((b) => ids(b.aan)) : null;

describe("wie ondertekent: de leeftijdsgrenzen (Jeugdwet art. 7.3.4, 7.3.15; WGBO art. 7:450, 7:465)", () => {
  it.each<[string, string, Leeftijdsgroep, string[], string[][]]>([
    ["dag voor de 12e verjaardag", "2026-03-09", "jonger-dan-12", ["anna", "peter"], [["anna", "peter"]]],
    ["op de 12e verjaardag", "2026-03-10", "12-tot-16", ["kim", "anna", "peter"], [["anna", "peter"]]],
    ["dag voor de 16e verjaardag", "2030-03-09", "12-tot-16", ["kim", "anna", "peter"], [["anna", "peter"]]],
    ["op de 16e verjaardag", "2030-03-10", "16-tot-18", ["kim"], [["kim"], ["anna", "peter"]]],
    ["dag voor de 18e verjaardag", "2032-03-09", "16-tot-18", ["kim"], [["kim"], ["anna", "peter"]]],
    ["op de 18e verjaardag: gezag is voorbij", "2032-03-10", "meerderjarig", ["kim"], [["kim"]]],
  ])("%s (%s): %s", (_naam, peildatum, groep, ondertekenaars, verwacht) => {
    const u = bepaalVertegenwoordiging(kim, ouders, peildatum);
    expect(u.ok).toBe(true);
    if (!u.ok) return;
    expect(u.leeftijdsgroep).toBe(groep);
    expect(ids(u.ondertekenaars)).toEqual(ondertekenaars);
    expect(brieven(u)).toEqual(verwacht);
  });

  it("noemt de bron bij de uitleg", () => {
    const onder12 = bepaalVertegenwoordiging(kim, ouders, "2026-03-09");
    const tussen = bepaalVertegenwoordiging(kim, ouders, "2026-03-10");
    const boven16 = bepaalVertegenwoordiging(kim, ouders, "2030-03-10");
    expect(onder12.ok && onder12.bron).toContain("Jeugdwet art. 7.3.15 lid 1");
    expect(tussen.ok && tussen.bron).toContain("Jeugdwet art. 7.3.4 lid 2");
    expect(tussen.ok && tussen.uitleg).toBe(
      "Kim de Vries is 12 jaar (12 tot 16): Kim de Vries, Anna de Vries en Peter Bakker ondertekenen samen.",
    );
    expect(boven16.ok && boven16.bron).toContain("art. 7.3.5");
  });
});

describe("aan wie de brieven gaan", () => {
  const op = "2026-01-01"; // Kim is 11
  it.each<[string, Betrokken<P>[], string[][] | null]>([
    ["twee ouders met gezag op één adres: één brief", ouders, [["anna", "peter"]]],
    [
      "twee ouders met gezag op verschillende adressen: twee brieven",
      [
        { persoon: moeder, banden: ["ouder", "gezag"] },
        { persoon: vaderElders, banden: ["ouder", "gezag"] },
      ],
      [["anna"], ["peter"]],
    ],
    [
      "een ouder zonder gezag krijgt geen brief",
      [
        { persoon: moeder, banden: ["ouder", "gezag"] },
        { persoon: vaderElders, banden: ["ouder"] },
      ],
      [["anna"]],
    ],
    ["een voogd (gezag zonder ouderschap)", [{ persoon: voogd, banden: ["gezag"] }], [["joke"]]],
    [
      "een wettelijk vertegenwoordiger van het kind",
      [{ persoon: voogd, banden: ["wettelijk-vertegenwoordiger"] }],
      [["joke"]],
    ],
    [
      "de gezaghebbende op de zaak telt, ook zonder relatie",
      [{ persoon: moeder, banden: ["gezaghebbende-op-zaak"] }],
      [["anna"]],
    ],
    [
      "dezelfde persoon als relatie én op de zaak: één keer",
      [
        { persoon: moeder, banden: ["gezag"] },
        { persoon: moeder, banden: ["ouder", "gezaghebbende-op-zaak"] },
      ],
      [["anna"]],
    ],
    ["geen gezaghebbende bekend", [], null],
    [
      "alleen een ouder zonder gezag: geen gezaghebbende bekend",
      [{ persoon: moeder, banden: ["ouder"] }],
      null,
    ],
    [
      "een minderjarige kan geen gezag hebben (BW 1:246)",
      [{ persoon: persoon("zus", { geboortedatum: "2009-01-01" }), banden: ["gezag"] }],
      null,
    ],
  ])("%s", (_naam, betrokkenen, verwacht) => {
    const u = bepaalVertegenwoordiging(kim, betrokkenen, op);
    if (verwacht === null) {
      expect(u).toMatchObject({ ok: false, regel: "gezaghebbende-bekend", leeftijd: 11 });
      expect(u.ok ? "" : u.reden).toContain("Kim de Vries is minderjarig (11 jaar)");
    } else {
      expect(brieven(u)).toEqual(verwacht);
    }
  });

  it("de hoedanigheid: ouder met gezag, voogd", () => {
    const u = bepaalVertegenwoordiging(
      kim,
      [
        { persoon: moeder, banden: ["ouder", "gezag"] },
        { persoon: voogd, banden: ["gezag"] },
      ],
      op,
    );
    expect(u.ok && u.ondertekenaars.map((p) => p.hoedanigheid)).toEqual(["ouder-met-gezag", "voogd"]);
  });

  it("de hoofdpersoon zelf als relatie telt niet mee", () => {
    const u = bepaalVertegenwoordiging(kim, [{ persoon: kim, banden: ["gezag"] }, ...ouders], op);
    expect(brieven(u)).toEqual([["anna", "peter"]]);
  });
});

describe("volwassenen", () => {
  const jan = persoon("jan", { geboortedatum: "1950-05-05", geslacht: "man" });
  it.each<[string, Betrokken<P>[], string[][], string | null]>([
    ["zonder vertegenwoordiger: de inwoner zelf", [], [["jan"]], null],
    [
      "gezag en ouderschap tellen niet meer",
      [{ persoon: moeder, banden: ["ouder", "gezag"] as Band[] }],
      [["jan"]],
      null,
    ],
    [
      "met een vertegenwoordiger (curator, mentor): die ontvangt en ondertekent namens de inwoner",
      [{ persoon: voogd, banden: ["wettelijk-vertegenwoordiger"] }],
      [["joke"]],
      "jan",
    ],
    [
      "de vertegenwoordiger op de zaak",
      [{ persoon: voogd, banden: ["vertegenwoordiger-op-zaak"] }],
      [["joke"]],
      "jan",
    ],
  ])("%s", (_naam, betrokkenen, verwacht, over) => {
    const u = bepaalVertegenwoordiging(jan, betrokkenen, "2026-01-01");
    expect(brieven(u)).toEqual(verwacht);
    expect(u.ok && ids(u.ondertekenaars)).toEqual(verwacht[0]);
    expect(u.ok && (u.brieven[0]?.over?.persoonId ?? null)).toBe(over);
  });
});

describe("de zinnen in de brief", () => {
  it("aanhef, naamregel en de zin die het kind noemt", () => {
    const u = bepaalVertegenwoordiging(kim, ouders, "2026-01-01");
    if (!u.ok) throw new Error("verwacht ok");
    const [brief] = u.brieven;
    if (!brief) throw new Error("verwacht een brief");
    expect(aanhefVoor(brief.aan)).toBe("Geachte mevrouw De Vries en heer Bakker,");
    expect(naamregel(brief.aan)).toBe("Anna de Vries en Peter Bakker");
    expect(overZin(brief)).toBe(
      "U ontvangt deze brief als ouders met gezag van Kim de Vries, geboren op 10 maart 2014.",
    );
    expect(ookAanZin(brief, u.brieven)).toBeNull();
  });

  it("twee adressen: elke brief zegt dat de ander er ook een krijgt", () => {
    const u = bepaalVertegenwoordiging(
      kim,
      [
        { persoon: moeder, banden: ["ouder", "gezag"] },
        { persoon: vaderElders, banden: ["ouder", "gezag"] },
      ],
      "2026-01-01",
    );
    if (!u.ok) throw new Error("verwacht ok");
    const [eerste, tweede] = u.brieven;
    if (!eerste || !tweede) throw new Error("verwacht twee brieven");
    expect(overZin(eerste)).toBe(
      "U ontvangt deze brief als ouder met gezag van Kim de Vries, geboren op 10 maart 2014.",
    );
    expect(ookAanZin(eerste, u.brieven)).toBe("Een brief met dezelfde inhoud gaat ook naar Peter Bakker.");
    expect(ookAanZin(tweede, u.brieven)).toBe("Een brief met dezelfde inhoud gaat ook naar Anna de Vries.");
  });

  it("een ouder met gezag en een voogd op één adres: gezaghebbenden", () => {
    const samen = { ...voogd, postcode: moeder.postcode, huisnummer: moeder.huisnummer };
    const u = bepaalVertegenwoordiging(
      kim,
      [
        { persoon: moeder, banden: ["ouder", "gezag"] },
        { persoon: samen, banden: ["gezag"] },
      ],
      "2026-01-01",
    );
    expect(u.ok && overZin(u.brieven[0] as never)).toBe(
      "U ontvangt deze brief als gezaghebbenden van Kim de Vries, geboren op 10 maart 2014.",
    );
  });

  it("de jongere van 16 krijgt een eigen brief zonder 'namens'", () => {
    const u = bepaalVertegenwoordiging(kim, ouders, "2030-03-10");
    if (!u.ok) throw new Error("verwacht ok");
    const [eigen] = u.brieven;
    expect(eigen && overZin(eigen)).toBeNull();
    expect(eigen && aanhefVoor(eigen.aan)).toBe("Geachte mevrouw De Vries,");
    expect(eigen && ookAanZin(eigen, u.brieven)).toBe(
      "Een brief met dezelfde inhoud gaat ook naar Anna de Vries en Peter Bakker.",
    );
  });
});
