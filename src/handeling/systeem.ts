/**
 * A system actor: work that no medewerker does in a session — a provider's message delivered by an integration,
 * the daily job. It acts through the same acts as a medewerker (the act context `h`), is audited under its own
 * name (medewerkerId null, rol "systeem"), and records zaak events without a medewerker. The policy knows no
 * rol "systeem", so it can never pass `laadZaak` or `vereis`: a system act loads what it needs itself, after its
 * entry point (the message, the job) was authorised.
 */
import type { Ingelogd } from "../auth/sessies";
import type { Tx } from "../db/client";
import { nu } from "../lib/klok";
import type { Handeling } from "./context";
import { INWONER_ROL } from "./inwoner";

export const SYSTEEM_ROL = "systeem";

export const isSysteem = (wie: Pick<Ingelogd, "rollen">) => wie.rollen.includes(SYSTEEM_ROL);

/** The medewerker who acts, or null for a system actor or a resident in Mijn Voordeur (audit trail, zaak events). */
export const medewerkerVan = (wie: Ingelogd): string | null =>
  isSysteem(wie) || wie.rollen.includes(INWONER_ROL) ? null : wie.medewerkerId;

/** The act context of a system actor named `naam` (e.g. "integratie:hub", "dagelijkse-signalering"). */
export function systeemHandeling(
  tx: Tx,
  gemeente: { code: string; naam: string; samenwerkingsverbandCode: string },
  naam: string,
  verzoekId: string,
): Handeling {
  const moment = nu();
  return {
    tx,
    verzoekId,
    wie: {
      sessieId: SYSTEEM_ROL,
      // The state machine records who did an action: the system actor's name (never a medewerker's id).
      medewerkerId: `${SYSTEEM_ROL}:${naam}`,
      gebruikersnaam: `${SYSTEEM_ROL}:${naam}`,
      naam: `Voordeur (${naam})`,
      gemeente: { code: gemeente.code, naam: gemeente.naam },
      samenwerkingsverbandCode: gemeente.samenwerkingsverbandCode,
      rollen: [SYSTEEM_ROL],
      vakgroepen: [],
      verlooptOp: moment,
      idleVerlooptOp: moment,
    },
  };
}
