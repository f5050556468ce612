/**
 * From a BRP Personen answer to what Voordeur shows and proposes: the resident's data, address, relations and
 * gezag in our own words. Pure; nothing is saved here — the medewerker confirms first.
 */
import { volledigeNaam } from "../persoon/naam";
import { isGeldigePostcode, normaliseerPostcode } from "../persoon/postcode";
import { normaliseerGemeentecode } from "../routering/woonplaatsbeginsel";
import type {
  BrpDatum,
  BrpDerde,
  BrpGerelateerde,
  BrpGezagsrelatie,
  BrpNaam,
  BrpPersoon,
  GezagOuder,
} from "./typen";

export interface BrpGerelateerdeGegevens {
  bsn: string | null;
  naam: string;
  geboortedatum: string | null;
}

export const GEZAG_SOORTEN = [
  "gezamenlijk-ouderlijk",
  "eenhoofdig-ouderlijk",
  "gezamenlijk-ouder-derde",
  "voogdij",
  "tijdelijk-geen-gezag",
  "niet-te-bepalen",
] as const;
export type GezagSoort = (typeof GEZAG_SOORTEN)[number];

export interface BrpGezagGegevens {
  minderjarige: { bsn: string; naam: string | null };
  soort: GezagSoort;
  /** B1 Dutch, with the article of Boek 1 BW it rests on. */
  omschrijving: string;
  bron: string;
  /** Who has gezag; empty for "tijdelijk geen gezag", "niet te bepalen" and a voogdij by an unknown derde. */
  gezaghebbenden: { bsn: string | null; naam: string; rol: "ouder" | "derde" }[];
  toelichting: string | null;
  inOnderzoek: boolean;
}

export type VerblijfplaatsSoort = "woonadres" | "briefadres" | "locatie" | "buitenland" | "onbekend";

export interface BrpAdres {
  straat: string | null;
  huisnummer: number;
  huisletter: string | null;
  toevoeging: string | null;
  /** "9301 AB". */
  postcode: string;
  woonplaats: string;
}

export interface BrpGegevens {
  bsn: string | null;
  voornamen: string | null;
  voorvoegsel: string | null;
  geslachtsnaam: string | null;
  naam: string;
  /** Only a full date; a partly unknown one is in `geboortedatumTekst` and must be filled in by hand. */
  geboortedatum: string | null;
  geboortedatumTekst: string | null;
  geslacht: "man" | "vrouw" | "onbekend" | null;
  /** The Dutch address of a verblijfplaats of type Adres (woon- or briefadres); else null. */
  adres: BrpAdres | null;
  adresSinds: string | null;
  verblijfplaats: VerblijfplaatsSoort | null;
  gemeenteVanInschrijving: { code: string; naam: string | null } | null;
  /** Wet BRP art. 2.59: no data to third parties; Voordeur warns and leaves the address out of letters. */
  geheimhouding: boolean;
  kinderen: BrpGerelateerdeGegevens[];
  ouders: BrpGerelateerdeGegevens[];
  /** The current partner; a dissolved one (the BRP gives the last dissolved when there is no current) is not. */
  partner: (BrpGerelateerdeGegevens & { sinds: string | null }) | null;
  gezag: BrpGezagGegevens[];
}

const volledig = (d: BrpDatum | undefined): string | null => (d?.type === "Datum" ? d.datum : null);
const tekstVan = (d: BrpDatum | undefined): string | null => d?.langFormaat ?? null;

function naamVan(n: BrpNaam | undefined): string {
  if (!n) return "naam onbekend";
  if (n.volledigeNaam) return n.volledigeNaam;
  const naam = volledigeNaam({
    voornamen: n.voornamen ?? "",
    voorvoegsel: n.voorvoegsel ?? null,
    geslachtsnaam: n.geslachtsnaam ?? "",
  });
  return naam || "naam onbekend";
}

const GESLACHT: Record<string, BrpGegevens["geslacht"]> = { M: "man", V: "vrouw", O: "onbekend" };

function gerelateerde(g: BrpGerelateerde): BrpGerelateerdeGegevens {
  return {
    bsn: g.burgerservicenummer ?? null,
    naam: naamVan(g.naam),
    geboortedatum: volledig(g.geboorte?.datum),
  };
}

