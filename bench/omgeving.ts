/**
 * The benchmark environment, built once for every scenario that needs it: a PostgreSQL server (DATABASE_URL,
 * or a throwaway one via scripts/with-postgres.sh), a gemeente filled by scripts/genereer.ts, one Voordeur
 * process on a free port with the demo users, and logins.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Uitkomst } from "./meet";

export const GEMEENTE = "1699";
/** The samenwerkingsverband of GEMEENTE (src/seed/nmd.ts). */
export const VERBAND = "NMD";
/** Noordenveld's block of test BSNs in the generator (index 3 in NMD_GEMEENTEN, 1.5M each). */
export const BSN_BLOK = 3 * 1_500_000;
/** Every data set is generated with this seed, so runs are comparable. */
const SEED = "42";

export interface Omgeving {
  /** The database, for sampling inputs and for the direct-SQL comparisons. */
  pool: pg.Pool;
  /** http://127.0.0.1:<poort> */
  basis: string;
  inwoners: number;
  zaken: number;
  /** The session cookie of a demo user (password voordeur-demo). */
  login(gebruikersnaam: string): Promise<string>;
  stop(): Promise<void>;
}

export function databaseUrl(): string | undefined {
  return process.env.DATABASE_URL ?? process.env.VOORDEUR_TEST_DATABASE_URL;
}

/**
 * Without a database URL: runs this same command again under a throwaway PostgreSQL server and exits with its
 * status. Returns only when a database is configured.
 */
export function zorgVoorDatabase(script: string): string {
  const url = databaseUrl();
  if (url) return url;
  const r = spawnSync("scripts/with-postgres.sh", ["npx", "tsx", script, ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  process.exit(r.status ?? 1);
}

async function tel(pool: pg.Pool, tabel: "personen" | "zaken"): Promise<number> {
  try {
    const r = await pool.query(`select count(*)::int as n from ${tabel} where gemeente_code = $1`, [
      GEMEENTE,
    ]);
    return r.rows[0].n as number;
  } catch {
    return 0; // not migrated yet
  }
}

/** Tops the gemeente up to `inwoners` residents (with `zakenPerInwoner` zaken each) when it has fewer. */
function genereer(env: NodeJS.ProcessEnv, aantal: number, zakenPerInwoner: number) {
  console.log(`== ${aantal} inwoners genereren`);
  const args = ["--gemeente", GEMEENTE, "--inwoners", String(aantal), "--seed", SEED];
  const r = spawnSync(
    "npx",
    ["tsx", "scripts/genereer.ts", ...args, "--zaken-per-inwoner", String(zakenPerInwoner)],
    { stdio: "inherit", env },
  );
  if (r.status !== 0) throw new Error(`genereren mislukt (exit ${r.status})`);
}

export async function wachtOpGezondheid(basis: string, app: ChildProcess) {
  for (let poging = 0; ; poging++) {
    if (app.exitCode !== null) throw new Error(`Voordeur stopte bij het starten (exit ${app.exitCode})`);
    const ok = await fetch(`${basis}/api/gezondheid`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (poging > 240) throw new Error("Voordeur start niet");
    await new Promise((klaar) => setTimeout(klaar, 500));
  }
}

export async function startOmgeving(opties: {
  url: string;
  inwoners: number;
  verbindingen: number;
  zakenPerInwoner?: number;
}): Promise<Omgeving> {
  // Fresh keys suit a throwaway database; a kept database needs the keys it was generated with.
  process.env.VOORDEUR_BSN_SLEUTEL ??= randomBytes(32).toString("base64");
  process.env.VOORDEUR_BSN_INDEX_SLEUTEL ??= randomBytes(32).toString("base64");
  // On a PostgreSQL server the audit anchors' HMAC key must be configured (src/audit/anker.ts).
  process.env.VOORDEUR_AUDIT_ANKER_SLEUTEL ??= randomBytes(32).toString("base64");
  const env = { ...process.env, DATABASE_URL: opties.url };
  const pool = new pg.Pool({ connectionString: opties.url, max: opties.verbindingen });

  const aanwezig = await tel(pool, "personen");
  if (aanwezig < opties.inwoners) genereer(env, opties.inwoners - aanwezig, opties.zakenPerInwoner ?? 2);

  console.log("== Voordeur starten");
  const poort = 3800 + Math.floor(Math.random() * 190);
  const app = spawn("npx", ["tsx", "src/main.ts"], {
    env: {
      ...env,
      PORT: String(poort),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      VOORDEUR_DEMO: "1",
      VOORDEUR_DB_POOL: String(opties.verbindingen),
      VOORDEUR_WEB_DIR: "/nonexistent",
    },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const basis = `http://127.0.0.1:${poort}`;
  const stop = async () => {
    if (app.exitCode === null && app.pid) process.kill(-app.pid, "SIGTERM");
    await pool.end();
  };
  try {
    await wachtOpGezondheid(basis, app);
  } catch (fout) {
    await stop();
    throw fout;
  }

  return {
    pool,
    basis,
    inwoners: await tel(pool, "personen"),
    zaken: await tel(pool, "zaken"),
    async login(gebruikersnaam) {
      const r = await fetch(`${basis}/api/sessie`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ gebruikersnaam, wachtwoord: "voordeur-demo" }),
      });
      if (!r.ok) throw new Error(`inloggen als ${gebruikersnaam} mislukt (${r.status})`);
      return (r.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    },
    stop,
  };
}

export interface BenchOpties {
  inwoners: number;
  seconden: number;
  verbindingen: number;
}

/** One benchmark scenario (a file in bench/): its measurements, each against a target of the issues. */
export type Scenario =
  | { naam: string; metDatabase: true; voer(omgeving: Omgeving, opties: BenchOpties): Promise<Uitkomst[]> }
  | { naam: string; metDatabase: false; voer(opties: BenchOpties): Promise<Uitkomst[]> };
