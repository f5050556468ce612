import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations, SQL } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { databaseFout, isVerbindingVerloren } from "./fouten";
import * as schema from "./schema";
import { vergrendel } from "./vergrendeling";
import { VoorbereideClient } from "./voorbereid";

export type Schema = typeof schema;
/** One type for both drivers: the app only ever speaks PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything that can run a query: the database itself or a transaction. */
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  soort: "pglite" | "postgres";
  /** The server connection pool, for bulk work that needs the raw driver (COPY). */
  pool?: pg.Pool;
  /** PGlite only: the whole database as a gzipped tarball (`npm run backup`, src/backup). */
  dump?: () => Promise<Blob>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… — a PostgreSQL server. Without it the embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** Folder for PGlite's files; "memory" keeps everything in memory (tests). */
  dataDir: string | "memory";
  /** Size of the connection pool on a server. */
  poolSize?: number;
}

/**
 * A top-level transaction on a connection we lend and return ourselves. Drizzle's own (on a pool) sends `begin`
 * before its try/finally, so a connection the server drops between lending and `begin` was never given back:
 * each such loss shrank the pool for good, and `pool.end()` waited for ever. Here the connection always goes
 * back — destroyed when it was lost — and Drizzle runs the transaction on that one client (no pool, no release
 * of its own). One Drizzle instance per pooled connection, kept as long as the connection lives.
 */
export function transactieOpEigenVerbinding(pool: pg.Pool): Db["transaction"] {
  const perVerbinding = new WeakMap<pg.PoolClient, Db>();
  return async (werk, config) => {
    const verbinding = await pool.connect();
    let verloren: Error | undefined;
    try {
      let db = perVerbinding.get(verbinding);
      if (!db) {
        db = drizzlePg(verbinding, { schema }) as unknown as Db;
        perVerbinding.set(verbinding, db);
      }
      return await db.transaction(werk, config);
    } catch (fout) {
      if (isVerbindingVerloren(fout)) verloren = fout as Error;
      throw fout;
    } finally {
      verbinding.release(verloren);
    }
  };
}

/** The only place that knows which driver is in use. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      // A server that does not answer (failover to an address that is not there yet) fails the request with 503
      // after this long, instead of holding it until the operating system gives up on the socket.
      connectionTimeoutMillis: 10_000,
      Client: VoorbereideClient,
    });
    // An idle connection the server closes (restart, failover, admin command) must not crash the process:
    // the pool drops it and opens a new one on the next query. A lent-out one: see VoorbereideClient.
    // Only the code is logged, never the message or query data.
    pool.on("error", (fout: Error) => {
      console.error(`Databaseverbinding verbroken (${databaseFout(fout)?.code ?? "zonder code"})`);
    });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    db.transaction = transactieOpEigenVerbinding(pool);
    return { db, soort: "postgres", pool, close: () => pool.end() };
  }
  // A folder is for one process at a time: a second one would write beside the first and lose writes.
  const map = options.dataDir === "memory" ? undefined : `${options.dataDir}/pglite`;
  if (map) mkdirSync(options.dataDir, { recursive: true });
  const slot = map ? vergrendel(map) : undefined;
  let client: PGlite;
  try {
    client = map ? new PGlite(map) : new PGlite();
    await client.waitReady;
  } catch (fout) {
    slot?.vrijgeven();
    throw fout;
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  const close = async () => {
    try {
      await client.close();
    } finally {
      slot?.vrijgeven();
    }
  };
  return { db, soort: "pglite", dump: () => client.dumpDataDir("gzip"), close };
}

/**
 * Restores a PGlite tarball of `Database.dump` into an empty folder (`npm run restore`): the folder is locked like
 * an app's while PGlite unpacks and opens it once, so the restored database is known to start.
 */
export async function herstelPglite(dataDir: string, tarball: Blob): Promise<void> {
  const map = `${dataDir}/pglite`;
  mkdirSync(dataDir, { recursive: true });
  const slot = vergrendel(map);
  try {
    const client = new PGlite(map, { loadDataDir: tarball });
    await client.waitReady;
    await client.close();
  } finally {
    slot.vrijgeven();
  }
}

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function rijen<T = Record<string, unknown>>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
