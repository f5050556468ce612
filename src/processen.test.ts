/**
 * Issue 19: `npm start` on a PostgreSQL server runs one process per core (src/processen.ts). Proven with a real
 * start of src/main.ts on a throwaway database: the primary prepares the database once, two workers serve the
 * same port, a killed worker is replaced, and SIGTERM stops them all with exit 0. Runs on the PostgreSQL pass
 * (`scripts/with-postgres.sh`); PGlite is one process by design.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { resolve } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

const SERVER = process.env.VOORDEUR_TEST_DATABASE_URL;
const WORTEL = resolve(import.meta.dirname, "..");
const TSX = createRequire(import.meta.url).resolve("tsx/cli");

const vrijePoort = () =>
  new Promise<number>((klaar) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const adres = s.address();
      s.close(() => klaar(typeof adres === "object" && adres ? adres.port : 0));
    });
  });

let kind: ChildProcess | undefined;
let opruimen: (() => Promise<void>) | undefined;
afterAll(async () => {
  kind?.kill("SIGKILL");
  await opruimen?.();
});

describe.runIf(SERVER)("meerdere processen op een PostgreSQL-server", () => {
  it("twee werkers op één poort, een gestopte werker wordt vervangen, SIGTERM stopt alles met 0", async () => {
    const naam = `voordeur_proc_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
    const beheer = new pg.Client({ connectionString: SERVER });
    await beheer.connect();
    await beheer.query(`create database ${naam}`);
    const url = new URL(SERVER ?? "");
    url.pathname = `/${naam}`;
    opruimen = async () => {
      await beheer.query(`drop database if exists ${naam} with (force)`);
      await beheer.end();
    };
    const poort = await vrijePoort();
    kind = spawn(process.execPath, [TSX, "src/main.ts"], {
      cwd: WORTEL,
      env: {
        ...process.env,
        DATABASE_URL: url.toString(),
        VOORDEUR_PROCESSEN: "2",
        VOORDEUR_DEMO: "0",
        PORT: String(poort),
        VOORDEUR_BSN_SLEUTEL: randomBytes(32).toString("base64"),
        VOORDEUR_BSN_INDEX_SLEUTEL: randomBytes(32).toString("base64"),
        VOORDEUR_AUDIT_ANKER_SLEUTEL: randomBytes(32).toString("base64"),
        npm_lifecycle_event: "",
      },
    });
    const regels: { msg?: string; pid?: number }[] = [];
    let rest = "";
    kind.stdout?.on("data", (d: Buffer) => {
      rest += d.toString();
      const delen = rest.split("\n");
      rest = delen.pop() ?? "";
      for (const r of delen)
        try {
          regels.push(JSON.parse(r));
        } catch {
          /* not a log line */
        }
    });
    const draaiend = () => regels.filter((r) => r.msg?.startsWith("Voordeur draait"));
    const wacht = async (klaar: () => boolean, ms = 90_000) => {
      const tot = Date.now() + ms;
      while (!klaar()) {
        if (Date.now() > tot) throw new Error(`niet op tijd: ${JSON.stringify(regels.map((r) => r.msg))}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };

    await wacht(() => draaiend().length >= 2);
    const pids = new Set(draaiend().map((r) => r.pid));
    expect(pids.size).toBe(2);
    // The primary prepared the database before forking: the migrations are logged once, by the primary
    // (not a worker; tsx runs the primary as its own child process, so its pid is not kind.pid).
    const migraties = regels.filter((r) => r.msg === "migraties toegepast");
    expect(migraties).toHaveLength(1);
    expect(pids.has(migraties[0]?.pid)).toBe(false);
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`http://127.0.0.1:${poort}/api/gezondheid`);
      expect(res.status).toBe(200);
    }

    const [eerste] = [...pids];
    process.kill(eerste ?? 0, "SIGKILL");
    await wacht(() => draaiend().length >= 3);
    expect(new Set(draaiend().map((r) => r.pid)).size).toBe(3);
    expect((await fetch(`http://127.0.0.1:${poort}/api/gezondheid`)).status).toBe(200);

    const einde = new Promise<number | null>((klaar) => kind?.once("exit", (code) => klaar(code)));
    kind.kill("SIGTERM");
    expect(await einde).toBe(0);
    kind = undefined;
  }, 180_000);
});
