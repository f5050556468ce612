/**
 * The residents the BRP mock knows (synthetic, test BSNs 9999xxxxx), as BRP API Personen 2.7.0 Persoon objects.
 * Chosen for the demo and the tests: a family where both parents have gezag over their children, a single parent
 * with sole gezag, a resident with geheimhouding, a child registered in Assen (woonplaatsbeginsel) and a young
 * adult with a briefadres. Everyone lives in Noordenveld (1699) unless said otherwise.
 */
import type { BrpDatum, BrpGezagsrelatie, BrpPersoon, GezagOuder } from "../../domain/brp/typen";
import { lang } from "../../domain/termijnen/kalender";

export const brpDatum = (iso: string): BrpDatum => ({ type: "Datum", datum: iso, langFormaat: lang(iso) });

interface Bewoner {
  bsn: string;
  voornamen: string;
  voorvoegsel?: string;
  geslachtsnaam: string;
  geboortedatum: string;
  geslacht: "M" | "V";
}

const persoonsnaam = (b: Bewoner) => ({
  voornamen: b.voornamen,
  ...(b.voorvoegsel ? { voorvoegsel: b.voorvoegsel } : {}),
  geslachtsnaam: b.geslachtsnaam,
});
const volledig = (b: Bewoner) => [b.voornamen, b.voorvoegsel, b.geslachtsnaam].filter(Boolean).join(" ");
const gerelateerde = (b: Bewoner) => ({
  burgerservicenummer: b.bsn,
  naam: persoonsnaam(b),
  geboorte: { datum: brpDatum(b.geboortedatum) },
});
const gezagOuder = (b: Bewoner): GezagOuder => ({
  burgerservicenummer: b.bsn,
  naam: { volledigeNaam: volledig(b) },
});
const minderjarige = (b: Bewoner) => ({ burgerservicenummer: b.bsn, naam: { volledigeNaam: volledig(b) } });

const NOORDENVELD = { code: "1699", omschrijving: "Noordenveld" };
const woonadres = (
  straat: string,
  huisnummer: number,
  postcode: string,
  woonplaats: string,
  sinds: string,
) => ({
  type: "Adres" as const,
  functieAdres: { code: "W", omschrijving: "woonadres" },
  datumVan: brpDatum(sinds),
  adresseerbaarObjectIdentificatie: "1699010000012345",
  verblijfadres: {
    officieleStraatnaam: straat,
    korteStraatnaam: straat.length > 24 ? straat.slice(0, 24) : straat,
    huisnummer,
    postcode,
    woonplaats,
  },
});

// The family De Vries: married parents, two minor children, gezamenlijk ouderlijk gezag (BW 1:251).
const ANOUK: Bewoner = {
  bsn: "999998894",
  voornamen: "Anouk",
  geslachtsnaam: "Bakker",
  geboortedatum: "1986-03-14",
  geslacht: "V",
};
const MARK: Bewoner = {
  bsn: "999998900",
  voornamen: "Mark",
  voorvoegsel: "de",
  geslachtsnaam: "Vries",
  geboortedatum: "1984-11-02",
  geslacht: "M",
};
const LOTTE: Bewoner = {
  bsn: "999998912",
  voornamen: "Lotte",
  voorvoegsel: "de",
  geslachtsnaam: "Vries",
  geboortedatum: "2014-06-21",
  geslacht: "V",
};
const DAAN: Bewoner = {
  bsn: "999998924",
  voornamen: "Daan",
  voorvoegsel: "de",
  geslachtsnaam: "Vries",
  geboortedatum: "2018-01-09",
  geslacht: "M",
};
// A single mother with sole gezag (eenhoofdig).
const FATIMA: Bewoner = {
  bsn: "999998936",
  voornamen: "Fatima",
  voorvoegsel: "el",
  geslachtsnaam: "Amrani",
  geboortedatum: "1991-08-30",
  geslacht: "V",
};
const YASMIN: Bewoner = {
  bsn: "999998948",
  voornamen: "Yasmin",
  voorvoegsel: "el",
  geslachtsnaam: "Amrani",
  geboortedatum: "2016-02-17",
  geslacht: "V",
};
// Geheimhouding persoonsgegevens (Wet BRP art. 2.59).
const JOHAN: Bewoner = {
  bsn: "999998961",
  voornamen: "Johan Willem",
  geslachtsnaam: "Mulder",
  geboortedatum: "1975-05-05",
  geslacht: "M",
};
// A child registered in Assen (0106), for the woonplaatsbeginsel, with its father.
const NOAH: Bewoner = {
  bsn: "999998973",
  voornamen: "Noah",
  geslachtsnaam: "Visser",
  geboortedatum: "2012-10-03",
  geslacht: "M",
};
const ERIK: Bewoner = {
  bsn: "999998985",
  voornamen: "Erik",
  geslachtsnaam: "Visser",
  geboortedatum: "1980-04-12",
  geslacht: "M",
};
// A young adult with a briefadres (no woonadres).
const SEM: Bewoner = {
  bsn: "999998997",
  voornamen: "Sem",
  geslachtsnaam: "Brouwer",
  geboortedatum: "2004-12-24",
  geslacht: "M",
};

