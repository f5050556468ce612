/**
 * De sociale kaart through the API (issue 16): the public kaart without a login (per gemeente in the URL, filters,
 * pages, rate limit), beheer by the beheerder and the buurtteam (If-Match, audit, archive), another gemeente's
 * kaart out of reach, export/import (all or nothing, per-line errors, idempotent on extern id), and a voorliggende
 * oplossing chosen from the kaart in a resultatenplan, counted as residents helped in the voorliggend veld.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ASSEN_OOST_BIJLAGE_2 } from "../../seed/sociale-kaart";
import { alsMedewerker, login, rijenUit, startTestVoordeur, type TestVoordeur } from "../../test/app";
import { opgepakteWmoZaak } from "../../test/wmo-plan";

let t: TestVoordeur;
const sessies: Record<string, string> = {};
const verzoek = alsMedewerker(() => t.app, sessies);
const publiek = (url: string) => t.app.inject({ method: "GET", url, remoteAddress: "192.0.2.10" });

const aantal = async (waar = "true") =>
  Number(
    (
      await rijenUit<{ n: string }>(t, sql.raw(`select count(*)::text as n from voorzieningen where ${waar}`))
    )[0]?.n,
  );
const auditVoorzieningen = async () =>
  Number(
    (
      await rijenUit<{ n: string }>(
        t,
        sql`select count(*)::text as n from audit_log where resource = 'voorziening'`,
      )
    )[0]?.n,
  );

beforeAll(async () => {
  t = await startTestVoordeur();
  for (const naam of ["iag", "wmo", "teamleider", "beheerder", "buurtteam", "assen-iag"])
    sessies[naam] = await login(t.app, naam);
});
afterAll(() => t.sluit());

describe("de openbare sociale kaart (zonder inloggen)", () => {
  it("kent de gemeenten bij hun naam in de URL, en Assen-Oost uit 002 bijlage 2", async () => {
    const gemeenten = await publiek("/api/publiek/sociale-kaart");
    expect(gemeenten.statusCode, gemeenten.body).toBe(200);
    expect(gemeenten.json().items).toContainEqual({ code: "0106", naam: "Assen", slug: "assen" });
    const kaart = await publiek("/api/publiek/sociale-kaart/assen");
    expect(kaart.statusCode).toBe(200);
    expect(kaart.json().wijken).toContainEqual({ code: "assen-oost", naam: "Assen-Oost" });
    expect((await publiek("/api/publiek/sociale-kaart/0106")).json().gemeente.naam).toBe("Assen");
    expect((await publiek("/api/publiek/sociale-kaart/atlantis")).statusCode).toBe(404);
  });

  it("filtert op wijk, categorie en vrije tekst, in pagina's; de hele-gemeente-regelingen staan in elke wijk", async () => {
    const oost = (
      await publiek("/api/publiek/sociale-kaart/assen/voorzieningen?wijk=assen-oost&perPagina=10")
    ).json();
    expect(oost.totaal).toBe(ASSEN_OOST_BIJLAGE_2.length + 5);
    expect(oost.items).toHaveLength(10);
    expect(oost.items[0]).toMatchObject({
      naam: "Aanhaken in Assen Oost",
      wijken: ["Assen-Oost"],
      gratis: null,
    });
    expect(Object.keys(oost.items[0])).not.toContain("externId");
    const kloosterveen = (
      await publiek("/api/publiek/sociale-kaart/assen/voorzieningen?wijk=kloosterveen")
    ).json();
    expect(kloosterveen.items.map((v: { soort: string }) => v.soort)).toEqual(
      Array(5).fill("minimaregeling"),
    );
    const ouderschap = (
      await publiek("/api/publiek/sociale-kaart/assen/voorzieningen?categorie=ouderschap")
    ).json();
    expect(ouderschap.items.map((v: { naam: string }) => v.naam)).toEqual([
      "Humanitas Assen - Kindervakantieweken",
    ]);
    const humanitas = (await publiek("/api/publiek/sociale-kaart/assen/voorzieningen?zoek=HUMANITAS")).json();
    expect(humanitas.totaal).toBe(8);
    const tweede = (
      await publiek("/api/publiek/sociale-kaart/assen/voorzieningen?perPagina=50&pagina=2")
    ).json();
    expect(tweede).toMatchObject({ pagina: 2, perPagina: 50, totaal: 54 });
    expect(tweede.items).toHaveLength(4);
    const slecht = await publiek("/api/publiek/sociale-kaart/assen/voorzieningen?categorie=zwemmen");
    expect(slecht.statusCode).toBe(400);
    expect(slecht.json().errors).toEqual([expect.objectContaining({ veld: "categorie" })]);
    expect((await publiek("/api/publiek/sociale-kaart/assen/voorzieningen?zoek=%25")).json().totaal).toBe(0);
  });

  it("GET /api/sociale-kaart?gemeente=&wijk=&categorie=&zoek= (API.md) geeft dezelfde lijst, zonder inloggen", async () => {
    const vast = await publiek(
      "/api/sociale-kaart?gemeente=assen&wijk=assen-oost&categorie=ouderschap&zoek=humanitas",
    );
    expect(vast.statusCode, vast.body).toBe(200);
    expect(vast.json()).toEqual(
      (
        await publiek(
          "/api/publiek/sociale-kaart/assen/voorzieningen?wijk=assen-oost&categorie=ouderschap&zoek=humanitas",
        )
      ).json(),
    );
    expect(vast.json().items[0]).toMatchObject({
      naam: "Humanitas Assen - Kindervakantieweken",
      categorieen: expect.arrayContaining(["ouderschap"]),
      wijken: ["Assen-Oost"],
    });
    expect(Object.keys(vast.json().items[0])).toEqual(expect.arrayContaining(["id", "naam", "aanbieder"]));
    expect((await publiek("/api/sociale-kaart?gemeente=0106")).json().totaal).toBe(54);
    expect((await publiek("/api/sociale-kaart")).statusCode).toBe(400);
    expect((await publiek("/api/sociale-kaart?gemeente=atlantis")).statusCode).toBe(404);
  });

  it("beperkt het aantal verzoeken per adres met een Nederlandse 429", async () => {
    let laatste = 0;
    for (let i = 0; i < 61; i++) {
      const res = await t.app.inject({
        method: "GET",
        url: "/api/publiek/sociale-kaart",
        remoteAddress: "192.0.2.99",
      });
      laatste = res.statusCode;
      if (laatste === 429) {
        expect(res.json().detail).toMatch(/^Te veel verzoeken vanaf dit adres/);
        expect(res.headers["retry-after"]).toBeDefined();
        break;
      }
    }
    expect(laatste).toBe(429);
  });
});

const NIEUW = {
  soort: "voorliggend-veld",
  naam: "Koffie-inloop Norg",
  aanbieder: "Dorpshuis Norg",
  categorieen: ["sociale-contacten"],
  wijken: ["norg"],
  telefoon: "0592 612345",
  gratis: false,
  kosten: "€ 1 per kopje",
};

describe("beheer van de kaart", () => {
  let id: string;
  let versie: number;

  it("de beheerder en het buurtteam voegen toe; een consulent niet; slechte invoer verandert niets", async () => {
    const voor = await aantal();
    expect((await verzoek("wmo", "POST", "/api/sociale-kaart/voorzieningen", NIEUW)).statusCode).toBe(403);
    const fout = await verzoek("beheerder", "POST", "/api/sociale-kaart/voorzieningen", {
      ...NIEUW,
      wijken: ["assen-oost"],
      gratis: false,
      kosten: "",
      email: "info@",
      categorieen: [],
    });
    expect(fout.statusCode).toBe(400);
    expect(
      fout.json().errors.map((e: { veld: string; melding: string }) => `${e.veld}: ${e.melding}`),
    ).toEqual([
      "categorieen: Categorieën: kies minstens één categorie.",
      "wijken: Wijken: onbekende wijk assen-oost in deze gemeente.",
      "kosten: Kosten: beschrijf wat het kost, of kies gratis.",
      "email: E-mailadres: dit is geen e-mailadres.",
    ]);
    expect(
      (await verzoek("beheerder", "POST", "/api/sociale-kaart/voorzieningen", { ...NIEUW, prijs: 1 }))
        .statusCode,
    ).toBe(400);
    expect(await aantal()).toBe(voor);

    const res = await verzoek("beheerder", "POST", "/api/sociale-kaart/voorzieningen", NIEUW);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.json()).toMatchObject({
      naam: "Koffie-inloop Norg",
      wijken: ["Norg"],
      wijkCodes: ["norg"],
      gratis: false,
    });
    expect(res.json().externId).toMatch(/^koffie-inloop-norg-[0-9a-f]{6}$/);
    id = res.json().id;
    versie = res.json().versie;
    const buurtteam = await verzoek("buurtteam", "POST", "/api/sociale-kaart/voorzieningen", {
      ...NIEUW,
      externId: "buurtteam-wandelen",
      naam: "Wandelgroep Roden",
      wijken: [],
      gratis: true,
      kosten: "",
    });
    expect(buurtteam.statusCode, buurtteam.body).toBe(201);
    const dubbel = await verzoek("beheerder", "POST", "/api/sociale-kaart/voorzieningen", {
      ...NIEUW,
      externId: "buurtteam-wandelen",
    });
    expect(dubbel.statusCode).toBe(409);
    expect(await auditVoorzieningen()).toBe(2);
  });

  it("wijzigen vraagt If-Match; verouderd → 409; dezelfde feiten veranderen niets; elke wijziging in het auditlog", async () => {
    const url = `/api/sociale-kaart/voorzieningen/${id}`;
    const gewijzigd = { ...NIEUW, openingstijden: "Dinsdag 10.00–12.00 uur" };
    expect((await verzoek("beheerder", "PUT", url, gewijzigd)).statusCode).toBe(428);
    expect((await verzoek("beheerder", "PUT", url, gewijzigd, versie + 3)).statusCode).toBe(409);
    expect((await verzoek("wmo", "PUT", url, gewijzigd, versie)).statusCode).toBe(403);
    const res = await verzoek("buurtteam", "PUT", url, gewijzigd, versie);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      versie: 2,
      openingstijden: "Dinsdag 10.00–12.00 uur",
      gewijzigdDoor: expect.any(String),
    });
    expect((await verzoek("beheerder", "PUT", url, gewijzigd, 2)).json().versie).toBe(2);
    expect(await auditVoorzieningen()).toBe(3);
    versie = 2;
  });

  it("archiveren haalt haar van de kaart en uit de keuzelijst; in beheer blijft ze zichtbaar", async () => {
    const url = `/api/sociale-kaart/voorzieningen/${id}/archivering`;
    expect((await verzoek("beheerder", "POST", url, { gearchiveerd: true })).statusCode).toBe(428);
    const res = await verzoek("beheerder", "POST", url, { gearchiveerd: true }, versie);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ gearchiveerd: true, versie: 3 });
    const openbaar = (
      await publiek("/api/publiek/sociale-kaart/noordenveld/voorzieningen?zoek=koffie")
    ).json();
    expect(openbaar.totaal).toBe(0);
    expect((await verzoek("wmo", "GET", "/api/sociale-kaart/voorzieningen?zoek=koffie")).json().totaal).toBe(
      0,
    );
    const beheer = (
      await verzoek("beheerder", "GET", "/api/sociale-kaart/voorzieningen?zoek=koffie&gearchiveerd=ja")
    ).json();
    expect(beheer.items.map((v: { gearchiveerd: boolean }) => v.gearchiveerd)).toEqual([true]);
    expect((await verzoek("beheerder", "POST", url, { gearchiveerd: false }, 3)).json().gearchiveerd).toBe(
      false,
    );
  });

  it("de kaart van een andere gemeente is onbereikbaar, ook met haar id", async () => {
    const [assen] = await rijenUit<{ id: string }>(
      t,
      sql`select id from voorzieningen where gemeente_code = '0106' limit 1`,
    );
    const url = `/api/sociale-kaart/voorzieningen/${assen?.id}`;
    expect((await verzoek("beheerder", "GET", url)).statusCode).toBe(404);
    expect((await verzoek("beheerder", "PUT", url, NIEUW, 1)).statusCode).toBe(404);
    expect(
      (await verzoek("beheerder", "POST", `${url}/archivering`, { gearchiveerd: true }, 1)).statusCode,
    ).toBe(404);
    expect(await aantal("gemeente_code = '0106' and versie = 1 and not gearchiveerd")).toBe(54);
    // Assen's IAG reads the Assen kaart, but does not keep it.
    expect(
      (await verzoek("assen-iag", "GET", "/api/sociale-kaart/voorzieningen?perPagina=1")).json().totaal,
    ).toBe(54);
    expect((await verzoek("assen-iag", "PUT", url, NIEUW, 1)).statusCode).toBe(403);
  });
});

const KOP = "externId;soort;naam;aanbieder;categorieen;wijken;gratis;kosten\r\n";
const csvImport = (regels: string[]) => ({ formaat: "csv", inhoud: KOP + regels.join("\r\n") });

describe("export en import", () => {
  it("een bestand met fouten verandert niets en noemt elke fout met regel en veld", async () => {
    const voor = await aantal();
    const res = await verzoek(
      "beheerder",
      "POST",
      "/api/sociale-kaart/import",
      csvImport([
        "imp-1;algemene-voorziening;Zwemmen voor ouderen;Sportfondsenbad;sport;;nee;€ 3",
        "imp-2;algemene-voorziening;;;sport;;ja;",
        "imp-3;buurthuis;Soos;;sociale contacten;Peelo;;",
      ]),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toBe(
      "Het bestand is niet ingelezen: 3 fouten. Er is niets veranderd; verbeter het bestand en probeer het opnieuw.",
    );
    expect(
      res.json().errors.map((e: { veld: string; melding: string }) => `${e.veld}: ${e.melding}`),
    ).toEqual([
      "regels.3.naam: Regel 3, Naam: vul dit in.",
      'regels.4.soort: Regel 4, Soort: onbekend "buurthuis"; kies algemene-voorziening, voorliggend-veld, minimaregeling.',
      'regels.4.wijken: Regel 4, Wijken: onbekende wijk "Peelo" in deze gemeente.',
    ]);
    expect(await aantal()).toBe(voor);
    expect((await verzoek("wmo", "POST", "/api/sociale-kaart/import", csvImport([]))).statusCode).toBe(403);
    expect(
      (await verzoek("beheerder", "POST", "/api/sociale-kaart/import", { formaat: "xls", inhoud: "x" }))
        .statusCode,
    ).toBe(400);
  });

  it("een goed bestand voegt toe en werkt bij op extern id; hetzelfde bestand nog eens verandert niets", async () => {
    const bestand = csvImport([
      "imp-1;algemene-voorziening;Zwemmen voor ouderen;Sportfondsenbad;sport|gezondheid;Roden;nee;€ 3 per keer",
      "buurtteam-wandelen;voorliggend-veld;Wandelgroep Roden;Buurtteam;Sport;;ja;",
    ]);
    const eerst = await verzoek("beheerder", "POST", "/api/sociale-kaart/import", bestand);
    expect(eerst.statusCode, eerst.body).toBe(200);
    expect(eerst.json()).toEqual({ nieuw: 1, bijgewerkt: 1, ongewijzigd: 0 });
    const audit = await auditVoorzieningen();
    expect((await verzoek("buurtteam", "POST", "/api/sociale-kaart/import", bestand)).json()).toEqual({
      nieuw: 0,
      bijgewerkt: 0,
      ongewijzigd: 2,
    });
    expect(await auditVoorzieningen()).toBe(audit);
    const [zwemmen] = await rijenUit<{ wijken: string[]; categorieen: string[] }>(
      t,
      sql`select wijken, categorieen from voorzieningen where extern_id = 'imp-1'`,
    );
    expect(zwemmen).toEqual({ wijken: ["roden"], categorieen: ["sport", "gezondheid"] });
  });

  it("de export in CSV en JSON leest de import ongewijzigd terug (round trip)", async () => {
    const csv = await verzoek("wmo", "GET", "/api/sociale-kaart/export?formaat=csv");
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.body.split("\r\n")[0]).toBe(
      "\uFEFFexternId;soort;naam;aanbieder;omschrijving;categorieen;wijken;adres;telefoon;email;website;openingstijden;doelgroep;gratis;kosten;gearchiveerd",
    );
    const json = await verzoek("wmo", "GET", "/api/sociale-kaart/export?formaat=json");
    expect(json.json().voorzieningen).toHaveLength(3);
    for (const [formaat, inhoud] of [
      ["csv", csv.body],
      ["json", json.body],
    ])
      expect(
        (await verzoek("beheerder", "POST", "/api/sociale-kaart/import", { formaat, inhoud })).json(),
      ).toEqual({
        nieuw: 0,
        bijgewerkt: 0,
        ongewijzigd: 3,
      });
  });
});

describe("een voorliggende oplossing uit de kaart in het resultatenplan, en de telling", () => {
  it("de consulent kiest een voorziening; een onbekende of van een andere gemeente wordt geweigerd; de teamleider telt", async () => {
    const persoon = await verzoek("wmo", "POST", "/api/personen", {
      bsn: "999990111",
      voornamen: "Greet",
      geslachtsnaam: "Kaartsma",
      geboortedatum: "1950-04-02",
      adres: { huisnummer: 8, postcode: "9331 AB", woonplaats: "Norg" },
    });
    expect(persoon.statusCode, persoon.body).toBe(201);
    const zaak = await opgepakteWmoZaak(verzoek as never, persoon.json().id);
    const plan = (await verzoek("wmo", "POST", `/api/zaken/${zaak.id}/resultatenplan`, {})).json();
    const [zwemmen] = await rijenUit<{ id: string }>(
      t,
      sql`select id from voorzieningen where extern_id = 'imp-1'`,
    );
    const [assen] = await rijenUit<{ id: string }>(
      t,
      sql`select id from voorzieningen where gemeente_code = '0106' limit 1`,
    );
    const met = (voorzieningId: string | undefined) => ({
      hulpvraag: "Meer bewegen en mensen ontmoeten",
      voorliggendeOplossingen: [
        { omschrijving: "Zwemmen voor ouderen", persoonId: persoon.json().id, voorzieningId },
        { omschrijving: "Buurvrouw haalt boodschappen (vrije tekst)", persoonId: null },
      ],
    });
    const vreemd = await verzoek(
      "wmo",
      "PUT",
      `/api/resultatenplannen/${plan.id}`,
      met(assen?.id),
      plan.versie,
    );
    expect(vreemd.statusCode).toBe(422);
    expect(vreemd.json().errors).toEqual([
      expect.objectContaining({
        veld: "inhoud.voorliggendeOplossingen.0.voorzieningId",
        regel: "voorziening-onbekend",
      }),
    ]);
    expect(
      (await verzoek("wmo", "PUT", `/api/resultatenplannen/${plan.id}`, met("kaart"), plan.versie))
        .statusCode,
    ).toBe(400);
    const goed = await verzoek(
      "wmo",
      "PUT",
      `/api/resultatenplannen/${plan.id}`,
      met(zwemmen?.id),
      plan.versie,
    );
    expect(goed.statusCode, goed.body).toBe(200);
    expect(goed.json().inhoud.voorliggendeOplossingen).toEqual([
      expect.objectContaining({ voorzieningId: zwemmen?.id }),
      expect.objectContaining({
        voorzieningId: null,
        omschrijving: "Buurvrouw haalt boodschappen (vrije tekst)",
      }),
    ]);

    expect((await verzoek("wmo", "GET", "/api/sociale-kaart/telling")).statusCode).toBe(403);
    const telling = await verzoek("teamleider", "GET", "/api/sociale-kaart/telling");
    expect(telling.statusCode, telling.body).toBe(200);
    expect(telling.json()).toMatchObject({
      totaal: 1,
      perVoorziening: [{ id: zwemmen?.id, naam: "Zwemmen voor ouderen", inwoners: 1 }],
      perCategorie: [
        { categorie: "gezondheid", label: "Gezondheid", inwoners: 1 },
        { categorie: "sport", label: "Sport", inwoners: 1 },
      ],
    });
    const leeg = (
      await verzoek("teamleider", "GET", "/api/sociale-kaart/telling?van=2001-01-01&tot=2001-12-31")
    ).json();
    expect(leeg.totaal).toBe(0);
    expect((await verzoek("teamleider", "GET", "/api/sociale-kaart/telling?van=2026-02-30")).statusCode).toBe(
      400,
    );
  });
});
