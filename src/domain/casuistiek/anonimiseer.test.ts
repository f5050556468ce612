import { describe, expect, it } from "vitest";
import { anonimiseer, type CasusPersoon, naamvormen, verwijderPersoonsgegevens } from "./anonimiseer";

const moeder: CasusPersoon = {
  rol: "hoofdpersoon",
  voornamen: "Esmée Johanna",
  voorvoegsel: "van der",
  geslachtsnaam: "Veen-Bakker",
  geboortedatum: "1988-06-14",
  straat: "Hoofdstraat",
  huisnummer: 12,
  postcode: "9331AB",
  woonplaats: "Norg",
  bsn: "999990019",
  telefoon: "0612345678",
  email: "esmee@example.nl",
};
const zoon: CasusPersoon = {
  rol: "gezinslid",
  voornamen: "Daan",
  voorvoegsel: "van der",
  geslachtsnaam: "Veen",
  geboortedatum: "2016-02-01",
};
const dochter: CasusPersoon = {
  rol: "gezinslid",
  voornamen: "Noor",
  voorvoegsel: "van der",
  geslachtsnaam: "Veen",
  geboortedatum: "2012-09-30",
};
const personen = [moeder, zoon, dochter];
const PEIL = "2026-03-03";

describe("verwijderPersoonsgegevens", () => {
  it.each([
    ["volledige naam", "Esmée Johanna van der Veen-Bakker belde", "[hoofdpersoon] belde"],
    ["naam zonder accent en in kleine letters", "esmee vertelde dat", "[hoofdpersoon] vertelde dat"],
    ["achternaam met voorvoegsel", "Mevrouw Van der Veen-Bakker is moe", "Mevrouw [hoofdpersoon] is moe"],
    ["deel van een dubbele achternaam", "mevrouw Bakker wil hulp", "mevrouw [hoofdpersoon] wil hulp"],
    ["voorletter voor de naam", "J. van der Veen-Bakker meldt zich", "[hoofdpersoon] meldt zich"],
    [
      "kindernamen",
      "Daan (9) en Noor gaan niet naar school",
      "[gezinslid 2] (9) en [gezinslid 1] gaan niet naar school",
    ],
    ["naam als bezitsvorm", "Daan's juf belde", "[gezinslid 2]'s juf belde"],
    ["BSN aaneen", "bsn 999990019 bekend", "bsn [bsn] bekend"],
    ["BSN in groepen", "BSN 1234.56.782 en 123 456 782", "BSN [bsn] en [bsn]"],
    ["postcode", "woont in 9331 AB", "woont in [postcode]"],
    ["postcode aaneen en klein", "postcode 9331ab", "postcode [postcode]"],
    ["eigen adres", "adres Hoofdstraat 12, Norg", "adres [adres], [woonplaats]"],
    ["ander adres", "opa woont aan de Kerkweg 3a", "opa woont aan de [adres]"],
    ["adres met voorzetsel", "school aan de Van Goghlaan 5", "school aan de [adres]"],
    ["telefoon", "bel 06-12345678 of 0592 123 456", "bel [telefoonnummer] of [telefoonnummer]"],
    ["e-mail", "mail esmee@example.nl", "mail [e-mailadres]"],
    ["geboortedatum", "geboren 14-06-1988", "geboren [geboortedatum]"],
    ["jaartal blijft", "sinds 2024 en in 2025 is", "sinds 2024 en in 2025 is"],
    [
      "gewone woorden blijven",
      "Moeder heeft schulden en het gezin is onrustig",
      "Moeder heeft schulden en het gezin is onrustig",
    ],
    ["geen halve woorden", "Daantje en Noortje", "Daantje en Noortje"],
  ])("%s", (_naam, tekst, verwacht) => {
    // Labels follow the casus order (hoofdpersoon, then gezinsleden oldest first), whatever the input order.
    expect(verwijderPersoonsgegevens(tekst, [zoon, moeder, dochter])).toBe(verwacht);
  });
});

describe("naamvormen", () => {
  it("kent voornamen, roepnaam + achternaam en delen van een dubbele naam", () => {
    expect(naamvormen(moeder)).toEqual(
      expect.arrayContaining([
        "Esmée",
        "Johanna",
        "Esmée van der Veen-Bakker",
        "van der Veen-Bakker",
        "Bakker",
      ]),
    );
  });
});

describe("anonimiseer", () => {
  const casus = anonimiseer(
    {
      zaaktype: "regie",
      omschrijving: "Esmée van der Veen (bsn 999990019) uit Norg heeft schulden; Noor verzuimt.",
      leefgebieden: ["financien", "school-onderwijs"],
      veiligheid: "zorgen",
    },
    personen,
    PEIL,
  );

  it("geeft leeftijden per rol, hoofdpersoon eerst en de oudste gezinsleden eerst", () => {
    expect(casus.samenvatting.leeftijden).toEqual([
      { rol: "hoofdpersoon", aanduiding: "[hoofdpersoon]", leeftijd: 37 },
      { rol: "gezinslid", aanduiding: "[gezinslid 1]", leeftijd: 13 },
      { rol: "gezinslid", aanduiding: "[gezinslid 2]", leeftijd: 10 },
    ]);
  });

  it("beschrijft het gezin zonder namen", () => {
    expect(casus.samenvatting.gezinssamenstelling).toBe(
      "Hoofdpersoon (37 jaar); 2 gezinsleden (13 jaar, 10 jaar); 2 minderjarigen.",
    );
  });

  it("laat in de omschrijving geen namen, BSN of woonplaats staan", () => {
    expect(casus.omschrijving).toBe(
      "[hoofdpersoon] (bsn [bsn]) uit [woonplaats] heeft schulden; [gezinslid 1] verzuimt.",
    );
    const alles = JSON.stringify(casus);
    for (const verboden of ["Esmée", "Veen", "Noor", "Daan", "999990019", "Norg", "Hoofdstraat", "9331"])
      expect(alles).not.toContain(verboden);
  });

  it("houdt de vrije tekst buiten de samenvatting (die ziet het hele overleg)", () => {
    expect(Object.keys(casus.samenvatting).sort()).toEqual(
      ["gezinssamenstelling", "leeftijden", "leefgebieden", "veiligheid", "zaaktype"].sort(),
    );
    expect(JSON.stringify(casus.samenvatting)).not.toMatch(/schulden|verzuimt/);
  });

  it("toont leefgebieden en veiligheid", () => {
    expect(casus.samenvatting.leefgebieden).toEqual(["Financiën", "School en onderwijs"]);
    expect(casus.samenvatting.veiligheid).toBe("zorgen");
  });
});
