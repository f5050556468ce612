import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { magToewijzen } from "../../../aanbieders/leverbaarheid";
import { alsSysteem, inGemeente } from "../../../db/tenant";
import { plusDagen } from "../../../domain/termijnen/kalender";
import { vandaag } from "../../../lib/klok";
import { alsMedewerker, login, startTestVoordeur, type TestVoordeur } from "../../../test/app";

let t: TestVoordeur;
const sessies: Record<string, string> = {};
const NOORDENVELD = { gemeenteCode: "1699", samenwerkingsverbandCode: "NMD" };

beforeAll(async () => {
  t = await startTestVoordeur();
  for (const naam of ["wmo", "teamleider", "beheerder", "assen-iag"])
    sessies[naam] = await login(t.app, naam);
  // Catalogue products this test relies on (the resultatenplan area seeds the real catalogue).
  await alsSysteem(t.database.db, (tx) =>
    tx.execute(sql`insert into producten (samenwerkingsverband_code, wet, categorie, code, omschrijving, interventieniveau, geldig_vanaf)
      values ('NMD', 'jeugd', '45', '45A33', 'I4G Begeleiding gezondheid', 4, '2020-01-01'),
             ('NMD', 'jeugd', '45', '45A34', 'I5G Begeleiding gezondheid', 5, '2020-01-01'),
             ('NMD', 'wmo', '07', '07A01', 'Dagbesteding naar onderwijs 1-4 dagdelen', 7, '2020-01-01')
      on conflict do nothing`),
  );
});
afterAll(() => t.sluit());

const verzoek = alsMedewerker(() => t.app, sessies);

const aanbieder = (over: Record<string, unknown> = {}) => ({
  agbCode: "12345678",
  naam: "Testzorg Roden",
  kvkNummer: "87654321",
  contact: { email: "info@testzorg.example" },
  ...over,
});

const contract = (over: Record<string, unknown> = {}) => ({
  kenmerk: "TEST-2026-001",
  ingangsdatum: "2026-01-01",
  einddatum: "2027-12-31",
  regels: [
    { gemeenteCode: "1699", wet: "jeugd", productCategorie: "45", productCode: "45A33", resultaat: "Gezond" },
    { gemeenteCode: "1699", wet: "wmo", productCategorie: "07", productCode: null },
  ],
  ...over,
});

const aantalAanbieders = async () =>
  (await verzoek("wmo", "GET", "/api/aanbieders?perPagina=1")).json().totaal as number;

