/**
 * `npm run berichten:import [map]`: receives every *.xml in the drop folder (default config.berichten.inDir,
 * env VOORDEUR_BERICHTEN_IN_DIR) exactly like POST /api/berichten/inkomend, moves each file to verwerkt/ or
 * geweigerd/ (with the reason), and then hands the outbox (retours) to the file transport. Same
 * configuration as the app; while an app holds the embedded database this refuses in one line (exit 75,
 * src/db/vergrendeling.ts): stop the app first.
 */
import { resolve } from "node:path";
import { stelBerichtenIn } from "../src/berichten/omgeving";
import { importeerInbox } from "../src/berichten/ontvanger";
import { BestandBron, BestandVerzender } from "../src/berichten/transport/bestand";
import { verstuurOutbox } from "../src/berichten/verzender";
import { laadConfig } from "../src/config";
import { openDatabase } from "../src/db/client";
import { migreer } from "../src/db/migrate";
import { stopAlsInGebruik } from "../src/db/vergrendeling";
import { laadKalender } from "../src/kalender/kalender";
import { laadBsnSleutels } from "../src/privacy/bsn-sleutels";

const config = laadConfig();
const map = process.argv[2] ? resolve(process.argv[2]) : config.berichten.inDir;
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }).catch(
  stopAlsInGebruik,
);
try {
  await migreer(database.db);
  await laadKalender(database.db);
  const sleutels = laadBsnSleutels({ env: process.env, dataDir: config.databaseUrl ? null : config.dataDir });
  stelBerichtenIn({ istandaardenDir: config.istandaardenDir, bsnSleutels: sleutels });
  const r = await importeerInbox(database.db, new BestandBron(map), sleutels, 100_000, (klaar, totaal) =>
    process.stderr.write(
      `\r${klaar.toLocaleString("nl-NL")} van ${totaal.toLocaleString("nl-NL")} berichten`,
    ),
  );
  process.stderr.write("\n");
  const verzonden = await verstuurOutbox(database.db, new BestandVerzender(config.berichten.uitDir), 100_000);
  console.log(
    `${map}: ${r.verwerkt} verwerkt, ${r.dubbel} al eerder ontvangen, ${r.geweigerd} geweigerd (zie geweigerd/), ` +
      `${r.fouten} met een fout (blijven staan); ${verzonden} berichten naar ${config.berichten.uitDir}`,
  );
  process.exitCode = r.fouten > 0 ? 1 : 0;
} finally {
  await database.close();
}
