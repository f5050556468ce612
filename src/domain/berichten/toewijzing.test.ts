import { describe, expect, it } from "vitest";
import {
  type Antwoord319,
  controleer301,
  controleer319,
  type ToegewezenProduct,
  type Toewijzing301,
} from "./toewijzing";

const product = (over: Partial<ToegewezenProduct> = {}): ToegewezenProduct => ({
  toewijzingnummer: 1,
  referentieAanbieder: null,
  product: { categorie: "45", code: "45A33" },
  toewijzingsdatum: "2026-04-01",
  toewijzingstijd: "12:00:00",
  ingangsdatum: "2026-04-01",
  einddatum: "2026-12-31",
  redenWijziging: null,
  omvang: { volume: 2, eenheid: "04", frequentie: "2" },
  budget: null,
  ...over,
});

const bericht = (...producten: ToegewezenProduct[]): Toewijzing301 => ({
  wet: "jeugd",
  gemeenteCode: "1699",
  aanbiederAgb: "42420001",
  client: {
    bsn: "999990019",
    geboortedatum: "2012-01-01",
    geslacht: "1",
    achternaam: "Hoving",
    voorvoegsel: null,
    voornamen: "Aaltje",
    adres: {
      straat: "Brink",
      huisnummer: 3,
      huisletter: null,
      toevoeging: null,
      postcode: "9331AB",
      woonplaats: "Norg",
    },
  },
  producten,
});

describe("condities 301", () => {
  it("een gewone toewijzing met omvang is in orde", () => {
    expect(controleer301(bericht(product()))).toEqual([]);
  });

  it.each([
    ["geen producten", [], "producten"],
    ["omvang én budget", [product({ budget: 10000 })], "producten[0].budget"],
    ["geen product en geen budget", [product({ product: null, omvang: null })], "producten[0].product"],
    [
      "budget zonder einddatum",
      [product({ omvang: null, budget: 5000, einddatum: null })],
      "producten[0].einddatum",
    ],
    ["per week zonder einddatum", [product({ einddatum: null })], "producten[0].einddatum"],
    ["productcode zonder omvang", [product({ omvang: null })], "producten[0].omvang"],
    [
      "dagdeel per dag",
      [product({ omvang: { volume: 1, eenheid: "16", frequentie: "1" } })],
      "producten[0].omvang.frequentie",
    ],
    ["reden 01", [product({ redenWijziging: "01" })], "producten[0].redenWijziging"],
    [
      "verwijderd zonder einddatum = ingangsdatum",
      [product({ redenWijziging: "13" })],
      "producten[0].einddatum",
    ],
    [
      "einddatum = ingangsdatum met andere reden",
      [product({ einddatum: "2026-04-01", redenWijziging: "05" })],
      "producten[0].redenWijziging",
    ],
    ["einde voor begin", [product({ einddatum: "2026-03-01" })], "producten[0].einddatum"],
    ["dubbel nummer", [product(), product()], "producten[1].toewijzingnummer"],
    ["nummer te lang", [product({ toewijzingnummer: 1_000_000_000 })], "producten[0].toewijzingnummer"],
  ])("%s wordt geweigerd", (_naam, producten, veld) => {
    expect(controleer301(bericht(...producten)).map((f) => f.veld)).toContain(veld);
  });

  it.each([
    ["verwijdering met reden 13", product({ einddatum: "2026-04-01", redenWijziging: "13" })],
    [
      "budget met einddatum",
      product({ product: { categorie: "45", code: null }, omvang: null, budget: 125000 }),
    ],
    ["budget zonder product", product({ product: null, omvang: null, budget: 125000 })],
    ["etmaal per maand", product({ omvang: { volume: 4, eenheid: "14", frequentie: "4" } })],
    [
      "uur per dag zonder einddatum",
      product({ einddatum: null, omvang: { volume: 1, eenheid: "04", frequentie: "1" } }),
    ],
  ])("%s mag", (_naam, p) => {
    expect(controleer301(bericht(p))).toEqual([]);
  });
});

describe("condities 319", () => {
  const antwoord = (over: Partial<Antwoord319> = {}): Antwoord319 => ({
    wet: "jeugd",
    gemeenteCode: "1699",
    aanbiederAgb: "42420001",
    referentieAanbieder: "REF-1",
    verzoekAntwoord: "1",
    redenAfwijzing: "7",
    woonplaatsGemeente: null,
    ...over,
  });
  it.each([
    ["afwijzing met reden", antwoord(), []],
    ["in onderzoek", antwoord({ verzoekAntwoord: "2", redenAfwijzing: null }), []],
    ["woonplaatsbeginsel met gemeente", antwoord({ redenAfwijzing: "8", woonplaatsGemeente: "0106" }), []],
    ["afwijzing zonder reden", antwoord({ redenAfwijzing: null }), ["redenAfwijzing"]],
    ["in onderzoek met reden", antwoord({ verzoekAntwoord: "2" }), ["redenAfwijzing"]],
    ["woonplaatsbeginsel zonder gemeente", antwoord({ redenAfwijzing: "8" }), ["woonplaatsGemeente"]],
    [
      "woonplaatsbeginsel eigen gemeente",
      antwoord({ redenAfwijzing: "8", woonplaatsGemeente: "1699" }),
      ["woonplaatsGemeente"],
    ],
    [
      "woonplaatsbeginsel in de Wmo",
      antwoord({ wet: "wmo", redenAfwijzing: "8", woonplaatsGemeente: "0106" }),
      ["redenAfwijzing"],
    ],
    ["gemeente zonder reden 8", antwoord({ woonplaatsGemeente: "0106" }), ["woonplaatsGemeente"]],
    ["lege referentie", antwoord({ referentieAanbieder: " " }), ["referentieAanbieder"]],
  ] as const)("%s", (_naam, a, velden) => {
    expect(controleer319(a).map((f) => f.veld)).toEqual(velden);
  });
});
