/**
 * "Where children are involved a casemanager Veilig Opgroeien is always consulted or joins" (DOMAIN §2.2,
 * 004 §4.2) — for zaken of the Regiegroep. Children are involved when a person on the zaak, or a minor
 * in the household of the hoofdpersoon, is younger than 18.
 */
import { isMinderjarig } from "../persoon/leeftijd";
import type { Overtreding } from "./behandelaar";

export const RAADPLEGING_SOORTEN = ["geraadpleegd", "toegevoegd"] as const;
export type RaadplegingSoort = (typeof RAADPLEGING_SOORTEN)[number];

export const RAADPLEGING_LABELS: Record<RaadplegingSoort, string> = {
  geraadpleegd: "Casemanager Veilig Opgroeien geraadpleegd",
  toegevoegd: "Casemanager Veilig Opgroeien toegevoegd aan de zaak",
};

/** What is recorded on the zaak (zaken.feiten.casemanagerVeiligOpgroeien). */
export interface Raadpleging {
  soort: RaadplegingSoort;
  medewerkerId: string;
  /** ISO date of the consultation. */
  op: string;
  toelichting: string;
  vastgelegdDoor: string;
}

export interface BetrokkenPersoon {
  geboortedatum: string;
  /** Where the person comes from: on the zaak, or the household of the hoofdpersoon. */
  bron: "zaak" | "huishouden";
}

export interface ZaakVoorCheck {
  werkvoorraad: string;
  zaaktype: string;
  personen: readonly BetrokkenPersoon[];
  raadpleging: Raadpleging | null;
}

export type VeiligOpgroeienCheck =
  | { nodig: false; uitleg: string }
  | { nodig: true; open: boolean; minderjarigen: number; uitleg: string; raadpleging: Raadpleging | null };

export const isRegiegroepZaak = (zaak: { werkvoorraad: string; zaaktype: string }) =>
  zaak.werkvoorraad === "regiegroep" || zaak.zaaktype === "regie";

export function veiligOpgroeienCheck(zaak: ZaakVoorCheck, peildatum: string): VeiligOpgroeienCheck {
  if (!isRegiegroepZaak(zaak)) return { nodig: false, uitleg: "Alleen voor zaken van de Regiegroep." };
  const minderjarigen = zaak.personen.filter((p) => isMinderjarig(p.geboortedatum, peildatum)).length;
  if (minderjarigen === 0) return { nodig: false, uitleg: "Er zijn geen kinderen bij deze zaak betrokken." };
  const kinderen = minderjarigen === 1 ? "Er is een kind" : `Er zijn ${minderjarigen} kinderen`;
  if (zaak.raadpleging)
    return {
      nodig: true,
      open: false,
      minderjarigen,
      raadpleging: zaak.raadpleging,
      uitleg: `${kinderen} betrokken; ${RAADPLEGING_LABELS[zaak.raadpleging.soort].toLowerCase()} op ${zaak.raadpleging.op}.`,
    };
  return {
    nodig: true,
    open: true,
    minderjarigen,
    raadpleging: null,
    uitleg:
      `${kinderen} betrokken bij deze Regiegroep-zaak: raadpleeg een casemanager Veilig Opgroeien of ` +
      "voeg hem of haar toe aan de zaak, en leg dat vast.",
  };
}

export type RaadplegingRegel =
  | "datum-niet-in-toekomst"
  | "datum-na-melding"
  | "medewerker-bekend"
  | "casemanager-veilig-opgroeien";

/** Checks the input of a raadpleging before it is recorded; every broken rule (empty = fine). */
export function toetsRaadpleging(
  r: { op: string; medewerker: { naam: string; vakgroepen: readonly string[]; actief: boolean } | undefined },
  grenzen: { meldingsdatum: string; vandaag: string },
): Required<Overtreding<RaadplegingRegel>>[] {
  const fouten: Required<Overtreding<RaadplegingRegel>>[] = [];
  if (r.op > grenzen.vandaag)
    fouten.push({ regel: "datum-niet-in-toekomst", veld: "op", melding: "De datum ligt in de toekomst." });
  if (r.op < grenzen.meldingsdatum)
    fouten.push({ regel: "datum-na-melding", veld: "op", melding: "De datum ligt vóór de melding." });
  if (!r.medewerker)
    fouten.push({
      regel: "medewerker-bekend",
      veld: "medewerkerId",
      melding: "Deze medewerker is niet bekend.",
    });
  else if (!r.medewerker.actief || !r.medewerker.vakgroepen.includes("veilig-opgroeien"))
    fouten.push({
      regel: "casemanager-veilig-opgroeien",
      veld: "medewerkerId",
      melding: `${r.medewerker.naam} is geen (actieve) casemanager Veilig Opgroeien.`,
    });
  return fouten;
}

/** A raadpleging is recorded on an open zaak of the Regiegroep; null when this zaak is one. */
export function toetsRaadplegingOpZaak(zaak: {
  werkvoorraad: string;
  zaaktype: string;
  afgesloten: boolean;
}): Overtreding<"regiegroep-zaak" | "zaak-open"> | null {
  if (!isRegiegroepZaak(zaak))
    return {
      regel: "regiegroep-zaak",
      melding:
        "De raadpleging van een casemanager Veilig Opgroeien wordt vastgelegd bij zaken van de Regiegroep.",
    };
  if (zaak.afgesloten) return { regel: "zaak-open", melding: "De zaak is afgesloten." };
  return null;
}
