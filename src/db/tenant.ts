import { sql } from "drizzle-orm";
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
      sql`select set_config('voordeur.gemeente', ${tenant.gemeenteCode}, true),
                 set_config('voordeur.verband', ${tenant.samenwerkingsverbandCode}, true),
                 set_config('role', 'voordeur_app', true)`,
    );
    return work(tx);
  });
}

/** System work that is not on behalf of one gemeente: login, sessions, migrations, seeding. */
export function alsSysteem<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(work);
}
