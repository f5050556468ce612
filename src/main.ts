import { readFileSync } from "node:fs";
import { laadAuditAnkerSleutel, startAuditAnkers } from "./audit/anker";
import { meldIstandaarden, startBerichtenverkeer } from "./berichten/verkeer";
import { istandaardenStaat } from "./berichten/xsd";
import { startBrpMock } from "./brp/mock/server";
import { laadConfig } from "./config";
import { openDatabase } from "./db/client";
import { migreer } from "./db/migrate";
import { DatabaseInGebruik, EXIT_DATABASE_IN_GEBRUIK } from "./db/vergrendeling";
import { bouwApp } from "./http/app";
import { laadKalender, startKalenderVerversing } from "./kalender/kalender";
import { nu, vandaag } from "./lib/klok";
import { foutVoorLog } from "./lib/logger";
import { startMailVerzender } from "./mail/verzender";
import { laadBsnSleutels } from "./privacy/bsn-sleutels";
import { startSpoedTerugzetting } from "./regie/terugzetten";
import { zaaiBasisgegevens, zaaiDemo, zaaiWijkPostcodes } from "./seed";
import { zaaiDemoDossiers } from "./seed/demo-dossiers";
import { startSignaleringPlanner } from "./zaken/signalering";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};

async function main() {
  const config = laadConfig();
  // Demo without a real BRP: the fixture-based BRP Personen mock on loopback (src/brp/mock), never in production.
  const brpMock = config.demo && !config.brp.url ? await startBrpMock() : undefined;
  if (brpMock) config.brp.url = brpMock.url;
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePool,
  });
  const sleutels = laadBsnSleutels({ env: process.env, dataDir: config.databaseUrl ? null : config.dataDir });
  const ankerSleutel = laadAuditAnkerSleutel({
    env: process.env,
    dataDir: config.databaseUrl ? null : config.dataDir,
  });
  const app = await bouwApp(config, database, version, sleutels);
  // An outside folder the berichten need: say at start which one is missing (its path, nothing personal).
  meldIstandaarden(app.log, istandaardenStaat(config.istandaardenDir));
  const toegepast = await migreer(database.db);
  if (toegepast.length > 0) app.log.info({ migraties: toegepast }, "migraties toegepast");
  if (await zaaiBasisgegevens(database.db)) app.log.info("basisgegevens NMD geladen");
  if (config.demo && (await zaaiWijkPostcodes(database.db)))
    app.log.info("demo-postcodetabel wijken geladen");
  if (config.demo && (await zaaiDemo(database.db)))
    app.log.info("demogebruikers aangemaakt (wachtwoord voordeur-demo)");
  // Before the demo dossiers: their deadlines already need the days equated by Koninklijk Besluit.
  await laadKalender(database.db);
  if (config.demo && (await zaaiDemoDossiers(database, sleutels)))
    app.log.info("demo-inwoners en -zaken aangemaakt");

  let stopSignalering = () => {};
  let stopSpoed = () => {};
  let stopMail = () => {};
  let stopBerichten = () => {};
  const stopKalender = startKalenderVerversing(database.db, app.log);
  let stopAnkers = async () => {};
  const stop = async (signaal: string) => {
    stopKalender();
    stopSignalering();
    stopSpoed();
    stopMail();
    stopBerichten();
    // A last checkpoint of the audit chain heads before the database closes.
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
  const ankers = startAuditAnkers(
    database.db,
    { dir: config.auditAnker.dir, minuten: config.auditAnker.minuten, sleutel: ankerSleutel },
    app.log,
  );
  stopAnkers = () => ankers.stop();
  if (brpMock) app.log.info("BRP: demo-mock op loopback (VOORDEUR_BRP_URL niet gezet)");
  app.log.info(`Voordeur draait op http://${config.host}:${config.port} (database: ${database.soort})`);
}

main().catch((error) => {
  // Expected (another process holds the embedded database): its one line names that process.
  if (error instanceof DatabaseInGebruik) {
    console.error(`Voordeur kon niet starten: ${error.message}`);
    process.exit(EXIT_DATABASE_IN_GEBRUIK);
  }
  // Only a summary that is safe to log: never a failed query's parameters or message (they may hold personal data).
  console.error("Voordeur kon niet starten:", JSON.stringify(foutVoorLog(error)));
  process.exit(1);
});
