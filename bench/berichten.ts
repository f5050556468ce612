/**
 * Scenario "berichten" (issue 7), on an in-memory embedded database, N = 10 000:
 *  1. generate + validate (conditions + XSD with libxml2) N WMO301/JW301 messages in memory;
 *  2. the same through the outbox path (maak301: read toewijzingen and client, build, validate, store);
 *  3. import N/2 JW305 start + N/2 JW307 stop messages from the drop folder (parse, XSD, idempotency,
 *     process, JW306/308 retour), in batches of PARTIJ per transaction like the inbox poller.
 * Targets: 10 000 301 messages ≤ 15 s (1 and 2); 10 000 305/307 ≤ 30 s (3).
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { bouw301 } from "../src/berichten/bouw";
import { PARTIJ } from "../src/berichten/inkomend";
import { stelBerichtenIn } from "../src/berichten/omgeving";
import { importeerInbox } from "../src/berichten/ontvanger";
import { BestandBron } from "../src/berichten/transport/bestand";
import { maak301 } from "../src/berichten/uitgaand";
import { valideerXsd, xsdVersies } from "../src/berichten/xsd";
import { openDatabase, rijen } from "../src/db/client";
import { migreer } from "../src/db/migrate";
import { schrijfZoeksleutels } from "../src/db/personen";
import { personen, toewijzingen } from "../src/db/schema";
import { inGemeente } from "../src/db/tenant";
import { voegZaakToe } from "../src/db/zaken";
import { controleer301, type Toewijzing301 } from "../src/domain/berichten/toewijzing";
import { genereerTestBsn } from "../src/domain/persoon/bsn";
import { zoeksleutel } from "../src/domain/persoon/naam";
import { laadKalender } from "../src/kalender/kalender";
import { laadBsnSleutels } from "../src/privacy/bsn-sleutels";
import { bsnIndex, versleutelBsn } from "../src/privacy/bsn-versleuteling";
import { zaaiBasisgegevens } from "../src/seed";
import { meetReeks, metingVan, uitkomst } from "./meet";
import type { Scenario } from "./omgeving";

const N = 10_000;
const AGB = "42420001";
const tenant = { gemeenteCode: "1699", samenwerkingsverbandCode: "NMD" };
type Sleutels = ReturnType<typeof laadBsnSleutels>;

const voorbeeld = (i: number): Toewijzing301 => ({
  wet: i % 2 === 0 ? "wmo" : "jeugd",
  gemeenteCode: "1699",
  aanbiederAgb: AGB,
  client: {
    bsn: genereerTestBsn(i),
    geboortedatum: "2012-03-04",
    geslacht: "2",
    achternaam: "Bakker",
    voorvoegsel: null,
    voornamen: "Sanne Marie",
    adres: {
      straat: "Brink",
      huisnummer: 1 + (i % 90),
      huisletter: null,
      toevoeging: null,
      postcode: "9331AB",
      woonplaats: "Norg",
    },
  },
  producten: [1, 2].map((n) => ({
    toewijzingnummer: i * 2 + n,
    referentieAanbieder: null,
    product: i % 2 === 0 ? { categorie: "07", code: "07A01" } : { categorie: "45", code: "45A33" },
    toewijzingsdatum: "2026-11-01",
    toewijzingstijd: "10:00:00",
    ingangsdatum: "2026-11-01",
    einddatum: "2027-10-31",
    redenWijziging: null,
    omvang: { volume: 2, eenheid: "04", frequentie: "2" },
    budget: null,
  })),
});

/** An in-memory database with N clients, one toewijzing each. */
async function vulDatabase(sleutels: Sleutels) {
  const database = await openDatabase({ dataDir: "memory" });
  await migreer(database.db);
  await zaaiBasisgegevens(database.db);
  await laadKalender(database.db);
  const nummers: { bsn: string; nummer: number }[] = [];
  await inGemeente(database.db, tenant, async (tx) => {
    const ids: string[] = [];
    for (let start = 0; start < N; start += 1000) {
      const rijen = Array.from({ length: Math.min(1000, N - start) }, (_, k) => {
        const bsn = genereerTestBsn(start + k);
        return {
          gemeenteCode: "1699",
          bsnVersleuteld: versleutelBsn(sleutels, bsn),
          bsnIndex: bsnIndex(sleutels, bsn),
          bsnLaatste4: bsn.slice(-4),
          voornamen: "Sanne",
          geslachtsnaam: "Bakker",
          geboortedatum: "2012-03-04",
          huisnummer: 1,
          postcode: "9331AB",
          woonplaats: "Norg",
          zoekGeslachtsnaam: zoeksleutel("Bakker"),
          zoekVoornamen: zoeksleutel("Sanne"),
        };
      });
      const ingevoegd = await tx.insert(personen).values(rijen).returning();
      await schrijfZoeksleutels(tx, ingevoegd, false);
      ids.push(...ingevoegd.map((r) => r.id));
    }
    const zaak = await voegZaakToe(
      tx,
      {
        gemeenteCode: "1699",
        zaaknummer: "Z-BENCH-1",
        zaaktype: "jeugd",
        status: "besluit",
        werkvoorraad: "jeugd",
        meldingsdatum: "2026-10-01",
        kanaal: "telefoon",
        omschrijving: "bench",
        veiligheid: "veilig",
      },
      [{ persoonId: ids[0] ?? "", rol: "hoofdpersoon" }],
      { medewerkerId: null, soort: "melding-geregistreerd", naarStatus: "melding" },
    );
    for (let start = 0; start < N; start += 1000) {
      const rijen = ids.slice(start, start + 1000).map((persoonId, k) => {
        nummers.push({ bsn: genereerTestBsn(start + k), nummer: start + k + 1 });
        return {
          gemeenteCode: "1699",
          zaakId: zaak.id,
          persoonId,
          wet: "jeugd" as const,
          toewijzingnummer: start + k + 1,
          aanbiederAgb: AGB,
          productCategorie: "45",
          productCode: "45A33",
          ingangsdatum: "2026-11-01",
          einddatum: "2027-10-31",
          omvang: { volume: 2, eenheid: "04", frequentie: "2" },
        };
      });
      await tx.insert(toewijzingen).values(rijen);
    }
    await tx.execute(sql`insert into toewijzingnummers values ('1699', 'jeugd', ${N})`);
  });
  // Statistics after the bulk load, as PostgreSQL's autovacuum would have them (and the generator does).
  await database.db.execute(sql`analyze personen, toewijzingen`);
  return { database, nummers };
}

