/** BRP Personen answers → what Voordeur proposes: name, address, relations, gezag (BW Boek 1) and woonplaats. */
import { describe, expect, it } from "vitest";
import type { BrpGezagsrelatie, BrpPersoon } from "./typen";
import { type GezagSoort, vertaalGezag, vertaalPersoon, woonplaatsUitBrp } from "./vertaal";

const datum = (d: string) => ({ type: "Datum" as const, datum: d, langFormaat: d });
const minderjarige = { burgerservicenummer: "999993653", naam: { volledigeNaam: "Sanne de Boer" } };
const ouderA = { burgerservicenummer: "999990019", naam: { volledigeNaam: "Ria de Boer" } };
const ouderB = { burgerservicenummer: "999990020", naam: { volledigeNaam: "Henk Jansen" } };

describe("vertaalPersoon", () => {
  const basis: BrpPersoon = {
    burgerservicenummer: "999990019",
    naam: { voornamen: "Ria", voorvoegsel: "de", geslachtsnaam: "Boer" },
    geboorte: { datum: datum("1983-04-05") },
    geslacht: { code: "V", omschrijving: "vrouw" },
    verblijfplaats: {
      type: "Adres",
      functieAdres: { code: "W", omschrijving: "woonadres" },
      datumVan: datum("2019-06-01"),
      verblijfadres: {
        officieleStraatnaam: "Hoofdstraat",
        korteStraatnaam: "Hoofdstr",
        huisnummer: 12,
        huisletter: "a",
        postcode: "9301ab",
        woonplaats: "Roden",
      },
    },
    gemeenteVanInschrijving: { code: "1699", omschrijving: "Noordenveld" },
  };

  it("name, birth, sex and the address in Voordeur's form", () => {
    const g = vertaalPersoon(basis);
    expect(g).toMatchObject({
      bsn: "999990019",
      naam: "Ria de Boer",
      voornamen: "Ria",
      voorvoegsel: "de",
      geslachtsnaam: "Boer",
      geboortedatum: "1983-04-05",
      geslacht: "vrouw",
      adres: {
        straat: "Hoofdstraat",
        huisnummer: 12,
        huisletter: "a",
        toevoeging: null,
        postcode: "9301 AB",
        woonplaats: "Roden",
      },
      adresSinds: "2019-06-01",
      verblijfplaats: "woonadres",
      gemeenteVanInschrijving: { code: "1699", naam: "Noordenveld" },
      geheimhouding: false,
    });
  });

  const tabel: { wat: string; over: Partial<BrpPersoon>; verwacht: Record<string, unknown> }[] = [
    {
      wat: "a partly unknown birth date is not guessed",
      over: {
        geboorte: { datum: { type: "JaarMaandDatum", jaar: 1983, maand: 4, langFormaat: "april 1983" } },
      },
      verwacht: { geboortedatum: null, geboortedatumTekst: "april 1983" },
    },
    {
      wat: "geheimhouding",
      over: { geheimhoudingPersoonsgegevens: true },
      verwacht: { geheimhouding: true },
    },
    {
      wat: "a briefadres is an address but no woonadres",
      over: {
        verblijfplaats: {
          type: "Adres",
          functieAdres: { code: "B" },
          verblijfadres: { huisnummer: 1, postcode: "9301 AB", woonplaats: "Roden" },
        },
      },
      verwacht: { verblijfplaats: "briefadres", adres: { straat: null, huisnummer: 1, postcode: "9301 AB" } },
    },
    {
      wat: "abroad: no Dutch address",
      over: {
        verblijfplaats: { type: "VerblijfplaatsBuitenland", verblijfadres: { land: { code: "6030" } } },
      },
      verwacht: { verblijfplaats: "buitenland", adres: null },
    },
    {
      wat: "unknown verblijfplaats",
      over: { verblijfplaats: { type: "VerblijfplaatsOnbekend" } },
      verwacht: { verblijfplaats: "onbekend", adres: null },
    },
    {
      wat: "korte straatnaam when the official one is missing",
      over: {
        verblijfplaats: {
          type: "Adres",
          verblijfadres: {
            korteStraatnaam: "Hoofdstr",
            huisnummer: 3,
            postcode: "9301AB",
            woonplaats: "Roden",
          },
        },
      },
      verwacht: { adres: { straat: "Hoofdstr", postcode: "9301 AB", huisletter: null } },
    },
    {
      wat: "an invalid postcode gives no address (filled in by hand)",
      over: {
        verblijfplaats: {
          type: "Adres",
          verblijfadres: { huisnummer: 3, postcode: "0301AB", woonplaats: "Roden" },
        },
      },
      verwacht: { adres: null },
    },
    {
      wat: "gemeente code 106 → 0106",
      over: { gemeenteVanInschrijving: { code: "106", omschrijving: "Assen" } },
      verwacht: { gemeenteVanInschrijving: { code: "0106", naam: "Assen" } },
    },
    { wat: "sex O", over: { geslacht: { code: "O" } }, verwacht: { geslacht: "onbekend" } },
  ];
  it.each(tabel)("$wat", ({ over, verwacht }) => {
    expect(vertaalPersoon({ ...basis, ...over })).toMatchObject(verwacht);
  });

  it("children, parents and the current partner (a dissolved partner is not current)", () => {
    const g = vertaalPersoon({
      ...basis,
      kinderen: [
        {
          burgerservicenummer: "999993653",
          naam: { voornamen: "Sanne", voorvoegsel: "de", geslachtsnaam: "Boer" },
          geboorte: { datum: datum("2015-09-10") },
        },
      ],
      ouders: [
        {
          burgerservicenummer: "999990031",
          naam: { voornamen: "Jan", geslachtsnaam: "Boer", voorvoegsel: "de" },
          ouderAanduiding: "1",
        },
      ],
      partners: [
        {
          burgerservicenummer: "999990040",
          naam: { voornamen: "Piet", geslachtsnaam: "Vroeger" },
          aangaanHuwelijkPartnerschap: { datum: datum("2005-01-01") },
          ontbindingHuwelijkPartnerschap: { datum: datum("2010-01-01") },
        },
        {
          burgerservicenummer: "999990020",
          naam: { voornamen: "Henk", geslachtsnaam: "Jansen" },
          aangaanHuwelijkPartnerschap: { datum: datum("2012-05-05") },
        },
      ],
    });
    expect(g.kinderen).toEqual([{ bsn: "999993653", naam: "Sanne de Boer", geboortedatum: "2015-09-10" }]);
    expect(g.ouders).toEqual([{ bsn: "999990031", naam: "Jan de Boer", geboortedatum: null }]);
    expect(g.partner).toEqual({
      bsn: "999990020",
      naam: "Henk Jansen",
      geboortedatum: null,
      sinds: "2012-05-05",
    });
    expect(
      vertaalPersoon({
        ...basis,
        partners: [
          {
            naam: { voornamen: "Piet", geslachtsnaam: "Vroeger" },
            ontbindingHuwelijkPartnerschap: { datum: datum("2010-01-01") },
          },
        ],
      }).partner,
    ).toBeNull();
  });
});

