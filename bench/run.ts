/**
 * `npm run bench`: every benchmark scenario against the targets of the issues, one summary table.
 * The scenarios that need a database share one environment (bench/omgeving.ts): DATABASE_URL, or a throwaway
 * PostgreSQL server that is filled with --inwoners residents; each scenario writes its JSON to bench/results/.
 * "paginas" starts its own Voordeur on the demo data and measures page loads in Chromium (informative only).
 * Options: --alleen personen,aanmelden,resultatenplan,besluiten,berichten,paginas --inwoners 1000000 --seconden 20
 *          --verbindingen 16
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { aanmelden } from "./aanmelden";
import { berichten } from "./berichten";
import { besluiten } from "./besluiten";
import { beschrijfDoel, type Uitkomst } from "./meet";
import {
  type BenchOpties,
  databaseUrl,
  type Omgeving,
  type Scenario,
  startOmgeving,
  zorgVoorDatabase,
} from "./omgeving";
import { paginas } from "./paginas";
import { personen } from "./personen";
import { resultatenplan } from "./resultatenplan";

const SCENARIOS: readonly Scenario[] = [personen, aanmelden, resultatenplan, besluiten, berichten, paginas];

const { values } = parseArgs({
  options: {
    alleen: { type: "string", default: SCENARIOS.map((s) => s.naam).join(",") },
    inwoners: { type: "string", default: "1000000" },
    seconden: { type: "string", default: "20" },
    verbindingen: { type: "string", default: "16" },
  },
});
const gekozen = values.alleen.split(",").map((n) => n.trim());
const onbekend = gekozen.filter((n) => !SCENARIOS.some((s) => s.naam === n));
const opties: BenchOpties = {
  inwoners: Number(values.inwoners),
  seconden: Number(values.seconden),
  verbindingen: Number(values.verbindingen),
};
if (onbekend.length > 0 || !Object.values(opties).every((n) => Number.isInteger(n) && n > 0)) {
  console.error(
    `Gebruik: npm run bench -- [--alleen ${SCENARIOS.map((s) => s.naam).join(",")}] [--inwoners 1000000] [--seconden 20] [--verbindingen 16]`,
  );
  process.exit(2);
}
const scenarios = SCENARIOS.filter((s) => gekozen.includes(s.naam));
const metDatabase = scenarios.some((s) => s.metDatabase);
if (metDatabase && !databaseUrl()) zorgVoorDatabase("bench/run.ts");

const datum = new Date().toISOString();
const machine = {
  cpus: cpus().length,
  node: process.version,
  belastingBijStart: loadavg().map((l) => +l.toFixed(2)),
};
mkdirSync("bench/results", { recursive: true });

let omgeving: Omgeving | undefined;
const uitkomsten: Uitkomst[] = [];
try {
  if (metDatabase) omgeving = await startOmgeving({ url: databaseUrl() ?? "", ...opties });
  for (const scenario of scenarios) {
    const resultaat = scenario.metDatabase
      ? await scenario.voer(omgeving as Omgeving, opties)
      : await scenario.voer(opties);
    uitkomsten.push(...resultaat);
    const bestand = `bench/results/${scenario.naam}-${datum.replace(/[:.]/g, "-")}.json`;
    const gegevens = scenario.metDatabase ? { inwoners: omgeving?.inwoners, zaken: omgeving?.zaken } : {};
    writeFileSync(
      bestand,
      `${JSON.stringify({ datum, scenario: scenario.naam, ...opties, ...gegevens, machine, uitkomsten: resultaat }, null, 2)}\n`,
    );
    console.log(`   ${bestand}`);
  }
} finally {
  await omgeving?.stop();
}

console.log(
  `\nVoordeur bench ${datum}: ${omgeving ? `${omgeving.inwoners} inwoners, ${omgeving.zaken} zaken, ` : ""}${opties.verbindingen} verbindingen, ${opties.seconden} s per meting, ${machine.cpus} cpu's, belasting bij start ${machine.belastingBijStart.join(" ")}`,
);
console.table(
  uitkomsten.map((u) => ({
    scenario: u.scenario,
    meting: u.meting.naam,
    "p50/p95/p99 ms": `${u.meting.p50}/${u.meting.p95}/${u.meting.p99}`,
    "per s": u.meting.verzoekenPerSeconde,
    aantal: u.meting.aantal,
    "duur s": u.meting.seconden,
    fouten: u.meting.fouten,
    doel: beschrijfDoel(u.doel),
    belasting: u.meting.belasting,
    toelichting: u.toelichting ?? "",
    uitkomst: `${u.gehaald ? "gehaald" : "niet gehaald"}${u.informatief ? " (informatief)" : ""}`,
  })),
);
process.exit(uitkomsten.every((u) => u.gehaald || u.informatief) ? 0 : 1);
