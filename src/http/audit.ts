import type { FastifyRequest } from "fastify";
import type { Ingelogd } from "../auth/sessies";
import { type AuditFeit, schrijfAudit } from "../db/audit";
import type { Tx } from "../db/client";

/** Records reads and changes of personal data by the logged-in medewerker in the audit trail. */
export function auditeer(
  tx: Tx,
  request: FastifyRequest,
  wie: Ingelogd,
  feiten: readonly AuditFeit[],
): Promise<void> {
  return schrijfAudit(
    tx,
    {
      gemeenteCode: wie.gemeente.code,
      gebruikerId: wie.gebruikerId,
      gebruikersnaam: wie.gebruikersnaam,
      rollen: wie.rollen,
      requestId: request.id,
    },
    feiten,
  );
}
