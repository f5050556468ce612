/**
 * Scenario "personen": person search (on BSN, on surname prefix) and the Wmo werkvoorraad through the API
 * with autocannon, next to the same queries run directly in SQL. Targets: p95 ≤ 10 ms (BSN), ≤ 25 ms (name),
 * ≤ 20 ms (werkvoorraad), and the API reaches at least half the throughput of the bare query.
 */
import { genereerTestBsn } from "../src/domain/persoon/bsn";
import { laadBsnSleutels } from "../src/privacy/bsn-sleutels";
import { bsnIndex } from "../src/privacy/bsn-versleuteling";
import { type Meting, meetHttp, meetSql, type Uitkomst, uitkomst } from "./meet";
import { BSN_BLOK, GEMEENTE, type Scenario, VERBAND } from "./omgeving";

const MINIMALE_VERHOUDING = 0.5;

const kies = <T>(lijst: readonly T[]) => lijst[Math.floor(Math.random() * lijst.length)] as T;

function metSql(api: Meting, sql: Meting, p95Ms: number): Uitkomst {
  const verhouding = Number((api.verzoekenPerSeconde / sql.verzoekenPerSeconde).toFixed(3));
  return uitkomst(
    "personen",
    api,
    { p95Ms },
    {
      sql,
      verhoudingApiSql: verhouding,
      minimaleVerhouding: MINIMALE_VERHOUDING,
      gehaald: verhouding >= MINIMALE_VERHOUDING,
      toelichting: `API/SQL ${verhouding} (≥ ${MINIMALE_VERHOUDING})`,
    },
  );
}

export const personen: Scenario = {
  naam: "personen",
  metDatabase: true,
  async voer(omgeving, { seconden, verbindingen }) {
    const { pool, basis } = omgeving;
    const sleutels = laadBsnSleutels({ env: process.env, dataDir: null });
    const cookie = await omgeving.login("iag");
    // Sample inputs: BSNs the generator issued (deterministic), surname prefixes that exist.
    const bsns = Array.from({ length: 2000 }, () =>
      genereerTestBsn(BSN_BLOK + Math.floor(Math.random() * omgeving.inwoners)),
    );
    const prefixen = (
      await pool.query(
        "select distinct left(zoek_geslachtsnaam, 4) as p from personen where gemeente_code = $1 and length(zoek_geslachtsnaam) >= 4 limit 300",
        [GEMEENTE],
      )
    ).rows.map((r) => r.p as string);

    const uitkomsten: Uitkomst[] = [];
    for (const soort of ["bsn", "naam"] as const) {
      console.log(`== personen: zoeken op ${soort} via de API en direct in SQL`);
      const api = await meetHttp({
        naam: `zoeken op ${soort} via API`,
        url: basis,
        cookie,
        verbindingen,
        seconden,
        pad: () => `/api/personen?zoek=${encodeURIComponent(soort === "bsn" ? kies(bsns) : kies(prefixen))}`,
      });
      const sql = await meetSql({
        naam: `zoeken op ${soort} direct in SQL`,
        pool,
        gemeente: { code: GEMEENTE, verband: VERBAND },
        // The API audits each resident it shows: one for a BSN, a page of 25 for a name prefix.
        auditRegels: soort === "bsn" ? 1 : 25,
        verbindingen,
        seconden,
        query: () =>
          soort === "bsn"
            ? {
                text: "select * from personen where gemeente_code = $1 and bsn_index = $2 order by zoek_geslachtsnaam, zoek_voornamen, geboortedatum, id limit 25",
                values: [GEMEENTE, bsnIndex(sleutels, kies(bsns))],
              }
            : {
                // The API's query: a prefix range on the surname keys of every part (db/personen.ts#zoekPersonen).
                text: "select * from personen where gemeente_code = $1 and id in (select persoon_id from persoon_zoeksleutels where gemeente_code = $1 and sleutel >= $2 and sleutel < $2 || chr(1114111)) order by zoek_geslachtsnaam, zoek_voornamen, geboortedatum, id limit 25",
                values: [GEMEENTE, kies(prefixen)],
              },
      });
      uitkomsten.push(metSql(api, sql, soort === "bsn" ? 10 : 25));
    }

    if (omgeving.zaken > 0) {
      // The Wmo consulent pages through the open zaken of the Wmo werkvoorraad, by key (?na=, issue 19): the keys
      // of the first 20 pages are collected once, then each request asks a random one of those pages.
      console.log("== personen: werkvoorraad Wmo via de API en direct in SQL");
      const wmo = await omgeving.login("wmo");
      const sleutels: (string | null)[] = [null];
      while (sleutels.length < 20) {
        const na = sleutels.at(-1);
        const res = await fetch(`${basis}/api/werkvoorraden/wmo/zaken?perPagina=25${na ? `&na=${na}` : ""}`, {
          headers: { cookie: wmo },
        });
        const volgende = ((await res.json()) as { volgende: string | null }).volgende;
        if (!volgende) break;
        sleutels.push(volgende);
      }
      const api = await meetHttp({
        naam: "werkvoorraad Wmo via API",
        url: basis,
        cookie: wmo,
        verbindingen,
        seconden,
        pad: () => {
          const na = kies(sleutels);
          return `/api/werkvoorraden/wmo/zaken?perPagina=25${na ? `&na=${na}&pagina=2` : ""}`;
        },
      });
      const sqlSleutels = sleutels.map((na) =>
        na
          ? (JSON.parse(Buffer.from(na, "base64url").toString("utf8")) as [number, string | null, string])
          : null,
      );
      const sql = await meetSql({
        naam: "werkvoorraad Wmo direct in SQL",
        pool,
        gemeente: { code: GEMEENTE, verband: VERBAND },
        auditRegels: 25,
        verbindingen,
        seconden,
        // The API's query (db/zaken.ts#zakenInLijst): after a key, in the order of zaken_werkvoorraad_volgorde_idx.
        query: () => {
          const na = kies(sqlSleutels);
          return {
            text: `select z.*, g.naam, (select concat_ws(' ', p.voornamen, p.voorvoegsel, p.geslachtsnaam) from zaak_personen zp join personen p on p.id = zp.persoon_id where zp.zaak_id = z.id and zp.rol = 'hoofdpersoon' limit 1)
                   from zaken z left join gebruikers g on g.id = z.behandelaar_id
                   where z.gemeente_code = $1 and z.werkvoorraad = 'wmo' and z.afgesloten_op is null
                     and ($2::boolean is null or (not z.spoed, coalesce(z.volgende_termijn_datum, 'infinity'::date), z.id) > ($2, coalesce($3::date, 'infinity'::date), $4::uuid))
                   order by (not z.spoed), coalesce(z.volgende_termijn_datum, 'infinity'::date), z.id limit 26`,
            values: na ? [GEMEENTE, na[0] === 0, na[1], na[2]] : [GEMEENTE, null, null, null],
          };
        },
      });
      uitkomsten.push(metSql(api, sql, 20));
    }
    return uitkomsten;
  },
};
