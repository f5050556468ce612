/**
 * `npm run audit:verifieer`: checks the hash chain of every gemeente's audit trail and exits 1 when an
 * entry was changed, inserted or deleted. Uses the same configuration as the app (DATABASE_URL or
 * VOORDEUR_DATA_DIR; stop an embedded-database app first, PGlite allows one process).
 */
import { verifieerAuditketens } from "../src/audit/verifieer";
import { loadConfig } from "../src/config";
import { openDatabase } from "../src/db/client";

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const uitkomst = await verifieerAuditketens(database.db, (gemeente, aantal) =>
    process.stderr.write(`\rgemeente ${gemeente}: ${aantal} regels gecontroleerd`),
  );
  process.stderr.write("\n");
  let fout = false;
  for (const v of uitkomst) {
    if (v.fouten.length === 0) {
      console.log(`gemeente ${v.gemeenteCode}: ${v.aantal} regels, keten intact`);
    } else {
      fout = true;
      console.log(`gemeente ${v.gemeenteCode}: KETEN GEBROKEN bij ${v.fouten.length} regel(s)`);
      for (const f of v.fouten) console.log(`  regel ${f.id}: ${f.reden}`);
    }
  }
  if (uitkomst.length === 0) console.log("Nog geen auditregels.");
  process.exitCode = fout ? 1 : 0;
} finally {
  await database.close();
}