describe("vertaalGezag (BW Boek 1 art. 245: gezag is ouderlijk gezag of voogdij)", () => {
  const tabel: { g: BrpGezagsrelatie; soort: GezagSoort; hebbers: string[]; toelichting?: string }[] = [
    {
      g: { type: "GezamenlijkOuderlijkGezag", minderjarige, ouders: [ouderA, ouderB] },
      soort: "gezamenlijk-ouderlijk",
      hebbers: ["ouder:Ria de Boer", "ouder:Henk Jansen"],
    },
    {
      g: { type: "EenhoofdigOuderlijkGezag", minderjarige, ouder: ouderA },
      soort: "eenhoofdig-ouderlijk",
      hebbers: ["ouder:Ria de Boer"],
    },
    {
      g: {
        type: "GezamenlijkGezag",
        minderjarige,
        ouder: ouderA,
        derde: {
          type: "BekendeDerde",
          burgerservicenummer: "999990051",
          naam: { volledigeNaam: "Kees Stief" },
        },
      },
      soort: "gezamenlijk-ouder-derde",
      hebbers: ["ouder:Ria de Boer", "derde:Kees Stief"],
    },
    {
      g: { type: "GezamenlijkGezag", minderjarige, ouder: ouderA, derde: { type: "OnbekendeDerde" } },
      soort: "gezamenlijk-ouder-derde",
      hebbers: ["ouder:Ria de Boer"],
    },
    {
      g: {
        type: "Voogdij",
        minderjarige,
        derden: [{ type: "BekendeDerde", naam: { volledigeNaam: "Anna Voogd" } }],
      },
      soort: "voogdij",
      hebbers: ["derde:Anna Voogd"],
    },
    { g: { type: "Voogdij", minderjarige, derden: [] }, soort: "voogdij", hebbers: [] },
    {
      g: { type: "TijdelijkGeenGezag", minderjarige, toelichting: "Ouder onder curatele." },
      soort: "tijdelijk-geen-gezag",
      hebbers: [],
      toelichting: "Ouder onder curatele.",
    },
    {
      g: { type: "GezagNietTeBepalen", minderjarige, toelichting: "Gegevens onvolledig." },
      soort: "niet-te-bepalen",
      hebbers: [],
      toelichting: "Gegevens onvolledig.",
    },
  ];
  it.each(tabel)("$g.type → $soort", ({ g, soort, hebbers, toelichting }) => {
    const uit = vertaalGezag(g);
    expect(uit.soort).toBe(soort);
    expect(uit.gezaghebbenden.map((x) => `${x.rol}:${x.naam}`)).toEqual(hebbers);
    expect(uit.minderjarige).toEqual({ bsn: "999993653", naam: "Sanne de Boer" });
    expect(uit.bron).toMatch(/^BW Boek 1 art\. /);
    expect(uit.omschrijving).not.toBe("");
    expect(uit.toelichting).toBe(toelichting ?? null);
  });
  it("in onderzoek is carried", () => {
    expect(
      vertaalGezag({ type: "EenhoofdigOuderlijkGezag", minderjarige, ouder: ouderA, inOnderzoek: true })
        .inOnderzoek,
    ).toBe(true);
  });
});

