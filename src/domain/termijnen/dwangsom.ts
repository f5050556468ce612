/**
 * Dwangsom bij niet tijdig beslissen, Awb art. 4:17: after a written ingebrekestelling the bestuursorgaan
 * has 2 more weeks; from the day after, € 23 per day for days 1–14, € 35 for days 15–28, € 45 for days
 * 29–42; at most 42 days and € 1 442. It stops on the day the besluit is made known.
 */
import { dagenTussen, kort, plusDagen, plusWeken } from "./kalender";

export type DwangsomStand = "nog-niet-verschuldigd" | "loopt" | "maximum-bereikt" | "gestopt";

export interface Dwangsom {
  startdatum: string;
  dagen: number;
  bedrag: number;
  stand: DwangsomStand;
  uitleg: string;
}

export const MAXIMUM_DAGEN = 42;
export const MAXIMUM_BEDRAG = 1442;

function bedragVoor(dagen: number): number {
  const eerste = Math.min(dagen, 14);
  const tweede = Math.min(Math.max(dagen - 14, 0), 14);
  const derde = Math.min(Math.max(dagen - 28, 0), 14);
  return eerste * 23 + tweede * 35 + derde * 45;
}

export function berekenDwangsom(
  ingebrekestellingOntvangenOp: string,
  besluitdatum: string | null,
  vandaag: string,
): Dwangsom {
  const beslistermijn = plusWeken(ingebrekestellingOntvangenOp, 2);
  const startdatum = plusDagen(beslistermijn, 1);
  const peildatum = besluitdatum && besluitdatum < vandaag ? besluitdatum : vandaag;
  // Days from the start up to (not including) the day the besluit is made known, or up to and including today.
  const telTot = besluitdatum && besluitdatum <= vandaag ? besluitdatum : plusDagen(vandaag, 1);
  const dagen = Math.min(Math.max(dagenTussen(startdatum, telTot), 0), MAXIMUM_DAGEN);
  const bedrag = bedragVoor(dagen);
  const stand: DwangsomStand =
    dagen === 0
      ? besluitdatum && besluitdatum <= beslistermijn
        ? "gestopt"
        : "nog-niet-verschuldigd"
      : besluitdatum && besluitdatum <= vandaag
        ? "gestopt"
        : dagen >= MAXIMUM_DAGEN
          ? "maximum-bereikt"
          : "loopt";
  const uitleg =
    dagen === 0
      ? `Ingebrekestelling ontvangen ${kort(ingebrekestellingOntvangenOp)}; beslissen uiterlijk ${kort(beslistermijn)}, daarna dwangsom vanaf ${kort(startdatum)}.`
      : `Dwangsom vanaf ${kort(startdatum)}: ${dagen} ${dagen === 1 ? "dag" : "dagen"} tot ${kort(peildatum)}, € ${bedrag} verschuldigd (maximaal € ${MAXIMUM_BEDRAG}).`;
  return { startdatum, dagen, bedrag, stand, uitleg };
}