describe("aanbieders en contracten", () => {
  let id: string;

  it.each([
    ["AGB-code van 7 cijfers", { agbCode: "1234567" }, "agbCode"],
    ["AGB-code met letters", { agbCode: "1234567A" }, "agbCode"],
    ["KvK-nummer van 9 cijfers", { kvkNummer: "876543210" }, "kvkNummer"],
    ["bestaande AGB-code", { agbCode: "42420001" }, "agbCode"],
  ])("%s → 400 met het veld, niets opgeslagen", async (_naam, over, veld) => {
    const voor = await aantalAanbieders();
    const res = await verzoek("beheerder", "POST", "/api/aanbieders", aanbieder(over));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { veld: string }) => e.veld)).toContain(veld);
    expect(await aantalAanbieders()).toBe(voor);
  });

  it("alleen de beheerder voegt aanbieders toe", async () => {
    expect((await verzoek("wmo", "POST", "/api/aanbieders", aanbieder())).statusCode).toBe(403);
    const res = await verzoek("beheerder", "POST", "/api/aanbieders", aanbieder({ agbCode: "1234 5678" }));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      agbCode: "12345678",
      naam: "Testzorg Roden",
      versie: 1,
      contracten: [],
    });
    id = res.json().id;
  });

  it("wijzigen vraagt If-Match; een verouderde versie geeft 409", async () => {
    const wijziging = aanbieder({ naam: "Testzorg Roden BV" });
    expect((await verzoek("beheerder", "PUT", `/api/aanbieders/${id}`, wijziging)).statusCode).toBe(428);
    expect((await verzoek("beheerder", "PUT", `/api/aanbieders/${id}`, wijziging, 9)).statusCode).toBe(409);
    const res = await verzoek("beheerder", "PUT", `/api/aanbieders/${id}`, wijziging, 1);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ naam: "Testzorg Roden BV", versie: 2 });
    expect((await verzoek("beheerder", "PUT", `/api/aanbieders/${id}`, wijziging, 1)).statusCode).toBe(409);
  });

  it.each([
    ["einde voor begin", contract({ einddatum: "2025-12-31" }), "einddatum"],
    [
      "product niet in de catalogus",
      contract({
        regels: [{ gemeenteCode: "1699", wet: "jeugd", productCategorie: "45", productCode: "45Z99" }],
      }),
      "regels.0.productCode",
    ],
    [
      "gemeente buiten het samenwerkingsverband",
      contract({ regels: [{ gemeenteCode: "0363", wet: "wmo", productCategorie: "07" }] }),
      "regels.0.gemeenteCode",
    ],
  ])("contract: %s → 400, niets opgeslagen", async (_naam, invoer, veld) => {
    const res = await verzoek("beheerder", "POST", `/api/aanbieders/${id}/contracten`, invoer);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { veld: string }) => e.veld)).toContain(veld);
    expect((await verzoek("wmo", "GET", `/api/aanbieders/${id}`)).json().contracten).toEqual([]);
  });

  it("legt een contract vast met regels per gemeente en product", async () => {
    const res = await verzoek("beheerder", "POST", `/api/aanbieders/${id}/contracten`, contract());
    expect(res.statusCode).toBe(201);
    expect(res.json().regels).toContainEqual(
      expect.objectContaining({ productCode: "45A33", productOmschrijving: "I4G Begeleiding gezondheid" }),
    );
    const detail = (await verzoek("wmo", "GET", `/api/aanbieders/${id}`)).json();
    expect(detail.contracten).toHaveLength(1);
    const stale = await verzoek("beheerder", "PUT", `/api/contracten/${res.json().id}`, contract(), 5);
    expect(stale.statusCode).toBe(409);
  });

  it("de gemeenten van het samenwerkingsverband staan in een lijst; andere gemeenten niet", async () => {
    const res = await verzoek("beheerder", "GET", "/api/gemeenten");
    expect(res.statusCode).toBe(200);
    const codes = res.json().map((g: { code: string }) => g.code);
    expect(codes).toEqual(expect.arrayContaining(["1699", "0106"]));
    expect(codes).not.toContain("0363");
    expect(res.json()).toContainEqual({ code: "1699", naam: "Noordenveld" });
    expect((await t.app.inject({ method: "GET", url: "/api/gemeenten" })).statusCode).toBe(401);
  });

  it("een contract wijzigen en beëindigen: alleen de beheerder, met If-Match; daarna vindt de Verwijzingswijzer het niet meer", async () => {
    const detail = (await verzoek("wmo", "GET", `/api/aanbieders/${id}`)).json();
    const huidig = detail.contracten[0];
    const url = `/api/contracten/${huidig.id}`;
    const beeindigd = contract({ einddatum: "2026-06-30" });
    expect((await verzoek("wmo", "PUT", url, beeindigd, huidig.versie)).statusCode).toBe(403);
    expect((await verzoek("beheerder", "PUT", url, beeindigd)).statusCode).toBe(428);
    const fout = await verzoek("beheerder", "PUT", url, contract({ einddatum: "2025-06-30" }), huidig.versie);
    expect(fout.statusCode).toBe(400);
    expect(fout.json().errors.map((e: { veld: string }) => e.veld)).toContain("einddatum");
    const res = await verzoek("beheerder", "PUT", url, beeindigd, huidig.versie);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ einddatum: "2026-06-30", versie: huidig.versie + 1 });
    expect(res.json().regels).toHaveLength(2);
    expect((await verzoek("beheerder", "PUT", url, beeindigd, huidig.versie)).statusCode).toBe(409);
    const namen = async (peildatum: string) =>
      (await verzoek("wmo", "GET", `/api/verwijzingswijzer?productCode=45A33&peildatum=${peildatum}`))
        .json()
        .items.map((i: { aanbieder: { naam: string } }) => i.aanbieder.naam);
    expect(await namen("2026-06-30")).toContain("Testzorg Roden BV");
    expect(await namen("2026-07-01")).not.toContain("Testzorg Roden BV");
    // Restore the period the tests below rely on (magToewijzen until the end of 2026).
    const terug = await verzoek("beheerder", "PUT", url, contract(), huidig.versie + 1);
    expect(terug.statusCode).toBe(200);
  });

  it("de Verwijzingswijzer vindt gecontracteerde aanbieders voor een product in de gemeente", async () => {
    const peil = "2026-06-01";
    const res = await verzoek("wmo", "GET", `/api/verwijzingswijzer?productCode=45A33&peildatum=${peil}`);
    expect(res.statusCode).toBe(200);
    const namen = res.json().items.map((i: { aanbieder: { naam: string } }) => i.aanbieder.naam);
    expect(namen).toContain("Testzorg Roden BV");
    // A whole-category line (07) also answers a search on a product of that category or on its omschrijving.
    const dagbesteding = await verzoek(
      "wmo",
      "GET",
      `/api/verwijzingswijzer?resultaat=dagbesteding&peildatum=${peil}`,
    );
    expect(dagbesteding.json().items.map((i: { aanbieder: { naam: string } }) => i.aanbieder.naam)).toContain(
      "Testzorg Roden BV",
    );
    // The provider picker searches by part of the name among those contracted for the product.
    const opNaam = await verzoek(
      "wmo",
      "GET",
      `/api/verwijzingswijzer?productCode=45A33&naam=roden&peildatum=${peil}`,
    );
    expect(opNaam.json().items.map((i: { aanbieder: { naam: string } }) => i.aanbieder.naam)).toEqual([
      "Testzorg Roden BV",
    ]);
    const geen = await verzoek(
      "wmo",
      "GET",
      `/api/verwijzingswijzer?productCode=45A33&naam=${encodeURIComponent("bestaat%niet")}&peildatum=${peil}`,
    );
    expect(geen.json().items).toEqual([]);
    // Not contracted in Assen, and outside the contract period nothing.
    const assen = await verzoek(
      "assen-iag",
      "GET",
      `/api/verwijzingswijzer?productCode=45A33&peildatum=${peil}`,
    );
    expect(assen.json().items.map((i: { aanbieder: { naam: string } }) => i.aanbieder.naam)).not.toContain(
      "Testzorg Roden BV",
    );
    const later = await verzoek(
      "wmo",
      "GET",
      "/api/verwijzingswijzer?productCode=45A33&peildatum=2028-01-01",
    );
    expect(later.json().items.map((i: { aanbieder: { naam: string } }) => i.aanbieder.naam)).not.toContain(
      "Testzorg Roden BV",
    );
    expect((await verzoek("wmo", "GET", "/api/verwijzingswijzer?gemeente=0363&wet=wmo")).statusCode).toBe(
      400,
    );
    expect((await verzoek("wmo", "GET", "/api/verwijzingswijzer")).statusCode).toBe(400);
  });

  it("magToewijzen: contract, buiten de periode, onbekende AGB", async () => {
    const vraag = {
      aanbiederAgb: "12345678",
      gemeenteCode: "1699",
      wet: "jeugd" as const,
      productCategorie: "45",
      productCode: "45A33",
      ingangsdatum: "2026-03-01",
      einddatum: "2026-12-31",
    };
    const uitkomsten = await inGemeente(t.database.db, NOORDENVELD, async (tx) => [
      await magToewijzen(tx, vraag),
      await magToewijzen(tx, { ...vraag, einddatum: null }),
      await magToewijzen(tx, { ...vraag, productCode: "45A34" }),
      await magToewijzen(tx, { ...vraag, aanbiederAgb: "99999999" }),
      await magToewijzen(tx, { ...vraag, gemeenteCode: "0106" }),
    ]);
    expect(uitkomsten.map((u) => (u.toegestaan ? "ja" : u.regel))).toEqual([
      "ja",
      "buiten-contractperiode",
      "geen-contract",
      "aanbieder-onbekend",
      "geen-contract",
    ]);
  });
});

