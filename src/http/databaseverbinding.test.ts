import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestVoordeur, type TestVoordeur } from "../test/app";
import {
  type Antwoord,
  aantekeningen,
  type Schrijver,
  schrijfAantekeningen,
  zaakMetSchrijver,
} from "../test/journaal";
import { type EigenPostgres, postgresBinaries, startEigenPostgres } from "../test/postgres-server";
import { DATABASE_NIET_BEREIKBAAR } from "./error-handler";

/**
 * Issue Vertrouwen, item 1: a connection the PostgreSQL server drops (pg_terminate_backend, a restart) fails only
 * the requests that were using it, with a 503 problem; the process lives on and the pool recovers by itself.
 * Only on a PostgreSQL server (npm run test:postgres): PGlite runs in the process and has no connection to lose.
 */
const serverUrl = process.env.VOORDEUR_TEST_DATABASE_URL;

/** `aantal` journaal notes written at the same time. */
const schrijf = (t: TestVoordeur, z: Schrijver, aantal: number) =>
  schrijfAantekeningen(t, z, aantekeningen(aantal));

/** Every refused request says, as problem+json, that the database is away for a moment. */
function verwachtNietBereikbaar(antwoorden: readonly Antwoord[]) {
  for (const a of antwoorden.filter((x) => x.status === 503)) {
    expect(a.type).toContain("application/problem+json");
    expect(a.body).toMatchObject({ status: 503, detail: DATABASE_NIET_BEREIKBAAR });
  }
}

const wacht = (ms: number) => new Promise((klaar) => setTimeout(klaar, ms));

describe.skipIf(!serverUrl)("verbinding met de PostgreSQL-server verloren (alleen op een server)", () => {
  let t: TestVoordeur;
  let beheer: pg.Client;
  let z: Schrijver;
  let databaseNaam: string;

  beforeAll(async () => {
    t = await startTestVoordeur();
    z = await zaakMetSchrijver(t);
    beheer = new pg.Client({ connectionString: serverUrl });
    await beheer.connect();
  });
  afterAll(async () => {
    await beheer?.end();
    await t?.sluit();
  });

  it("pg_terminate_backend during 20 writes: only the cut-off requests get 503, never 500; then all is well", async () => {
    const pool = t.database.pool;
    if (!pool) throw new Error("geen pool");
    databaseNaam = (await pool.query("select current_database() as naam")).rows[0].naam;
    // Each note takes 300 ms inside its transaction, so the termination surely hits requests in flight.
    await pool.query(`
      create function test_traag() returns trigger language plpgsql as
        $$ begin perform pg_sleep(0.3); return new; end $$;
      create trigger test_traag before insert on journaal for each row execute function test_traag();`);
    const lopend = schrijf(t, z, 20);
    for (let i = 0; i < 100; i++) {
      const r = await beheer.query(
        "select count(*)::int as n from pg_stat_activity where datname = $1 and wait_event = 'PgSleep'",
        [databaseNaam],
      );
      if (r.rows[0].n > 0) break;
      await wacht(20);
    }
    const beeindigd = await beheer.query(
      "select count(*)::int as n from pg_stat_activity, pg_terminate_backend(pid) where datname = $1",
      [databaseNaam],
    );
    expect(beeindigd.rows[0].n).toBeGreaterThan(0);
    const antwoorden = await lopend;
    const statussen = antwoorden.map((a) => a.status);
    expect(statussen.filter((s) => s !== 201 && s !== 503)).toEqual([]);
    expect(statussen).toContain(503);
    verwachtNietBereikbaar(antwoorden);

    await pool.query("drop trigger test_traag on journaal; drop function test_traag()");
    expect((await schrijf(t, z, 10)).map((a) => a.status)).toEqual(Array(10).fill(201));
    // Every connection went back to the pool (one lost before `begin` used to stay lent out for ever).
    expect(pool.totalCount - pool.idleCount).toBe(0);
  });
});

describe.skipIf(!serverUrl || !postgresBinaries())(
  "PostgreSQL-server herstart onder belasting (alleen op een server; een eigen server die de test herstart)",
  () => {
    let server: EigenPostgres;
    let t: TestVoordeur;
    let z: Schrijver;

    beforeAll(async () => {
      server = await startEigenPostgres();
      t = await startTestVoordeur({}, { serverUrl: server.url });
      z = await zaakMetSchrijver(t);
    });
    afterAll(async () => {
      await t?.sluit();
      await server?.ruimOp();
    });

    it("requests during the outage get 503; after the restart they succeed without restarting the app", async () => {
      expect((await schrijf(t, z, 5)).map((a) => a.status)).toEqual(Array(5).fill(201));

      // The server goes down while 20 writes are running.
      const lopend = schrijf(t, z, 20);
      await server.stop();
      const tijdensStop = await lopend;
      expect(tijdensStop.map((a) => a.status).filter((s) => s !== 201 && s !== 503)).toEqual([]);
      verwachtNietBereikbaar(tijdensStop);

      const tijdensStoring = await schrijf(t, z, 10);
      expect(tijdensStoring.map((a) => a.status)).toEqual(Array(10).fill(503));
      verwachtNietBereikbaar(tijdensStoring);

      await server.start();
      expect((await schrijf(t, z, 10)).map((a) => a.status)).toEqual(Array(10).fill(201));
      const pool = t.database.pool;
      expect(pool && pool.totalCount - pool.idleCount).toBe(0);
    });
  },
);
