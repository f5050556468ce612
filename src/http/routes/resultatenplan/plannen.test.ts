import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aanbieders } from "../../../db/schema";
import { alsSysteem, inGemeente } from "../../../db/tenant";
import { plusDagen } from "../../../domain/termijnen/kalender";
import { vandaag } from "../../../lib/klok";
import { ondertekendPlan } from "../../../resultatenplan/ondertekend";
import { login, startTestVoordeur, type TestVoordeur } from "../../../test/app";

let t: TestVoordeur;
const sessies: Record<string, string> = {};
let ouder: string;
let kind: string;
const AGB1 = "11110001";
const AGB2 = "11110002";
const STARTDATUM = plusDagen(vandaag(), 7);

type Antwoord = Awaited<ReturnType<TestVoordeur["app"]["inject"]>>;
const verzoek = (
  wie: string,
  method: "GET" | "POST" | "PUT",
  url: string,
  payload?: object,
  versie?: number,
): Promise<Antwoord> =>
  t.app.inject({
    method,
    url,
    headers: { cookie: sessies[wie] ?? "", ...(versie !== undefined ? { "if-match": `"${versie}"` } : {}) },
    ...(payload ? { payload } : {}),
  });

async function persoon(bsn: string, voornamen: string, geboortedatum: string) {
  const res = await verzoek("iag", "POST", "/api/personen", {
    bsn,
    voornamen,
    geslachtsnaam: "Plantinga",
    geboortedatum,
    adres: { huisnummer: 8, postcode: "9331 AB", woonplaats: "Norg" },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
}

/** A Wmo zaak for the family, picked up by the wmo consulent (status onderzoek). */
async function opgepakteZaak(): Promise<{ id: string; versie: number }> {
  const res = await verzoek("iag", "POST", "/api/zaken", {
    zaaktype: "wmo",
    meldingsdatum: plusDagen(vandaag(), -14),
    kanaal: "telefoon",
    omschrijving: "Gezin loopt vast in het huishouden",
    personen: [
      { persoonId: ouder, rol: "hoofdpersoon" },
      { persoonId: kind, rol: "gezinslid" },
    ],
    veiligheid: "veilig",
    leefgebieden: ["huishouden"],
  });
  expect(res.statusCode).toBe(201);
  const zaak = res.json();
  const opgepakt = await verzoek(
    "wmo",
    "POST",
    `/api/zaken/${zaak.id}/acties`,
    { actie: "start-onderzoek" },
    zaak.versie,
  );
  expect(opgepakt.statusCode).toBe(200);
  return { id: zaak.id, versie: opgepakt.json().versie };
}

const zin = (over: Record<string, unknown> = {}) => ({
  persoonId: ouder,
  wet: "wmo",
  productCode: "07A01",
  leveringsvorm: "zin",
  aanbiederAgb: AGB1,
  ingangsdatum: STARTDATUM,
  einddatum: plusDagen(STARTDATUM, 180),
  omvang: { volume: 3, eenheid: "16", frequentie: "2" },
  ...over,
});

const goedPlan = (over: Record<string, unknown> = {}) => ({
  hulpvraag: "Het gezin wil weer grip op het huishouden en de dagstructuur.",
  leefgebieden: ["huishouden", "werk-dagbesteding"],
  vraagverheldering: [
    {
      leefgebied: "huishouden",
      score: 2,
      beoordeling: "Achterstand in huishouden",
      eigenKracht: "Zus helpt op zaterdag",
      gewensteResultaten: "Overzicht over de taken",
    },
  ],
  systeem: "Moeder met zoon (15).",
  resultaten: [
    { persoonId: ouder, domein: "zelfredzaam", hoofdresultaat: "Z1", subresultaat: "Z1.1", toelichting: "" },
    { persoonId: kind, domein: "meedoen", hoofdresultaat: "M2", subresultaat: null, toelichting: "" },
  ],
  voorliggendeOplossingen: [{ omschrijving: "Maatje via het buurtteam", persoonId: null }],
  maatwerkvoorzieningen: [zin()],
  evaluatiemomenten: [{ datum: plusDagen(STARTDATUM, 90), wijze: "Gesprek met gezin en aanbieder" }],
  ...over,
});

beforeAll(async () => {
  t = await startTestVoordeur();
  for (const naam of ["iag", "wmo", "jeugd", "teamleider", "jurist", "beheerder", "ao", "assen-iag"])
    sessies[naam] = await login(t.app, naam);
  await alsSysteem(t.database.db, async (tx) => {
    await tx
      .insert(aanbieders)
      .values([
        { samenwerkingsverbandCode: "NMD", agbCode: AGB1, naam: "Testzorg Noord" },
        { samenwerkingsverbandCode: "NMD", agbCode: AGB2, naam: "Testzorg Zuid" },
      ])
      .onConflictDoNothing();
  });
  ouder = await persoon("999990020", "Grietje", "1985-04-02");
  kind = await persoon("999990032", "Sjoerd", "2011-09-15");
}, 60_000);
afterAll(() => t.sluit());

describe("catalogus", () => {
  it("iedere medewerker leest de (voorbeeld)matrix, interventieniveaus en codelijsten", async () => {
    const res = await verzoek("wmo", "GET", "/api/catalogus/overzicht");
    expect(res.statusCode).toBe(200);
    const o = res.json();
    expect(o.matrix).toMatchObject({ versie: 1, voorbeeld: true });
    expect(new Set(o.matrix.matrix.hoofdresultaten.map((h: { domein: string }) => h.domein))).toEqual(
      new Set(["veilig", "zelfredzaam", "meedoen", "gezond"]),
    );
    expect(o.interventieniveaus).toHaveLength(8);
    expect(o.categorieen.jeugd.map((c: { code: string }) => c.code)).toContain("45");
  });

  it("bevat de producten van bijlage 1 met wet, categorie, niveau en eenheid", async () => {
    const jeugd = (await verzoek("wmo", "GET", "/api/catalogus/producten?wet=jeugd&zoek=45A33")).json();
    expect(jeugd.items).toEqual([
      expect.objectContaining({
        wet: "jeugd",
        categorie: "45",
        code: "45A33",
        interventieniveau: 4,
        eenheid: "04",
      }),
    ]);
    const wmo = (await verzoek("wmo", "GET", "/api/catalogus/producten?wet=wmo&zoek=07A01")).json();
    expect(wmo.items[0]).toMatchObject({ categorie: "07", interventieniveau: 7, eenheid: "16" });
    expect(wmo.items[0].omschrijving).toContain("Dagbesteding naar onderwijs 1-4 dagdelen");
    const alle = (await verzoek("wmo", "GET", "/api/catalogus/producten?perPagina=200")).json();
    expect(alle.totaal).toBe(42);
  });

  it("alleen de beheerder voegt producten toe; een ongeldig product → 400, niets opgeslagen", async () => {
    const product = {
      wet: "wmo",
      categorie: "02",
      code: "02B06",
      omschrijving: "I6 Intensieve begeleiding gezin (test)",
      interventieniveau: 6,
      eenheid: "04",
      geldigVanaf: "2024-01-01",
    };
    expect((await verzoek("wmo", "POST", "/api/catalogus/producten", product)).statusCode).toBe(403);
    const fout = await verzoek("beheerder", "POST", "/api/catalogus/producten", {
      ...product,
      categorie: "45",
    });
    expect(fout.statusCode).toBe(400);
    expect(fout.json().errors[0].veld).toBe("categorie");
    expect((await verzoek("wmo", "GET", "/api/catalogus/producten?zoek=02B06")).json().totaal).toBe(0);
    const res = await verzoek("beheerder", "POST", "/api/catalogus/producten", product);
    expect(res.statusCode).toBe(201);
    expect((await verzoek("beheerder", "POST", "/api/catalogus/producten", product)).statusCode).toBe(409);
  });
});

describe("resultatenplan", () => {
  let zaakId: string;
  let planId: string;
  let versie: number;

  it("de consulent begint een plan: concept met de geldende matrixversie, de zaak gaat naar 'plan'", async () => {
    zaakId = (await opgepakteZaak()).id;
    const res = await verzoek("wmo", "POST", `/api/zaken/${zaakId}/resultatenplan`, {});
    expect(res.statusCode).toBe(201);
    const plan = res.json();
    expect(plan).toMatchObject({ status: "concept", versie: 1, matrixVersie: { versie: 1 } });
    expect(plan.personen).toHaveLength(2);
    planId = plan.id;
    versie = plan.versie;
    expect((await verzoek("wmo", "GET", `/api/zaken/${zaakId}`)).json().status).toBe("plan");
    expect((await verzoek("wmo", "POST", `/api/zaken/${zaakId}/resultatenplan`, {})).statusCode).toBe(409);
  });

  it("slaat een gezinsplan op als nieuwe versie (If-Match verplicht, verouderd → 409)", async () => {
    expect((await verzoek("wmo", "PUT", `/api/resultatenplannen/${planId}`, goedPlan())).statusCode).toBe(
      428,
    );
    expect((await verzoek("wmo", "PUT", `/api/resultatenplannen/${planId}`, goedPlan(), 99)).statusCode).toBe(
      409,
    );
    const res = await verzoek("wmo", "PUT", `/api/resultatenplannen/${planId}`, goedPlan(), versie);
    expect(res.statusCode).toBe(200);
    const plan = res.json();
    expect(plan).toMatchObject({ status: "concept", versie: 2, regiegroepVereist: false, openPunten: [] });
    expect(plan.producten).toEqual([expect.objectContaining({ code: "07A01", interventieniveau: 7 })]);
    versie = plan.versie;
  });

  it.each<[string, () => Record<string, unknown>, string]>([
    [
      "product niet in de catalogus",
      () => ({ maatwerkvoorzieningen: [zin({ productCode: "99X99" })] }),
      "product-onbekend",
    ],
    [
      "product niet voor deze wet",
      () => ({ maatwerkvoorzieningen: [zin({ productCode: "45A33" })] }),
      "product-onbekend",
    ],
    [
      "pgb zonder geslaagde toets",
      () => ({ maatwerkvoorzieningen: [zin({ leveringsvorm: "pgb", aanbiederAgb: null })] }),
      "pgb-toets",
    ],
    ["omvang én budget", () => ({ maatwerkvoorzieningen: [zin({ budget: 120000 })] }), "omvang-of-budget"],
    [
      "einde vóór begin",
      () => ({ maatwerkvoorzieningen: [zin({ einddatum: plusDagen(STARTDATUM, -1) })] }),
      "periode",
    ],
    [
      "kortdurende ondersteuning langer dan 6 maanden",
      () => ({
        kortdurendeOndersteuning: [
          {
            omschrijving: "Coaching",
            startdatum: STARTDATUM,
            einddatum: plusDagen(STARTDATUM, 200),
            laagfrequent: false,
          },
        ],
      }),
      "kortdurend-maximum",
    ],
    [
      "interventieniveau 6 zonder Regiegroep",
      () => ({ maatwerkvoorzieningen: [zin({ productCode: "02B06" })] }),
      "regiegroep-vereist",
    ],
    [
      "twee aanbieders zonder Regiegroep",
      () => ({ maatwerkvoorzieningen: [zin(), zin({ aanbiederAgb: AGB2 })] }),
      "regiegroep-vereist",
    ],
    [
      "resultaat niet in de matrix",
      () => ({ resultaten: [{ persoonId: ouder, domein: "veilig", hoofdresultaat: "Z1" }] }),
      "resultaat-onbekend",
    ],
  ])("%s → 422 met de regel, niets gewijzigd", async (_naam, over, regel) => {
    const res = await verzoek("wmo", "PUT", `/api/resultatenplannen/${planId}`, goedPlan(over()), versie);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().regel).toBe(regel);
    expect(res.json().errors.map((e: { regel: string }) => e.regel)).toContain(regel);
    expect(res.json().detail).not.toContain(`[${regel}]`);
    expect((await verzoek("wmo", "GET", `/api/zaken/${zaakId}/resultatenplan`)).json().versie).toBe(versie);
  });

  it("niveau 6 met vastgelegde Regiegroep-betrokkenheid mag", async () => {
    const res = await verzoek(
      "wmo",
      "PUT",
      `/api/resultatenplannen/${planId}`,
      goedPlan({
        maatwerkvoorzieningen: [
          zin({ productCode: "02B06", omvang: { volume: 6, eenheid: "04", frequentie: "2" } }),
        ],
        regiegroep: { rol: "adviseert", datum: vandaag(), toelichting: "Besproken in het regieoverleg" },
      }),
      versie,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().regiegroepVereist).toBe(true);
    versie = res.json().versie;
    const terug = await verzoek("wmo", "PUT", `/api/resultatenplannen/${planId}`, goedPlan(), versie);
    versie = terug.json().versie;
  });

  it("een andere vakgroep ziet het plan niet; een andere gemeente evenmin", async () => {
    expect((await verzoek("jeugd", "GET", `/api/zaken/${zaakId}/resultatenplan`)).statusCode).toBe(403);
    expect((await verzoek("assen-iag", "GET", `/api/zaken/${zaakId}/resultatenplan`)).statusCode).toBe(404);
  });

  it("een concept kan niet worden ondertekend (422)", async () => {
    const res = await verzoek(
      "wmo",
      "POST",
      `/api/resultatenplannen/${planId}/ondertekening`,
      { wijze: "persoonlijk", datum: vandaag() },
      versie,
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().regel).toBe("ondertekenen-alleen-definitief");
    expect(res.json().detail).not.toContain("[");
  });

  it("definitief → ter ondertekening: een brief (pdf) voor de inwoner", async () => {
    const def = await verzoek(
      "wmo",
      "POST",
      `/api/resultatenplannen/${planId}/definitief`,
      undefined,
      versie,
    );
    expect(def.statusCode).toBe(200);
    expect(def.json().status).toBe("definitief");
    const ter = await verzoek(
      "wmo",
      "POST",
      `/api/resultatenplannen/${planId}/ter-ondertekening`,
      undefined,
      def.json().versie,
    );
    expect(ter.statusCode).toBe(200);
    const plan = ter.json();
    expect(plan.status).toBe("ter-ondertekening");
    expect(plan.briefDocumentId).toBeTruthy();
    const pdf = await verzoek("wmo", "GET", `/api/documenten/${plan.briefDocumentId}/inhoud`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe("%PDF");
    versie = plan.versie;
  });

  it("een scan die geen pdf is, of een datum in de toekomst → 400, niets gewijzigd", async () => {
    const nep = await verzoek(
      "wmo",
      "POST",
      `/api/resultatenplannen/${planId}/ondertekening`,
      {
        wijze: "scan",
        datum: vandaag(),
        scan: {
          bestandsnaam: "plan.pdf",
          contentType: "application/pdf",
          inhoudBase64: Buffer.from("hallo").toString("base64"),
        },
      },
      versie,
    );
    expect(nep.statusCode).toBe(400);
    expect(nep.json().errors).toEqual([
      { veld: "scan.inhoudBase64", melding: "Het bestand is geen pdf.", regel: "scan-soort" },
    ]);
    const toekomst = await verzoek(
      "wmo",
      "POST",
      `/api/resultatenplannen/${planId}/ondertekening`,
      { wijze: "persoonlijk", datum: plusDagen(vandaag(), 1) },
      versie,
    );
    expect(toekomst.statusCode).toBe(400);
    expect(toekomst.json().errors).toMatchObject([{ veld: "datum", regel: "datum-niet-in-toekomst" }]);
    expect((await verzoek("wmo", "GET", `/api/zaken/${zaakId}/resultatenplan`)).json().status).toBe(
      "ter-ondertekening",
    );
  });

  it("het ondertekende plan (scan) is de aanvraag: beslistermijn loopt, zaak naar A&O", async () => {
    const scan = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(100, 32)]).toString("base64");
    const res = await verzoek(
      "wmo",
      "POST",
      `/api/resultatenplannen/${planId}/ondertekening`,
      {
        wijze: "scan",
        datum: vandaag(),
        scan: { bestandsnaam: "getekend.pdf", contentType: "application/pdf", inhoudBase64: scan },
      },
      versie,
    );
    expect(res.statusCode).toBe(200);
    const plan = res.json();
    expect(plan.status).toBe("ondertekend");
    expect(plan.ondertekening).toMatchObject({ wijze: "scan", datum: vandaag(), versie: plan.versie });
    expect(plan.ondertekening.documentId).toBeTruthy();

    const zaak = (await verzoek("ao", "GET", `/api/zaken/${zaakId}`)).json();
    expect(zaak).toMatchObject({ status: "aanvraag", werkvoorraad: "ao" });
    expect(zaak.termijnen.find((x: { soort: string }) => x.soort === "beslissing")).toMatchObject({
      startdatum: vandaag(),
      status: "lopend",
    });

    const gelezen = await inGemeente(
      t.database.db,
      { gemeenteCode: "1699", samenwerkingsverbandCode: "NMD" },
      async (tx) => ({
        plan: await ondertekendPlan(tx, zaakId),
        feiten: (await tx.query.zaken.findFirst({ where: (z, { eq }) => eq(z.id, zaakId) }))?.feiten,
      }),
    );
    expect(gelezen.plan).toMatchObject({
      planId,
      versie: plan.versie,
      ondertekendOp: vandaag(),
      afwijking: false,
      afwijkingGoedgekeurd: false,
      voorliggendeOplossingen: ["Maatje via het buurtteam"],
      maatwerkvoorzieningen: [
        {
          productCategorie: "07",
          productCode: "07A01",
          wet: "wmo",
          interventieniveau: 7,
          leveringsvorm: "zin",
          aanbiederAgb: AGB1,
          ingangsdatum: STARTDATUM,
          omvang: { volume: 3, eenheid: "16", frequentie: "2" },
          budget: null,
        },
      ],
    });
    expect(gelezen.feiten).toMatchObject({
      resultatenplan: { id: planId, versie: plan.versie, ondertekendOp: vandaag() },
    });
    versie = plan.versie;
  });

  it("elke wijziging is bewaard als versie", async () => {
    const res = await verzoek("wmo", "GET", `/api/resultatenplannen/${planId}/versies?perPagina=50`);
    expect(res.statusCode).toBe(200);
    const lijst = res.json();
    expect(lijst.items[0]).toMatchObject({ versie, status: "ondertekend" });
    expect(lijst.items.map((v: { gebeurtenis: string }) => v.gebeurtenis)).toEqual(
      expect.arrayContaining([
        "aangemaakt",
        "opgeslagen",
        "definitief",
        "ter-ondertekening",
        "ondertekend (scan)",
      ]),
    );
    const eerste = await verzoek("wmo", "GET", `/api/resultatenplannen/${planId}/versies/1`);
    expect(eerste.json()).toMatchObject({ versie: 1, status: "concept", inhoud: { hulpvraag: "" } });
  });

  it("een nieuwe matrixversie herschrijft bestaande plannen niet", async () => {
    const oud = (await verzoek("beheerder", "GET", "/api/catalogus/overzicht")).json().matrix.matrix;
    const ongeldig = await verzoek("beheerder", "POST", "/api/catalogus/matrix/versies", {
      geldigVanaf: vandaag(),
      toelichting: "Dubbele code",
      matrix: { hoofdresultaten: [oud.hoofdresultaten[0], oud.hoofdresultaten[0]] },
    });
    expect(ongeldig.statusCode).toBe(400);
    expect(
      (
        await verzoek("wmo", "POST", "/api/catalogus/matrix/versies", {
          geldigVanaf: vandaag(),
          toelichting: "x",
          matrix: oud,
        })
      ).statusCode,
    ).toBe(403);
    const res = await verzoek("beheerder", "POST", "/api/catalogus/matrix/versies", {
      geldigVanaf: vandaag(),
      toelichting: "Vastgestelde matrix NMD",
      matrix: {
        hoofdresultaten: oud.hoofdresultaten.map((h: { omschrijving: string }, i: number) =>
          i === 0 ? { ...h, omschrijving: "Veilig opgroeien en wonen" } : h,
        ),
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ versie: 2, voorbeeld: false });
    expect(
      (await verzoek("wmo", "GET", `/api/zaken/${zaakId}/resultatenplan`)).json().matrixVersie.versie,
    ).toBe(1);
    const nieuweZaak = await opgepakteZaak();
    const nieuw = await verzoek("wmo", "POST", `/api/zaken/${nieuweZaak.id}/resultatenplan`, {});
    expect(nieuw.json().matrixVersie.versie).toBe(2);
  });
});

describe("Omgekeerde Toets en goedkeuringen", () => {
  let planId: string;
  let versie: number;
  let juristId: string;
  const toets = (overleg: object | null) => ({
    effect: "Moeder kan thuis blijven wonen met haar zoon",
    grondwaarde: "Zelfredzaamheid en participatie",
    ethiek: "Zonder hulp dreigt uithuisplaatsing",
    randvoorwaarden: "De verordening kent geen dagbesteding naast begeleiding; hier wijken we af",
    afwijking: {
      regel: "Verordening art. 4 lid 2",
      motivering: "Stapeling voorkomt een zwaardere voorziening",
    },
    juridischOverleg: overleg,
  });

  it("een afwijking vraagt juridisch overleg en de handtekening van de teamleider", async () => {
    const zaak = await opgepakteZaak();
    const gemaakt = await verzoek("wmo", "POST", `/api/zaken/${zaak.id}/resultatenplan`, {
      inhoud: goedPlan({ omgekeerdeToets: toets(null) }),
    });
    expect(gemaakt.statusCode, gemaakt.body).toBe(201);
    planId = gemaakt.json().id;
    versie = gemaakt.json().versie;
    juristId = gemaakt.json().juristen[0].id;
    expect(gemaakt.json().openPunten.map((p: { regel: string }) => p.regel)).toEqual([
      "afwijking-juridisch-overleg",
      "afwijking-goedkeuring",
    ]);
    const def = await verzoek(
      "wmo",
      "POST",
      `/api/resultatenplannen/${planId}/definitief`,
      undefined,
      versie,
    );
    expect(def.statusCode).toBe(422);
    expect(def.json().errors.map((e: { regel: string }) => e.regel)).toEqual([
      "afwijking-juridisch-overleg",
      "afwijking-goedkeuring",
    ]);

    const goedkeuring = { soort: "afwijking", motivering: "Akkoord na overleg" };
    expect(
      (await verzoek("wmo", "POST", `/api/resultatenplannen/${planId}/goedkeuringen`, goedkeuring))
        .statusCode,
    ).toBe(403);
    const teVroeg = await verzoek(
      "teamleider",
      "POST",
      `/api/resultatenplannen/${planId}/goedkeuringen`,
      goedkeuring,
    );
    expect(teVroeg.statusCode).toBe(422);
    expect(teVroeg.json().regel).toBe("afwijking-juridisch-overleg");

    const fouteJurist = await verzoek(
      "wmo",
      "PUT",
      `/api/resultatenplannen/${planId}`,
      goedPlan({ omgekeerdeToets: toets({ juristId: ouder, datum: vandaag(), advies: "x" }) }),
      versie,
    );
    expect(fouteJurist.statusCode).toBe(422);
    const metOverleg = await verzoek(
      "wmo",
      "PUT",
      `/api/resultatenplannen/${planId}`,
      goedPlan({
        omgekeerdeToets: toets({ juristId, datum: vandaag(), advies: "Afwijking is verdedigbaar" }),
      }),
      versie,
    );
    expect(metOverleg.statusCode).toBe(200);
    versie = metOverleg.json().versie;

    const getekend = await verzoek(
      "teamleider",
      "POST",
      `/api/resultatenplannen/${planId}/goedkeuringen`,
      goedkeuring,
    );
    expect(getekend.statusCode).toBe(201);
    expect(getekend.json().goedkeuringen[0]).toMatchObject({
      soort: "afwijking",
      gegevenDoor: expect.any(String),
    });
    expect(getekend.json().openPunten).toEqual([]);

    const definitief = await verzoek(
      "wmo",
      "POST",
      `/api/resultatenplannen/${planId}/definitief`,
      undefined,
      versie,
    );
    expect(definitief.statusCode).toBe(200);
    versie = definitief.json().versie;
    const ondertekend = await verzoek(
      "wmo",
      "POST",
      `/api/resultatenplannen/${planId}/ondertekening`,
      { wijze: "persoonlijk", datum: vandaag(), toelichting: "Getekend tijdens huisbezoek" },
      versie,
    );
    expect(ondertekend.statusCode).toBe(200);
    const gelezen = await inGemeente(
      t.database.db,
      { gemeenteCode: "1699", samenwerkingsverbandCode: "NMD" },
      (tx) => ondertekendPlan(tx, zaak.id),
    );
    expect(gelezen).toMatchObject({
      afwijking: true,
      afwijkingGoedgekeurd: true,
      afwijkingRegel: "Verordening art. 4 lid 2",
    });
  });

  it("een pgb met geslaagde toets en een individuele overeenkomst met goedkeuring", async () => {
    const zaak = await opgepakteZaak();
    const pgb = zin({
      leveringsvorm: "pgb",
      aanbiederAgb: null,
      omvang: null,
      budget: 350000,
      pgbToets: {
        bekwaamheid: { voldaan: true, toelichting: "Zus beheert het budget" },
        motivering: { voldaan: true, toelichting: "Vaste vertrouwde begeleider" },
        kwaliteit: { voldaan: true, toelichting: "Veilig en doelgericht" },
        uitvoerder: "sociaal-netwerk",
        tarief: { bedrag: 2250, per: "dagdeel" },
      },
    });
    const res = await verzoek("wmo", "POST", `/api/zaken/${zaak.id}/resultatenplan`, {
      inhoud: goedPlan({
        maatwerkvoorzieningen: [pgb],
        individueleOvereenkomst: {
          motivering: "Geen gecontracteerde aanbieder in de buurt",
          aanbiederAgb: AGB2,
          productCode: "02A06",
        },
      }),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().openPunten.map((p: { regel: string }) => p.regel)).toEqual(["io-goedkeuring"]);
    const io = await verzoek("teamleider", "POST", `/api/resultatenplannen/${res.json().id}/goedkeuringen`, {
      soort: "individuele-overeenkomst",
      motivering: "Akkoord, eenmalig",
    });
    expect(io.statusCode).toBe(201);
    expect(io.json().openPunten).toEqual([]);
  });
});
