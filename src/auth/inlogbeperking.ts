/**
 * The login throttle's counters (rules: domain/gebruikers/inlogbeperking.ts). An attempt first *claims* its
 * keys: per key one `INSERT … ON CONFLICT DO UPDATE … WHERE <not resting> RETURNING`, which checks and counts
 * in one statement under the row lock, so parallel attempts (and several app processes) queue on the row and
 * none gets past the limit. The keys are claimed in a fixed order in one transaction; when one of them must
 * rest, the transaction is rolled back, so a refused attempt counts nowhere. The claimed attempt counts as a
 * failure until the login succeeds (`geefVrij`).
 */
import { sql } from "drizzle-orm";
import { type Db, rijen, type Tx } from "../db/client";
import { alsSysteem } from "../db/tenant";
import {
  DREMPELS,
  type Drempel,
  type Drempelsoort,
  MAX_EXPONENT,
  wachtNa,
} from "../domain/gebruikers/inlogbeperking";
import * as klok from "../lib/klok";

export interface Teller {
  sleutel: string;
  soort: Drempelsoort;
}

/** Rows untouched for this long are removed (longer than every `vergeetNaSeconden`). */
const OPRUIMEN_NA_MS = 2 * 24 * 3_600_000;

class MoetWachten extends Error {
  constructor(readonly seconden: number) {
    super("wachten");
  }
}

export type Claim =
  | { soort: "toegestaan"; pogingen: Map<string, number> }
  | { soort: "wacht"; seconden: number };

const grens = (nu: Date, seconden: number) => new Date(nu.getTime() - seconden * 1000);

async function claimEen(tx: Tx, teller: Teller, nu: Date): Promise<number> {
  const d: Drempel = DREMPELS[teller.soort];
  const vergeten = grens(nu, d.vergeetNaSeconden);
  const [rij] = await rijen<{ pogingen: number }>(
    tx,
    sql`insert into inlogtellers as t (sleutel, pogingen, laatste_op)
        values (${teller.sleutel}, 1, ${nu.toISOString()}::timestamptz)
        on conflict (sleutel) do update set
          pogingen = case when t.laatste_op <= ${vergeten.toISOString()}::timestamptz then 1 else t.pogingen + 1 end,
          laatste_op = excluded.laatste_op
        where t.laatste_op <= ${vergeten.toISOString()}::timestamptz
           or t.pogingen < ${d.vrij}::int
           or t.laatste_op + make_interval(secs => least(${d.maxSeconden}::int,
                ${d.basisSeconden}::int * power(2, least(t.pogingen - ${d.vrij}::int, ${MAX_EXPONENT}::int))))
              <= ${nu.toISOString()}::timestamptz
        returning pogingen`,
  );
  if (rij) return Number(rij.pogingen);
  // Resting: the row exists (that was the conflict) and is locked by us until the rollback.
  const [rust] = await rijen<{ pogingen: number; laatste_op: string | Date }>(
    tx,
    sql`select pogingen, laatste_op from inlogtellers where sleutel = ${teller.sleutel}`,
  );
  const vrijOp = new Date(rust?.laatste_op ?? nu).getTime() + wachtNa(d, Number(rust?.pogingen ?? 0)) * 1000;
  throw new MoetWachten(Math.max(1, Math.ceil((vrijOp - nu.getTime()) / 1000)));
}

/** Claims one attempt on every key, or says how long to wait (and then counts nothing). */
export async function claimPoging(db: Db, tellers: readonly Teller[], nu = klok.nu()): Promise<Claim> {
  const opVolgorde = [...tellers].sort((a, b) =>
    a.sleutel < b.sleutel ? -1 : a.sleutel > b.sleutel ? 1 : 0,
  );
  try {
    const pogingen = await alsSysteem(db, async (tx) => {
      const geteld = new Map<string, number>();
      for (const teller of opVolgorde) geteld.set(teller.sleutel, await claimEen(tx, teller, nu));
      return geteld;
    });
    return { soort: "toegestaan", pogingen };
  } catch (fout) {
    if (fout instanceof MoetWachten) return { soort: "wacht", seconden: fout.seconden };
    throw fout;
  }
}

/**
 * After a successful login: the keys of this client (name+address, device) start over; the shared keys
 * (address, name over all unknown clients) only lose this one attempt, so a success does not wipe out what
 * an attacker elsewhere has spent.
 */
export async function geefVrij(
  db: Db,
  opnieuw: readonly Teller[],
  eenMinder: readonly Teller[],
): Promise<void> {
  await alsSysteem(db, async (tx) => {
    for (const t of opnieuw) await tx.execute(sql`delete from inlogtellers where sleutel = ${t.sleutel}`);
    for (const t of eenMinder)
      await tx.execute(
        sql`update inlogtellers set pogingen = greatest(pogingen - 1, 0) where sleutel = ${t.sleutel}`,
      );
  });
}

/** Housekeeping after a failure: counters nobody used for two days. */
export async function ruimTellersOp(db: Db, nu = klok.nu()): Promise<void> {
  await alsSysteem(db, (tx) =>
    tx.execute(
      sql`delete from inlogtellers where laatste_op < ${new Date(nu.getTime() - OPRUIMEN_NA_MS).toISOString()}::timestamptz`,
    ),
  );
}

/**
 * Marks the key as reported, at most once per `intervalMinuten`; true when this caller should alert (only one
 * of several parallel callers gets true: the update takes the row lock and re-checks).
 */
export async function markeerGemeld(
  db: Db,
  sleutel: string,
  intervalMinuten: number,
  nu = klok.nu(),
): Promise<boolean> {
  const sinds = new Date(nu.getTime() - intervalMinuten * 60_000).toISOString();
  const r = await alsSysteem(db, (tx) =>
    rijen(
      tx,
      sql`update inlogtellers set gemeld_op = ${nu.toISOString()}::timestamptz
          where sleutel = ${sleutel} and (gemeld_op is null or gemeld_op <= ${sinds}::timestamptz)
          returning sleutel`,
    ),
  );
  return r.length > 0;
}
