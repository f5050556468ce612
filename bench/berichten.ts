/**
 * Benchmark of the berichten area (standalone: `tsx bench/berichten.ts [--aantal 10000]`), on an in-memory
 * embedded database:
 *  1. generate + validate (conditions + XSD with libxml2) N WMO301/JW301 messages in memory;
 *  2. the same through the outbox path (maak301: read toewijzingen and client, build, validate, store);
 *  3. receive N/2 JW305 start + N/2 JW307 stop messages (parse, XSD, idempotency, process, JW306/308 retour).
 * Targets (issue 7): 10 000 301 messages ≤ 15 s; 10 000 305/307 ≤ 30 s.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { bouw301 } from "../src/berichten/bouw";
import { ontvangBericht } from "../src/berichten/inkomend";
import { stelBerichtenIn } from "../src/berichten/omgeving";
import { maak301 } from "../src/berichten/uitgaand";
import { valideerXsd, xsdVersies } from "../src/berichten/xsd";
import { openDatabase } from "../src/db/client";
import { migrate } from "../src/db/migrate";
import { personen, toewijzingen } from "../src/db/schema";
import { inGemeente } from "../src/db/tenant";
import { voegZaakToe } from "../src/db/zaken";
import { controleer301, type Toewijzing301 } from "../src/domain/berichten/toewijzing";
import { genereerTestBsn } from "../src/domain/persoon/bsn";
import { zoeksleutel } from "../src/domain/persoon/naam";
import { laadBsnSleutels } from "../src/privacy/bsn-sleutels";
import { bsnIndex, versleutelBsn } from "../src/privacy/bsn-versleuteling";
import { zaaiBasisgegevens } from "../src/seed";

const { values } = parseArgs({ options: { aantal: { type: "string", default: "10000" } } });
const N = Number(values.aantal);
const AGB = "42420001";
const tenant = { gemeenteCode: "1699", samenwerkingsverbandCode: "NMD" };
const sleutels = laadBsnSleutels({
  env: {
    VOORDEUR_BSN_SLEUTEL: randomBytes(32).toString("base64"),
    VOORDEUR_BSN_INDEX_SLEUTEL: randomBytes(32).toString("base64"),
  },
  dataDir: null,
});
stelBerichtenIn({ bsnSleutels: sleutels });

const seconden = (start: number) => (performance.now() - start) / 1000;
const rapport: Record<string, number | string> = { aantal: N };

// 1. Pure generation + validation.
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
let t = performance.now();
let fout = 0;
for (let i = 0; i < N; i++) {
  const b = voorbeeld(i);
  const standaard = b.wet === "wmo" ? "iwmo" : "ijw";
  if (controleer301(b).length > 0) fout++;
  const xml = bouw301(b, {
    afzender: "1699",
    ontvanger: AGB,
    identificatie: String(i + 1),
    dagtekening: "2026-11-01",
    xsdVersies: xsdVersies(standaard, "301"),
  });
  if (valideerXsd(standaard, "301", xml).length > 0) fout++;
}
rapport["301 bouwen+valideren (s)"] = seconden(t).toFixed(2);
rapport["301 ongeldig"] = fout;

// Setup: N clients with one toewijzing each.
const database = await openDatabase({ dataDir: "memory" });
await migrate(database.db);
await zaaiBasisgegevens(database.db);
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
    ids.push(...(await tx.insert(personen).values(rijen).returning({ id: personen.id })).map((r) => r.id));
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
    { gebruikerId: null, soort: "melding-geregistreerd", naarStatus: "melding" },
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

// 2. maak301 through the database, 100 per transaction.
const personenIds = await inGemeente(database.db, tenant, (tx) =>
  tx.select({ id: toewijzingen.persoonId }).from(toewijzingen),
);
t = performance.now();
for (let start = 0; start < personenIds.length; start += 100) {
  await inGemeente(database.db, tenant, async (tx) => {
    for (const { id } of personenIds.slice(start, start + 100))
      await maak301(tx, { persoonId: id, aanbiederAgb: AGB, wet: "jeugd" });
  });
}
rapport["maak301 via database (s)"] = seconden(t).toFixed(2);

// 3. Receive N/2 starts and N/2 stops.
const bericht = (soort: "305" | "307", bsn: string, nummer: number) => {
  const ns = `http://www.istandaarden.nl/ijw/3_2/jw${soort}/schema`;
  const regel =
    soort === "305"
      ? `<m:StartProducten><m:StartProduct><m:ToewijzingNummer>${nummer}</m:ToewijzingNummer><m:Product><b:Categorie>45</b:Categorie><b:Code>45A33</b:Code></m:Product><m:ToewijzingIngangsdatum>2026-11-01</m:ToewijzingIngangsdatum><m:Begindatum>2026-11-02</m:Begindatum><m:StatusAanlevering>1</m:StatusAanlevering></m:StartProduct></m:StartProducten>`
      : `<m:StopProducten><m:StopProduct><m:ToewijzingNummer>${nummer}</m:ToewijzingNummer><m:Product><b:Categorie>45</b:Categorie><b:Code>45A33</b:Code></m:Product><m:ToewijzingIngangsdatum>2026-11-01</m:ToewijzingIngangsdatum><m:Begindatum>2026-11-02</m:Begindatum><m:RedenBeeindiging>31</m:RedenBeeindiging><m:Einddatum>2026-11-20</m:Einddatum><m:StatusAanlevering>1</m:StatusAanlevering></m:StopProduct></m:StopProducten>`;
  return `<?xml version="1.0" encoding="UTF-8"?><m:Bericht xmlns:m="${ns}" xmlns:b="http://www.istandaarden.nl/ijw/3_2/basisschema/schema"><m:Header><m:BerichtCode>${soort === "305" ? 438 : 440}</m:BerichtCode><m:BerichtVersie>3</m:BerichtVersie><m:BerichtSubversie>2</m:BerichtSubversie><m:Afzender>${AGB}</m:Afzender><m:Ontvanger>1699</m:Ontvanger><m:BerichtIdentificatie><b:Identificatie>${soort}-${nummer}</b:Identificatie><b:Dagtekening>2026-11-20</b:Dagtekening></m:BerichtIdentificatie><m:XsdVersie><b:BasisschemaXsdVersie>1.0.0</b:BasisschemaXsdVersie><b:BerichtXsdVersie>1.0.0</b:BerichtXsdVersie></m:XsdVersie></m:Header><m:Client><m:Bsn>${bsn}</m:Bsn><m:Geboortedatum><b:Datum>2012-03-04</b:Datum></m:Geboortedatum><m:Geslacht>2</m:Geslacht><m:Naam><b:Geslachtsnaam><b:Achternaam>Bakker</b:Achternaam></b:Geslachtsnaam><b:Voorletters>S</b:Voorletters></m:Naam>${regel}</m:Client></m:Bericht>`;
};
const helft = nummers.slice(0, Math.floor(N / 2));
t = performance.now();
const statussen: Record<string, number> = {};
for (const soort of ["305", "307"] as const) {
  for (const { bsn, nummer } of helft) {
    const r = await ontvangBericht(
      database.db,
      bericht(soort, bsn, nummer),
      { soort: "integratie", naam: "bench" },
      { sleutels, requestId: null },
    );
    statussen[r.bericht.status] = (statussen[r.bericht.status] ?? 0) + 1;
  }
}
rapport[`import ${helft.length * 2} 305/307 (s)`] = seconden(t).toFixed(2);
rapport["import statussen"] = JSON.stringify(statussen);
await database.close();
console.log(JSON.stringify(rapport, null, 2));
