/**
 * `npm run genereer -- --gemeente 1699 --inwoners 1000000 --seed 42`
 * Fills the configured database (DATABASE_URL or the embedded one in VOORDEUR_DATA_DIR) with synthetic,
 * deterministic residents and households. Shows progress on stderr.
 */
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { loadConfig } from "../src/config";
import { openDatabase, rijen } from "../src/db/client";
import { migrate } from "../src/db/migrate";
import { maskeerBsn } from "../src/domain/persoon/bsn";
import { zoeksleutel } from "../src/domain/persoon/naam";
import { huishoudens } from "../src/generator/huishoudens";
import {
  GEBEURTENISSEN_TABEL,
  PERSONEN_TABEL,
  RELATIES_TABEL,
  type Rij,
  schrijfBatch,
  ZAAK_PERSONEN_TABEL,
  ZAKEN_TABEL,
} from "../src/generator/schrijf";
import { Willekeur } from "../src/generator/willekeur";
import { zakenGenerator } from "../src/generator/zaken";
import { vandaag } from "../src/lib/vandaag";
import { laadBsnSleutels } from "../src/privacy/bsn-sleutels";
import { bsnIndex, versleutelBsn } from "../src/privacy/bsn-versleuteling";
import { zaaiBasisgegevens, zaaiWijkPostcodes } from "../src/seed";
import { NMD_GEMEENTEN } from "../src/seed/nmd";

const { values } = parseArgs({
  options: {
    gemeente: { type: "string", default: "1699" },
    inwoners: { type: "string", default: "10000" },
    seed: { type: "string", default: "42" },
    batch: { type: "string", default: "5000" },
    "zaken-per-inwoner": { type: "string", default: "0" },
  },
});
const gemeenteCode = values.gemeente;
const aantal = Number(values.inwoners);
const seed = Number(values.seed);
const batchGrootte = Number(values.batch);
const zakenPerInwoner = Number(values["zaken-per-inwoner"]);
if (
  !Number.isInteger(aantal) ||
  aantal < 0 ||
  !(zakenPerInwoner >= 0) ||
  !Number.isInteger(seed) ||
  !/^\d{4}$/.test(gemeenteCode)
) {
  console.error("Gebruik: npm run genereer -- --gemeente 1699 --inwoners 1000000 --seed 42");
  process.exit(2);
}

const config = loadConfig();
const database = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.dataDir,
  poolSize: 4,
});
const sleutels = laadBsnSleutels({ env: process.env, dataDir: config.databaseUrl ? null : config.dataDir });
await migrate(database.db);
await zaaiBasisgegevens(database.db);
await zaaiWijkPostcodes(database.db);

const [bestaand] = await rijen<{ n: number }>(
  database.db,
  sql`select count(*)::int as n from personen where gemeente_code = ${gemeenteCode}`,
);
const start = Date.now();
const w = new Willekeur(seed);
let personenBatch: Rij[] = [];
let relatiesBatch: Rij[] = [];
let geschreven = 0;

const voortgang = () => {
  const seconden = (Date.now() - start) / 1000;
  process.stderr.write(
    `\r${geschreven.toLocaleString("nl-NL")} van ${aantal.toLocaleString("nl-NL")} inwoners (${Math.round((100 * geschreven) / aantal)}%), ${Math.round(geschreven / Math.max(seconden, 0.001)).toLocaleString("nl-NL")}/s   `,
  );
};

async function leeg() {
  await schrijfBatch(database, PERSONEN_TABEL, personenBatch);
  await schrijfBatch(database, RELATIES_TABEL, relatiesBatch);
  geschreven += personenBatch.length;
  personenBatch = [];
  relatiesBatch = [];
  voortgang();
}

