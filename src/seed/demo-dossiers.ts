import { sql } from "drizzle-orm";
import { type Database, rijen } from "../db/client";
import { vulPersonen, vulZaken } from "../generator/vul";
import type { BsnSleutels } from "../privacy/bsn-sleutels";
import { zaaiBerichtenDemoDossiers } from "./berichten";

/** Demo residents and zaken (synthetic, test BSNs) for a first `npm start`, only into an empty klantdossier. */
export async function zaaiDemoDossiers(database: Database, sleutels: BsnSleutels): Promise<boolean> {
  const [rij] = await rijen<{ n: number }>(database.db, sql`select count(*)::int as n from personen`);
  if ((rij?.n ?? 0) > 0) return false;
  for (const [gemeenteCode, inwoners] of [
    ["1699", 400],
    ["0106", 150],
  ] as const) {
    const opties = { gemeenteCode, inwoners, seed: 2026, zakenPerInwoner: 0.5 };
    await vulPersonen(database, sleutels, opties);
    await vulZaken(database, opties);
  }
  await zaaiBerichtenDemoDossiers(database, sleutels);
  return true;
}