const bericht = (soort: "305" | "307", bsn: string, nummer: number) => {
  const ns = `http://www.istandaarden.nl/ijw/3_2/jw${soort}/schema`;
  const regel =
    soort === "305"
      ? `<m:StartProducten><m:StartProduct><m:ToewijzingNummer>${nummer}</m:ToewijzingNummer><m:Product><b:Categorie>45</b:Categorie><b:Code>45A33</b:Code></m:Product><m:ToewijzingIngangsdatum>2026-11-01</m:ToewijzingIngangsdatum><m:Begindatum>2026-11-02</m:Begindatum><m:StatusAanlevering>1</m:StatusAanlevering></m:StartProduct></m:StartProducten>`
      : `<m:StopProducten><m:StopProduct><m:ToewijzingNummer>${nummer}</m:ToewijzingNummer><m:Product><b:Categorie>45</b:Categorie><b:Code>45A33</b:Code></m:Product><m:ToewijzingIngangsdatum>2026-11-01</m:ToewijzingIngangsdatum><m:Begindatum>2026-11-02</m:Begindatum><m:RedenBeeindiging>31</m:RedenBeeindiging><m:Einddatum>2026-11-20</m:Einddatum><m:StatusAanlevering>1</m:StatusAanlevering></m:StopProduct></m:StopProducten>`;
  return `<?xml version="1.0" encoding="UTF-8"?><m:Bericht xmlns:m="${ns}" xmlns:b="http://www.istandaarden.nl/ijw/3_2/basisschema/schema"><m:Header><m:BerichtCode>${soort === "305" ? 438 : 440}</m:BerichtCode><m:BerichtVersie>3</m:BerichtVersie><m:BerichtSubversie>2</m:BerichtSubversie><m:Afzender>${AGB}</m:Afzender><m:Ontvanger>1699</m:Ontvanger><m:BerichtIdentificatie><b:Identificatie>${soort}-${nummer}</b:Identificatie><b:Dagtekening>2026-11-20</b:Dagtekening></m:BerichtIdentificatie><m:XsdVersie><b:BasisschemaXsdVersie>1.0.0</b:BasisschemaXsdVersie><b:BerichtXsdVersie>1.0.0</b:BerichtXsdVersie></m:XsdVersie></m:Header><m:Client><m:Bsn>${bsn}</m:Bsn><m:Geboortedatum><b:Datum>2012-03-04</b:Datum></m:Geboortedatum><m:Geslacht>2</m:Geslacht><m:Naam><b:Geslachtsnaam><b:Achternaam>Bakker</b:Achternaam></b:Geslachtsnaam><b:Voorletters>S</b:Voorletters></m:Naam>${regel}</m:Client></m:Bericht>`;
};

/** CPU time of this process since `vanaf` (the embedded database runs in it too): independent of the load. */
const cpuSeconden = (vanaf: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(vanaf);
  return Math.round((user + system) / 10_000) / 100;
};

