/**
 * What a medewerker may do on the gemeente-wide resource kinds, derived from the one policy (`beslis`), so
 * the UI can show or hide controls without repeating the rules. The API still decides every request itself.
 */
import { type Actie, type Actor, beslis } from "./beleid";

export const GEMEENTE_SOORTEN = [
  "gebruikersbeheer",
  "catalogus",
  "auditlog",
  "inzage",
  "betrokkenheid",
  "basisgegevens",
  "contact",
  "kwaliteit",
  "berichten",
  "goedkeuring",
  "rapportage",
  "kalender",
  "protocol",
  "tarief",
  "besteding",
] as const;
export type GemeenteSoort = (typeof GEMEENTE_SOORTEN)[number];

export const ACTIES: readonly Actie[] = ["lezen", "aanmaken", "wijzigen", "verwijderen"];

export type Rechten = Record<GemeenteSoort, Actie[]>;

export function rechtenVan(actor: Actor): Rechten {
  return Object.fromEntries(
    GEMEENTE_SOORTEN.map((soort) => [
      soort,
      ACTIES.filter((actie) => beslis(actor, actie, { soort, gemeenteCode: actor.gemeenteCode }).toegestaan),
    ]),
  ) as Rechten;
}