describe("cliëntenstops", () => {
  let aanbiederId: string;
  const van = plusDagen(vandaag(), -3);

  beforeAll(async () => {
    const lijst = (await verzoek("wmo", "GET", "/api/aanbieders?zoek=42420001")).json();
    aanbiederId = lijst.items[0].id;
  });

  it("alleen het kwaliteitsteam kondigt een cliëntenstop af", async () => {
    const res = await verzoek("wmo", "POST", `/api/aanbieders/${aanbiederId}/clientenstops`, {
      van,
      reden: "x",
    });
    expect(res.statusCode).toBe(403);
  });

  it("de teamleider kondigt een stop af; hij blokkeert toewijzingen en staat in de lijsten", async () => {
    const res = await verzoek("teamleider", "POST", `/api/aanbieders/${aanbiederId}/clientenstops`, {
      van,
      tot: null,
      reden: "Calamiteit in onderzoek",
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ actief: true, gemeenteCode: null, versie: 1 });
    const stops = (await verzoek("wmo", "GET", "/api/clientenstops")).json();
    expect(stops.map((s: { agbCode: string }) => s.agbCode)).toContain("42420001");
    const lijst = (await verzoek("wmo", "GET", "/api/aanbieders?zoek=42420001")).json();
    expect(lijst.items[0].clientenstop).toEqual({ tot: null });
    const wijzer = (
      await verzoek("wmo", "GET", "/api/verwijzingswijzer?wet=jeugd&productCategorie=45")
    ).json();
    const item = wijzer.items.find(
      (i: { aanbieder: { agbCode: string } }) => i.aanbieder.agbCode === "42420001",
    );
    expect(item.clientenstop).toMatchObject({ van, reden: "Calamiteit in onderzoek" });
    // Providers without a stop come first.
    const gemarkeerd = wijzer.items.map((i: { clientenstop: unknown }) => i.clientenstop !== null);
    expect(gemarkeerd).toContain(false);
    expect(gemarkeerd).toEqual([...gemarkeerd].sort((x, y) => Number(x) - Number(y)));

    const uitkomst = await inGemeente(t.database.db, NOORDENVELD, (tx) =>
      magToewijzen(tx, {
        aanbiederAgb: "42420001",
        gemeenteCode: "1699",
        wet: "jeugd",
        productCategorie: "45",
        productCode: "45A33",
        ingangsdatum: vandaag(),
        einddatum: null,
      }),
    );
    expect(uitkomst).toMatchObject({ toegestaan: false, regel: "clientenstop" });
  });

  it("een overlappende stop → 422 met de regel; einde voor begin → 400; niets opgeslagen", async () => {
    const overlap = await verzoek("teamleider", "POST", `/api/aanbieders/${aanbiederId}/clientenstops`, {
      gemeenteCode: "1699",
      van: vandaag(),
      reden: "Nog een",
    });
    expect(overlap.statusCode).toBe(422);
    expect(overlap.json().detail).toContain("niet overlappen");
    expect(overlap.json().errors[0].veld).toBe("van");
    const omgekeerd = await verzoek("teamleider", "POST", `/api/aanbieders/${aanbiederId}/clientenstops`, {
      van: "2030-02-01",
      tot: "2030-01-01",
      reden: "x",
    });
    expect(omgekeerd.statusCode).toBe(400);
    expect(omgekeerd.json().errors[0].veld).toBe("tot");
    const andereGemeente = await verzoek(
      "teamleider",
      "POST",
      `/api/aanbieders/${aanbiederId}/clientenstops`,
      {
        gemeenteCode: "0106",
        van: "2030-01-01",
        reden: "x",
      },
    );
    expect(andereGemeente.statusCode).toBe(400);
    const detail = (await verzoek("wmo", "GET", `/api/aanbieders/${aanbiederId}`)).json();
    expect(detail.clientenstops).toHaveLength(1);
  });

  it("opheffen met een einddatum; een verouderde versie → 409", async () => {
    const detail = (await verzoek("wmo", "GET", `/api/aanbieders/${aanbiederId}`)).json();
    const stop = detail.clientenstops[0];
    const opheffen = { van, tot: plusDagen(vandaag(), -1), reden: stop.reden };
    expect(
      (await verzoek("teamleider", "PUT", `/api/clientenstops/${stop.id}`, opheffen, 3)).statusCode,
    ).toBe(409);
    const res = await verzoek("teamleider", "PUT", `/api/clientenstops/${stop.id}`, opheffen, 1);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ actief: false, versie: 2 });
  });
});

