/**
 * The audit chainer (issue 19): links committed, still unlinked audit rows into their gemeente's hash chains,
 * off the request path. A request only inserts its rows (src/db/audit.ts#schrijfAudit) in its own transaction,
 * so a row exists exactly when the read or change it records committed, and nothing is lost on a crash: an
 * unlinked row is linked by the next round of any process. One process at a time per chain (a try-lock); the
 * others skip it. `npm run audit:verifieer` links what is open first, then proves every chain.
 */
import { ketensMetOngeschakeld, schakelBatch } from "../db/audit";
import type { Db } from "../db/client";
import { herhaal } from "../lib/herhaal";
import { foutVoorLog } from "../lib/logger";

const BATCH = 2000;

/** Links everything that is open now; returns the number of rows linked by this process. */
export async function schakelAudit(db: Db, grootte = BATCH): Promise<number> {
  let totaal = 0;
  for (const { gemeenteCode, keten } of await ketensMetOngeschakeld(db)) {
    for (;;) {
      const n = await schakelBatch(db, gemeenteCode, keten, grootte);
      if (n === undefined) break; // another process links this chain now
      totaal += n;
      if (n < grootte) break;
    }
  }
  return totaal;
}

export interface Schakellogboek {
  error(obj: object, msg: string): void;
}

/** The chainer of main.ts: a round every `ms` milliseconds; `stop` ends the timer after a last round. */
export function startAuditSchakelaar(db: Db, log: Schakellogboek, ms = 1000): { stop(): Promise<void> } {
  return herhaal(
    () => schakelAudit(db),
    ms,
    (fout) => log.error({ fout: foutVoorLog(fout) }, "audit-schakelaar mislukt"),
  );
}
