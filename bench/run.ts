/**
 * `npm run bench`: person search through the HTTP API against a PostgreSQL server with 1M residents,
 * 16 concurrent clients (autocannon), next to the same queries run directly in SQL; results as JSON in
 * bench/results/. Uses DATABASE_URL when set; otherwise starts a throwaway server (scripts/with-postgres.sh).
 * Options: --inwoners 1000000 --seconden 20 --verbindingen 16
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import pg from "pg";
import { genereerTestBsn } from "../src/domain/persoon/bsn";
import { laadBsnSleutels } from "../src/privacy/bsn-sleutels";
import { bsnIndex } from "../src/privacy/bsn-versleuteling";
import { type Meting, meetHttp, meetSql } from "./meet";

const { values } = parseArgs({
  options: {
    inwoners: { type: "string", default: "1000000" },
    seconden: { type: "string", default: "20" },
    verbindingen: { type: "string", default: "16" },
    "zaken-per-inwoner": { type: "string", default: "2" },
  },
});

const url = process.env.DATABASE_URL ?? process.env.VOORDEUR_TEST_DATABASE_URL;
if (!url) {
  // Re-run this script under a throwaway PostgreSQL server.
  const r = spawnSync("scripts/with-postgres.sh", ["npx", "tsx", "bench/run.ts", ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  process.exit(r.status ?? 1);
}
process.env.VOORDEUR_BSN_SLEUTEL ??= randomBytes(32).toString("base64");
process.env.VOORDEUR_BSN_INDEX_SLEUTEL ??= randomBytes(32).toString("base64");
const sleutels = laadBsnSleutels({ env: process.env, dataDir: null });
const GEMEENTE = "1699";
const inwoners = Number(values.inwoners);
const seconden = Number(values.seconden);
const verbindingen = Number(values.verbindingen);
const env = { ...process.env, DATABASE_URL: url };

const pool = new pg.Pool({ connectionString: url, max: verbindingen });
const telling = async () => {
  try {
    const r = await pool.query("select count(*)::int as n from personen where gemeente_code = $1", [
      GEMEENTE,
    ]);
    return r.rows[0].n as number;
  } catch {
    return 0;
  }
};

let aanwezig = await telling();
if (aanwezig < inwoners) {
  console.log(`== ${inwoners - aanwezig} inwoners genereren`);
  const r = spawnSync(
    "npx",
    [
      "tsx",
      "scripts/genereer.ts",
      "--gemeente",
      GEMEENTE,
      "--inwoners",
      String(inwoners - aanwezig),
      "--seed",
      "42",
      "--zaken-per-inwoner",
      values["zaken-per-inwoner"],
    ],
    {
      stdio: "inherit",
      env,
    },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
  aanwezig = await telling();
}

console.log("== Voordeur starten");
const poort = 3900 + Math.floor(Math.random() * 90);
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
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${basis}/api/gezondheid`)).ok) break;
  } catch {}
  if (i > 120) throw new Error("Voordeur start niet");
  await new Promise((r) => setTimeout(r, 500));
}
const login = await fetch(`${basis}/api/sessie`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ gebruikersnaam: "iag", wachtwoord: "voordeur-demo" }),
});
const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";

// Sample inputs: BSNs the generator issued (deterministic), surname prefixes that exist.
const offset = 3 * 1_500_000; // Noordenveld's block in the generator (index 3 in NMD_GEMEENTEN)
const bsns = Array.from({ length: 2000 }, () =>
  genereerTestBsn(offset + Math.floor(Math.random() * aanwezig)),
);
const prefixen = (
  await pool.query(
    "select distinct left(zoek_geslachtsnaam, 4) as p from personen where gemeente_code = $1 and length(zoek_geslachtsnaam) >= 4 limit 300",
    [GEMEENTE],
  )
).rows.map((r) => r.p as string);
const kies = <T>(lijst: T[]) => lijst[Math.floor(Math.random() * lijst.length)] as T;

const SQL_KOLOMMEN = "*";
const metingen: { api: Meting; sql: Meting; doelP95: number }[] = [];
for (const soort of ["bsn", "naam"] as const) {
  console.log(`== ${soort}: API (${verbindingen} clients, ${seconden} s)`);
  const api = await meetHttp({
    naam: `zoeken op ${soort} via API`,
    url: basis,
    cookie,
    verbindingen,
    seconden,
    pad: () => `/api/personen?zoek=${encodeURIComponent(soort === "bsn" ? kies(bsns) : kies(prefixen))}`,
  });
  console.log(`== ${soort}: direct SQL`);
  const sql = await meetSql({
    naam: `zoeken op ${soort} direct in SQL`,
    pool,
    verbindingen,
    seconden,
    query: () =>
      soort === "bsn"
        ? {
            text: `select ${SQL_KOLOMMEN} from personen where gemeente_code = $1 and bsn_index = $2 order by zoek_geslachtsnaam, zoek_voornamen, geboortedatum, id limit 25`,
            values: [GEMEENTE, bsnIndex(sleutels, kies(bsns))],
          }
        : {
            text: `select ${SQL_KOLOMMEN} from personen where gemeente_code = $1 and zoek_geslachtsnaam >= $2 and zoek_geslachtsnaam < $2 || chr(1114111) order by zoek_geslachtsnaam, zoek_voornamen, geboortedatum, id limit 25`,
            values: [GEMEENTE, kies(prefixen)],
          },
  });
  metingen.push({ api, sql, doelP95: soort === "bsn" ? 10 : 25 });
}

// Werkvoorraad: the Wmo consulent pages through the open zaken of the Wmo werkvoorraad.
const wmoLogin = await fetch(`${basis}/api/sessie`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ gebruikersnaam: "wmo", wachtwoord: "voordeur-demo" }),
});
const wmoCookie = (wmoLogin.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
const zakenAantal = Number((await pool.query("select count(*)::int as n from zaken")).rows[0].n);
if (zakenAantal > 0) {
  console.log(`== werkvoorraad: API (${verbindingen} clients, ${seconden} s), ${zakenAantal} zaken`);
  const api = await meetHttp({
    naam: "werkvoorraad Wmo via API",
    url: basis,
    cookie: wmoCookie,
    verbindingen,
    seconden,
    pad: () => `/api/werkvoorraden/wmo/zaken?pagina=${1 + Math.floor(Math.random() * 20)}&perPagina=25`,
  });
  console.log("== werkvoorraad: direct SQL");
  const sql = await meetSql({
    naam: "werkvoorraad Wmo direct in SQL",
    pool,
    verbindingen,
    seconden,
    query: () => ({
      text: `select z.*, g.naam, (select concat_ws(' ', p.voornamen, p.voorvoegsel, p.geslachtsnaam) from zaak_personen zp join personen p on p.id = zp.persoon_id where zp.zaak_id = z.id and zp.rol = 'hoofdpersoon' limit 1)
             from zaken z left join gebruikers g on g.id = z.behandelaar_id
             where z.gemeente_code = $1 and z.werkvoorraad = 'wmo' and z.afgesloten_op is null
             order by z.volgende_termijn_datum asc nulls last, z.id limit 25 offset $2`,
      values: [GEMEENTE, 25 * Math.floor(Math.random() * 20)],
    }),
  });
  metingen.push({ api, sql, doelP95: 20 });
}

process.kill(-(app.pid ?? 0), "SIGTERM");
await pool.end();

const resultaat = {
  datum: new Date().toISOString(),
  inwoners: aanwezig,
  zaken: zakenAantal,
  verbindingen,
  seconden,
  machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
  metingen: metingen.map(({ api, sql, doelP95 }) => ({
    api,
    sql,
    verhoudingApiSql: Number((api.verzoekenPerSeconde / sql.verzoekenPerSeconde).toFixed(3)),
    doelen: { p95Ms: doelP95, minimaleVerhouding: 0.5 },
    gehaald: api.p95 <= doelP95 && api.verzoekenPerSeconde / sql.verzoekenPerSeconde >= 0.5,
  })),
};
mkdirSync("bench/results", { recursive: true });
const bestand = `bench/results/personen-${resultaat.datum.replace(/[:.]/g, "-")}.json`;
writeFileSync(bestand, `${JSON.stringify(resultaat, null, 2)}\n`);
console.table(
  resultaat.metingen.map((m) => ({
    meting: m.api.naam,
    "API req/s": Math.round(m.api.verzoekenPerSeconde),
    "API p50/p95/p99 ms": `${m.api.p50}/${m.api.p95}/${m.api.p99}`,
    "SQL req/s": Math.round(m.sql.verzoekenPerSeconde),
    "SQL p95 ms": m.sql.p95.toFixed(2),
    "API/SQL": m.verhoudingApiSql,
    fouten: m.api.fouten,
    gehaald: m.gehaald,
  })),
);
console.log(`Resultaat: ${bestand}`);
