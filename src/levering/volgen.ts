/**
 * Keeping the zaak in step with its levering (domain/levering#volgendeLeveringsstap): after a provider's 305/307
 * and in the daily job. A zaak in `besluit` whose ZIN care started moves to `levering`; a zaak in `levering`
 * whose care ended (307 for the last toewijzing, einddatum passed) moves to `evaluatie`, where the consulent
 * decides on herindicatie or afsluiten. Only through the state machine (`voerActieUit`).
 */
import type { ZaakRij } from "../db/zaken";
import { type LeveringStap, volgendeLeveringsstap } from "../domain/levering/levering";
import type { Handeling } from "../handeling/context";
import { Weigering } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { voerActieUit } from "../zaken/zaak";
import { leveringsfeiten } from "./feiten";

export interface LeveringGevolgd {
  zaak: ZaakRij;
  stappen: LeveringStap[];
  /** Why the state machine refused a step (the zaak stays as it was); null when nothing was refused. */
  weigering: string | null;
}

/** Performs one levering step on the zaak: the transition with its dated facts. */
export function voerLeveringsstapUit(h: Handeling, zaak: ZaakRij, stap: LeveringStap): Promise<ZaakRij> {
  return voerActieUit(
    h,
    zaak,
    stap.actie,
    { datum: stap.datum, toelichting: stap.toelichting },
    {
      feiten: (f) =>
        stap.actie === "start-levering"
          ? { ...f, leveringEindigtOp: stap.eindigtOp }
          : { ...f, leveringBeeindigdOp: stap.datum, leveringEinde: stap.einde },
      gebeurtenis: {
        toelichting: stap.toelichting,
        gegevens:
          stap.actie === "start-levering" ? { eindigtOp: stap.eindigtOp } : { leveringEinde: stap.einde },
      },
    },
  );
}

/**
 * Takes every step the levering's facts call for now (at most two: a start and an end reported in one batch).
 * A refusal of the state machine does not throw: the zaak stays, and the refusal is returned for the caller to
 * show (the provider's message itself was processed).
 */
export async function volgLevering(h: Handeling, zaak: ZaakRij): Promise<LeveringGevolgd> {
  let rij = zaak;
  const stappen: LeveringStap[] = [];
  for (let i = 0; i < 2; i++) {
    const stap = volgendeLeveringsstap({
      status: rij.status,
      ...(await leveringsfeiten(h.tx, rij.id)),
      vandaag: vandaag(),
    });
    if (!stap) break;
    try {
      rij = await voerLeveringsstapUit(h, rij, stap);
    } catch (fout) {
      if (fout instanceof Weigering && (fout.soort === "regel-overtreden" || fout.soort === "ongeldig"))
        return { zaak: rij, stappen, weigering: fout.melding };
      throw fout;
    }
    stappen.push(stap);
  }
  return { zaak: rij, stappen, weigering: null };
}
