/**
 * A corpus of realistic Dutch case text for the anonymiser (domain/casuistiek): the zaak's own persons, third
 * parties, schools, phone numbers, BSNs, e-mail, postcodes, addresses, birth dates — and what must stay
 * (ordinary words, law names, organisations, amounts, appointment dates). The choices are documented in
 * patronen.ts: any nine-digit group in BSN shape goes (11-proef or not); only birth dates go, other dates stay.
 */
import { describe, expect, it } from "vitest";
import { type CasusPersoon, verwijderPersoonsgegevens } from "./anonimiseer";

const moeder: CasusPersoon = {
  rol: "hoofdpersoon",
  voornamen: "Sanne",
  voorvoegsel: "de",
  geslachtsnaam: "Jong-Bakker",
  geboortedatum: "1986-04-02",
  straat: "Dorpsstraat",
  huisnummer: 7,
  postcode: "9331AB",
  woonplaats: "Norg",
  bsn: "999990019",
  telefoon: "0612345670",
  email: "sanne.dejong@example.nl",
};
const lotte: CasusPersoon = {
  rol: "gezinslid",
  voornamen: "Lotte",
  voorvoegsel: "de",
  geslachtsnaam: "Jong",
  geboortedatum: "2014-08-17",
};
const milan: CasusPersoon = {
  rol: "gezinslid",
  voornamen: "Milan",
  voorvoegsel: "de",
  geslachtsnaam: "Jong",
  geboortedatum: "2017-01-09",
};
const personen = [milan, moeder, lotte];

type Geval = readonly [omschrijving: string, tekst: string, verwacht: string];
const blijft = (omschrijving: string, tekst: string): Geval => [omschrijving, tekst, tekst];

const DERDEN: Geval[] = [
  [
    "buurman met voor- en achternaam",
    "Zijn buurman Piet de Vries brengt soms eten.",
    "Zijn buurman [naam] brengt soms eten.",
  ],
  [
    "moeder van een ander met titel en dubbele naam",
    "Oma wordt geholpen door moeder mevr. Jansen-Bakker.",
    "Oma wordt geholpen door moeder mevr. [naam].",
  ],
  [
    "leerkracht met alleen een voornaam",
    "Volgens meester Ahmed is Lotte vaak moe.",
    "Volgens meester [naam] is [gezinslid 1] vaak moe.",
  ],
  [
    "voorletters met tussenvoegsels",
    "Contact gehad met J.P. van den Berg van de woningcorporatie.",
    "Contact gehad met [naam] van de woningcorporatie.",
  ],
  [
    "huisarts met titel",
    "Huisarts dr. Visser verwijst naar de GGZ.",
    "Huisarts dr. [naam] verwijst naar de GGZ.",
  ],
  [
    "ex-partner",
    "De ex-partner Kevin Smit komt onaangekondigd langs.",
    "De ex-partner [naam] komt onaangekondigd langs.",
  ],
  [
    "tante met een Arabisch voorvoegsel",
    "Tante Fatima El Amrani past op de kinderen.",
    "Tante [naam] past op de kinderen.",
  ],
  [
    "mevrouw aan het begin van de zin",
    "Mevrouw Yilmaz (buurvrouw) belde namens het gezin.",
    "Mevrouw [naam] (buurvrouw) belde namens het gezin.",
  ],
  [
    "dhr. met voorletter en tussenvoegsel",
    "Dhr. A. de Boer, de bewindvoerder, is bereikbaar.",
    "Dhr. [naam], de bewindvoerder, is bereikbaar.",
  ],
  [
    "vriend van de hoofdpersoon",
    "Sanne vertelt dat haar vriend Mehmet bij hen slaapt.",
    "[hoofdpersoon] vertelt dat haar vriend [naam] bij hen slaapt.",
  ],
  [
    "klasgenootje",
    "Lotte speelt veel met haar klasgenootje Noa.",
    "[gezinslid 1] speelt veel met haar klasgenootje [naam].",
  ],
  [
    "namen met tussenvoegsel zonder aanduiding",
    "Piet de Vries en Ans de Vries-Kok zijn de grootouders.",
    "[naam] en [naam] zijn de grootouders.",
  ],
  [
    "buurman met titel, en zijn vrouw",
    "Moeder Sanne (06-87654321) zegt dat buurman dhr. Kuipers en zijn vrouw Ans de kinderen halen.",
    "Moeder [hoofdpersoon] ([telefoonnummer]) zegt dat buurman dhr. [naam] en zijn vrouw [naam] de kinderen halen.",
  ],
  [
    "eigen achternaam met titel",
    "Gesprek met mevr. de Jong over de schulden.",
    "Gesprek met mevr. [hoofdpersoon] over de schulden.",
  ],
];

