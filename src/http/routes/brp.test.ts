/**
 * "Ophalen uit de BRP" through the API (issue 20) against the BRP Personen mock: purpose-bound lookups with the
 * purpose and the persoon id in the audit trail (never the BSN), the resident's household and gezag, geheimhouding,
 * the woonplaats from the BRP, and every BRP failure a 503 with a Dutch message (never a 500); bad input 400.
 */
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { BRP_DEMO } from "../../brp/mock/fixtures";
import { type BrpMock, startBrpMock } from "../../brp/mock/server";
import { herstelKlok, zetKlok } from "../../lib/klok";
import { alsMedewerker, login, rijenUit, startTestVoordeur, type TestVoordeur } from "../../test/app";

let t: TestVoordeur;
let mock: BrpMock;
const sessies: Record<string, string> = {};
const verzoek = alsMedewerker(() => t.app, sessies);
const auditBrp = () =>
  rijenUit<{ actie: string; persoon_id: string | null; reden: string }>(
    t,
    sql`select actie, persoon_id, reden from audit_log where resource = 'brp' order by id`,
  );

beforeAll(async () => {
  zetKlok(new Date("2026-12-03T09:00:00.000Z"));
  mock = await startBrpMock({ apiKey: "test-sleutel", peiljaar: 2026 });
  const basis = { certPad: undefined, sleutelPad: undefined, caPad: undefined };
  t = await startTestVoordeur({ brp: { url: mock.url, apiKey: "test-sleutel", timeoutMs: 500, ...basis } });
  for (const naam of ["iag", "beheerder"]) sessies[naam] = await login(t.app, naam);
});
afterAll(async () => {
  herstelKlok();
  await t?.sluit();
  await mock?.sluit();
});
afterEach(() => mock.herstel());
const velden = () => (mock.verzoeken.at(-1)?.body as { fields?: string[] } | undefined)?.fields ?? [];

