import { randomBytes, randomUUID } from "node:crypto";
import type { SQL } from "drizzle-orm";
import pg from "pg";
import type { DestinationStream } from "pino";
import { type Config, laadConfig } from "../config";
import { type Database, openDatabase } from "../db/client";
import { migreer } from "../db/migrate";
import { type App, bouwApp } from "../http/app";
import { laadKalender } from "../kalender/kalender";
import { laadBsnSleutels } from "../privacy/bsn-sleutels";
import { zaaiBasisgegevens, zaaiDemo, zaaiWijkPostcodes } from "../seed";

/**
 * A fresh Voordeur for an integration test: in-memory PGlite by default, or — when
 * VOORDEUR_TEST_DATABASE_URL points at a PostgreSQL server — a new, empty database on that server
 * (dropped again by `sluit`). The same tests thus run on both.
 */
export interface TestVoordeur {
  app: App;
  database: Database;
  config: Config;
  sluit(): Promise<void>;
}

async function maakServerDatabase(
  serverUrl = process.env.VOORDEUR_TEST_DATABASE_URL,
): Promise<{ url: string; opruimen: () => Promise<void> } | undefined> {
  if (!serverUrl) return undefined;
  const naam = `voordeur_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const beheer = new pg.Client({ connectionString: serverUrl });
  await beheer.connect();
  await beheer.query(`create database ${naam}`);
  await beheer.end();
  const url = new URL(serverUrl);
  url.pathname = `/${naam}`;
  return {
    url: url.toString(),
    opruimen: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      // pool.end() resolves before its connections are gone; wait for them, so the forced drop below only ends
      // connections a test leaked (and never one that is still saying goodbye).
      for (let i = 0; i < 50; i++) {
        const r = await c.query("select count(*)::int as n from pg_stat_activity where datname = $1", [naam]);
        if (r.rows[0].n === 0) break;
        await new Promise((klaar) => setTimeout(klaar, 100));
      }
      await c.query(`drop database if exists ${naam} with (force)`);
      await c.end();
    },
  };
}

export interface TestOpties {
  demo?: boolean;
  /** Another PostgreSQL server than VOORDEUR_TEST_DATABASE_URL (e.g. a private one a test restarts). */
  serverUrl?: string;
  /** Where the app's log lines go (with `logLevel` in the overrides), so a test can read them. */
  logStroom?: DestinationStream;
}

export async function startTestVoordeur(
  overrides: Partial<Config> = {},
  opties: TestOpties = {},
): Promise<TestVoordeur> {
  const server = await maakServerDatabase(opties.serverUrl);
  const config: Config = {
    ...laadConfig({ LOG_LEVEL: "silent", VOORDEUR_WEB_DIR: "/nonexistent" }),
    ...overrides,
  };
  const database = await openDatabase({ databaseUrl: server?.url, dataDir: "memory", poolSize: 4 });
  await migreer(database.db);
  await zaaiBasisgegevens(database.db);
  await laadKalender(database.db);
  if (opties.demo ?? true) {
    await zaaiWijkPostcodes(database.db);
    await zaaiDemo(database.db);
  }
  const sleutels = laadBsnSleutels({
    env: {
      VOORDEUR_BSN_SLEUTEL: randomBytes(32).toString("base64"),
      VOORDEUR_BSN_INDEX_SLEUTEL: randomBytes(32).toString("base64"),
    },
    dataDir: null,
  });
  const app = await bouwApp(config, database, "test", sleutels, opties.logStroom);
  await app.ready();
  return {
    app,
    database,
    config,
    async sluit() {
      await app.close();
      await database.close();
      await server?.opruimen();
    },
  };
}

/**
 * A test's requests as one of its logged-in medewerkers (`sessies[wie]`, filled by `login`), with `If-Match` when a
 * versie is given. `app` is read at call time (the Voordeur starts in beforeAll).
 */
export function alsMedewerker(app: () => App, sessies: Record<string, string>) {
  return (
    wie: string,
    method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
    url: string,
    payload?: object,
    versie?: number,
  ) =>
    app().inject({
      method,
      url,
      headers: { cookie: sessies[wie] ?? "", ...(versie !== undefined ? { "if-match": `"${versie}"` } : {}) },
      ...(payload ? { payload } : {}),
    });
}

/** The rows of a query straight on the test database (to prove what was, or was not, stored). */
export async function rijenUit<T>(t: TestVoordeur, query: SQL): Promise<T[]> {
  return ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Logs in through the API and returns the cookie header to send along. */
export async function login(app: App, gebruikersnaam: string, wachtwoord = "voordeur-demo"): Promise<string> {
  const res = await app.inject({
    method: "POST",
    url: "/api/sessie",
    payload: { gebruikersnaam, wachtwoord },
  });
  if (res.statusCode !== 200) throw new Error(`login ${gebruikersnaam} gaf ${res.statusCode}: ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === "voordeur_sessie");
  if (!cookie) throw new Error("geen sessiecookie");
  return `voordeur_sessie=${cookie.value}`;
}

/**
 * A new medewerker with content access, as a beheerder makes one: roles that give access wait for a second person
 * (domain/gebruikers/vier-ogen.ts), so the teamleider approves the request in their own session.
 */
export async function maakMedewerkerMetToegang(
  app: App,
  sessies: { beheerder: string; teamleider: string },
  invoer: {
    gebruikersnaam: string;
    naam: string;
    rollen: string[];
    vakgroepen: string[];
    wachtwoord: string;
  },
): Promise<string> {
  const res = await app.inject({
    method: "POST",
    url: "/api/gebruikers",
    headers: { cookie: sessies.beheerder },
    payload: invoer,
  });
  if (res.statusCode !== 201) throw new Error(`medewerker maken gaf ${res.statusCode}: ${res.body}`);
  const gemaakt = res.json() as { id: string; wachtOpGoedkeuring: { verzoekId: string } | null };
  if (gemaakt.wachtOpGoedkeuring) {
    const url = `/api/rolverzoeken/${gemaakt.wachtOpGoedkeuring.verzoekId}`;
    const verzoek = (
      await app.inject({ method: "GET", url, headers: { cookie: sessies.teamleider } })
    ).json();
    const goed = await app.inject({
      method: "POST",
      url: `${url}/goedkeuring`,
      headers: { cookie: sessies.teamleider, "if-match": `"${verzoek.versie}"` },
    });
    if (goed.statusCode !== 200) throw new Error(`goedkeuring gaf ${goed.statusCode}: ${goed.body}`);
  }
  return gemaakt.id;
}

/** The rule codes a 422 names, for programs: `regel` and each field error's `regel` (the detail is for people). */
export function regelsIn(antwoord: { json(): unknown }): string[] {
  const p = antwoord.json() as { regel?: string; errors?: { regel?: string }[] };
  return [p.regel, ...(p.errors ?? []).map((e) => e.regel)].filter((r): r is string => Boolean(r));
}
