import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import type { IagPersoon } from "../../lib/contract";
import { Keuzerondjes } from "../../lib/formulier";
import { InwonerPaneel } from "./InwonerPaneel";

const PERSOON: IagPersoon = {
  id: "00000000-0000-4000-8000-000000000001",
  naam: "Ize van Ginneken",
  geboortedatum: "1982-11-04",
  leeftijd: 44,
  bsnGemaskeerd: "*****0060",
  adres: "Peterdijk 172, 9311 ZH Nietap",
  wijk: "Nietap",
  telefoon: null,
  relaties: [
    {
      id: "00000000-0000-4000-8000-000000000002",
      soort: "ouder",
      richting: "van",
      persoonId: "00000000-0000-4000-8000-000000000003",
      naam: "Imke van Ginneken",
      geboortedatum: "2015-12-11",
      beeindigdOp: null,
      redenBeeindiging: null,
    },
  ],
  betrokkenheden: [{ vakgroep: "wmo", medewerker: "Willem Molenaar" }],
  zaken: [
    {
      id: "00000000-0000-4000-8000-000000000005",
      zaaknummer: "Z-2026-000002",
      zaaktype: "wmo",
      werkvoorraad: "wmo",
      status: "onderzoek",
      behandelaar: "Willem Molenaar",
      meldingsdatum: "2026-03-01",
      open: true,
      versie: 3,
    },
  ],
  contacten: [
    {
      id: "00000000-0000-4000-8000-000000000004",
      tijdstip: "2026-03-02T11:15:00.000Z",
      kanaal: "telefoon",
      thema: "huishoudelijke-hulp",
      vraag: "Hulp bij het huishouden",
      uitkomst: "zaak",
      zaaknummer: "Z-2026-000001",
      door: "Ingrid Aanmeld",
    },
  ],
};

const html = (persoon: IagPersoon) =>
  renderToStaticMarkup(
    createElement(
      MemoryRouter,
      null,
      createElement(InwonerPaneel, { persoon, gezinsleden: [], onGezinsleden: () => {} }),
    ),
  );

describe("InwonerPaneel (IAG-scherm)", () => {
  it("toont eerst persoon en gezin (aan te vinken), dan betrokkenen, zaken en eerdere contacten", () => {
    const tekst = html(PERSOON);
    const volgorde = [
      "Ize van Ginneken",
      ">Gezin<",
      "Betrokken medewerkers",
      ">Zaken<",
      "Eerdere contacten",
    ].map((kop) => tekst.indexOf(kop));
    expect(volgorde.every((plek) => plek >= 0)).toBe(true);
    expect([...volgorde].sort((a, b) => a - b)).toEqual(volgorde);
    expect(tekst).toContain("Imke van Ginneken (ouder van; geboren 11 december 2015): meenemen in de zaak");
  });

  it("noemt zaaktype en status van een zaak in woorden, geen codes", () => {
    expect(html(PERSOON)).toContain(
      "Z-2026-000002 (Wmo), lopend: onderzoek (vraagverheldering), werkvoorraad Wmo, behandelaar Willem Molenaar",
    );
  });

  it("zet eerdere contacten in een lijst in woorden, zonder tabel die zijwaarts scrolt", () => {
    const tekst = html(PERSOON);
    expect(tekst).not.toContain("<table");
    expect(tekst).toMatch(
      /<li[^>]*>2 maart 2026 om \d{2}:\d{2}, telefoon, Huishoudelijke hulp: [^<]*\(Z-2026-000001\); door Ingrid Aanmeld<\/li>/,
    );
  });
});

describe("Keuzerondjes", () => {
  it("geeft de opmaakklasse door aan de groep, zodat de keuzes naast elkaar kunnen staan", () => {
    const tekst = renderToStaticMarkup(
      createElement(Keuzerondjes, {
        id: "vraag",
        className: "voordeur-keuzerondjes--op-een-regel",
        legenda: "Is de vraag direct beantwoord?",
        keuzes: [
          { waarde: "ja", label: "Ja" },
          { waarde: "nee", label: "Nee" },
        ],
        waarde: "nee",
        onChange: () => {},
      }),
    );
    expect(tekst).toMatch(/class="[^"]*voordeur-keuzerondjes--op-een-regel[^"]*"/);
    expect(tekst).toContain("<legend");
    expect(tekst).toMatch(/id="vraag-nee"[^>]*checked=""|checked=""[^>]*id="vraag-nee"/);
  });
});
