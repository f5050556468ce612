/**
 * Shared measuring helpers for the benchmark scenarios: HTTP load with autocannon, closed-loop workers for
 * writes, a sequential series for batch work, direct SQL with the same concurrency; and the targets.
 */
import { loadavg } from "node:os";
import autocannon from "autocannon";
import type pg from "pg";

export interface Meting {
  naam: string;
  verzoekenPerSeconde: number;
  p50: number;
  p95: number;
  p99: number;
  fouten: number;
  aantal: number;
  /** Wall-clock duration of the whole measurement. */
  seconden: number;
  /** Load average (1 min) of the machine when the measurement ended: the machine may be shared. */
  belasting: number;
}

/** A target from the issues: a latency percentile, a sustained rate, or a total time for a batch. */
export type Doel = { p95Ms: number } | { minimaalPerSeconde: number } | { maximaalSeconden: number };

/** One line of the summary: a measurement against its target. */
export interface Uitkomst {
  scenario: string;
  meting: Meting;
  doel: Doel;
  gehaald: boolean;
  /** A further condition or fact for the summary table, e.g. "API/SQL 0.62 (≥ 0.5)". */
  toelichting?: string;
  /** Scenario-specific context (direct-SQL comparison, sizes …). */
  extra?: Record<string, unknown>;
  /** Reported against its target, but a miss does not make `npm run bench` fail (e.g. browser timings). */
  informatief?: boolean;
}

/** Nearest-rank percentile of sorted values, rounded to 0.1. */
export function percentiel(gesorteerd: readonly number[], p: number): number {
  if (gesorteerd.length === 0) return 0;
  const i = Math.min(gesorteerd.length - 1, Math.max(0, Math.ceil((p / 100) * gesorteerd.length) - 1));
  return Math.round((gesorteerd[i] as number) * 10) / 10;
}

/** A measurement from the individual durations (ms, sorted in place) and the total wall-clock time. */
export function metingVan(
  naam: string,
  duren: number[],
  fouten: number,
  seconden: number,
  aantal = duren.length,
): Meting {
  duren.sort((a, b) => a - b);
  return {
    naam,
    verzoekenPerSeconde: Math.round(((aantal - fouten) / seconden) * 10) / 10,
    p50: percentiel(duren, 50),
    p95: percentiel(duren, 95),
    p99: percentiel(duren, 99),
    fouten,
    aantal,
    seconden: Math.round(seconden * 100) / 100,
    belasting: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}

export function haalt(meting: Meting, doel: Doel): boolean {
  if (meting.aantal === 0 || meting.fouten > 0) return false;
  if ("p95Ms" in doel) return meting.p95 <= doel.p95Ms;
  if ("minimaalPerSeconde" in doel) return meting.verzoekenPerSeconde >= doel.minimaalPerSeconde;
  return meting.seconden <= doel.maximaalSeconden;
}

export function beschrijfDoel(doel: Doel): string {
  if ("p95Ms" in doel) return `p95 ≤ ${doel.p95Ms} ms`;
  if ("minimaalPerSeconde" in doel) return `≥ ${doel.minimaalPerSeconde}/s`;
  return `≤ ${doel.maximaalSeconden} s`;
}

export function uitkomst(
  scenario: string,
  meting: Meting,
  doel: Doel,
  extra?: { gehaald?: boolean; toelichting?: string; informatief?: boolean } & Record<string, unknown>,
): Uitkomst {
  const { gehaald: ookGehaald = true, toelichting, informatief, ...rest } = extra ?? {};
  return {
    scenario,
    meting,
    doel,
    gehaald: haalt(meting, doel) && ookGehaald,
    ...(toelichting ? { toelichting } : {}),
    ...(informatief ? { informatief } : {}),
    ...(Object.keys(rest).length > 0 ? { extra: rest } : {}),
  };
}

/** Runs `pad()` against the API with `verbindingen` concurrent clients for `seconden`. */
export async function meetHttp(opties: {
  naam: string;
  url: string;
  cookie: string;
  pad: () => string;
  verbindingen: number;
  seconden: number;
}): Promise<Meting> {
  const duren: number[] = [];
  const resultaat = await new Promise<autocannon.Result>((klaar, mislukt) => {
    const instantie = autocannon(
      {
        url: opties.url,
        connections: opties.verbindingen,
        duration: opties.seconden,
        headers: { cookie: opties.cookie },
        requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: opties.pad() }) }],
      },
      (fout, uitkomst) => (fout ? mislukt(fout) : klaar(uitkomst)),
    );
    instantie.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      duren.push(responseTime);
    });
  });
  const fouten = resultaat.errors + resultaat.non2xx;
  return metingVan(opties.naam, duren, fouten, opties.seconden, resultaat.requests.total);
}