function verblijfplaatsSoort(p: BrpPersoon): VerblijfplaatsSoort | null {
  const v = p.verblijfplaats;
  if (!v) return null;
  switch (v.type) {
    case "Adres":
      return v.functieAdres?.code === "B" ? "briefadres" : "woonadres";
    case "Locatie":
      return "locatie";
    case "VerblijfplaatsBuitenland":
      return "buitenland";
    case "VerblijfplaatsOnbekend":
      return "onbekend";
  }
}

function adresVan(p: BrpPersoon): BrpAdres | null {
  const v = p.verblijfplaats;
  if (v?.type !== "Adres" || !v.verblijfadres) return null;
  const a = v.verblijfadres;
  if (!a.huisnummer || !a.postcode || !isGeldigePostcode(a.postcode) || !a.woonplaats) return null;
  return {
    straat: a.officieleStraatnaam ?? a.korteStraatnaam ?? null,
    huisnummer: a.huisnummer,
    huisletter: a.huisletter ?? null,
    toevoeging: a.huisnummertoevoeging ?? null,
    postcode: normaliseerPostcode(a.postcode),
    woonplaats: a.woonplaats,
  };
}

const ouder = (o: GezagOuder) => ({
  bsn: o.burgerservicenummer ?? null,
  naam: o.naam.volledigeNaam ?? "naam onbekend",
  rol: "ouder" as const,
});
const derde = (d: BrpDerde) =>
  d.type === "BekendeDerde"
    ? [
        {
          bsn: d.burgerservicenummer ?? null,
          naam: d.naam?.volledigeNaam ?? "naam onbekend",
          rol: "derde" as const,
        },
      ]
    : [];

/** BW Boek 1 art. 245: minderjarigen staan onder gezag; gezag is ouderlijk gezag (art. 247 e.v.) of voogdij (art. 280 e.v.). */
export function vertaalGezag(g: BrpGezagsrelatie): BrpGezagGegevens {
  const basis = {
    minderjarige: {
      bsn: g.minderjarige.burgerservicenummer,
      naam: g.minderjarige.naam?.volledigeNaam ?? null,
    },
    inOnderzoek: g.inOnderzoek === true,
    toelichting: null,
  };
  switch (g.type) {
    case "GezamenlijkOuderlijkGezag":
      return {
        ...basis,
        soort: "gezamenlijk-ouderlijk",
        omschrijving: "Beide ouders hebben samen het gezag.",
        bron: "BW Boek 1 art. 245 en 251",
        gezaghebbenden: g.ouders.map(ouder),
      };
    case "EenhoofdigOuderlijkGezag":
      return {
        ...basis,
        soort: "eenhoofdig-ouderlijk",
        omschrijving: "Eén ouder heeft het gezag alleen.",
        bron: "BW Boek 1 art. 245 en 253b",
        gezaghebbenden: [ouder(g.ouder)],
      };
    case "GezamenlijkGezag":
      return {
        ...basis,
        soort: "gezamenlijk-ouder-derde",
        omschrijving:
          g.derde.type === "BekendeDerde"
            ? "Een ouder en een ander (derde) hebben samen het gezag."
            : "Een ouder en een ander (derde) hebben samen het gezag; de BRP kent de derde niet.",
        bron: "BW Boek 1 art. 253t",
        gezaghebbenden: [ouder(g.ouder), ...derde(g.derde)],
      };
    case "Voogdij":
      return {
        ...basis,
        soort: "voogdij",
        omschrijving:
          g.derden.length > 0
            ? "Een voogd heeft het gezag, geen ouder."
            : "Er is voogdij; de BRP noemt de voogd niet (vaak een gecertificeerde instelling).",
        bron: "BW Boek 1 art. 245 en 280",
        gezaghebbenden: g.derden.flatMap(derde),
      };
    case "TijdelijkGeenGezag":
      return {
        ...basis,
        soort: "tijdelijk-geen-gezag",
        omschrijving: "Op dit moment heeft niemand het gezag.",
        bron: "BW Boek 1 art. 245",
        gezaghebbenden: [],
        toelichting: g.toelichting,
      };
    case "GezagNietTeBepalen":
      return {
        ...basis,
        soort: "niet-te-bepalen",
        omschrijving: "De BRP kan het gezag niet bepalen: vraag het gezagsregister.",
        bron: "BW Boek 1 art. 245",
        gezaghebbenden: [],
        toelichting: g.toelichting,
      };
  }
}

