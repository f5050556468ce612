/**
 * The resident as an actor (Mijn Voordeur, issue 16). A portal act gets the same act context `h` as any other, so
 * it is audited by the same `auditeer`: under the name `inwoner:<persoonId>` (never the BSN), medewerkerId null,
 * rol "inwoner". Its authorisation is rule 30 (domain/autorisatie/inwoner.ts) via `vereisInwoner`; the staff policy
 * knows no rol "inwoner", so a resident can never pass a staff act's `vereis`.
 */
import type { Inwoner } from "../auth/portaal-sessies";
import type { Tx } from "../db/client";
import type { Actie } from "../domain/autorisatie";
import { beslisInwoner, type InwonerResource } from "../domain/autorisatie/inwoner";
import type { Handeling } from "./context";
import { nietToegestaan } from "./weigering";

export const INWONER_ROL = "inwoner";

/** The act context of a resident's request; `inwoner` is kept beside it for rule 30. */
export interface InwonerHandeling extends Handeling {
  inwoner: Inwoner;
}

export function inwonerHandeling(tx: Tx, inwoner: Inwoner, verzoekId: string): InwonerHandeling {
  const naam = `${INWONER_ROL}:${inwoner.persoonId}`;
  return {
    tx,
    verzoekId,
    inwoner,
    wie: {
      sessieId: inwoner.sessieId,
      medewerkerId: naam,
      gebruikersnaam: naam,
      naam: "Inwoner (Mijn Voordeur)",
      gemeente: inwoner.gemeente,
      samenwerkingsverbandCode: inwoner.samenwerkingsverbandCode,
      rollen: [INWONER_ROL],
      vakgroepen: [],
      verlooptOp: inwoner.verlooptOp,
      idleVerlooptOp: inwoner.idleVerlooptOp,
    },
  };
}

/** Rule 30; a refusal becomes a `niet-toegestaan` Weigering. */
export function vereisInwoner(h: InwonerHandeling, actie: Actie, resource: InwonerResource): void {
  const oordeel = beslisInwoner(
    {
      persoonId: h.inwoner.persoonId,
      gemeenteCode: h.inwoner.gemeente.code,
      namensPersoonId: h.inwoner.namensPersoonId,
    },
    actie,
    resource,
  );
  if (!oordeel.toegestaan) throw nietToegestaan(oordeel.reden);
}
