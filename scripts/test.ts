/**
 * `npm test`: the whole suite, in the order CI runs it.
 *   1. unit + integration tests on the embedded database (PGlite)
 *   2. the integration tests again on a real PostgreSQL server (scripts/with-postgres.sh)
 *   3. a production build of the web app
 *   4. end-to-end tests in Debian's Chromium against the built app (Playwright + axe-core)
 * `npm test -- --verschuif=365` runs every stage with the whole machine clock moved that many days (libfaketime:
 * Node, PGlite, the PostgreSQL server and Chromium all see the other date), to prove no test depends on today.
 * A stage whose tool is missing (no PostgreSQL server binaries, no /usr/bin/chromium) is skipped
 * with a warning on a developer machine and fails under VOORDEUR_TEST_STRICT=1 (CI).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { SCHERMAFDRUKKEN, verzamelSchermafdrukken } from "./artefacten";

const strict = process.env.VOORDEUR_TEST_STRICT === "1";
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const resultaten = ".tmp/test-resultaten";
mkdirSync(resultaten, { recursive: true });

let geslaagd = 0;
let mislukt = 0;
let overgeslagen = 0;
const fouten: string[] = [];

const verschuiving = process.argv.find((a) => a.startsWith("--verschuif="))?.split("=")[1];
if (verschuiving !== undefined) {
  if (!/^-?\d+$/.test(verschuiving)) {
    console.error("--verschuif verwacht een aantal dagen, bijvoorbeeld --verschuif=365");
    process.exit(2);
  }
  if (spawnSync("sh", ["-c", "command -v faketime"]).status !== 0) {
    console.error("--verschuif heeft libfaketime nodig (apt-get install faketime)");
    process.exit(2);
  }
  console.log(`\n!!! De klok staat ${verschuiving} dagen verschoven voor alle stappen`);
}

function run(stap: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n=== ${stap} ===`);
  const [cmd, argv] =
    verschuiving === undefined
      ? [command, args]
      : ["faketime", ["-f", `${Number(verschuiving) >= 0 ? "+" : ""}${verschuiving}d`, command, ...args]];
  const res = spawnSync(cmd, argv, { stdio: "inherit", env: { ...process.env, ...env } });
  if (res.status !== 0) fouten.push(`${stap} (exit ${res.status ?? res.signal})`);
  return res.status === 0;
}

function telVitest(bestand: string) {
  if (!existsSync(bestand)) return;
  const r = JSON.parse(readFileSync(bestand, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
  };
  geslaagd += r.numPassedTests;
  mislukt += r.numFailedTests;
  overgeslagen += r.numPendingTests;
}

function telPlaywright(bestand: string) {
  if (!existsSync(bestand)) return;
  const r = JSON.parse(readFileSync(bestand, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  geslaagd += r.stats.expected + r.stats.flaky;
  mislukt += r.stats.unexpected;
  overgeslagen += r.stats.skipped;
}

function ontbreekt(wat: string) {
  const melding = `${wat} ontbreekt: deze stap wordt overgeslagen`;
  if (strict) fouten.push(melding);
  console.warn(`\n!!! ${melding}${strict ? " (VOORDEUR_TEST_STRICT=1: dat telt als fout)" : ""}`);
}

const vitest = ["vitest", "run", "--reporter=default", "--reporter=json"];

run("Unit- en integratietests op PGlite", "npx", [...vitest, `--outputFile=${resultaten}/pglite.json`]);
telVitest(`${resultaten}/pglite.json`);

const heeftPostgres =
  (existsSync("/usr/lib/postgresql") &&
    readdirSync("/usr/lib/postgresql").some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`))) ||
  spawnSync("sh", ["-c", "command -v initdb"]).status === 0;
if (heeftPostgres) {
  run("Integratietests op een PostgreSQL-server", "scripts/with-postgres.sh", [
    "npx",
    ...vitest,
    "--project=integratie",
    `--outputFile=${resultaten}/postgres.json`,
  ]);
  telVitest(`${resultaten}/postgres.json`);
} else {
  ontbreekt("PostgreSQL-server (apt-get install postgresql)");
}

const gebouwd = run("Productiebuild van de webapp", "npx", ["vite", "build", "--logLevel", "warn"]);

if (!existsSync(chromium)) {
  ontbreekt(`Chromium (${chromium}; apt-get install chromium)`);
} else if (gebouwd) {
  run("End-to-endtests in Chromium", "npx", ["playwright", "test"], {
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
    PLAYWRIGHT_JSON_OUTPUT_NAME: `${resultaten}/e2e.json`,
  });
  telPlaywright(`${resultaten}/e2e.json`);
  rmSync(SCHERMAFDRUKKEN, { recursive: true, force: true });
  const schermafdrukken = verzamelSchermafdrukken(`${resultaten}/e2e.json`);
  console.log(`\n${schermafdrukken.length} schermafdrukken van de e2e-tests in ${SCHERMAFDRUKKEN}/`);
  if (heeftPostgres) {
    // The klantdossier and zaak flows and the done-when flows of aanmelden and plan → beschikking → 301
    // once more with the app on a PostgreSQL server.
    run(
      "End-to-endtests op een PostgreSQL-server",
      "scripts/with-postgres.sh",
      [
        "sh",
        "-c",
        'VOORDEUR_E2E_DATABASE_URL="$VOORDEUR_TEST_DATABASE_URL" npx playwright test e2e/klantdossier.spec.ts e2e/zaak.spec.ts e2e/done-aanmelden.spec.ts e2e/done-plan.spec.ts',
      ],
      {
        PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
        PLAYWRIGHT_JSON_OUTPUT_NAME: `${resultaten}/e2e-postgres.json`,
      },
    );
    telPlaywright(`${resultaten}/e2e-postgres.json`);
  }
}

console.log("\n=== Samenvatting ===");
for (const f of fouten) console.log(`FOUT: ${f}`);
if (overgeslagen > 0) console.log(`${overgeslagen} overgeslagen`);
console.log(`${geslaagd} passed, ${mislukt} failed`);
process.exit(fouten.length > 0 || mislukt > 0 ? 1 : 0);