/**
 * Closed loop: `verbindingen` workers each run `stap(werker, n)` back to back for `seconden`; a step that
 * returns false counts as an error.
 */
export async function meetLus(opties: {
  naam: string;
  verbindingen: number;
  seconden: number;
  stap: (werker: number, n: number) => Promise<boolean>;
}): Promise<Meting> {
  const duren: number[] = [];
  let fouten = 0;
  const start = performance.now();
  const einde = Date.now() + opties.seconden * 1000;
  await Promise.all(
    Array.from({ length: opties.verbindingen }, async (_, werker) => {
      for (let n = 0; Date.now() < einde; n++) {
        const t0 = performance.now();
        const ok = await opties.stap(werker, n).catch(() => false);
        duren.push(performance.now() - t0);
        if (!ok) fouten++;
      }
    }),
  );
  return metingVan(opties.naam, duren, fouten, (performance.now() - start) / 1000);
}

/** A batch: `stap(i)` for i = 0 … aantal-1, one after the other; the total time counts. */
export async function meetReeks(opties: {
  naam: string;
  aantal: number;
  stap: (i: number) => Promise<boolean> | boolean;
}): Promise<Meting> {
  const duren: number[] = [];
  let fouten = 0;
  const start = performance.now();
  for (let i = 0; i < opties.aantal; i++) {
    const t0 = performance.now();
    if (!(await opties.stap(i))) fouten++;
    duren.push(performance.now() - t0);
  }
  return metingVan(opties.naam, duren, fouten, (performance.now() - start) / 1000);
}

/** Runs `query()` directly on the database with the same concurrency, measuring each round trip. */
/**
 * The bare query as the fair comparison for an API read (issue 19): the same work the app must do, without HTTP
 * and Node — a transaction inside the gemeente (the tenant settings and the role switch, as db/tenant.ts), the
 * query, and the audit rows the API writes for it (one INSERT, as db/audit.ts#schrijfAudit), then COMMIT.
 */
export async function meetSql(opties: {
  naam: string;
  pool: pg.Pool;
  query: () => { text: string; values: unknown[] };
  /** The gemeente the transaction is inside of, and how many audit rows the API writes for this read. */
  gemeente: { code: string; verband: string };
  auditRegels: number;
  verbindingen: number;
  seconden: number;
}): Promise<Meting> {
  return meetLus({
    naam: opties.naam,
    verbindingen: opties.verbindingen,
    seconden: opties.seconden,
    stap: async () => {
      const q = opties.query();
      const client = await opties.pool.connect();
      try {
        await client.query("begin");
        await client.query(
          "select set_config('voordeur.gemeente', $1, true), set_config('voordeur.verband', $2, true), set_config('role', 'voordeur_app', true)",
          [opties.gemeente.code, opties.gemeente.verband],
        );
        await client.query(q.text, q.values);
        if (opties.auditRegels > 0)
          await client.query(
            `insert into audit_log (gemeente_code, keten, tijdstip, gebruikersnaam, rollen, actie, resource, reden)
             select $1, 0, now(), 'bench', '{wmo}', 'lezen', 'persoon', 'bench' from generate_series(1, $2)`,
            [opties.gemeente.code, opties.auditRegels],
          );
        await client.query("commit");
      } catch (fout) {
        await client.query("rollback").catch(() => {});
        throw fout;
      } finally {
        client.release();
      }
      return true;
    },
  });
}
