/**
 * `npm run backup [-- --naar <map>]`: a backup of the embedded database and the rest of the data folder
 * (src/backup/backup.ts), with the app stopped (exit 75 with one line while an app holds the database).
 * Default target: ./backups/voordeur-<tijdstip>. A PostgreSQL server: see docs/backup.md.
 */
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { maakBackup } from "../src/backup/backup";
import { laadConfig } from "../src/config";
import { stopAlsInGebruik } from "../src/db/vergrendeling";

const { values } = parseArgs({ options: { naar: { type: "string" } } });
const config = laadConfig();
if (config.databaseUrl) {
  console.error(
    "DATABASE_URL is gezet: maak een back-up van de PostgreSQL-server met pg_basebackup (docs/backup.md).",
  );
  process.exit(2);
}
const naar = resolve(
  values.naar ?? join("backups", `voordeur-${new Date().toISOString().replaceAll(":", "-")}`),
);
const manifest = await maakBackup(config.dataDir, naar, (stap) => console.log(`… ${stap}`)).catch(
  stopAlsInGebruik,
);
const rijen = Object.values(manifest.tabellen).reduce((a, b) => a + b, 0);
console.log(
  `Back-up gemaakt in ${naar}: ${Object.keys(manifest.tabellen).length} tabellen, ${rijen} rijen, ` +
    `${manifest.auditRegels} auditregels (keten ${manifest.auditIntact ? "intact" : "NIET intact"}).`,
);
if (!manifest.auditIntact) process.exitCode = 1;
