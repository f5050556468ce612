/**
 * Benchmark of the IAG path (issue 5) against a PostgreSQL server with 1M residents:
 *  1. search-to-dossier: GET /api/aanmelden/personen/{id} (person + gezin + betrokkenheden + contacten in one
 *     call) with autocannon — target p95 ≤ 30 ms;
 *  2. registering a contact that becomes a zaak: POST /api/aanmelden — target ≥ 200/s sustained.
 * Standalone like bench/run.ts (DATABASE_URL, or a throwaway server via scripts/with-postgres.sh); results as
 * JSON in bench/results/aanmelden-*.json. Options: --inwoners 1000000 --seconden 20 --verbindingen 16
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { type Meting, meetHttp } from "./meet";

const { values } = parseArgs({
  options: {
    inwoners: { type: "string", default: "1000000" },
    seconden: { type: "string", default: "20" },
    verbindingen: { type: "string", default: "16" },
  },
});

const url = process.env.DATABASE_URL ?? process.env.VOORDEUR_TEST_DATABASE_URL;
if (!url) {
  const r = spawnSync(
    "scripts/with-postgres.sh",
    ["npx", "tsx", "bench/aanmelden.ts", ...process.argv.slice(2)],
    {
      stdio: "inherit",
    },
  );
  process.exit(r.status ?? 1);
}
process.env.VOORDEUR_BSN_SLEUTEL ??= randomBytes(32).toString("base64");
process.env.VOORDEUR_BSN_INDEX_SLEUTEL ??= randomBytes(32).toString("base64");
const GEMEENTE = "1699";
const inwoners = Number(values.inwoners);
const seconden = Number(values.seconden);
const verbindingen = Number(values.verbindingen);
const env = { ...process.env, DATABASE_URL: url };
const pool = new pg.Pool({ connectionString: url, max: 2 });

async function aantalInwoners(): Promise<number> {
  try {
    const r = await pool.query("select count(*)::int as n from personen where gemeente_code = $1", [
      GEMEENTE,
    ]);
    return r.rows[0].n as number;
  } catch {
    return 0; // not migrated yet
  }
}

const aanwezig = await aantalInwoners();
if (aanwezig < inwoners) {
  console.log(`== ${inwoners - aanwezig} inwoners genereren`);
  const args = ["--gemeente", GEMEENTE, "--inwoners", String(inwoners - aanwezig), "--seed", "42"];
  const r = spawnSync("npx", ["tsx", "scripts/genereer.ts", ...args, "--zaken-per-inwoner", "1"], {
    stdio: "inherit",
    env,
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

console.log("== Voordeur starten");
const poort = 3800 + Math.floor(Math.random() * 90);
const app = spawn("npx", ["tsx", "src/main.ts"], {
  env: {
    ...env,
    PORT: String(poort),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    VOORDEUR_DEMO: "1",
    VOORDEUR_DB_POOL: String(verbindingen),
    VOORDEUR_WEB_DIR: "/nonexistent",
  },
  stdio: ["ignore", "inherit", "inherit"],
  detached: true,
});
const basis = `http://127.0.0.1:${poort}`;
for (
  let poging = 0;
  !(await fetch(`${basis}/api/gezondheid`).then(
    (r) => r.ok,
    () => false,
  ));
  poging++
) {
  if (poging > 120) throw new Error("Voordeur start niet");
  await new Promise((klaar) => setTimeout(klaar, 500));
}
const sessie = await fetch(`${basis}/api/sessie`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ gebruikersnaam: "iag", wachtwoord: "voordeur-demo" }),
});
const cookie = (sessie.headers.get("set-cookie") ?? "").split(";")[0] ?? "";

// A sample of residents spread over the table (block sampling: no full scan of 1M rows).
const ids = (
  await pool.query("select id from personen tablesample system (1) where gemeente_code = $1 limit 5000", [
    GEMEENTE,
  ])
).rows.map((r) => r.id as string);
const kies = () => ids[Math.floor(Math.random() * ids.length)] as string;

console.log(`== IAG-scherm: GET /api/aanmelden/personen/{id} (${verbindingen} clients, ${seconden} s)`);
const dossier = await meetHttp({
  naam: "IAG-scherm: persoon + gezin + betrokkenheden + contacten",
  url: basis,
  cookie,
  verbindingen,
  seconden,
  pad: () => `/api/aanmelden/personen/${kies()}`,
});

/** Sustained POST load: `verbindingen` workers register contacts that become zaken, back to back. */
async function meetRegistreren(): Promise<Meting> {
  const duren: number[] = [];
  let fouten = 0;
  const einde = Date.now() + seconden * 1000;
  const werker = async () => {
    while (Date.now() < einde) {
      const start = performance.now();
      const antwoord = await fetch(`${basis}/api/aanmelden`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify({
          kanaal: "telefoon",
          persoonId: kies(),
          thema: "huishoudelijke-hulp",
          vraag: "Benchmark: hulp bij het huishouden na een operatie.",
          directBeantwoord: false,
          triage: {
            veiligheidssignalen: false,
            veiligheid: "veilig",
            leefgebieden: ["huishouden"],
            wetDomein: "wmo",
          },
          uitkomst: { soort: "zaak" },
        }),
      }).catch(() => null);
      duren.push(performance.now() - start);
      if (antwoord?.status !== 201) fouten++;
      await antwoord?.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: verbindingen }, werker));
  const gesorteerd = duren.sort((a, b) => a - b);
  const p = (n: number) =>
    Number((gesorteerd[Math.min(gesorteerd.length - 1, Math.floor(n * gesorteerd.length))] ?? 0).toFixed(1));
  return {
    naam: "contact registreren + zaak aanmaken",
    verzoekenPerSeconde: (duren.length - fouten) / seconden,
    p50: p(0.5),
    p95: p(0.95),
    p99: p(0.99),
    fouten,
    aantal: duren.length,
  };
}

console.log(`== registreren: POST /api/aanmelden (${verbindingen} clients, ${seconden} s)`);
const registreren = await meetRegistreren();

process.kill(-(app.pid ?? 0), "SIGTERM");
await pool.end();

const resultaat = {
  datum: new Date().toISOString(),
  inwoners: Math.max(aanwezig, inwoners),
  verbindingen,
  seconden,
  machine: { cpus: cpus().length, node: process.version },
  metingen: [
    { meting: dossier, doel: { p95Ms: 30 }, gehaald: dossier.p95 <= 30 && dossier.fouten === 0 },
    {
      meting: registreren,
      doel: { minimaalPerSeconde: 200 },
      gehaald: registreren.verzoekenPerSeconde >= 200 && registreren.fouten === 0,
    },
  ],
};
mkdirSync("bench/results", { recursive: true });
const bestand = `bench/results/aanmelden-${resultaat.datum.replace(/[:.]/g, "-")}.json`;
writeFileSync(bestand, `${JSON.stringify(resultaat, null, 2)}\n`);
console.table(
  resultaat.metingen.map(({ meting, gehaald }) => ({
    meting: meting.naam,
    "req/s": Math.round(meting.verzoekenPerSeconde),
    "p50/p95/p99 ms": `${meting.p50}/${meting.p95}/${meting.p99}`,
    fouten: meting.fouten,
    gehaald,
  })),
);
console.log(`Resultaat: ${bestand}`);
