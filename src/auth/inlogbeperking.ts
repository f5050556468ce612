import { and, count, eq, gt, lt } from "drizzle-orm";
import type { Db } from "../db/client";
import { inlogpogingen } from "../db/schema";
import { alsSysteem } from "../db/tenant";
import * as klok from "../lib/klok";

/** Failed logins allowed per gebruikersnaam and per client address within the window. */
export const INLOG_LIMIET = { pogingen: 5, vensterMinuten: 15 };

const sleutels = (gebruikersnaam: string, ip: string) => [`naam:${gebruikersnaam.toLowerCase()}`, `ip:${ip}`];

/** Seconds to wait before another attempt is allowed, or 0. Shared by all app processes (database). */
export async function wachttijd(db: Db, gebruikersnaam: string, ip: string, nu = klok.nu()): Promise<number> {
  const sinds = new Date(nu.getTime() - INLOG_LIMIET.vensterMinuten * 60_000);
  return alsSysteem(db, async (tx) => {
    for (const sleutel of sleutels(gebruikersnaam, ip)) {
      const [rij] = await tx
        .select({ n: count() })
        .from(inlogpogingen)
        .where(and(eq(inlogpogingen.sleutel, sleutel), gt(inlogpogingen.tijdstip, sinds)));
      // Per address the limit is wider: several colleagues share one office address.
      const limiet = sleutel.startsWith("ip:") ? INLOG_LIMIET.pogingen * 4 : INLOG_LIMIET.pogingen;
      if ((rij?.n ?? 0) >= limiet) return INLOG_LIMIET.vensterMinuten * 60;
    }
    return 0;
  });
}

export async function registreerMislukking(db: Db, gebruikersnaam: string, ip: string, nu = klok.nu()) {
  await alsSysteem(db, async (tx) => {
    await tx
      .insert(inlogpogingen)
      .values(sleutels(gebruikersnaam, ip).map((sleutel) => ({ sleutel, tijdstip: nu })));
    await tx.delete(inlogpogingen).where(lt(inlogpogingen.tijdstip, new Date(nu.getTime() - 24 * 3_600_000)));
  });
}

export async function wisMislukkingen(db: Db, gebruikersnaam: string) {
  await alsSysteem(db, (tx) =>
    tx.delete(inlogpogingen).where(eq(inlogpogingen.sleutel, `naam:${gebruikersnaam.toLowerCase()}`)),
  );
}