describe("POST /api/brp/raadplegen", () => {
  it("aanmelding: the household and gezag, the moment fetched; audited with the doel and without the BSN", async () => {
    const res = await verzoek("iag", "POST", "/api/brp/raadplegen", {
      doel: "aanmelding",
      bsn: BRP_DEMO.moederGezamenlijkGezag,
    });
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json();
    expect(a.opgehaaldOp).toBe("2026-12-03T09:00:00.000Z");
    expect(a.persoon).toMatchObject({
      naam: "Anouk Bakker",
      geboortedatum: "1986-03-14",
      geslacht: "vrouw",
      adres: { straat: "Heerestraat", huisnummer: 24, postcode: "9301 AG", woonplaats: "Roden" },
      geheimhouding: false,
      partner: { naam: "Mark de Vries", sinds: "2012-08-18", inKlantdossier: null },
      inKlantdossier: null,
    });
    expect(a.persoon.kinderen.map((k: { naam: string }) => k.naam)).toEqual([
      "Lotte de Vries",
      "Daan de Vries",
    ]);
    expect(a.persoon.gezag).toHaveLength(2);
    expect(a.persoon.gezag[0]).toMatchObject({
      soort: "gezamenlijk-ouderlijk",
      minderjarige: { naam: "Lotte de Vries" },
      gezaghebbenden: [
        { naam: "Anouk Bakker", rol: "ouder" },
        { naam: "Mark de Vries", rol: "ouder" },
      ],
    });
    expect(a.woonplaats.brpGemeente).toBe("1699");
    const [rij] = (await auditBrp()).slice(-1);
    expect(rij).toMatchObject({ actie: "lezen", persoon_id: null });
    expect(rij?.reden).toContain("doel: aanmelding");
    expect(rij?.reden).not.toContain(BRP_DEMO.moederGezamenlijkGezag);
    // Only the aanmelding's fields went to the BRP.
    expect(velden()).toContain("gezag");
  });

  it("dossier bijwerken by persoon id: the BSN is read on the server; the audit names the persoon", async () => {
    const reg = await verzoek("iag", "POST", "/api/personen", {
      bsn: BRP_DEMO.kindEenhoofdigGezag,
      voornamen: "Yasmin",
      voorvoegsel: "el",
      geslachtsnaam: "Amrani",
      geboortedatum: "2016-02-17",
      adres: { huisnummer: 1, postcode: "9301 AB", woonplaats: "Roden" },
    });
    expect(reg.statusCode, reg.body).toBe(201);
    const id = reg.json().id as string;
    const res = await verzoek("iag", "POST", "/api/brp/raadplegen", {
      doel: "dossier-bijwerken",
      persoonId: id,
    });
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json();
    expect(a.persoon.inKlantdossier).toEqual({ id, naam: "Yasmin el Amrani" });
    expect(a.persoon.adres).toMatchObject({ straat: "Kastelenlaan", huisnummer: 7, postcode: "9302 HK" });
    expect(a.persoon.gezag).toEqual([
      expect.objectContaining({
        soort: "eenhoofdig-ouderlijk",
        gezaghebbenden: [{ bsn: BRP_DEMO.alleenstaandeOuder, naam: "Fatima el Amrani", rol: "ouder" }],
      }),
    ]);
    const [rij] = (await auditBrp()).slice(-1);
    expect(rij).toMatchObject({ actie: "lezen", persoon_id: id });
    expect(rij?.reden).toContain("doel: dossier bijwerken");

    // The mother asked for the aanmelding: her child is recognised in the klantdossier.
    const moeder = await verzoek("iag", "POST", "/api/brp/raadplegen", {
      doel: "aanmelding",
      bsn: BRP_DEMO.alleenstaandeOuder,
    });
    expect(moeder.json().persoon.kinderen).toEqual([
      expect.objectContaining({ naam: "Yasmin el Amrani", inKlantdossier: { id, naam: "Yasmin el Amrani" } }),
    ]);
  });

  it("woonplaatsbeginsel: a child registered in Assen, with only the fields for that purpose", async () => {
    const res = await verzoek("iag", "POST", "/api/brp/raadplegen", {
      doel: "woonplaatsbeginsel",
      bsn: BRP_DEMO.kindInAssen,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().woonplaats).toMatchObject({ brpGemeente: "0106" });
    expect(res.json().persoon).toMatchObject({ naam: "naam onbekend", kinderen: [], gezag: [] });
    expect(velden()).not.toContain("naam.voornamen");
    expect((await auditBrp()).at(-1)?.reden).toContain("doel: woonplaatsbeginsel");
  });

  it("geheimhouding is passed on", async () => {
    const res = await verzoek("iag", "POST", "/api/brp/raadplegen", {
      doel: "aanmelding",
      bsn: BRP_DEMO.geheimhouding,
    });
    expect(res.json().persoon).toMatchObject({ naam: "Johan Willem Mulder", geheimhouding: true });
  });

  const fouten: { wat: string; voor?: () => void; body: object; status: number; detail: RegExp }[] = [
    {
      wat: "the BRP has a failure (503)",
      voor: () => mock.storing(BRP_DEMO.alleenstaandeOuder, 503),
      body: { doel: "aanmelding", bsn: BRP_DEMO.alleenstaandeOuder },
      status: 503,
      detail: /storing.*met de hand/,
    },
    {
      wat: "the BRP answers 500",
      voor: () => mock.storing(BRP_DEMO.alleenstaandeOuder, 500),
      body: { doel: "aanmelding", bsn: BRP_DEMO.alleenstaandeOuder },
      status: 503,
      detail: /storing/,
    },
    {
      wat: "the BRP is too slow",
      voor: () => mock.vertraag(BRP_DEMO.alleenstaandeOuder, 2000),
      body: { doel: "aanmelding", bsn: BRP_DEMO.alleenstaandeOuder },
      status: 503,
      detail: /niet op tijd/,
    },
    {
      wat: "a BSN the BRP does not know",
      body: { doel: "aanmelding", bsn: "999999011" },
      status: 404,
      detail: /kent geen/,
    },
    { wat: "an invalid BSN", body: { doel: "aanmelding", bsn: "123456789" }, status: 400, detail: /./ },
    { wat: "no doel", body: { bsn: BRP_DEMO.alleenstaandeOuder }, status: 400, detail: /./ },
    {
      wat: "an unknown doel",
      body: { doel: "nieuwsgierigheid", bsn: BRP_DEMO.alleenstaandeOuder },
      status: 400,
      detail: /./,
    },
  ];
  it.each(fouten)("$wat → $status problem+json", async ({ voor, body, status, detail }) => {
    voor?.();
    const aantal = (await auditBrp()).length;
    const res = await verzoek("iag", "POST", "/api/brp/raadplegen", body);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json().detail).toMatch(detail);
    expect(res.body).not.toContain("999998936");
    expect((await auditBrp()).length).toBe(aantal);
  });

  it("a medewerker without access to basisgegevens is refused before the BRP is asked", async () => {
    const voor = mock.verzoeken.length;
    const res = await verzoek("beheerder", "POST", "/api/brp/raadplegen", {
      doel: "aanmelding",
      bsn: BRP_DEMO.alleenstaandeOuder,
    });
    expect(res.statusCode).toBe(403);
    expect(mock.verzoeken.length).toBe(voor);
  });
});

describe("POST /api/brp/zoeken", () => {
  it("by postcode and huisnummer: candidates with their BRP address lines; audited as zoeken with the doel", async () => {
    const res = await verzoek("iag", "POST", "/api/brp/zoeken", {
      doel: "aanmelding",
      postcode: "9301 AG",
      huisnummer: 24,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(
      res
        .json()
        .personen.map((p: { naam: string }) => p.naam)
        .sort(),
    ).toEqual(["Anouk Bakker", "Daan de Vries", "Lotte de Vries", "Mark de Vries"]);
    expect(res.json().personen[0].adres).toBe("Heerestraat 24, 9301 AG  RODEN");
    const rij = (await auditBrp()).at(-1);
    expect(rij).toMatchObject({ actie: "zoeken", persoon_id: null });
    expect(rij?.reden).toContain("4 personen");
  });

  it("by achternaam and geboortedatum; geheimhouding hides the address", async () => {
    const res = await verzoek("iag", "POST", "/api/brp/zoeken", {
      doel: "aanmelding",
      geslachtsnaam: "Mulder",
      geboortedatum: "1975-05-05",
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().personen).toEqual([
      {
        bsn: BRP_DEMO.geheimhouding,
        naam: "Johan Willem Mulder",
        geboortedatum: "1975-05-05",
        adres: null,
        geheimhouding: true,
      },
    ]);
  });

  it("bad input → 400 naming the field", async () => {
    const res = await verzoek("iag", "POST", "/api/brp/zoeken", {
      doel: "aanmelding",
      postcode: "0000 AA",
      huisnummer: 24,
    });
    expect(res.statusCode).toBe(400);
  });
});