describe("signalen", () => {
  it("registreren, opvolgen met statusovergangen en een kwaliteitsmanager", async () => {
    const aanbiederId = (await verzoek("wmo", "GET", "/api/aanbieders?zoek=65656055")).json().items[0].id;
    expect(
      (
        await verzoek("wmo", "POST", "/api/signalen", {
          aanbiederId,
          soort: "contract",
          onderwerp: "x",
          omschrijving: "y",
          ontvangenOp: vandaag(),
        })
      ).statusCode,
    ).toBe(403);
    const nieuw = await verzoek("teamleider", "POST", "/api/signalen", {
      aanbiederId,
      soort: "contract",
      onderwerp: "Wachtlijst niet gemeld",
      omschrijving: "De aanbieder meldde de wachtlijst niet.",
      ontvangenOp: vandaag(),
    });
    expect(nieuw.statusCode).toBe(201);
    const signaal = nieuw.json();
    expect(signaal).toMatchObject({
      status: "nieuw",
      kwaliteitsmanager: null,
      volgendeStatussen: ["in-behandeling", "afgesloten"],
    });
    const url = `/api/signalen/${signaal.id}/opvolging`;

    const zonderManager = await verzoek(
      "teamleider",
      "POST",
      url,
      { naarStatus: "in-behandeling", notitie: "Opgepakt" },
      1,
    );
    expect(zonderManager.statusCode).toBe(422);
    expect(zonderManager.json().errors[0].veld).toBe("kwaliteitsmanagerId");
    const overslaan = await verzoek("teamleider", "POST", url, { naarStatus: "maatregel", notitie: "x" }, 1);
    expect(overslaan.statusCode).toBe(422);

    const managers = (await verzoek("wmo", "GET", "/api/signalen/kwaliteitsmanagers")).json();
    const manager = managers[0];
    const opgepakt = await verzoek(
      "teamleider",
      "POST",
      url,
      { naarStatus: "in-behandeling", notitie: "Opgepakt", kwaliteitsmanagerId: manager.id },
      1,
    );
    expect(opgepakt.statusCode).toBe(200);
    expect(opgepakt.json()).toMatchObject({
      status: "in-behandeling",
      kwaliteitsmanager: manager,
      versie: 2,
    });
    expect((await verzoek("teamleider", "POST", url, { notitie: "x" }, 1)).statusCode).toBe(409);
    const maatregel = await verzoek(
      "teamleider",
      "POST",
      url,
      { naarStatus: "maatregel", notitie: "Verbeterplan" },
      2,
    );
    expect(maatregel.json().opvolging.map((o: { naarStatus: string }) => o.naarStatus)).toEqual([
      "in-behandeling",
      "maatregel",
    ]);
    const lijst = (await verzoek("wmo", "GET", "/api/signalen?soort=contract&open=ja")).json();
    expect(lijst.items.map((s: { id: string }) => s.id)).toContain(signaal.id);
  });
});
