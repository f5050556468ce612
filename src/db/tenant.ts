import { type SQL, sql } from "drizzle-orm";
import type { Db, Tx } from "./client";

export interface TenantContext {
  gemeenteCode: string;
  samenwerkingsverbandCode: string;
}

/**
 * Runs `work` in a transaction that can only see and change the rows of one gemeente
 * (and the regional rows of its samenwerkingsverband). Row level security policies in the
 * database do the enforcing; this is the one door every request's data access goes through.
 */
export function inGemeente<T>(db: Db, tenant: TenantContext, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select ${tenantInstellingen(sql`${tenant.gemeenteCode}`, sql`${tenant.samenwerkingsverbandCode}`)}`,
    );
    return work(tx);
  });
}

/**
 * The settings that put a transaction inside one gemeente, as one SQL expression: the gemeente and verband for
 * the row-level security policies, then the switch to the non-owner role `voordeur_app` (effective from the next
 * statement). `inGemeente` selects it on its own; a request's session lookup selects it beside the session's
 * columns (auth/sessies.ts#inSessie), so session and tenant cost one round trip.
 */
export function tenantInstellingen(gemeenteCode: SQL, verbandCode: SQL): SQL<string> {
  return sql<string>`concat_ws(',', set_config('voordeur.gemeente', ${gemeenteCode}, true),
                 set_config('voordeur.verband', ${verbandCode}, true),
                 set_config('role', 'voordeur_app', true))`;
}

/** System work that is not on behalf of one gemeente: login, sessions, migrations, seeding. */
export function alsSysteem<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(work);
}
