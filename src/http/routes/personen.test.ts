import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schakelAudit } from "../../audit/schakelaar";
import { verifieerAuditketens } from "../../audit/verifieer";
import { vandaag } from "../../lib/klok";
import { login, startTestVoordeur, type TestVoordeur } from "../../test/app";

let t: TestVoordeur;
const sessies: Record<string, string> = {};
beforeAll(async () => {
  t = await startTestVoordeur();
  for (const naam of ["iag", "wmo", "jeugd", "regie", "teamleider", "beheerder", "assen-iag"]) {
    sessies[naam] = await login(t.app, naam);
  }
});
afterAll(() => t.sluit());

const persoon = (over: Record<string, unknown> = {}) => ({
  bsn: "999990019",
  voornamen: "Jan",
  voorvoegsel: "de",
  geslachtsnaam: "Vries",
  geboortedatum: "1950-03-05",
  adres: { straat: "Brink", huisnummer: 12, postcode: "9301 AB", woonplaats: "Roden" },
  ...over,
});

function post(wie: string, url: string, payload: unknown) {
  return t.app.inject({
    method: "POST",
    url,
    headers: { cookie: sessies[wie] ?? "" },
    payload: payload as object,
  });
}
function get(wie: string, url: string) {
  return t.app.inject({ method: "GET", url, headers: { cookie: sessies[wie] ?? "" } });
}
async function aantalPersonen() {
  const r = (await t.database.db.execute(sql`select count(*)::int as n from personen`)) as unknown as {
    rows: { n: number }[];
  };
  return r.rows[0]?.n ?? -1;
}

describe("personen registreren", () => {
  let id: string;
  it("registreert een persoon met versleuteld BSN, gemaskeerd getoond, wijk afgeleid van de postcode", async () => {
    const res = await post("iag", "/api/personen", persoon());
    expect(res.statusCode).toBe(201);
    const body = res.json();
    id = body.id;
    expect(body.bsnGemaskeerd).toBe("*****0019");
    expect(body.wijk).toEqual({ code: "roden", naam: "Roden" });
    expect(body.adres.postcode).toBe("9301 AB");
    expect(body.betrokkenheden).toEqual([]);
    const opgeslagen = (await t.database.db.execute(
      sql`select bsn_versleuteld, bsn_index from personen where id = ${id}`,
    )) as unknown as { rows: { bsn_versleuteld: string; bsn_index: string }[] };
    expect(opgeslagen.rows[0]?.bsn_versleuteld).not.toContain("999990019");
    expect(opgeslagen.rows[0]?.bsn_index).not.toContain("999990019");
  });

  it("weigert hetzelfde BSN een tweede keer met 409", async () => {
    const res = await post("iag", "/api/personen", persoon());
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0].veld).toBe("bsn");
  });

  it.each([
    ["ongeldig BSN (elfproef)", { bsn: "123456789" }, "bsn"],
    ["onmogelijke datum", { geboortedatum: "2026-02-30" }, "geboortedatum"],
    [
      "postcode 12345",
      { adres: { huisnummer: 1, postcode: "12345", woonplaats: "Roden" } },
      "adres.postcode",
    ],
    ["naam van 10 000 tekens", { geslachtsnaam: "x".repeat(10_000) }, "geslachtsnaam"],
  ])("%s → 400 met het veld, niets opgeslagen", async (_naam, over, veld) => {
    const voor = await aantalPersonen();
    const res = await post("iag", "/api/personen", persoon({ bsn: "999990032", ...over }));
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json().errors.map((e: { veld: string }) => e.veld)).toContain(veld);
    expect(await aantalPersonen()).toBe(voor);
  });

  it("slaat HTML, quotes en emoji letterlijk op", async () => {
    const naam = `O'Neil <script>alert(1)</script> 😀`;
    const res = await post(
      "iag",
      "/api/personen",
      persoon({ bsn: undefined, zonderBsnReden: "nog niet ingeschreven", geslachtsnaam: naam }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().geslachtsnaam).toBe(naam);
    expect(res.json().bsnGemaskeerd).toBeNull();
  });

  it("het volledige BSN alleen met reden, en dat staat in het auditlog", async () => {
    expect((await post("wmo", `/api/personen/${id}/bsn`, {})).statusCode).toBe(400);
    const res = await post("wmo", `/api/personen/${id}/bsn`, { reden: "controle bij telefoongesprek" });
    expect(res.json()).toEqual({ bsn: "999990019" });
    const audit = await get("teamleider", `/api/audit?persoonId=${id}`);
    expect(audit.json().items[0]).toMatchObject({
      gebruikersnaam: "wmo",
      resource: "bsn",
      reden: "controle bij telefoongesprek",
    });
  });
});

