import cluster from "node:cluster";
import { readFileSync } from "node:fs";
import { laadAuditAnkerSleutel, startAuditAnkers } from "./audit/anker";
import { startAuditSchakelaar } from "./audit/schakelaar";
import { meldIstandaarden, startBerichtenverkeer } from "./berichten/verkeer";
import { istandaardenStaat } from "./berichten/xsd";
import { startBrpMock } from "./brp/mock/server";
import { type Config, laadConfig } from "./config";
import { type Database, openDatabase } from "./db/client";
import { migreer } from "./db/migrate";
import { DatabaseInGebruik, EXIT_DATABASE_IN_GEBRUIK } from "./db/vergrendeling";
import { bouwApp } from "./http/app";
import { laadKalender, startKalenderVerversing } from "./kalender/kalender";
import { nu, vandaag } from "./lib/klok";
import { foutVoorLog, maakLogger } from "./lib/logger";
import { startMailVerzender } from "./mail/verzender";
import { laadBsnSleutels } from "./privacy/bsn-sleutels";
import { leidProcessen, STANDAARD_PROCESBELEID } from "./processen";
import { startSpoedTerugzetting } from "./regie/terugzetten";
import { zaaiBasisgegevens, zaaiDemo, zaaiWijkPostcodes } from "./seed";
import { zaaiDemoDossiers } from "./seed/demo-dossiers";
import { startSignaleringPlanner } from "./zaken/signalering";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};

const openVolgens = (config: Config) =>
  openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.databasePool });

/** Migrations, base data and (in demo mode) the demo data: idempotent, so every process may run it. */
async function bereidVoor(
  config: Config,
  database: Database,
  sleutels: ReturnType<typeof laadBsnSleutels>,
  log: { info(obj: object | string, msg?: string): void },
) {
  const toegepast = await migreer(database.db);
  if (toegepast.length > 0) log.info({ migraties: toegepast }, "migraties toegepast");
  if (await zaaiBasisgegevens(database.db)) log.info("basisgegevens NMD geladen");
  if (config.demo && (await zaaiWijkPostcodes(database.db))) log.info("demo-postcodetabel wijken geladen");
  if (config.demo && (await zaaiDemo(database.db)))
    log.info("demogebruikers aangemaakt (wachtwoord voordeur-demo)");
  // Before the demo dossiers: their deadlines already need the days equated by Koninklijk Besluit.
  await laadKalender(database.db);
  if (config.demo && (await zaaiDemoDossiers(database, sleutels)))
    log.info("demo-inwoners en -zaken aangemaakt");
}

const bsnSleutelsVolgens = (config: Config) =>
  laadBsnSleutels({ env: process.env, dataDir: config.databaseUrl ? null : config.dataDir });

/**
 * The primary of several processes (PostgreSQL only): prepares the database once, before any worker serves,
 * then forks and watches them (src/processen.ts).
 */
async function leid(config: Config) {
  const log = maakLogger(config.logLevel);
  const database = await openVolgens(config);
  try {
    await bereidVoor(config, database, bsnSleutelsVolgens(config), log);
  } finally {
    await database.close();
  }
  leidProcessen({ ...STANDAARD_PROCESBELEID, aantal: config.processen }, log);
}

async function main(config: Config) {
  // Demo without a real BRP: the fixture-based BRP Personen mock on loopback (src/brp/mock), never in production.
  // One per process (each worker of several starts its own on a free port).
  const brpMock = config.demo && !config.brp.url ? await startBrpMock() : undefined;
  if (brpMock) config.brp.url = brpMock.url;
  const database = await openVolgens(config);
  const sleutels = bsnSleutelsVolgens(config);
  const ankerSleutel = laadAuditAnkerSleutel({
    env: process.env,
    dataDir: config.databaseUrl ? null : config.dataDir,
  });
  const app = await bouwApp(config, database, version, sleutels);
  // An outside folder the berichten need: say at start which one is missing (its path, nothing personal).
  meldIstandaarden(app.log, istandaardenStaat(config.istandaardenDir));
  await bereidVoor(config, database, sleutels, app.log);

  let stopSignalering = () => {};
  let stopSpoed = () => {};
  let stopMail = () => {};
  let stopBerichten = () => {};
  const stopKalender = startKalenderVerversing(database.db, app.log);
  let stopAnkers = async () => {};
  let stopSchakelaar = async () => {};
  const stop = async (signaal: string) => {
    stopKalender();
    stopSignalering();
    stopSpoed();
    stopMail();
    stopBerichten();
    // Link the last audit rows, then a last checkpoint of the chain heads, before the database closes.
    await stopSchakelaar();
    await stopAnkers();
    app.log.info({ signaal }, "Voordeur stopt");
    await app.close();
    await brpMock?.sluit();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));

  await app.listen({ port: config.port, host: config.host });
  stopSignalering = startSignaleringPlanner(database.db, vandaag, app.log);
  stopSpoed = startSpoedTerugzetting(database.db, nu, app.log);
  stopMail = startMailVerzender(database.db, config.mail, app.log);
  stopBerichten = startBerichtenverkeer(database.db, config, sleutels, app.log);
  const schakelaar = startAuditSchakelaar(database.db, app.log);
  stopSchakelaar = () => schakelaar.stop();
  const ankers = startAuditAnkers(
    database.db,
    { dir: config.auditAnker.dir, minuten: config.auditAnker.minuten, sleutel: ankerSleutel },
    app.log,
  );
  stopAnkers = () => ankers.stop();
  if (brpMock) app.log.info("BRP: demo-mock op loopback (VOORDEUR_BRP_URL niet gezet)");
  app.log.info(`Voordeur draait op http://${config.host}:${config.port} (database: ${database.soort})`);
}

async function start() {
  const config = laadConfig();
  if (config.processen > 1 && cluster.isPrimary) await leid(config);
  else await main(config);
}

start().catch((error) => {
  // Expected (another process holds the embedded database): its one line names that process.
  if (error instanceof DatabaseInGebruik) {
    console.error(`Voordeur kon niet starten: ${error.message}`);
    process.exit(EXIT_DATABASE_IN_GEBRUIK);
  }
  // Only a summary that is safe to log: never a failed query's parameters or message (they may hold personal data).
  console.error("Voordeur kon niet starten:", JSON.stringify(foutVoorLog(error)));
  process.exit(1);
});