/** Step 1: build and validate N 301 messages in memory (no database). */
function bouwEnValideer301(i: number): boolean {
  const b = voorbeeld(i);
  const standaard = b.wet === "wmo" ? "iwmo" : "ijw";
  const xml = bouw301(b, {
    afzender: "1699",
    ontvanger: AGB,
    identificatie: String(i + 1),
    dagtekening: "2026-11-01",
    xsdVersies: xsdVersies(standaard, "301"),
  });
  return controleer301(b).length === 0 && valideerXsd(standaard, "301", xml).length === 0;
}

export const berichten: Scenario = {
  naam: "berichten",
  metDatabase: false,
  async voer() {
    const sleutels = laadBsnSleutels({
      env: {
        VOORDEUR_BSN_SLEUTEL: randomBytes(32).toString("base64"),
        VOORDEUR_BSN_INDEX_SLEUTEL: randomBytes(32).toString("base64"),
      },
      dataDir: null,
    });
    stelBerichtenIn({ bsnSleutels: sleutels });

    console.log(`== berichten: ${N} 301-berichten bouwen en valideren`);
    const opbouw = await meetReeks({
      naam: `${N} 301 bouwen + XSD-valideren`,
      aantal: N,
      stap: bouwEnValideer301,
    });

    const { database, nummers } = await vulDatabase(sleutels);
    try {
      // 2. maak301 through the database, 100 per transaction (each message timed, the total counts).
      console.log(`== berichten: ${N} 301-berichten via de database (maak301)`);
      const personenIds = await inGemeente(database.db, tenant, (tx) =>
        tx.select({ id: toewijzingen.persoonId }).from(toewijzingen),
      );
      const duren: number[] = [];
      const cpu301 = process.cpuUsage();
      let start = performance.now();
      for (let i = 0; i < personenIds.length; i += 100) {
        await inGemeente(database.db, tenant, async (tx) => {
          for (const { id } of personenIds.slice(i, i + 100)) {
            const t0 = performance.now();
            await maak301(tx, { persoonId: id, aanbiederAgb: AGB, wet: "jeugd" });
            duren.push(performance.now() - t0);
          }
        });
      }
      const cpu301Seconden = cpuSeconden(cpu301);
      const viaDatabase = metingVan(
        `${N} 301 via maak301 (database)`,
        duren,
        0,
        (performance.now() - start) / 1000,
      );

      // 3. Import N/2 starts and N/2 stops through the drop folder, in rounds of PARTIJ like the inbox
      //    poller (each message's time is the average of its round: they are processed as one batch).
      console.log(`== berichten: ${N} 305/307-berichten importeren (bestandsmap)`);
      const helft = nummers.slice(0, Math.floor(N / 2));
      const inDir = mkdtempSync(join(tmpdir(), "voordeur-bench-in-"));
      for (const soort of ["305", "307"] as const)
        for (const { bsn, nummer } of helft)
          writeFileSync(
            join(inDir, `${soort}-${String(nummer).padStart(6, "0")}.xml`),
            bericht(soort, bsn, nummer),
          );
      const bron = new BestandBron(inDir);
      const importDuren: number[] = [];
      const cpuImport = process.cpuUsage();
      start = performance.now();
      for (;;) {
        const t0 = performance.now();
        const r = await importeerInbox(database.db, bron, sleutels, PARTIJ);
        const klaar = r.verwerkt + r.dubbel + r.geweigerd;
        importDuren.push(
          ...Array<number>(klaar + r.fouten).fill((performance.now() - t0) / (klaar + r.fouten || 1)),
        );
        if (klaar === 0) break;
      }
      const seconden = (performance.now() - start) / 1000;
      const cpuImportSeconden = cpuSeconden(cpuImport);
      const statussen = Object.fromEntries(
        (
          await inGemeente(database.db, tenant, (tx) =>
            rijen<{ status: string; n: number }>(
              tx,
              sql`select status, count(*)::int as n from berichten where richting = 'inkomend' group by status`,
            ),
          )
        ).map((r) => [r.status, r.n]),
      );
      const fouten = helft.length * 2 - (statussen.verwerkt ?? 0);
      rmSync(inDir, { recursive: true, force: true });
      const importeren = metingVan(`${helft.length * 2} 305/307 importeren`, importDuren, fouten, seconden);
      return [
        uitkomst("berichten", opbouw, { maximaalSeconden: 15 }),
        uitkomst(
          "berichten",
          viaDatabase,
          { maximaalSeconden: 15 },
          { cpuSeconden: cpu301Seconden, toelichting: `CPU ${cpu301Seconden} s` },
        ),
        uitkomst(
          "berichten",
          importeren,
          { maximaalSeconden: 30 },
          {
            statussen,
            cpuSeconden: cpuImportSeconden,
            toelichting: `${Object.entries(statussen)
              .map(([status, n]) => `${n} ${status}`)
              .join(", ")}; CPU ${cpuImportSeconden} s`,
          },
        ),
      ];
    } finally {
      await database.close();
    }
  },
};
