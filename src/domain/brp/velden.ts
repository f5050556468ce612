/**
 * Doelbinding (AVG art. 5 lid 1 onder b en c: purpose limitation and data minimisation): every BRP lookup names
 * its purpose, and the purpose decides the `fields` asked for — never more than that task needs. The BRP API
 * itself has no purpose header (the 2.7.0 OpenAPI defines none), so the purpose is recorded in our audit trail.
 */
import type { BrpZoektype } from "./typen";

export const BRP_DOELEN = ["aanmelding", "dossier-bijwerken", "woonplaatsbeginsel"] as const;
export type BrpDoel = (typeof BRP_DOELEN)[number];

export const BRP_DOEL_LABELS: Record<BrpDoel, string> = {
  aanmelding: "aanmelding",
  "dossier-bijwerken": "dossier bijwerken",
  woonplaatsbeginsel: "woonplaatsbeginsel",
};

const NAAM = ["naam.voornamen", "naam.voorvoegsel", "naam.geslachtsnaam"];
const ADRES = [
  "verblijfplaats.verblijfadres.officieleStraatnaam",
  "verblijfplaats.verblijfadres.korteStraatnaam",
  "verblijfplaats.verblijfadres.huisnummer",
  "verblijfplaats.verblijfadres.huisletter",
  "verblijfplaats.verblijfadres.huisnummertoevoeging",
  "verblijfplaats.verblijfadres.postcode",
  "verblijfplaats.verblijfadres.woonplaats",
  "verblijfplaats.functieAdres",
  "verblijfplaats.datumVan",
];
const GERELATEERDE = (groep: string) => [
  `${groep}.burgerservicenummer`,
  `${groep}.naam.voornamen`,
  `${groep}.naam.voorvoegsel`,
  `${groep}.naam.geslachtsnaam`,
  `${groep}.geboorte.datum`,
];
/** The resident and their household as the klantdossier keeps them: name, birth, address, relations and gezag. */
const HUISHOUDEN = [
  "burgerservicenummer",
  ...NAAM,
  "geboorte.datum",
  "geslacht",
  ...ADRES,
  "gemeenteVanInschrijving",
  ...GERELATEERDE("kinderen"),
  ...GERELATEERDE("ouders"),
  ...GERELATEERDE("partners"),
  "partners.aangaanHuwelijkPartnerschap.datum",
  "partners.ontbindingHuwelijkPartnerschap.datum",
  "gezag",
];

/** RaadpleegMetBurgerservicenummer: the fields per purpose. */
export const VELDEN_PER_DOEL: Record<BrpDoel, readonly string[]> = {
  // A new resident is registered with their household.
  aanmelding: HUISHOUDEN,
  // The same data, to compare with what the klantdossier holds.
  "dossier-bijwerken": HUISHOUDEN,
  // Jeugdwet art. 1.1 (woonplaats): only whether and where the child has its woonadres.
  woonplaatsbeginsel: [
    "burgerservicenummer",
    "gemeenteVanInschrijving",
    "verblijfplaats.functieAdres",
    "verblijfplaats.datumVan",
    "verblijfplaats.verblijfadres.woonplaats",
  ],
};

/**
 * Searching (ZoekMet…) only tells persons apart so the medewerker can pick one; the answer type is PersoonBeperkt
 * (no relations, no verblijfplaats), so the purpose does not widen it.
 */
export const ZOEKVELDEN: readonly string[] = [
  "burgerservicenummer",
  ...NAAM,
  "geboorte.datum",
  "adressering.adresregel1",
  "adressering.adresregel2",
];

export function veldenVoor(doel: BrpDoel, type: BrpZoektype): string[] {
  return [...(type === "RaadpleegMetBurgerservicenummer" ? VELDEN_PER_DOEL[doel] : ZOEKVELDEN)];
}
