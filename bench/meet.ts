/** Shared measuring helpers for the benchmarks: HTTP load with autocannon, direct SQL with the same concurrency. */
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
}

function percentiel(gesorteerd: number[], p: number): number {
  if (gesorteerd.length === 0) return 0;
  return gesorteerd[Math.min(gesorteerd.length - 1, Math.floor((p / 100) * gesorteerd.length))] as number;
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
  duren.sort((a, b) => a - b);
  return {
    naam: opties.naam,
    verzoekenPerSeconde: resultaat.requests.total / opties.seconden,
    p50: percentiel(duren, 50),
    p95: percentiel(duren, 95),
    p99: percentiel(duren, 99),
    fouten: resultaat.errors + resultaat.non2xx,
    aantal: resultaat.requests.total,
  };
}

/** Runs `query()` directly on the database with the same concurrency, measuring each round trip. */
export async function meetSql(opties: {
  naam: string;
  pool: pg.Pool;
  query: () => { text: string; values: unknown[] };
  verbindingen: number;
  seconden: number;
}): Promise<Meting> {
  const duren: number[] = [];
  let fouten = 0;
  const einde = Date.now() + opties.seconden * 1000;
  await Promise.all(
    Array.from({ length: opties.verbindingen }, async () => {
      while (Date.now() < einde) {
        const q = opties.query();
        const t0 = process.hrtime.bigint();
        try {
          await opties.pool.query(q.text, q.values);
        } catch {
          fouten++;
        }
        duren.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  duren.sort((a, b) => a - b);
  return {
    naam: opties.naam,
    verzoekenPerSeconde: duren.length / opties.seconden,
    p50: percentiel(duren, 50),
    p95: percentiel(duren, 95),
    p99: percentiel(duren, 99),
    fouten,
    aantal: duren.length,
  };
}
