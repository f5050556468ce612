/**
 * Scenario "resultatenplan" (issue 6): saving a plan version, PUT /api/resultatenplannen/{id} with If-Match,
 * each client editing its own plan of an open Wmo zaak in a gemeente with 1M residents — target p95 ≤ 30 ms.
 */
import { meetLus, uitkomst } from "./meet";
import { GEMEENTE, type Scenario } from "./omgeving";

const inhoud = (persoonId: string, n: number, datum: string) => ({
  hulpvraag: `Benchmark: grip op het huishouden (${n})`,
  leefgebieden: ["huishouden", "werk-dagbesteding"],
  resultaten: [{ persoonId, domein: "zelfredzaam", hoofdresultaat: "Z1", subresultaat: "Z1.2" }],
  voorliggendeOplossingen: [{ omschrijving: "Maatje via het buurtteam" }],
  maatwerkvoorzieningen: [
    {
      persoonId,
      wet: "wmo",
      productCode: "07A01",
      leveringsvorm: "zin",
      aanbiederAgb: "42420001",
      ingangsdatum: datum,
      omvang: { volume: 3, eenheid: "16", frequentie: "2" },
    },
  ],
  evaluatiemomenten: [{ datum, wijze: "Gesprek" }],
});

export const resultatenplan: Scenario = {
  naam: "resultatenplan",
  metDatabase: true,
  async voer(omgeving, { seconden, verbindingen }) {
    const headers = { "content-type": "application/json", cookie: await omgeving.login("wmo") };
    const api = `${omgeving.basis}/api`;
    // One open Wmo zaak (with its hoofdpersoon) per client, each with a fresh plan.
    const zaken = (
      await omgeving.pool.query(
        `select z.id, min(zp.persoon_id::text) as persoon from zaken z join zaak_personen zp on zp.zaak_id = z.id
         where z.gemeente_code = $1 and z.werkvoorraad = 'wmo' and z.afgesloten_op is null
           and not exists (select 1 from resultatenplannen r where r.zaak_id = z.id)
         group by z.id limit $2`,
        [GEMEENTE, verbindingen],
      )
    ).rows as { id: string; persoon: string }[];
    const plannen = await Promise.all(
      zaken.map(async (zaak) => {
        const r = await fetch(`${api}/zaken/${zaak.id}/resultatenplan`, {
          method: "POST",
          headers,
          body: "{}",
        });
        if (r.status !== 201) throw new Error(`resultatenplan aanmaken: ${r.status} ${await r.text()}`);
        const plan = (await r.json()) as { id: string; versie: number };
        return { ...plan, persoon: zaak.persoon };
      }),
    );
    const datum = new Date().toISOString().slice(0, 10);

    console.log(
      `== resultatenplan: versie opslaan, PUT /api/resultatenplannen/{id} (${plannen.length} plannen)`,
    );
    const opslaan = await meetLus({
      naam: "resultatenplan-versie opslaan",
      verbindingen: plannen.length,
      seconden,
      stap: async (werker, n) => {
        const plan = plannen[werker];
        if (!plan) return false;
        const antwoord = await fetch(`${api}/resultatenplannen/${plan.id}`, {
          method: "PUT",
          headers: { ...headers, "if-match": `"${plan.versie}"` },
          body: JSON.stringify(inhoud(plan.persoon, n, datum)),
        });
        if (antwoord.status !== 200) {
          await antwoord.arrayBuffer();
          return false;
        }
        plan.versie = ((await antwoord.json()) as { versie: number }).versie;
        return true;
      },
    });
    return [uitkomst("resultatenplan", opslaan, { p95Ms: 30 }, { plannen: plannen.length })];
  },
};
