/**
 * `npm run audit:anker`: writes a checkpoint of every audit chain head now (the app also does this every
 * VOORDEUR_AUDIT_ANKER_MINUTEN). Same configuration as the app; while an app holds the embedded database this
 * refuses in one line (exit 75, src/db/vergrendeling.ts): stop the app first.
 */
import { laadAuditAnkerSleutel, verankerNu } from "../src/audit/anker";
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
const log = {
  info: (_obj: object, melding: string) => console.log(melding),
  error: (obj: object, melding: string) => {
    console.error(melding, JSON.stringify(obj));
    process.exitCode = 1;
  },
};
try {
  const { bestand, checkpoint } = await verankerNu(database.db, { dir: config.auditAnker.dir, sleutel }, log);
  console.log(
    bestand
      ? `anker van ${checkpoint.anker.ketens.length} keten(s) toegevoegd aan ${bestand}`
      : "geen nieuwe auditregels sinds het vorige anker; niets geschreven",
  );
} finally {
  await database.close();
}
