/**
 * Regiegroep verdeelmomenten (DOMAIN §2.2, 004 §4.2): the Regiegroep distributes its werkvoorraad on
 * Tuesday and Thursday; a crisis is picked up at once. A verdeelmoment that falls on a public holiday
 * moves to the next Tuesday or Thursday.
 */
import type { Veiligheid } from "../routering/routering";
import { isFeestdag, naarDatum, plusDagen } from "../termijnen/kalender";

/** Days of the week (0 = Sunday) on which the Regiegroep distributes work. */
export const VERDEELDAGEN: readonly number[] = [2, 4];

const DAGNAMEN = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];

export interface Verdeelmoment {
  /** ISO date of the moment. */
  datum: string;
  /** `direct`: crisis, do not wait for the next moment. */
  soort: "direct" | "regulier";
  /** Dutch explanation for the UI. */
  uitleg: string;
}

const isVerdeeldag = (iso: string) => VERDEELDAGEN.includes(naarDatum(iso).getUTCDay()) && !isFeestdag(iso);

/** The first regular verdeelmoment on or after `datum` (a Tuesday or Thursday that is not a public holiday). */
export function volgendVerdeelmoment(datum: string): Verdeelmoment {
  let dag = datum;
  while (!isVerdeeldag(dag)) dag = plusDagen(dag, 1);
  const dagnaam = DAGNAMEN[naarDatum(dag).getUTCDay()];
  return {
    datum: dag,
    soort: "regulier",
    uitleg:
      dag === datum
        ? `Vandaag (${dagnaam}) is een verdeelmoment van de Regiegroep.`
        : `Het volgende verdeelmoment van de Regiegroep is ${dagnaam} ${dag}.`,
  };
}

/** When a zaak is distributed: a crisis at once, otherwise at the next Tuesday or Thursday. */
export function verdeelmomentVoorZaak(datum: string, veiligheid: Veiligheid | string): Verdeelmoment {
  if (veiligheid === "crisis") {
    return {
      datum,
      soort: "direct",
      uitleg: "Crisis: direct oppakken, niet wachten op het verdeelmoment.",
    };
  }
  return volgendVerdeelmoment(datum);
}
