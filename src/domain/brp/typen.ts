/**
 * The part of Haal Centraal "BRP Personen bevragen" v2 (BRP API Personen 2.7.0) that Voordeur reads: the wire shapes
 * of POST /personen, written from the OpenAPI document (only the properties we ask for in `fields`).
 */

export const BRP_ZOEKTYPEN = [
  "RaadpleegMetBurgerservicenummer",
  "ZoekMetGeslachtsnaamEnGeboortedatum",
  "ZoekMetPostcodeEnHuisnummer",
] as const;
export type BrpZoektype = (typeof BRP_ZOEKTYPEN)[number];

/** Request bodies (PersonenQuery and its subtypes); `fields` is always given and never empty. */
export type BrpVraag =
  | { type: "RaadpleegMetBurgerservicenummer"; fields: string[]; burgerservicenummer: string[] }
  | {
      type: "ZoekMetGeslachtsnaamEnGeboortedatum";
      fields: string[];
      geslachtsnaam: string;
      geboortedatum: string;
      voorvoegsel?: string;
    }
  | {
      type: "ZoekMetPostcodeEnHuisnummer";
      fields: string[];
      postcode: string;
      huisnummer: number;
      huisletter?: string;
      huisnummertoevoeging?: string;
    };

export interface Waardetabel {
  code?: string;
  omschrijving?: string;
}

/** AbstractDatum: a full date, or only a year / year and month, or unknown. */
export type BrpDatum =
  | { type: "Datum"; datum: string; langFormaat: string }
  | { type: "JaarMaandDatum"; jaar: number; maand: number; langFormaat: string }
  | { type: "JaarDatum"; jaar: number; langFormaat: string }
  | { type: "DatumOnbekend"; onbekend: boolean; langFormaat: string };

export interface BrpNaam {
  voornamen?: string;
  voorvoegsel?: string;
  geslachtsnaam?: string;
  voorletters?: string;
  volledigeNaam?: string;
}

export interface VerblijfadresBinnenland {
  officieleStraatnaam?: string;
  korteStraatnaam?: string;
  huisnummer?: number;
  huisletter?: string;
  huisnummertoevoeging?: string;
  postcode?: string;
  woonplaats?: string;
}

export type BrpVerblijfplaats =
  | {
      type: "Adres";
      verblijfadres?: VerblijfadresBinnenland;
      adresseerbaarObjectIdentificatie?: string;
      functieAdres?: Waardetabel;
      datumVan?: BrpDatum;
      indicatieVastgesteldVerblijftNietOpAdres?: boolean;
    }
  | {
      type: "Locatie";
      verblijfadres?: { locatiebeschrijving?: string };
      functieAdres?: Waardetabel;
      datumVan?: BrpDatum;
      indicatieVastgesteldVerblijftNietOpAdres?: boolean;
    }
  | { type: "VerblijfplaatsBuitenland"; verblijfadres?: { land?: Waardetabel }; datumVan?: BrpDatum }
  | { type: "VerblijfplaatsOnbekend"; datumVan?: BrpDatum };

export interface GezagOuder {
  burgerservicenummer?: string;
  naam: { volledigeNaam?: string };
}

export type BrpDerde =
  | { type: "BekendeDerde"; burgerservicenummer?: string; naam?: { volledigeNaam?: string } }
  | { type: "OnbekendeDerde" };

interface GezagBasis {
  minderjarige: { burgerservicenummer: string; naam?: { volledigeNaam?: string }; leeftijd?: number };
  inOnderzoek?: boolean;
}

export type BrpGezagsrelatie = GezagBasis &
  (
    | { type: "GezamenlijkOuderlijkGezag"; ouders: GezagOuder[] }
    | { type: "EenhoofdigOuderlijkGezag"; ouder: GezagOuder }
    | { type: "GezamenlijkGezag"; ouder: GezagOuder; derde: BrpDerde }
    | { type: "Voogdij"; derden: Extract<BrpDerde, { type: "BekendeDerde" }>[] }
    | { type: "TijdelijkGeenGezag"; toelichting: string }
    | { type: "GezagNietTeBepalen"; toelichting: string }
  );

export interface BrpGerelateerde {
  burgerservicenummer?: string;
  naam?: BrpNaam;
  geboorte?: { datum?: BrpDatum };
}

export interface BrpPartner extends BrpGerelateerde {
  soortVerbintenis?: Waardetabel;
  aangaanHuwelijkPartnerschap?: { datum?: BrpDatum };
  ontbindingHuwelijkPartnerschap?: { datum?: BrpDatum };
}

/** Persoon (raadplegen) and PersoonBeperkt (zoeken): everything optional, only what `fields` asked for comes back. */
export interface BrpPersoon {
  burgerservicenummer?: string;
  geheimhoudingPersoonsgegevens?: boolean;
  geslacht?: Waardetabel;
  leeftijd?: number;
  naam?: BrpNaam;
  geboorte?: { datum?: BrpDatum; plaats?: Waardetabel; land?: Waardetabel };
  nationaliteiten?: { type: string; nationaliteit?: Waardetabel }[];
  overlijden?: { datum?: BrpDatum };
  verblijfplaats?: BrpVerblijfplaats;
  gemeenteVanInschrijving?: Waardetabel;
  adressering?: { adresregel1?: string; adresregel2?: string };
  gezag?: BrpGezagsrelatie[];
  kinderen?: BrpGerelateerde[];
  ouders?: (BrpGerelateerde & { ouderAanduiding?: string })[];
  partners?: BrpPartner[];
}

export interface BrpAntwoord {
  type: BrpZoektype;
  personen?: BrpPersoon[];
}

/** The spec's problem responses (Foutbericht / BadRequestFoutbericht, RFC 7807). */
export interface BrpFoutbericht {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  code?: string;
  invalidParams?: { name?: string; code?: string; reason?: string }[];
}
