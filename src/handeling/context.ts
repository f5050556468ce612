/**
 * The act context: who acts, in which transaction, for which request. Every entry point (UI, portal, provider,
 * ZGW, batch) builds one and then calls the same acts, so each is authorised (`vereis`) and audited
 * (`auditeer`) in exactly the same way.
 */
import type { Ingelogd } from "../auth/sessies";
import { type AuditFeit, schrijfAudit } from "../db/audit";
import type { Tx } from "../db/client";
import { type Actie, type Actor, beslis, type Resource } from "../domain/autorisatie";
import { medewerkerVan } from "./systeem";
import { nietToegestaan } from "./weigering";

export interface Handeling {
  /** The transaction inside the actor's gemeente (row-level security, db/tenant.ts). */
  tx: Tx;
  /** Who acts. */
  wie: Ingelogd;
  /** Correlates the audit entries with the request or job run (never personal data). */
  verzoekId: string;
}

/** The policy's view of the actor. */
export function actorVan(wie: Ingelogd) {
  return {
    medewerkerId: wie.medewerkerId,
    gemeenteCode: wie.gemeente.code,
    rollen: wie.rollen,
    vakgroepen: wie.vakgroepen,
  } satisfies Actor;
}

/** Asks the one authorisation policy (domain/autorisatie); a refusal becomes a `niet-toegestaan` Weigering. */
export function vereis(wie: Ingelogd, actie: Actie, resource: Resource): void {
  const oordeel = beslis(actorVan(wie), actie, resource);
  if (!oordeel.toegestaan) throw nietToegestaan(oordeel.reden);
}

/** Records reads and changes of personal data in the audit trail, in the act's transaction. */
export function auditeer(h: Handeling, feiten: readonly AuditFeit[]): Promise<void> {
  return schrijfAudit(
    h.tx,
    {
      gemeenteCode: h.wie.gemeente.code,
      medewerkerId: medewerkerVan(h.wie),
      gebruikersnaam: h.wie.gebruikersnaam,
      rollen: h.wie.rollen,
      requestId: h.verzoekId,
    },
    feiten,
  );
}
