/**
 * Fills a gemeente with synthetic residents (households) and, optionally, zaken with history.
 * Used by `npm run genereer` (millions, with progress) and by the demo data of `npm start` (a few hundred).
 */
import { sql } from "drizzle-orm";
import { type Database, rijen } from "../db/client";
import { zoeksleutelRijen } from "../db/personen";
import { zoeksleutel } from "../domain/persoon/naam";
import { vandaag } from "../lib/klok";
import type { BsnSleutels } from "../privacy/bsn-sleutels";
import { bsnIndex, versleutelBsn } from "../privacy/bsn-versleuteling";
import { NMD_GEMEENTEN } from "../seed/nmd";
import { huishoudens } from "./huishoudens";
import {
  GEBEURTENISSEN_TABEL,
  PERSONEN_TABEL,
  RELATIES_TABEL,
  type Rij,
  schrijfBatch,
  ZAAK_PERSONEN_TABEL,
  ZAKEN_TABEL,
  ZOEKSLEUTELS_TABEL,
} from "./schrijf";
import { Willekeur } from "./willekeur";
import { zakenGenerator } from "./zaken";

export interface VulOpties {
  gemeenteCode: string;
  inwoners: number;
  seed: number;
  zakenPerInwoner: number;
  batch?: number;
  voortgang?: (melding: string) => void;
}

const telling = async (database: Database, tabel: "personen" | "zaken", gemeenteCode: string) => {
  const [rij] = await rijen<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from ${sql.identifier(tabel)} where gemeente_code = ${gemeenteCode}`,
  );
  return rij?.n ?? 0;
};

export async function vulPersonen(
  database: Database,
  sleutels: BsnSleutels,
  opties: VulOpties,
): Promise<number> {
  const { gemeenteCode, inwoners, seed } = opties;
  const batchGrootte = opties.batch ?? 5000;
  const bestaand = await telling(database, "personen", gemeenteCode);
  // Each gemeente draws test BSNs from its own block of 1.5 million (see genereerTestBsn).
  const blok = Math.max(
    NMD_GEMEENTEN.findIndex((g) => g.code === gemeenteCode),
    0,
  );
  const bron = huishoudens({
    gemeenteCode,
    seed,
    startVolgnummer: bestaand + blok * 1_500_000,
    peildatum: vandaag(),
  });
  const w = new Willekeur(seed * 31 + Number(gemeenteCode) * 7 + bestaand);
  const start = Date.now();
  let personenBatch: Rij[] = [];
  let relatiesBatch: Rij[] = [];
  let sleutelsBatch: Rij[] = [];
  let gepland = 0;
  let geschreven = 0;
  const leeg = async () => {
    await schrijfBatch(database, PERSONEN_TABEL, personenBatch);
    await schrijfBatch(database, ZOEKSLEUTELS_TABEL, sleutelsBatch);
    await schrijfBatch(database, RELATIES_TABEL, relatiesBatch);
    geschreven += personenBatch.length;
    personenBatch = [];
    relatiesBatch = [];
    sleutelsBatch = [];
    const perSeconde = Math.round(geschreven / Math.max((Date.now() - start) / 1000, 0.001));
    opties.voortgang?.(
      `${geschreven.toLocaleString("nl-NL")} van ${inwoners.toLocaleString("nl-NL")} inwoners (${Math.round((100 * geschreven) / Math.max(inwoners, 1))}%), ${perSeconde.toLocaleString("nl-NL")}/s`,
    );
  };
  while (gepland < inwoners) {
    const stap = bron.next();
    if (stap.done) break;
    const leden = stap.value.personen.slice(0, inwoners - gepland);
    const ids = new Set(leden.map((p) => p.id));
    for (const p of leden) {
      personenBatch.push([
        p.id,
        gemeenteCode,
        versleutelBsn(sleutels, p.bsn),
        bsnIndex(sleutels, p.bsn),
        p.bsn.slice(-4),
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
        p.email,
        zoeksleutel(p.geslachtsnaam),
        zoeksleutel(p.voornamen),
      ]);
    }
    for (const s of zoeksleutelRijen(leden.map((p) => ({ ...p, gemeenteCode })))) {
      sleutelsBatch.push([
        s.gemeenteCode,
        s.persoonId,
        s.sleutel,
        s.zoekGeslachtsnaam,
        s.zoekVoornamen,
        s.geboortedatum,
      ]);
    }
    for (const r of stap.value.relaties) {
      if (ids.has(r.persoonId) && ids.has(r.gerelateerdeId)) {
        relatiesBatch.push([w.uuid(), gemeenteCode, r.persoonId, r.gerelateerdeId, r.soort]);
      }
    }
    gepland += leden.length;
    if (personenBatch.length >= batchGrootte) await leeg();
  }
  if (personenBatch.length > 0) await leeg();
  await rijen(database.db, sql`analyze personen`);
  // Vacuum too: the name search reads only this index (an index-only scan needs the visibility map set).
  await rijen(database.db, sql`vacuum (analyze) persoon_zoeksleutels`);
  await rijen(database.db, sql`analyze persoon_relaties`);
  return geschreven;
}

/** Zaken with history for every resident of the gemeente, streamed over the residents in id order. */
export async function vulZaken(database: Database, opties: VulOpties): Promise<number> {
  const { gemeenteCode, seed } = opties;
  const batchGrootte = opties.batch ?? 5000;
  const groepen = await rijen<{ code: string; id: string }>(
    database.db,
    sql`select v.code, gv.gebruiker_id as id from gebruiker_vakgroepen gv join vakgroepen v on v.id = gv.vakgroep_id where gv.gemeente_code = ${gemeenteCode}`,
  );
  const behandelaars: Record<string, string[]> = {};
  for (const g of groepen) behandelaars[g.code] = [...(behandelaars[g.code] ?? []), g.id];
  const generator = zakenGenerator({
    gemeenteCode,
    seed: seed * 31 + Number(gemeenteCode),
    vandaag: vandaag(),
    perInwoner: opties.zakenPerInwoner,
    startNummer: await telling(database, "zaken", gemeenteCode),
    behandelaars,
  });
  const totaal = await telling(database, "personen", gemeenteCode);
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
    opties.voortgang?.(
      `zaken: ${zakenKlaar.toLocaleString("nl-NL")} voor ${inwonersKlaar.toLocaleString("nl-NL")} van ${totaal.toLocaleString("nl-NL")} inwoners`,
    );
  }
  await rijen(database.db, sql`analyze zaken`);
  return zakenKlaar;
}