const basis = (b: Bewoner, peiljaar: number) => ({
  burgerservicenummer: b.bsn,
  naam: {
    ...persoonsnaam(b),
    voorletters: b.voornamen
      .split(" ")
      .map((v) => `${v[0]}.`)
      .join(""),
    volledigeNaam: volledig(b),
  },
  geboorte: {
    datum: brpDatum(b.geboortedatum),
    plaats: { code: "1699", omschrijving: "Noordenveld" },
    land: { code: "6030", omschrijving: "Nederland" },
  },
  geslacht: { code: b.geslacht, omschrijving: b.geslacht === "M" ? "man" : "vrouw" },
  leeftijd: peiljaar - Number(b.geboortedatum.slice(0, 4)),
  nationaliteiten: [{ type: "Nationaliteit", nationaliteit: { code: "0001", omschrijving: "Nederlandse" } }],
  gemeenteVanInschrijving: NOORDENVELD,
});

const gezamenlijk = (kind: Bewoner, ouders: Bewoner[]): BrpGezagsrelatie => ({
  type: "GezamenlijkOuderlijkGezag",
  minderjarige: minderjarige(kind),
  ouders: ouders.map(gezagOuder),
});
const eenhoofdig = (kind: Bewoner, ouder: Bewoner): BrpGezagsrelatie => ({
  type: "EenhoofdigOuderlijkGezag",
  minderjarige: minderjarige(kind),
  ouder: gezagOuder(ouder),
});

