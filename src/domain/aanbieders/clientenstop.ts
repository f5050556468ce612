import { bevat, isGeldigePeriode, overlappen, type Periode } from "./periode";

/**
 * A cliëntenstop: the kwaliteitsteam stops a provider from taking new clients for a period
 * (DOMAIN.md §7), in the whole samenwerkingsverband (`gemeenteCode = null`) or in one gemeente.
 */
export interface Clientenstop extends Periode {
  id: string;
  aanbiederId: string;
  gemeenteCode: string | null;
}

/** Does the stop apply to this gemeente (a regional stop applies to all)? */
export function geldtVoorGemeente(stop: Pick<Clientenstop, "gemeenteCode">, gemeenteCode: string): boolean {
  return stop.gemeenteCode === null || stop.gemeenteCode === gemeenteCode;
}

/** Is the stop in force in this gemeente on this date? */
export function isActiefOp(
  stop: Pick<Clientenstop, "gemeenteCode" | "van" | "tot">,
  gemeenteCode: string,
  datum: string,
): boolean {
  return geldtVoorGemeente(stop, gemeenteCode) && bevat(stop, datum);
}

export type StopControle =
  | { ok: true }
  | { ok: false; regel: "periode" | "overlap"; veld: string; melding: string; metId?: string };

/**
 * A new or changed stop must have a valid period and must not overlap another stop of the same
 * provider whose scope touches it (regional vs. one gemeente, or the same gemeente).
 */
export function controleerStop(
  nieuw: Omit<Clientenstop, "id"> & { id?: string },
  bestaande: Clientenstop[],
): StopControle {
  if (!isGeldigePeriode(nieuw))
    return {
      ok: false,
      regel: "periode",
      veld: "tot",
      melding: "Het einde ligt voor het begin van de cliëntenstop",
    };
  const botsing = bestaande.find(
    (s) =>
      s.id !== nieuw.id &&
      s.aanbiederId === nieuw.aanbiederId &&
      (s.gemeenteCode === null || nieuw.gemeenteCode === null || s.gemeenteCode === nieuw.gemeenteCode) &&
      overlappen(s, nieuw),
  );
  if (botsing)
    return {
      ok: false,
      regel: "overlap",
      veld: "van",
      melding: `Er geldt al een cliëntenstop vanaf ${botsing.van}${botsing.tot ? ` tot en met ${botsing.tot}` : " (zonder einddatum)"} die deze periode overlapt`,
      metId: botsing.id,
    };
  return { ok: true };
}
