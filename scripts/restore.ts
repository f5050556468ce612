/**
 * `npm run restore -- --van <back-upmap> [--vervang]`: restores a backup of `npm run backup` into the configured
 * data folder (VOORDEUR_DATA_DIR, default ./data) and checks it against the backup's manifest: every table's
 * rows, the migrations and the audit chain. A non-empty data folder is only replaced with --vervang, and then
 * moved aside, never deleted. Exit 1 when the restored database differs from the manifest.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { herstelBackup } from "../src/backup/backup";
import { laadConfig } from "../src/config";
import { stopAlsInGebruik } from "../src/db/vergrendeling";

const { values } = parseArgs({
  options: { van: { type: "string" }, vervang: { type: "boolean", default: false } },
});
if (!values.van) {
  console.error("Gebruik: npm run restore -- --van <back-upmap> [--vervang]");
  process.exit(2);
}
const config = laadConfig();
if (config.databaseUrl) {
  console.error(
    "DATABASE_URL is gezet: herstel een PostgreSQL-server met zijn eigen gereedschap (docs/backup.md).",
  );
  process.exit(2);
}
try {
  const herstel = await herstelBackup(resolve(values.van), config.dataDir, {
    vervang: values.vervang,
    voortgang: (stap) => console.log(`… ${stap}`),
  }).catch(stopAlsInGebruik);
  if (herstel.oudeMap) console.log(`De vorige gegevensmap staat nu in ${herstel.oudeMap}.`);
  if (herstel.verschillen.length === 0) {
    console.log(
      `Hersteld uit de back-up van ${herstel.manifest.gemaaktOp}: alle tabellen, migraties en het auditlog kloppen.`,
    );
  } else {
    console.log("Hersteld, maar de database klopt NIET met de back-up:");
    for (const v of herstel.verschillen) console.log(`  - ${v}`);
    process.exitCode = 1;
  }
} catch (fout) {
  console.error(`Herstel mislukt: ${fout instanceof Error ? fout.message : String(fout)}`);
  process.exitCode = 1;
}
