/**
 * A declaratie as a whole (iWmo/iJw 323): the term for its answer (325) and the totals of the answer.
 * Every declaratie gets a declaratie-antwoord within 10 working days of receipt (rule `declaratie-antwoord`
 * in domain/termijnen/regels.ts, with its source; not a statutory term, so no Algemene termijnenwet).
 */
import type { Wet } from "../berichten/typen";
import { plusWerkdagen } from "../termijnen/kalender";
import { regelVoor } from "../termijnen/regels";

export interface Antwoordtermijn {
  uiterlijk: string;
  bron: string;
  omschrijving: string;
}

/** The last day the 325 may be sent for a 323 received on `ontvangenOp`. */
export function antwoordtermijn(wet: Wet, ontvangenOp: string): Antwoordtermijn {
  const regel = regelVoor("declaratie-antwoord", wet, ontvangenOp);
  if (regel?.eenheid !== "werkdagen") throw new Error("geen termijnregel voor het declaratie-antwoord");
  return {
    uiterlijk: plusWerkdagen(ontvangenOp, regel.lengte),
    bron: regel.bron,
    omschrijving: regel.omschrijving,
  };
}

export type TermijnStand = "gehaald" | "verlopen" | "lopend";

/** Was (or is) the answer in time? */
export function termijnStand(uiterlijk: string, beantwoordOp: string | null, vandaag: string): TermijnStand {
  if (beantwoordOp !== null) return beantwoordOp <= uiterlijk ? "gehaald" : "verlopen";
  return vandaag > uiterlijk ? "verlopen" : "lopend";
}

export interface Regeluitkomst {
  bedrag: number;
  debetCredit: "D" | "C";
  goedgekeurd: boolean;
}

/** Signed total in eurocent (debet positive) as the TotaalBedrag + DebetCredit of a message. */
export function totaal(regels: readonly Pick<Regeluitkomst, "bedrag" | "debetCredit">[]): {
  bedrag: number;
  debetCredit: "D" | "C";
} {
  const som = regels.reduce((s, r) => s + (r.debetCredit === "C" ? -r.bedrag : r.bedrag), 0);
  return { bedrag: Math.abs(som), debetCredit: som < 0 ? "C" : "D" };
}

/** The TotaalToegekendBedrag: the approved lines only. */
export const toegekend = (regels: readonly Regeluitkomst[]) => totaal(regels.filter((r) => r.goedgekeurd));
