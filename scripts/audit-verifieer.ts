/**
 * `npm run audit:verifieer`: checks the hash chain of every gemeente's audit trail against the newest anchor in
 * VOORDEUR_AUDIT_ANKER_DIR and exits 1 when an entry was changed, inserted or deleted, when rows after an
 * anchored head (or all rows of a gemeente) are missing, or when an anchor is forged. Uses the same
 * configuration as the app (DATABASE_URL or VOORDEUR_DATA_DIR). While an app holds the embedded database this
 * refuses in one line with exit 75, not 1 (src/db/vergrendeling.ts): stop the app first.
 */
import { laadAuditAnkerSleutel } from "../src/audit/anker";
import { verifieerMetAnkers } from "../src/audit/verifieer";
import { laadConfig } from "../src/config";
import { openDatabase } from "../src/db/client";
import { stopAlsInGebruik } from "../src/db/vergrendeling";

const config = laadConfig();
const sleutel = laadAuditAnkerSleutel({
  env: process.env,
  dataDir: config.databaseUrl ? null : config.dataDir,
});
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }).catch(
  stopAlsInGebruik,
);
try {
  const rapport = await verifieerMetAnkers(
    database.db,
    { dir: config.auditAnker.dir, sleutel },
    (gemeente, aantal) => process.stderr.write(`\rgemeente ${gemeente}: ${aantal} regels gecontroleerd`),
  );
  process.stderr.write("\n");
  console.log(
    rapport.anker
      ? `vergeleken met het anker van ${rapport.anker.tijdstip} (${rapport.anker.bestand})`
      : `geen anker gevonden in ${config.auditAnker.dir}: verwijderde nieuwste regels zijn zo niet te zien`,
  );
  for (const f of rapport.ankerFouten)
    console.log(`ANKER ONGELDIG: ${f.bestand} regel ${f.regel}: ${f.reden}`);
  for (const v of rapport.verificaties) {
    if (v.fouten.length === 0) {
      console.log(`gemeente ${v.gemeenteCode}: ${v.aantal} regels, keten intact`);
    } else {
      console.log(`gemeente ${v.gemeenteCode}: KETEN GEBROKEN OF AFGEKAPT bij ${v.fouten.length} regel(s)`);
      for (const f of v.fouten) console.log(`  regel ${f.id}: ${f.reden}`);
    }
  }
  if (rapport.verificaties.length === 0) console.log("Nog geen auditregels.");
  process.exitCode = rapport.intact ? 0 : 1;
} finally {
  await database.close();
}