export function vertaalPersoon(p: BrpPersoon): BrpGegevens {
  const huidigePartner = (p.partners ?? []).find((x) => !x.ontbindingHuwelijkPartnerschap?.datum);
  const gemeente = p.gemeenteVanInschrijving?.code
    ? {
        code: normaliseerGemeentecode(p.gemeenteVanInschrijving.code),
        naam: p.gemeenteVanInschrijving.omschrijving ?? null,
      }
    : null;
  const verblijfplaats = verblijfplaatsSoort(p);
  const datumVan = p.verblijfplaats && "datumVan" in p.verblijfplaats ? p.verblijfplaats.datumVan : undefined;
  return {
    bsn: p.burgerservicenummer ?? null,
    voornamen: p.naam?.voornamen ?? null,
    voorvoegsel: p.naam?.voorvoegsel ?? null,
    geslachtsnaam: p.naam?.geslachtsnaam ?? null,
    naam: naamVan(p.naam),
    geboortedatum: volledig(p.geboorte?.datum),
    geboortedatumTekst: tekstVan(p.geboorte?.datum),
    geslacht: p.geslacht?.code ? (GESLACHT[p.geslacht.code.toUpperCase()] ?? null) : null,
    adres: adresVan(p),
    adresSinds: volledig(datumVan),
    verblijfplaats,
    gemeenteVanInschrijving: gemeente,
    geheimhouding: p.geheimhoudingPersoonsgegevens === true,
    kinderen: (p.kinderen ?? []).map(gerelateerde),
    ouders: (p.ouders ?? []).map(gerelateerde),
    partner: huidigePartner
      ? {
          ...gerelateerde(huidigePartner),
          sinds: volledig(huidigePartner.aangaanHuwelijkPartnerschap?.datum),
        }
      : null,
    gezag: (p.gezag ?? []).map(vertaalGezag),
  };
}

export interface BrpWoonplaats {
  /** Gemeente of the BRP woonadres (CBS code), or null when the BRP holds no woonadres. */
  brpGemeente: string | null;
  toelichting: string;
  bron: string;
}

/**
 * Jeugdwet art. 1.1, "woonplaats" 1°: the gemeente where the jeugdige has their woonadres as meant in Wet BRP
 * art. 1.1 onder o. A briefadres, a stay abroad or an unknown verblijfplaats is no woonadres: then the next rules
 * of the woonplaatsbeginsel apply (domain/routering/woonplaatsbeginsel.ts). The Personen API gives the current
 * verblijfplaats only; the address just before a stay (2°) needs the verblijfplaatshistorie, which is asked by hand.
 */
export function woonplaatsUitBrp(g: BrpGegevens): BrpWoonplaats {
  const bron = "Jeugdwet art. 1.1 (woonplaats 1°); Wet BRP art. 1.1 onder o";
  if ((g.verblijfplaats === "woonadres" || g.verblijfplaats === "locatie") && g.gemeenteVanInschrijving) {
    const naam = g.gemeenteVanInschrijving.naam ?? g.gemeenteVanInschrijving.code;
    return {
      brpGemeente: g.gemeenteVanInschrijving.code,
      toelichting: `Woonadres in de BRP in ${naam}${g.adresSinds ? ` sinds ${g.adresSinds}` : ""}.`,
      bron,
    };
  }
  const waarom: Record<VerblijfplaatsSoort | "geen", string> = {
    woonadres: "De BRP geeft geen gemeente van inschrijving.",
    locatie: "De BRP geeft geen gemeente van inschrijving.",
    briefadres: "De jeugdige heeft in de BRP een briefadres, geen woonadres.",
    buitenland: "De jeugdige staat in de BRP ingeschreven met een verblijfplaats in het buitenland.",
    onbekend: "De verblijfplaats van de jeugdige is in de BRP onbekend.",
    geen: "De BRP geeft geen verblijfplaats.",
  };
  return { brpGemeente: null, toelichting: waarom[g.verblijfplaats ?? "geen"], bron };
}