const bron = huishoudens({
  gemeenteCode,
  seed,
  startVolgnummer:
    (bestaand?.n ?? 0) +
    Math.max(
      NMD_GEMEENTEN.findIndex((g) => g.code === gemeenteCode),
      0,
    ) *
      1_500_000,
  peildatum: vandaag(),
});
let gepland = 0;
while (gepland < aantal) {
  const stap = bron.next();
  if (stap.done) break;
  const value = stap.value;
  const leden = value.personen.slice(0, aantal - gepland);
  const ids = new Set(leden.map((p) => p.id));
  for (const p of leden) {
    personenBatch.push([
      p.id,
      gemeenteCode,
      versleutelBsn(sleutels, p.bsn),
      bsnIndex(sleutels, p.bsn),
      maskeerBsn(p.bsn).slice(-4),
      p.voornamen,
      p.voorvoegsel,
      p.geslachtsnaam,
      p.geboortedatum,
      p.geslacht,
      p.straat,
      p.huisnummer,
      p.huisletter,
      p.postcode,
      p.woonplaats,
      p.wijkCode,
      p.telefoon,
      zoeksleutel(p.geslachtsnaam),
      zoeksleutel(p.voornamen),
    ]);
  }
  for (const r of value.relaties) {
    if (ids.has(r.persoonId) && ids.has(r.gerelateerdeId)) {
      relatiesBatch.push([w.uuid(), gemeenteCode, r.persoonId, r.gerelateerdeId, r.soort]);
    }
  }
  gepland += leden.length;
  if (personenBatch.length >= batchGrootte) await leeg();
}
if (aantal > 0) await leeg();
process.stderr.write("\n");
await rijen(database.db, sql`analyze personen`);
await rijen(database.db, sql`analyze persoon_relaties`);
console.log(
  `${geschreven} inwoners in ${((Date.now() - start) / 1000).toFixed(1)} s (gemeente ${gemeenteCode}, seed ${seed}).`,
);
if (zakenPerInwoner > 0) await genereerZaken();

/** Zaken with history for every resident of the gemeente, streamed over the residents in id order. */
async function genereerZaken() {
  const beginZaken = Date.now();
  const groepen = await rijen<{ code: string; id: string }>(
    database.db,
    sql`select v.code, gv.gebruiker_id as id from gebruiker_vakgroepen gv join vakgroepen v on v.id = gv.vakgroep_id where gv.gemeente_code = ${gemeenteCode}`,
  );
  const behandelaars: Record<string, string[]> = {};
  for (const g of groepen) behandelaars[g.code] = [...(behandelaars[g.code] ?? []), g.id];
  const [zakenNu] = await rijen<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from zaken where gemeente_code = ${gemeenteCode}`,
  );
  const generator = zakenGenerator({
    gemeenteCode,
    seed,
    vandaag: vandaag(),
    perInwoner: zakenPerInwoner,
    startNummer: zakenNu?.n ?? 0,
    behandelaars,
  });
  const [totaal] = await rijen<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from personen where gemeente_code = ${gemeenteCode}`,
  );
  let vanaf = "00000000-0000-0000-0000-000000000000";
  let inwonersKlaar = 0;
  let zakenKlaar = 0;
  for (;;) {
    const inwoners = await rijen<{ id: string; wijk_code: string | null }>(
      database.db,
      sql`select id, wijk_code from personen where gemeente_code = ${gemeenteCode} and id > ${vanaf} order by id limit ${batchGrootte}`,
    );
    if (inwoners.length === 0) break;
    const batch = generator.voor(inwoners.map((i) => ({ id: i.id, wijkCode: i.wijk_code })));
    await schrijfBatch(database, ZAKEN_TABEL, batch.zaken);
    await schrijfBatch(database, ZAAK_PERSONEN_TABEL, batch.zaakPersonen);
    await schrijfBatch(database, GEBEURTENISSEN_TABEL, batch.gebeurtenissen);
    inwonersKlaar += inwoners.length;
    zakenKlaar += batch.zaken.length;
    vanaf = inwoners.at(-1)?.id ?? vanaf;
    process.stderr.write(
      `\rzaken: ${zakenKlaar.toLocaleString("nl-NL")} voor ${inwonersKlaar.toLocaleString("nl-NL")} van ${(totaal?.n ?? 0).toLocaleString("nl-NL")} inwoners   `,
    );
  }
  process.stderr.write("\n");
  await rijen(database.db, sql`analyze zaken`);
  console.log(`${zakenKlaar} zaken in ${((Date.now() - beginZaken) / 1000).toFixed(1)} s.`);
}
await database.close();
