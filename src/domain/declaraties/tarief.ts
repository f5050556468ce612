/**
 * Tariffs (issue 17): per product per contract (zorg in natura) and per product for a pgb, in eurocent per
 * eenheid, valid from–to. The eenheid is a WJ756 code of the iStandaarden (01 minuut, 04 uur, 14 etmaal,
 * 16 dagdeel (4 uur), 82 stuks (output), 84 stuks (inspanning)); 83 "Euro's" is a budget, not a unit with
 * a price. WJ756 3.2 has no "week" or "periode" eenheid: a price per week or per period is a price per
 * stuk (82/84) or follows from the toewijzing's Frequentie (WMO757: per week, per maand, totaal).
 * Two tariffs of one product in one contract (or two pgb tariffs of one product) never overlap in time.
 */

import { isGeldigePeriode, overlappen, type Periode } from "../aanbieders/periode";
import { EENHEDEN } from "../catalogus/producten";

/** WJ756 codes a tariff may be expressed in (not 83, "Euro's": that is a budget). */
export const TARIEF_EENHEDEN: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(EENHEDEN).filter(([code]) => code !== "83"),
);

export type TariefSoort = "zin" | "pgb";

export interface TariefInvoer {
  soort: TariefSoort;
  productCode: string;
  eenheid: string;
  /** Eurocent per eenheid, a whole number > 0. */
  bedrag: number;
  van: string;
  tot: string | null;
}

export interface BestaandTarief extends Periode {
  id: string;
  productCode: string;
  soort: TariefSoort;
}

export type Toets =
  | { ok: true }
  | { ok: false; regel: string; veld: string; reden: string; ongeldig?: boolean };

/** Field checks that cannot be right whatever is stored (→ 400). */
export function toetsTariefInvoer(t: TariefInvoer): Toets[] {
  const uit: Toets[] = [];
  if (!(t.eenheid in TARIEF_EENHEDEN))
    uit.push({
      ok: false,
      regel: "tarief-eenheid",
      veld: "eenheid",
      reden: `Eenheid ${t.eenheid} kan geen tarief hebben (WJ756: minuut, uur, etmaal, dagdeel of stuks).`,
      ongeldig: true,
    });
  if (!Number.isSafeInteger(t.bedrag) || t.bedrag <= 0)
    uit.push({
      ok: false,
      regel: "tarief-bedrag",
      veld: "bedrag",
      reden: "Het bedrag is een heel aantal eurocent groter dan 0.",
      ongeldig: true,
    });
  if (!isGeldigePeriode(t))
    uit.push({
      ok: false,
      regel: "tarief-periode",
      veld: "tot",
      reden: "De einddatum van het tarief ligt voor de ingangsdatum.",
      ongeldig: true,
    });
  return uit;
}

/**
 * No two tariffs of the same product (and soort) in one contract are valid on the same day (→ 422): which
 * price applies to a prestatie must follow from its date alone. `eigenId`: the tariff being changed.
 */
export function toetsOverlap(t: TariefInvoer, bestaande: readonly BestaandTarief[], eigenId?: string): Toets {
  const botst = bestaande.find(
    (b) => b.id !== eigenId && b.soort === t.soort && b.productCode === t.productCode && overlappen(b, t),
  );
  if (!botst) return { ok: true };
  return {
    ok: false,
    regel: "tarief-overlapt",
    veld: "van",
    reden: `Voor product ${t.productCode} geldt al een tarief ${periodeTekst(botst)}; tarieven van één product mogen elkaar niet overlappen. Beëindig eerst het bestaande tarief.`,
  };
}

const nl = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
export const periodeTekst = (p: Periode) =>
  p.tot ? `van ${nl(p.van)} tot en met ${nl(p.tot)}` : `vanaf ${nl(p.van)}`;

/** The tariff of a product on a date, if one applies. */
export function tariefOp<T extends Periode>(tarieven: readonly T[], datum: string): T | undefined {
  return tarieven.find((t) => t.van <= datum && (t.tot === null || datum <= t.tot));
}
