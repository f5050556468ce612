import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "../db/client";
import type { PersoonRij } from "../db/personen";
import { personen } from "../db/schema";
import type { BsnSleutels } from "../privacy/bsn-sleutels";
import { bsnIndex } from "../privacy/bsn-versleuteling";

/** The resident of the current gemeente with this BSN (blind index lookup), if known. */
export async function persoonOpBsn(
  tx: Tx,
  sleutels: BsnSleutels,
  bsn: string | null,
): Promise<PersoonRij | undefined> {
  if (!bsn || !/^\d{9}$/.test(bsn)) return undefined;
  const [rij] = await tx
    .select()
    .from(personen)
    .where(
      and(
        eq(personen.gemeenteCode, sql`voordeur_gemeente()::bpchar`),
        eq(personen.bsnIndex, bsnIndex(sleutels, bsn)),
      ),
    )
    .limit(1);
  return rij;
}
