/**
 * The field paths the mock accepts in `fields`, after BRP API Personen 2.7.0: Persoon for
 * RaadpleegMetBurgerservicenummer, PersoonBeperkt for the ZoekMet… types. A path is valid when it names one of
 * these or a group above them ("naam", "verblijfplaats.verblijfadres"); a deeper path below a listed one is not.
 */
const DATUM = ["type", "datum", "jaar", "maand", "onbekend", "langFormaat"];
const onder = (groep: string, namen: string[]) => namen.map((n) => `${groep}.${n}`);
const NAAM_BASIS = ["voornamen", "adellijkeTitelPredicaat", "voorvoegsel", "geslachtsnaam", "voorletters"];
const GEBOORTE = ["datum", "land", "plaats"];
const GERELATEERDE = (groep: string, extra: string[] = []) => [
  `${groep}.burgerservicenummer`,
  ...onder(`${groep}.naam`, NAAM_BASIS),
  ...onder(`${groep}.geboorte`, GEBOORTE),
  ...onder(`${groep}.geboorte.datum`, DATUM),
  ...extra,
];

export const PERSOON_BEPERKT_VELDEN = new Set([
  "burgerservicenummer",
  "geslacht",
  "leeftijd",
  ...onder("naam", [...NAAM_BASIS, "volledigeNaam"]),
  "geboorte.datum",
  ...onder("geboorte.datum", DATUM),
  ...onder("adressering", ["adresregel1", "adresregel2", "adresregel3", "land"]),
]);

export const PERSOON_VELDEN = new Set([
  ...PERSOON_BEPERKT_VELDEN,
  "aNummer",
  "datumEersteInschrijvingGBA",
  "uitsluitingKiesrecht",
  "europeesKiesrecht",
  "naam.aanduidingNaamgebruik",
  "nationaliteiten",
  ...onder("geboorte", GEBOORTE),
  "overlijden",
  ...onder("verblijfplaats", [
    "type",
    "datumVan",
    "functieAdres",
    "adresseerbaarObjectIdentificatie",
    "nummeraanduidingIdentificatie",
    "indicatieVastgesteldVerblijftNietOpAdres",
  ]),
  ...onder("verblijfplaats.verblijfadres", [
    "officieleStraatnaam",
    "korteStraatnaam",
    "huisnummer",
    "huisletter",
    "huisnummertoevoeging",
    "aanduidingBijHuisnummer",
    "postcode",
    "woonplaats",
    "locatiebeschrijving",
    "regel1",
    "regel2",
    "regel3",
    "land",
  ]),
  ...onder("verblijfplaats.datumVan", DATUM),
  "immigratie",
  "gemeenteVanInschrijving",
  "datumInschrijvingInGemeente",
  ...onder("adressering", ["aanhef", "aanschrijfwijze", "gebruikInLopendeTekst"]),
  "indicatieCurateleRegister",
  "gezag",
  "verblijfstitel",
  ...GERELATEERDE("kinderen"),
  ...GERELATEERDE("ouders", [
    "ouders.geslacht",
    "ouders.ouderAanduiding",
    "ouders.datumIngangFamilierechtelijkeBetrekking",
  ]),
  ...GERELATEERDE("partners", [
    "partners.geslacht",
    "partners.soortVerbintenis",
    "partners.aangaanHuwelijkPartnerschap.datum",
    "partners.aangaanHuwelijkPartnerschap.land",
    "partners.aangaanHuwelijkPartnerschap.plaats",
    "partners.ontbindingHuwelijkPartnerschap.datum",
  ]),
]);

/** Delivered automatically; the BRP answers 400 when `fields` names them. */
export const AUTOMATISCHE_VELDEN = [
  "inOnderzoek",
  "geheimhoudingPersoonsgegevens",
  "opschortingBijhouding",
  "rni",
  "verificatie",
];

export function isBekendVeld(pad: string, bekend: ReadonlySet<string>): boolean {
  if (bekend.has(pad)) return true;
  const groep = `${pad}.`;
  for (const b of bekend) if (b.startsWith(groep)) return true;
  return false;
}

/**
 * The answer holds only the fields asked for (and the automatic ones). A discriminated object (verblijfplaats,
 * a datum, a gezagsrelatie) keeps its `type` when any part of it is asked, as the BRP does.
 */
export function filterVelden(
  bron: Record<string, unknown>,
  velden: readonly string[],
): Record<string, unknown> {
  const uit: Record<string, unknown> = {};
  for (const auto of AUTOMATISCHE_VELDEN) if (bron[auto] !== undefined) uit[auto] = bron[auto];
  for (const pad of velden) kopieer(bron, uit, pad.split("."));
  return uit;
}

function kopieer(bron: unknown, doel: Record<string, unknown>, delen: string[]): void {
  if (bron === null || typeof bron !== "object") return;
  const b = bron as Record<string, unknown>;
  const [eerste, ...rest] = delen as [string, ...string[]];
  const waarde = b[eerste];
  if (waarde === undefined) return;
  if (typeof b.type === "string") doel.type = b.type;
  if (rest.length === 0) {
    doel[eerste] = waarde;
    return;
  }
  if (Array.isArray(waarde)) {
    const lijst = (Array.isArray(doel[eerste]) ? doel[eerste] : waarde.map(() => ({}))) as Record<
      string,
      unknown
    >[];
    waarde.forEach((item, i) => {
      kopieer(item, lijst[i] as Record<string, unknown>, rest);
    });
    doel[eerste] = lijst;
    return;
  }
  const sub = (doel[eerste] ?? {}) as Record<string, unknown>;
  kopieer(waarde, sub, rest);
  doel[eerste] = sub;
}
