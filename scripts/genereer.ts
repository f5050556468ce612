/**
 * `npm run genereer -- --gemeente 1699 --inwoners 1000000 --seed 42 [--zaken-per-inwoner 2]`
 * Fills the configured database (DATABASE_URL or the embedded one in VOORDEUR_DATA_DIR) with synthetic,
 * deterministic residents and households, and optionally zaken with history. Shows progress on stderr.
 */
import { parseArgs } from "node:util";
import { laadConfig } from "../src/config";
import { openDatabase } from "../src/db/client";
import { migreer } from "../src/db/migrate";
import { stopAlsInGebruik } from "../src/db/vergrendeling";
import { vulPersonen, vulZaken } from "../src/generator/vul";
import { laadKalender } from "../src/kalender/kalender";
import { laadBsnSleutels } from "../src/privacy/bsn-sleutels";
import { zaaiBasisgegevens, zaaiWijkPostcodes } from "../src/seed";

const { values } = parseArgs({
  options: {
    gemeente: { type: "string", default: "1699" },
    inwoners: { type: "string", default: "10000" },
    seed: { type: "string", default: "42" },
    batch: { type: "string", default: "5000" },
    "zaken-per-inwoner": { type: "string", default: "0" },
  },
});
const opties = {
  gemeenteCode: values.gemeente,
  inwoners: Number(values.inwoners),
  seed: Number(values.seed),
  batch: Number(values.batch),
  zakenPerInwoner: Number(values["zaken-per-inwoner"]),
  voortgang: (melding: string) => process.stderr.write(`\r${melding}   `),
};
if (
  !Number.isInteger(opties.inwoners) ||
  opties.inwoners < 0 ||
  !(opties.zakenPerInwoner >= 0) ||
  !Number.isInteger(opties.seed) ||
  !/^\d{4}$/.test(opties.gemeenteCode)
) {
  console.error(
    "Gebruik: npm run genereer -- --gemeente 1699 --inwoners 1000000 --seed 42 [--zaken-per-inwoner 2]",
  );
  process.exit(2);
}

const config = laadConfig();
const database = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.dataDir,
  poolSize: 4,
}).catch(stopAlsInGebruik);
try {
  const sleutels = laadBsnSleutels({ env: process.env, dataDir: config.databaseUrl ? null : config.dataDir });
  await migreer(database.db);
  await zaaiBasisgegevens(database.db);
  await zaaiWijkPostcodes(database.db);
  await laadKalender(database.db);
  let start = Date.now();
  const personen = await vulPersonen(database, sleutels, opties);
  process.stderr.write("\n");
  console.log(
    `${personen} inwoners in ${((Date.now() - start) / 1000).toFixed(1)} s (gemeente ${opties.gemeenteCode}, seed ${opties.seed}).`,
  );
  if (opties.zakenPerInwoner > 0) {
    start = Date.now();
    const zaken = await vulZaken(database, opties);
    process.stderr.write("\n");
    console.log(`${zaken} zaken in ${((Date.now() - start) / 1000).toFixed(1)} s.`);
  }
} finally {
  await database.close();
}
