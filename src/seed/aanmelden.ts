import { sql } from "drizzle-orm";
import type { Tx } from "../db/client";

/** Base data of the aanmelden area: none (contact themes and referrer types are domain constants). */
export async function zaaiAanmeldenBasis(_tx: Tx): Promise<void> {}

/**
 * Demo data of the aanmelden area (only with VOORDEUR_DEMO ≠ 0), after the demo users exist: demo e-mail
 * addresses such as wmo@noordenveld.voordeur.test, so notifications of a new contact also go out by mail.
 */
export async function zaaiAanmeldenDemo(tx: Tx): Promise<void> {
  await tx.execute(sql`
    update gebruikers g
       set email = lower(g.gebruikersnaam) || '@' ||
                   regexp_replace(lower(gm.naam), '[^a-z0-9]+', '-', 'g') || '.voordeur.test'
      from gemeenten gm
     where gm.code = g.gemeente_code and g.email is null`);
}
