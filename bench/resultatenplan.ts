/**
 * Benchmark of saving a resultatenplan version (issue 6): PUT /api/resultatenplannen/{id} with If-Match, each
 * client editing its own plan of a zaak in a gemeente with 1M residents — target p95 ≤ 30 ms.
 * Standalone (DATABASE_URL, or a throwaway server via scripts/with-postgres.sh); results as JSON in
 * bench/results/resultatenplan-*.json. Options: --inwoners 1000000 --seconden 20 --verbindingen 16
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";

const { values: opties } = parseArgs({
  options: {
    inwoners: { type: "string", default: "1000000" },
    seconden: { type: "string", default: "20" },
    verbindingen: { type: "string", default: "16" },
  },
});
const databaseUrl = process.env.DATABASE_URL ?? process.env.VOORDEUR_TEST_DATABASE_URL;
if (!databaseUrl) {
  const herstart = ["npx", "tsx", "bench/resultatenplan.ts", ...process.argv.slice(2)];
  process.exit(spawnSync("scripts/with-postgres.sh", herstart, { stdio: "inherit" }).status ?? 1);
}
process.env.VOORDEUR_BSN_SLEUTEL ??= randomBytes(32).toString("base64");
process.env.VOORDEUR_BSN_INDEX_SLEUTEL ??= randomBytes(32).toString("base64");
const gemeente = "1699";
const [doelInwoners, duur, clients] = [opties.inwoners, opties.seconden, opties.verbindingen].map(Number) as [
  number,
  number,
  number,
];
const omgeving = { ...process.env, DATABASE_URL: databaseUrl };
const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });

const geteld = await db
  .query("select count(*)::int as n from personen where gemeente_code = $1", [gemeente])
  .then((r) => r.rows[0].n as number)
  .catch(() => 0);
if (geteld < doelInwoners) {
  const genereer = [
    "tsx",
    "scripts/genereer.ts",
    "--gemeente",
    gemeente,
    "--inwoners",
    String(doelInwoners - geteld),
  ];
  const klaar = spawnSync("npx", [...genereer, "--seed", "43", "--zaken-per-inwoner", "1"], {
    stdio: "inherit",
    env: omgeving,
  });
  if (klaar.status !== 0) process.exit(klaar.status ?? 1);
}

const poort = 3900 + Math.floor(Math.random() * 90);
const server = spawn("npx", ["tsx", "src/main.ts"], {
  env: {
    ...omgeving,
    PORT: String(poort),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    VOORDEUR_DEMO: "1",
    VOORDEUR_DB_POOL: String(clients),
    VOORDEUR_WEB_DIR: "/nonexistent",
  },
  stdio: ["ignore", "inherit", "inherit"],
  detached: true,
});
const basis = `http://127.0.0.1:${poort}/api`;
for (
  let i = 0;
  !(await fetch(`${basis}/gezondheid`).then(
    (r) => r.ok,
    () => false,
  ));
  i++
) {
  if (i > 120) throw new Error("Voordeur start niet");
  await new Promise((r) => setTimeout(r, 500));
}
const inlog = await fetch(`${basis}/sessie`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ gebruikersnaam: "wmo", wachtwoord: "voordeur-demo" }),
});
const headers = {
  "content-type": "application/json",
  cookie: (inlog.headers.get("set-cookie") ?? "").split(";")[0] ?? "",
};

// One open Wmo zaak (with its persons) per client, each with a fresh plan.
const zaken = (
  await db.query(
    `select z.id, array_agg(zp.persoon_id) as personen from zaken z join zaak_personen zp on zp.zaak_id = z.id
     where z.gemeente_code = $1 and z.werkvoorraad = 'wmo' and z.afgesloten_op is null
       and not exists (select 1 from resultatenplannen r where r.zaak_id = z.id)
     group by z.id limit $2`,
    [gemeente, clients],
  )
).rows as { id: string; personen: string[] }[];
const vandaag = new Date().toISOString().slice(0, 10);
const inhoud = (personen: string[], n: number) => ({
  hulpvraag: `Benchmark: grip op het huishouden (${n})`,
  leefgebieden: ["huishouden", "werk-dagbesteding"],
  resultaten: [{ persoonId: personen[0], domein: "zelfredzaam", hoofdresultaat: "Z1", subresultaat: "Z1.2" }],
  voorliggendeOplossingen: [{ omschrijving: "Maatje via het buurtteam" }],
  maatwerkvoorzieningen: [
    {
      persoonId: personen[0],
      wet: "wmo",
      productCode: "07A01",
      leveringsvorm: "zin",
      aanbiederAgb: "42420001",
      ingangsdatum: vandaag,
      omvang: { volume: 3, eenheid: "16", frequentie: "2" },
    },
  ],
  evaluatiemomenten: [{ datum: vandaag, wijze: "Gesprek" }],
});

const duren: number[] = [];
let fouten = 0;
const einde = Date.now() + duur * 1000;
await Promise.all(
  zaken.map(async (zaak) => {
    const nieuw = await fetch(`${basis}/zaken/${zaak.id}/resultatenplan`, {
      method: "POST",
      headers,
      body: "{}",
    });
    if (nieuw.status !== 201) return void fouten++;
    const plan = (await nieuw.json()) as { id: string; versie: number };
    let versie = plan.versie;
    for (let n = 0; Date.now() < einde; n++) {
      const start = performance.now();
      const antwoord = await fetch(`${basis}/resultatenplannen/${plan.id}`, {
        method: "PUT",
        headers: { ...headers, "if-match": `"${versie}"` },
        body: JSON.stringify(inhoud(zaak.personen, n)),
      });
      duren.push(performance.now() - start);
      if (antwoord.status === 200) versie = ((await antwoord.json()) as { versie: number }).versie;
      else {
        fouten++;
        await antwoord.arrayBuffer();
      }
    }
  }),
);
process.kill(-(server.pid ?? 0), "SIGTERM");
await db.end();

duren.sort((a, b) => a - b);
const p = (q: number) =>
  Number((duren[Math.min(duren.length - 1, Math.floor(q * duren.length))] ?? 0).toFixed(1));
const resultaat = {
  datum: new Date().toISOString(),
  inwoners: Math.max(geteld, doelInwoners),
  verbindingen: zaken.length,
  seconden: duur,
  machine: { cpus: cpus().length, node: process.version },
  meting: {
    naam: "resultatenplan-versie opslaan",
    aantal: duren.length,
    fouten,
    p50: p(0.5),
    p95: p(0.95),
    p99: p(0.99),
  },
  doel: { p95Ms: 30 },
  gehaald: p(0.95) <= 30 && fouten === 0 && duren.length > 0,
};
mkdirSync("bench/results", { recursive: true });
const bestand = `bench/results/resultatenplan-${resultaat.datum.replace(/[:.]/g, "-")}.json`;
writeFileSync(bestand, `${JSON.stringify(resultaat, null, 2)}\n`);
console.table([{ ...resultaat.meting, gehaald: resultaat.gehaald }]);
console.log(`Resultaat: ${bestand}`);
