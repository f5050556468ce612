import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../db/client";
import type { PersoonRij } from "../db/personen";
import { personen } from "../db/schema";
import type { BsnSleutels } from "../privacy/bsn-sleutels";
import { bsnIndex } from "../privacy/bsn-versleuteling";

export const isBsnVorm = (bsn: string | null): bsn is string => bsn !== null && /^\d{9}$/.test(bsn);

/** The residents of the current gemeente with these BSNs (blind index lookup, one query), by BSN. */
export async function personenOpBsn(
  tx: Tx,
  sleutels: BsnSleutels,
  bsns: readonly string[],
): Promise<Map<string, PersoonRij>> {
  const perIndex = new Map(bsns.filter(isBsnVorm).map((bsn) => [bsnIndex(sleutels, bsn), bsn]));
  if (perIndex.size === 0) return new Map();
  const rijen = await tx
    .select()
    .from(personen)
    .where(
      and(
        eq(personen.gemeenteCode, sql`voordeur_gemeente()::bpchar`),
        inArray(personen.bsnIndex, [...perIndex.keys()]),
      ),
    );
  return new Map(rijen.map((p) => [perIndex.get(p.bsnIndex ?? "") ?? "", p]));
}