const SCHOLEN: Geval[] = [
  ["school na zit op", "Lotte zit op De Regenboog in groep 6.", "[gezinslid 1] zit op [school] in groep 6."],
  [
    "basisschool met lidwoord",
    "Milan gaat naar basisschool Het Kompas.",
    "[gezinslid 2] gaat naar basisschool [school].",
  ],
  [
    "naam met een schoolwoord",
    "Sinds september zit zij op het Stedelijk Gymnasium Leiden.",
    "Sinds september zit zij op het [school].",
  ],
  ["OBS", "OBS De Wilg meldt al weken verzuim.", "OBS [school] meldt al weken verzuim."],
  [
    "intern begeleider van een CBS",
    "De intern begeleider van CBS De Fontein belde.",
    "De intern begeleider van CBS [school] belde.",
  ],
  [
    "speciaal onderwijs",
    "Overstap naar SO De Sprienke wordt onderzocht.",
    "Overstap naar SO [school] wordt onderzocht.",
  ],
  [
    "mentor van een college",
    "Gesprek met de mentor van Het Baudartius College.",
    "Gesprek met de mentor van [school].",
  ],
  [
    "basisschool aan het begin van de zin",
    "Basisschool De Linde heeft een zorgmelding gedaan.",
    "Basisschool [school] heeft een zorgmelding gedaan.",
  ],
  ["e-mail van de school", "Mail de juf via m.dekker@obs-dewilg.nl.", "Mail de juf via [e-mailadres]."],
  [
    "de school zonder naam blijft",
    "De school meldt dat Milan vaak te laat is.",
    "De school meldt dat [gezinslid 2] vaak te laat is.",
  ],
];

const NUMMERS: Geval[] = [
  [
    "mobiel met streepje en met spaties",
    "Moeder is bereikbaar op 06-12345678 of 06 1234 5678.",
    "Moeder is bereikbaar op [telefoonnummer] of [telefoonnummer].",
  ],
  ["Belgisch nummer", "Vader woont in België: +32 470 12 34 56.", "Vader woont in België: [telefoonnummer]."],
  [
    "0031 en +31 (0)",
    "Nieuw nummer 0031 6 12345678, oud nummer +31 (0)6 1234 5678.",
    "Nieuw nummer [telefoonnummer], oud nummer [telefoonnummer].",
  ],
  [
    "vast nummer met netnummer",
    "De school is bereikbaar via 071-5123456 en (071) 512 34 56.",
    "De school is bereikbaar via [telefoonnummer] en [telefoonnummer].",
  ],
  ["+31 aaneen", "Whatsapp via +31612345678.", "Whatsapp via [telefoonnummer]."],
  [
    "eigen nummer van de hoofdpersoon",
    "Sanne belt vanaf 0612345670.",
    "[hoofdpersoon] belt vanaf [telefoonnummer].",
  ],
  [
    "BSN in groepen van drie na het woord BSN",
    "BSN 123 456 782 staat in het dossier.",
    "BSN [bsn] staat in het dossier.",
  ],
  ["BSN 4-2-3 met punten", "Burgerservicenummer: 1234.56.782.", "Burgerservicenummer: [bsn]."],
  [
    "BSN aaneen zonder het woord",
    "Het nummer 123456782 hoort bij Milan.",
    "Het nummer [bsn] hoort bij [gezinslid 2].",
  ],
  [
    "negen cijfers zonder geldige 11-proef gaan ook",
    "Klantnummer 111.222.333 staat op de brief.",
    "Klantnummer [bsn] staat op de brief.",
  ],
  [
    "BSN van acht cijfers na het woord",
    "bsn: 12345678 (zonder voorloopnul)",
    "bsn: [bsn] (zonder voorloopnul)",
  ],
  ["eigen BSN", "BSN moeder 999990019.", "BSN moeder [bsn]."],
  ["IBAN", "De huur gaat van NL91 ABNA 0417 1643 00 af.", "De huur gaat van [rekeningnummer] af."],
];