describe("personen zoeken", () => {
  beforeAll(async () => {
    await post(
      "iag",
      "/api/personen",
      persoon({
        bsn: "999990044",
        voornamen: "Piet",
        voorvoegsel: undefined,
        geslachtsnaam: "Jánsen",
        geboortedatum: "1980-01-02",
      }),
    );
    await post(
      "iag",
      "/api/personen",
      persoon({
        bsn: "999990056",
        voornamen: "Anna",
        voorvoegsel: "van der",
        geslachtsnaam: "Berg",
        geboortedatum: "2012-06-30",
        adres: { huisnummer: 3, huisletter: "a", postcode: "9321AB", woonplaats: "Peize" },
      }),
    );
  });

  it.each([
    ["jansen", "Piet Jánsen"],
    ["JANS", "Piet Jánsen"],
    ["de vries", "Jan de Vries"],
    ["Vries, de", "Jan de Vries"],
    ["jan de vries", "Jan de Vries"],
    ["999990056", "Anna van der Berg"],
    ["30-6-2012", "Anna van der Berg"],
    ["9321 AB 3", "Anna van der Berg"],
  ])("'%s' vindt %s", async (zoek, naam) => {
    const res = await get("iag", `/api/personen?zoek=${encodeURIComponent(zoek)}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((p: { naam: string }) => p.naam)).toContain(naam);
  });

  it("zoekt nooit in een andere gemeente", async () => {
    const res = await get("assen-iag", "/api/personen?zoek=jansen");
    expect(res.json().items).toEqual([]);
  });

  it("een te korte zoekterm geeft 400", async () => {
    expect((await get("iag", "/api/personen?zoek=j")).statusCode).toBe(400);
  });
});

describe("klantdossier en privacy", () => {
  it("een persoon van een andere gemeente of een onbekend id geeft 404", async () => {
    const res = await post("iag", "/api/personen", persoon({ bsn: "999990068", geslachtsnaam: "Bakker" }));
    const id = res.json().id;
    expect((await get("assen-iag", `/api/personen/${id}`)).statusCode).toBe(404);
    expect((await get("iag", "/api/personen/00000000-0000-4000-8000-000000000000")).statusCode).toBe(404);
    expect((await get("iag", "/api/personen/geen-uuid")).statusCode).toBe(400);
  });

  it("de beheerder mag geen persoonsgegevens zien; alleen de teamleider ziet het auditlog", async () => {
    const res = await post("iag", "/api/personen", persoon({ bsn: "999990081", geslachtsnaam: "Smit" }));
    const id = res.json().id;
    expect((await get("beheerder", `/api/personen/${id}`)).statusCode).toBe(403);
    expect((await get("wmo", `/api/audit?persoonId=${id}`)).statusCode).toBe(403);
    expect((await get("teamleider", `/api/audit?persoonId=${id}`)).statusCode).toBe(200);
  });

  it("het auditlog toont wie het dossier opende, nieuwste eerst", async () => {
    const res = await post("iag", "/api/personen", persoon({ bsn: "999990093", geslachtsnaam: "Mulder" }));
    const id = res.json().id;
    await get("jeugd", `/api/personen/${id}`);
    await get("wmo", `/api/personen/${id}`);
    const audit = (await get("teamleider", `/api/audit?persoonId=${id}`)).json().items;
    expect(
      audit.map((r: { gebruikersnaam: string; actie: string }) => `${r.gebruikersnaam}:${r.actie}`),
    ).toEqual(["wmo:lezen", "jeugd:lezen", "iag:aanmaken"]);
  });
});

describe("audit hash-keten in de database", () => {
  it("is intact, en een gewijzigde of verwijderde regel wordt ontdekt", async () => {
    // The requests wrote their rows unlinked; the chainer links them (main.ts runs it every second).
    expect(await schakelAudit(t.database.db)).toBeGreaterThan(0);
    const goed = await verifieerAuditketens(t.database.db);
    expect(goed.find((v) => v.gemeenteCode === "1699")?.fouten).toEqual([]);
    // Tamper as the owner (the app role cannot update or delete audit rows at all).
    await t.database.db.execute(
      sql`update audit_log set reden = 'niets aan de hand' where id = (select min(id) + 2 from audit_log where gemeente_code = '1699')`,
    );
    const fout = await verifieerAuditketens(t.database.db);
    expect(fout.find((v) => v.gemeenteCode === "1699")?.fouten[0]?.reden).toBe(
      "De inhoud van deze regel is gewijzigd.",
    );
  });

  it("de applicatierol kan auditregels niet wijzigen of verwijderen", async () => {
    await expect(
      t.database.db.transaction(async (tx) => {
        await tx.execute(
          sql`select set_config('voordeur.gemeente', '1699', true), set_config('role', 'voordeur_app', true)`,
        );
        await tx.execute(sql`delete from audit_log`);
      }),
    ).rejects.toThrow();
  });
});

describe("huishouden en netwerk", () => {
  it("legt ouder, gezag en netwerk vast en toont ze in beide dossiers", async () => {
    const ouder = (
      await post(
        "iag",
        "/api/personen",
        persoon({ bsn: "999990123", voornamen: "Klaas", geslachtsnaam: "Dijkstra" }),
      )
    ).json();
    const kind = (
      await post(
        "iag",
        "/api/personen",
        persoon({
          bsn: "999990135",
          voornamen: "Sanne",
          geslachtsnaam: "Dijkstra",
          geboortedatum: "2015-09-01",
        }),
      )
    ).json();
    expect(
      (await post("jeugd", `/api/personen/${ouder.id}/relaties`, { gerelateerdeId: kind.id, soort: "ouder" }))
        .statusCode,
    ).toBe(201);
    expect(
      (await post("jeugd", `/api/personen/${ouder.id}/relaties`, { gerelateerdeId: kind.id, soort: "gezag" }))
        .statusCode,
    ).toBe(201);
    expect(
      (
        await post("jeugd", `/api/personen/${ouder.id}/relaties`, {
          gerelateerdeId: ouder.id,
          soort: "partner",
        })
      ).statusCode,
    ).toBe(400);
    const lid = await post("jeugd", `/api/personen/${kind.id}/netwerk`, {
      naam: "Oma Dijkstra",
      relatie: "grootmoeder",
      mantelzorger: true,
    });
    expect(lid.statusCode).toBe(201);

    const kindDossier = (await get("jeugd", `/api/personen/${kind.id}`)).json();
    expect(kindDossier.relaties).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ soort: "ouder", richting: "naar", naam: "Klaas de Dijkstra" }),
        expect.objectContaining({ soort: "gezag", richting: "naar" }),
      ]),
    );
    expect(kindDossier.netwerk[0]).toMatchObject({ naam: "Oma Dijkstra", mantelzorger: true });
    const ouderDossier = (await get("jeugd", `/api/personen/${ouder.id}`)).json();
    expect(
      ouderDossier.relaties
        .map((r: { soort: string; richting: string }) => `${r.soort}:${r.richting}`)
        .sort(),
    ).toEqual(["gezag:van", "ouder:van"]);

    // Ending a relation (a voogd is appointed): kept with date and reason, no longer current.
    const gezag = ouderDossier.relaties.find((r: { soort: string }) => r.soort === "gezag");
    const beeindig = (over: string, relatieId: string, payload: object) =>
      post("jeugd", `/api/personen/${over}/relaties/${relatieId}/beeindiging`, payload);
    const morgen = new Date(Date.parse(`${vandaag()}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const vooruit = await beeindig(kind.id, gezag.id, { beeindigdOp: morgen, reden: "Voogdij bij de GI" });
    expect(vooruit.statusCode).toBe(400);
    expect(vooruit.json().errors[0]).toMatchObject({ veld: "beeindigdOp" });
    expect((await beeindig(kind.id, gezag.id, { beeindigdOp: vandaag(), reden: "GI" })).statusCode).toBe(400);
    const anderePersoon = (await post("iag", "/api/personen", persoon({ bsn: "999990160" }))).json();
    expect(
      (await beeindig(anderePersoon.id, gezag.id, { beeindigdOp: vandaag(), reden: "Voogdij bij de GI" }))
        .statusCode,
    ).toBe(404);
    expect(
      (await get("jeugd", `/api/personen/${kind.id}`)).json().relaties.map((r: { soort: string }) => r.soort),
    ).toContain("gezag");

    const klaar = await beeindig(kind.id, gezag.id, { beeindigdOp: vandaag(), reden: "Voogdij bij de GI" });
    expect(klaar.statusCode, klaar.body).toBe(200);
    const na = (await get("jeugd", `/api/personen/${kind.id}`)).json();
    expect(na.relaties.map((r: { soort: string }) => r.soort)).toEqual(["ouder"]);
    expect(na.beeindigdeRelaties).toEqual([
      expect.objectContaining({
        soort: "gezag",
        beeindigdOp: vandaag(),
        redenBeeindiging: "Voogdij bij de GI",
      }),
    ]);
    expect(
      (await beeindig(ouder.id, gezag.id, { beeindigdOp: vandaag(), reden: "Voogdij bij de GI" })).statusCode,
    ).toBe(409);
    // Recorded again later: a new current relation beside the ended one.
    expect(
      (await post("jeugd", `/api/personen/${ouder.id}/relaties`, { gerelateerdeId: kind.id, soort: "gezag" }))
        .statusCode,
    ).toBe(201);
    const weer = (await get("jeugd", `/api/personen/${kind.id}`)).json();
    expect(weer.relaties.map((r: { soort: string }) => r.soort).sort()).toEqual(["gezag", "ouder"]);
    expect(weer.beeindigdeRelaties).toHaveLength(1);
    const audit = await t.database.db.execute(
      sql`select count(*)::int as n from audit_log where resource = 'huishouden' and reden like 'relatie gezag beëindigd%'`,
    );
    expect((audit as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(2);
  });
});

describe("persoon wijzigen", () => {
  it("wijzigt het adres met If-Match, leidt de wijk opnieuw af en weigert een verouderde versie", async () => {
    const p = (
      await post("iag", "/api/personen", persoon({ bsn: "999990147", geslachtsnaam: "Verhuisd" }))
    ).json();
    const wijzig = (versie: number | undefined, payload: object) =>
      t.app.inject({
        method: "PATCH",
        url: `/api/personen/${p.id}`,
        headers: { cookie: sessies.wmo ?? "", ...(versie ? { "if-match": `"${versie}"` } : {}) },
        payload,
      });
    const nieuwAdres = {
      adres: { straat: "Hoofdweg", huisnummer: 4, postcode: "9321 AB", woonplaats: "Peize" },
    };
    expect((await wijzig(undefined, nieuwAdres)).statusCode).toBe(428);
    const res = await wijzig(p.versie, nieuwAdres);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ versie: p.versie + 1, wijk: { code: "peize", naam: "Peize" } });
    expect((await wijzig(p.versie, { telefoon: "0612345678" })).statusCode).toBe(409);
    expect((await wijzig(p.versie + 1, { geboortedatum: "2026-02-30" })).statusCode).toBe(400);
  });

  it("bewaart de geheimhouding uit de BRP (Wet BRP art. 2.59): standaard nee, bij registreren en wijzigen", async () => {
    const gewoon = (await post("iag", "/api/personen", persoon({ bsn: "999990500" }))).json();
    expect(gewoon.geheimhouding).toBe(false);
    const geheim = await post("iag", "/api/personen", persoon({ bsn: "999990512", geheimhouding: true }));
    expect(geheim.statusCode, geheim.body).toBe(201);
    expect(geheim.json().geheimhouding).toBe(true);
    expect((await get("wmo", `/api/personen/${geheim.json().id}`)).json().geheimhouding).toBe(true);
    const res = await t.app.inject({
      method: "PATCH",
      url: `/api/personen/${gewoon.id}`,
      headers: { cookie: sessies.wmo ?? "", "if-match": `"${gewoon.versie}"` },
      payload: { geheimhouding: true },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().geheimhouding).toBe(true);
    const fout = await post("iag", "/api/personen", persoon({ bsn: "999990524", geheimhouding: "ja" }));
    expect(fout.statusCode).toBe(400);
    expect(fout.json().errors[0].veld).toBe("geheimhouding");
  });
});

describe("postcodetabel van de wijken", () => {
  it("de beheerder vervangt de tabel, en herberekent de wijk van de inwoners", async () => {
    const put = (wie: string, payload: unknown, query = "") =>
      t.app.inject({
        method: "PUT",
        url: `/api/wijk-postcodes${query}`,
        headers: { cookie: sessies[wie] ?? "" },
        payload: payload as object,
      });
    const lijst = await get("beheerder", "/api/wijk-postcodes");
    const huidig = lijst.json();
    expect(huidig.length).toBeGreaterThan(5);
    expect((await put("wmo", huidig)).statusCode).toBe(403);
    const fout = await put("beheerder", [
      { postcodeVan: "9301AA", postcodeTot: "9301ZZ", wijkCode: "atlantis" },
    ]);
    expect(fout.statusCode).toBe(400);
    expect(fout.json().errors[0].veld).toBe("0.wijkCode");

    const anders = huidig.map((b: { postcodeVan: string; wijkCode: string }) =>
      b.postcodeVan === "9301AA" ? { ...b, wijkCode: "nietap" } : b,
    );
    const res = await put("beheerder", anders, "?herberekenen=true");
    expect(res.statusCode).toBe(200);
    expect(res.json().inwonersBijgewerkt).toBeGreaterThan(0);
    const gevonden = (await get("iag", "/api/personen?zoek=9301%20AB")).json().items;
    expect(gevonden[0].wijk).toBe("Nietap");
    expect((await put("beheerder", huidig, "?herberekenen=true")).statusCode).toBe(200);
  });
});