describe("woonplaatsUitBrp (Jeugdwet art. 1.1, woonplaats 1°: the gemeente of the BRP woonadres)", () => {
  const kind = (verblijfplaats: BrpPersoon["verblijfplaats"], gemeente = "0106"): BrpPersoon => ({
    burgerservicenummer: "999993653",
    verblijfplaats,
    gemeenteVanInschrijving: { code: gemeente, omschrijving: "Assen" },
  });
  const tabel: { wat: string; p: BrpPersoon; brpGemeente: string | null }[] = [
    {
      wat: "woonadres",
      p: kind({ type: "Adres", functieAdres: { code: "W" }, datumVan: datum("2020-01-01") }),
      brpGemeente: "0106",
    },
    {
      wat: "locatie (woonboot, woonwagen)",
      p: kind({ type: "Locatie", verblijfadres: { locatiebeschrijving: "Woonboot" } }),
      brpGemeente: "0106",
    },
    { wat: "briefadres", p: kind({ type: "Adres", functieAdres: { code: "B" } }), brpGemeente: null },
    { wat: "buitenland", p: kind({ type: "VerblijfplaatsBuitenland" }), brpGemeente: null },
    { wat: "onbekend", p: kind({ type: "VerblijfplaatsOnbekend" }), brpGemeente: null },
    { wat: "no verblijfplaats", p: { burgerservicenummer: "999993653" }, brpGemeente: null },
  ];
  it.each(tabel)("$wat → $brpGemeente", ({ p, brpGemeente }) => {
    const w = woonplaatsUitBrp(vertaalPersoon(p));
    expect(w.brpGemeente).toBe(brpGemeente);
    expect(w.bron).toContain("Jeugdwet art. 1.1");
    expect(w.toelichting).not.toBe("");
  });
});