const ADRESSEN: Geval[] = [
  [
    "straat, huisnummer en postcode van een ander",
    "Nieuw adres: Kerkstraat 14b, 9401 KL Assen.",
    "Nieuw adres: [adres], [postcode] Assen.",
  ],
  [
    "straat zonder straatwoord na woont",
    "Opa woont op de Brink 3 in Roden.",
    "Opa woont op de [adres] in Roden.",
  ],
  [
    "postcode aaneen in kleine letters",
    "Postcode 9401kl, huisnummer 12.",
    "Postcode [postcode], huisnummer 12.",
  ],
  [
    "eigen adres en woonplaats",
    "Het gezin woont aan de Dorpsstraat 7 in Norg.",
    "Het gezin woont aan de [adres] in [woonplaats].",
  ],
  [
    "geboortedata van het gezin in twee notaties",
    "Lotte is geboren op 17-08-2014, Milan geb. 9 januari 2017.",
    "[gezinslid 1] is geboren op [geboortedatum], [gezinslid 2] geb. [geboortedatum].",
  ],
  [
    "geboortedatum van een derde",
    "Het neefje (geboortedatum 03-05-2015) logeert vaak.",
    "Het neefje (geboortedatum [geboortedatum]) logeert vaak.",
  ],
];

const BLIJFT: Geval[] = [
  blijft("bedragen", "Schuld van € 1.234,56 en een huurachterstand van € 12.345."),
  blijft("datum en tijd van een afspraak", "Afspraak op 12-03-2026 om 10:00 uur in het gemeentehuis."),
  blijft("jaartallen en wetten", "Sinds 2024 ontvangt het gezin Wmo en hulp op grond van de Jeugdwet."),
  blijft("organisaties", "Melding van de Raad voor de Kinderbescherming en Veilig Thuis."),
  blijft("zin die begint met een voorzetsel", "In de Wmo staat de zelfredzaamheid centraal."),
  blijft("rol zonder naam", "Casemanager Veilig Opgroeien sluit aan bij het gesprek."),
  blijft("consulenten", "De Wmo-consulent en de consulent Werk overleggen."),
  blijft("landelijk hulpnummer", "Bel Veilig Thuis op 0800-2000 bij acute zorgen."),
  blijft("gewone zin over familie", "Moeder heeft schulden en vader is uit beeld."),
  blijft("groep en aantallen", "Hij zit in groep 7 en krijgt 3 uur per week begeleiding."),
  blijft("school als gewoon woord", "Ze gaat sinds de zomer niet meer naar school."),
];

describe("anonimiseren van casustekst (corpus)", () => {
  it("heeft minstens dertig realistische fragmenten", () => {
    expect(
      DERDEN.length + SCHOLEN.length + NUMMERS.length + ADRESSEN.length + BLIJFT.length,
    ).toBeGreaterThanOrEqual(30);
  });

  describe.each([
    ["personen en derden", DERDEN],
    ["scholen", SCHOLEN],
    ["telefoonnummers, BSN en rekeningnummers", NUMMERS],
    ["adressen en geboortedata", ADRESSEN],
    ["wat blijft staan", BLIJFT],
  ] as const)("%s", (_groep, gevallen) => {
    it.each(gevallen)("%s", (_omschrijving, tekst, verwacht) => {
      expect(verwijderPersoonsgegevens(tekst, personen)).toBe(verwacht);
    });
  });

  it("is stabiel: twee keer anonimiseren geeft hetzelfde", () => {
    for (const [, tekst] of [...DERDEN, ...SCHOLEN, ...NUMMERS, ...ADRESSEN]) {
      const een = verwijderPersoonsgegevens(tekst, personen);
      expect(verwijderPersoonsgegevens(een, personen)).toBe(een);
    }
  });
});