/** All persons, keyed by BSN. `peiljaar` only sets `leeftijd` (the mock is given the clock's year). */
export function brpFixtures(peiljaar: number): Map<string, BrpPersoon> {
  const deVries = woonadres("Heerestraat", 24, "9301AG", "Roden", "2013-04-01");
  const huwelijk = { aangaanHuwelijkPartnerschap: { datum: brpDatum("2012-08-18"), plaats: NOORDENVELD } };
  const elAmrani = woonadres("Kastelenlaan", 7, "9302HK", "Roden", "2016-09-01");
  const personen: BrpPersoon[] = [
    {
      ...basis(ANOUK, peiljaar),
      verblijfplaats: deVries,
      partners: [
        { ...gerelateerde(MARK), soortVerbintenis: { code: "H", omschrijving: "huwelijk" }, ...huwelijk },
      ],
      kinderen: [gerelateerde(LOTTE), gerelateerde(DAAN)],
      ouders: [],
      gezag: [gezamenlijk(LOTTE, [ANOUK, MARK]), gezamenlijk(DAAN, [ANOUK, MARK])],
    },
    {
      ...basis(MARK, peiljaar),
      verblijfplaats: deVries,
      partners: [
        { ...gerelateerde(ANOUK), soortVerbintenis: { code: "H", omschrijving: "huwelijk" }, ...huwelijk },
      ],
      kinderen: [gerelateerde(LOTTE), gerelateerde(DAAN)],
      ouders: [],
      gezag: [gezamenlijk(LOTTE, [ANOUK, MARK]), gezamenlijk(DAAN, [ANOUK, MARK])],
    },
    ...[LOTTE, DAAN].map((kind) => ({
      ...basis(kind, peiljaar),
      verblijfplaats: deVries,
      ouders: [
        { ...gerelateerde(ANOUK), ouderAanduiding: "1" },
        { ...gerelateerde(MARK), ouderAanduiding: "2" },
      ],
      kinderen: [],
      partners: [],
      gezag: [gezamenlijk(kind, [ANOUK, MARK])],
    })),
    {
      ...basis(FATIMA, peiljaar),
      verblijfplaats: elAmrani,
      kinderen: [gerelateerde(YASMIN)],
      ouders: [],
      partners: [],
      gezag: [eenhoofdig(YASMIN, FATIMA)],
    },
    {
      ...basis(YASMIN, peiljaar),
      verblijfplaats: elAmrani,
      ouders: [{ ...gerelateerde(FATIMA), ouderAanduiding: "1" }],
      kinderen: [],
      partners: [],
      gezag: [eenhoofdig(YASMIN, FATIMA)],
    },
    {
      ...basis(JOHAN, peiljaar),
      geheimhoudingPersoonsgegevens: true,
      verblijfplaats: woonadres("Brink", 3, "9331AA", "Norg", "2008-02-15"),
      kinderen: [],
      ouders: [],
      partners: [],
      gezag: [],
    },
    {
      ...basis(NOAH, peiljaar),
      gemeenteVanInschrijving: { code: "0106", omschrijving: "Assen" },
      verblijfplaats: woonadres("Vaart Zuidzijde", 41, "9401GE", "Assen", "2020-07-01"),
      ouders: [{ ...gerelateerde(ERIK), ouderAanduiding: "1" }],
      kinderen: [],
      partners: [],
      gezag: [eenhoofdig(NOAH, ERIK)],
    },
    {
      ...basis(ERIK, peiljaar),
      gemeenteVanInschrijving: { code: "0106", omschrijving: "Assen" },
      verblijfplaats: woonadres("Vaart Zuidzijde", 41, "9401GE", "Assen", "2020-07-01"),
      kinderen: [gerelateerde(NOAH)],
      ouders: [],
      partners: [],
      gezag: [eenhoofdig(NOAH, ERIK)],
    },
    {
      ...basis(SEM, peiljaar),
      verblijfplaats: {
        type: "Adres",
        functieAdres: { code: "B", omschrijving: "briefadres" },
        datumVan: brpDatum("2024-03-01"),
        verblijfadres: {
          officieleStraatnaam: "Raadhuisplein",
          korteStraatnaam: "Raadhuisplein",
          huisnummer: 1,
          postcode: "9301ZZ",
          woonplaats: "Roden",
        },
      },
      kinderen: [],
      ouders: [],
      partners: [],
      gezag: [],
    },
  ];
  return new Map(personen.map((p) => [p.burgerservicenummer as string, p]));
}

/** The BSNs by role, for tests and the e2e. */
export const BRP_DEMO = {
  moederGezamenlijkGezag: ANOUK.bsn,
  vaderGezamenlijkGezag: MARK.bsn,
  kindGezamenlijkGezag: LOTTE.bsn,
  alleenstaandeOuder: FATIMA.bsn,
  kindEenhoofdigGezag: YASMIN.bsn,
  geheimhouding: JOHAN.bsn,
  kindInAssen: NOAH.bsn,
  briefadres: SEM.bsn,
} as const;
