import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfTekst } from "../../besluiten/pdf-tekst";
import { rijen } from "../../db/client";
import { alsSysteem } from "../../db/tenant";
import { herstelKlok, zetKlok } from "../../lib/klok";
import { alsMedewerker, login, startTestVoordeur, type TestVoordeur } from "../../test/app";
import { VERSLAG } from "../../test/onderzoeksverslag";

/** Wednesday 4 March 2026: the melding of the Wmo zaken is on Monday 2 March. */
const VANDAAG = "2026-03-04";
const MELDING = "2026-03-02";

let t: TestVoordeur;
const sessies: Record<string, string> = {};
let volgnummer = 0;

beforeAll(async () => {
  zetKlok(new Date(`${VANDAAG}T09:00:00+01:00`));
  t = await startTestVoordeur();
  for (const naam of ["iag", "wmo", "jeugd", "teamleider", "werk", "ao"])
    sessies[naam] = await login(t.app, naam);
});
afterAll(async () => {
  await t.sluit();
  herstelKlok();
});

const verzoek = alsMedewerker(() => t.app, sessies);

function testBsn(n: number): string {
  for (let i = n; ; i++) {
    const basis = `9997${String(i).padStart(4, "0")}`;
    const som = [...basis].reduce((s, c, j) => s + Number(c) * (9 - j), 0);
    if (som % 11 <= 9) return `${basis}${som % 11}`;
  }
}

async function persoon(over: {
  voornamen: string;
  geboortedatum: string;
  geslacht?: string;
  email?: string;
  huisnummer?: number;
  geslachtsnaam?: string;
}) {
  volgnummer += 11;
  const { huisnummer, ...rest } = over;
  const res = await verzoek("iag", "POST", "/api/personen", {
    bsn: testBsn(volgnummer * 7),
    geslachtsnaam: `Wieringa${volgnummer}`,
    adres: { straat: "Brink", huisnummer: huisnummer ?? 4, postcode: "9331 AB", woonplaats: "Norg" },
    ...rest,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; geslachtsnaam: string; voornamen: string };
}

async function relatie(van: string, soort: string, naar: string) {
  const res = await verzoek("iag", "POST", `/api/personen/${van}/relaties`, { gerelateerdeId: naar, soort });
  expect(res.statusCode, res.body).toBe(201);
}

async function zaak(persoonId: string, zaaktype = "wmo", leefgebied = "huishouden") {
  const res = await verzoek("iag", "POST", "/api/zaken", {
    zaaktype,
    meldingsdatum: MELDING,
    kanaal: "telefoon",
    omschrijving: "Hulp nodig",
    personen: [{ persoonId, rol: "hoofdpersoon" }],
    veiligheid: "veilig",
    leefgebieden: [leefgebied],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; zaaknummer: string; versie: number };
}

const documenten = async (zaakId: string) =>
  (await verzoek("teamleider", "GET", `/api/zaken/${zaakId}/documenten`)).json() as {
    id: string;
    soort: string;
    titel: string;
  }[];

async function documentTekst(id: string) {
  const res = await verzoek("teamleider", "GET", `/api/documenten/${id}/inhoud`);
  expect(res.statusCode).toBe(200);
  return pdfTekst(res.rawPayload);
}

const mails = (aan: string) =>
  alsSysteem(t.database.db, (tx) =>
    rijen<{ onderwerp: string; aanleiding: string; bijlagen: { bestandsnaam: string }[] }>(
      tx,
      sql`select onderwerp, aanleiding, bijlagen from mail_uitgaand where aan = ${aan}`,
    ),
  );

const zaakVan = async (id: string) => (await verzoek("teamleider", "GET", `/api/zaken/${id}`)).json();

describe("ontvangstbevestiging van de Wmo-melding", () => {
  it("het voorbeeld is een PDF met de rechten uit art. 2.3.2, en slaat niets op", async () => {
    const p = await persoon({ voornamen: "Trijntje", geboortedatum: "1948-09-09", geslacht: "vrouw" });
    const z = await zaak(p.id);
    const res = await verzoek("wmo", "POST", `/api/zaken/${z.id}/ontvangstbevestiging/voorbeeld`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-type"]).toContain("application/pdf");
    expect(res.headers["x-voordeur-brieven"]).toBe("1");
    const tekst = await pdfTekst(res.rawPayload);
    for (const deel of [
      `Trijntje ${p.geslachtsnaam}`,
      `Geachte mevrouw ${p.geslachtsnaam},`,
      "Op 2 maart 2026 heeft u bij de gemeente Noordenveld gemeld",
      "U kunt uw plan tot en met 9 maart 2026 inleveren",
      "uiterlijk op 13 april 2026 klaar",
      "onafhankelijke cliëntondersteuner",
      "persoonsgebonden budget (pgb)",
      "Bijlage: Gratis onafhankelijke cliëntondersteuning",
      z.zaaknummer,
    ])
      expect(tekst).toContain(deel);
    expect(await documenten(z.id)).toEqual([]);
    expect((await zaakVan(z.id)).versie).toBe(z.versie);
  });

  it("versturen: opgeslagen als document, mail in de wachtrij, vastgelegd in de historie", async () => {
    const p = await persoon({
      voornamen: "Hendrik",
      geboortedatum: "1950-01-01",
      email: "hendrik@example.org",
    });
    const z = await zaak(p.id);
    const zonder = await verzoek("wmo", "POST", `/api/zaken/${z.id}/ontvangstbevestiging`);
    expect(zonder.statusCode).toBe(428);
    const res = await verzoek("wmo", "POST", `/api/zaken/${z.id}/ontvangstbevestiging`, undefined, z.versie);
    expect(res.statusCode, res.body).toBe(201);
    const antwoord = res.json();
    expect(antwoord.brieven).toEqual([
      {
        documentId: expect.any(String),
        aan: `Hendrik ${p.geslachtsnaam}`,
        verzending: { wijze: "e-mail", aan: "hendrik@example.org" },
      },
    ]);
    expect(antwoord.zaak.versie).toBe(z.versie + 1);
    expect(antwoord.zaak.historie.at(-1)).toMatchObject({
      soort: "ontvangstbevestiging",
      toelichting: `Ontvangstbevestiging verstuurd per e-mail aan Hendrik ${p.geslachtsnaam}.`,
    });
    const docs = await documenten(z.id);
    expect(docs).toMatchObject([
      { soort: "ontvangstbevestiging", titel: `Ontvangstbevestiging melding ${z.zaaknummer}` },
    ]);
    expect(await documentTekst(antwoord.brieven[0].documentId)).toContain("tot en met 9 maart 2026");
    const gemaild = await mails("hendrik@example.org");
    expect(gemaild).toHaveLength(1);
    expect(gemaild[0]).toMatchObject({ aanleiding: "ontvangstbevestiging verzonden" });
    expect(gemaild[0]?.bijlagen[0]?.bestandsnaam).toMatch(/^ontvangstbevestiging-.+\.pdf$/);
  });

  it("alleen voor een Wmo-zaak (422), en niets verandert", async () => {
    const p = await persoon({ voornamen: "Gerrit", geboortedatum: "1990-05-05" });
    const z = await zaak(p.id, "werk", "werk-dagbesteding");
    const res = await verzoek("werk", "POST", `/api/zaken/${z.id}/ontvangstbevestiging`, undefined, z.versie);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().detail).toContain("Wmo 2015");
    expect(await documenten(z.id)).toEqual([]);
  });
});

describe("onderzoeksverslag (Wmo 2015 art. 2.3.2 lid 4 en 8)", () => {
  it("een onvolledig verslag: 400 met een Nederlandse melding per veld", async () => {
    const p = await persoon({ voornamen: "Aafke", geboortedatum: "1946-02-02" });
    const z = await zaak(p.id);
    await verzoek("wmo", "POST", `/api/zaken/${z.id}/acties`, { actie: "start-onderzoek" }, z.versie);
    const { mantelzorger: _m, eigenBijdrage: _e, ...onvolledig } = VERSLAG;
    const res = await verzoek("wmo", "POST", `/api/zaken/${z.id}/onderzoeksverslag/voorbeeld`, onvolledig);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors).toEqual([
      expect.objectContaining({
        veld: "mantelzorger",
        melding: expect.stringContaining(
          "ondersteuning van de mantelzorger (Wmo 2015 art. 2.3.2 lid 4 onder d)",
        ),
      }),
      expect.objectContaining({ veld: "eigenBijdrage" }),
    ]);
  });

  it("versturen rondt het onderzoek af; een tweede keer kan niet", async () => {
    const p = await persoon({ voornamen: "Klaasje", geboortedatum: "1947-03-03" });
    const z = await zaak(p.id);
    const opgepakt = (
      await verzoek("wmo", "POST", `/api/zaken/${z.id}/acties`, { actie: "start-onderzoek" }, z.versie)
    ).json();
    const voorbeeld = await verzoek("wmo", "POST", `/api/zaken/${z.id}/onderzoeksverslag/voorbeeld`, VERSLAG);
    expect(voorbeeld.statusCode, voorbeeld.body).toBe(200);
    const tekst = await pdfTekst(voorbeeld.rawPayload);
    expect(tekst).toContain("Uitkomst van het onderzoek Huishoudelijke hulp van twee uur per week");
    expect(tekst).toContain("artikel 2.3.2, achtste lid");
    expect(await documenten(z.id)).toEqual([]);

    const res = await verzoek(
      "wmo",
      "POST",
      `/api/zaken/${z.id}/onderzoeksverslag`,
      VERSLAG,
      opgepakt.versie,
    );
    expect(res.statusCode, res.body).toBe(201);
    const { zaak: na } = res.json();
    expect(na.termijnen.find((x: { soort: string }) => x.soort === "onderzoek").status).toBe("gehaald");
    expect(na.acties.find((a: { actie: string }) => a.actie === "rond-onderzoek-af")).toMatchObject({
      toegestaan: false,
    });
    expect(na.historie.at(-1)).toMatchObject({ soort: "rond-onderzoek-af" });
    expect(await documenten(z.id)).toMatchObject([{ soort: "onderzoeksverslag" }]);

    const nogmaals = await verzoek("wmo", "POST", `/api/zaken/${z.id}/onderzoeksverslag`, VERSLAG, na.versie);
    expect(nogmaals.statusCode).toBe(422);
    expect(await documenten(z.id)).toHaveLength(1);
  });
});

describe("verlenging en opschorting met de brief die de inwoner moet krijgen", () => {
  async function metAanvraag() {
    const p = await persoon({ voornamen: "Roelof", geboortedatum: "1952-06-06", geslacht: "man" });
    const z = await zaak(p.id);
    const opgepakt = (
      await verzoek("wmo", "POST", `/api/zaken/${z.id}/acties`, { actie: "start-onderzoek" }, z.versie)
    ).json();
    const verslag = (
      await verzoek("wmo", "POST", `/api/zaken/${z.id}/onderzoeksverslag`, VERSLAG, opgepakt.versie)
    ).json();
    const aanvraag = await verzoek(
      "wmo",
      "POST",
      `/api/zaken/${z.id}/aanvraag`,
      { aanvraagdatum: VANDAAG },
      verslag.zaak.versie,
    );
    expect(aanvraag.statusCode, aanvraag.body).toBe(201);
    return { p, z, versie: aanvraag.json().versie as number };
  }

  it("verlenging: voorbeeld zonder opslaan, daarna de brief met de oude en de nieuwe datum (Awb 4:14)", async () => {
    const { p, z, versie } = await metAanvraag();
    const verlenging = {
      soort: "beslissing",
      weken: 2,
      reden: "Advies van de ergotherapeut nodig",
      medegedeeldOp: VANDAAG,
    };
    const voorbeeld = await verzoek("wmo", "POST", `/api/zaken/${z.id}/verlengingen/voorbeeld`, verlenging);
    expect(voorbeeld.statusCode, voorbeeld.body).toBe(200);
    const tekst = await pdfTekst(voorbeeld.rawPayload);
    // Aanvraag 4 March: 2 weeks → 18 March; +2 weeks → 1 April 2026.
    expect(tekst).toContain("Op 4 maart 2026 ontvingen wij uw aanvraag.");
    expect(tekst).toContain("uiterlijk op 18 maart 2026 ons besluit sturen");
    expect(tekst).toContain("U ontvangt ons besluit uiterlijk op 1 april 2026");
    expect(tekst).toContain("artikel 4:14, eerste lid");
    expect(tekst).toContain(`Geachte heer ${p.geslachtsnaam},`);
    expect((await documenten(z.id)).filter((d) => d.soort === "verlenging")).toEqual([]);
    expect((await zaakVan(z.id)).versie).toBe(versie);

    const res = await verzoek("wmo", "POST", `/api/zaken/${z.id}/verlengingen`, verlenging, versie);
    expect(res.statusCode, res.body).toBe(200);
    expect(
      res.json().termijnen.find((x: { soort: string }) => x.soort === "beslissing").uiterlijkeDatum,
    ).toBe("2026-04-01");
    const [brief] = (await documenten(z.id)).filter((d) => d.soort === "verlenging");
    expect(brief?.titel).toBe(`Verlenging termijn ${z.zaaknummer}`);
    expect(await documentTekst(brief?.id ?? "")).toContain("De reden is: Advies van de ergotherapeut nodig.");
  });

  it("een te late verlenging: 422, geen brief, niets verandert", async () => {
    const { z, versie } = await metAanvraag();
    const res = await verzoek(
      "wmo",
      "POST",
      `/api/zaken/${z.id}/verlengingen`,
      { soort: "onderzoek", weken: 1, reden: "drukte", medegedeeldOp: VANDAAG },
      versie,
    );
    expect(res.statusCode).toBe(422);
    expect((await documenten(z.id)).filter((d) => d.soort === "verlenging")).toEqual([]);
  });

  it("een termijn die nog niet loopt (geen aanvraag): 422 bij het veld, geen brief", async () => {
    const p = await persoon({ voornamen: "Fokje", geboortedatum: "1949-07-07" });
    const z = await zaak(p.id);
    const res = await verzoek(
      "wmo",
      "POST",
      `/api/zaken/${z.id}/opschortingen`,
      { soort: "beslissing", van: VANDAAG, reden: "Wacht op stukken" },
      z.versie,
    );
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().errors).toEqual([expect.objectContaining({ veld: "soort" })]);
    expect(await documenten(z.id)).toEqual([]);
    expect((await zaakVan(z.id)).versie).toBe(z.versie);
  });

  it("opschorting: de bevestiging met de reden (Awb 4:15), met en zonder einddatum", async () => {
    const { z, versie } = await metAanvraag();
    const open = { soort: "beslissing", van: VANDAAG, reden: "Wij wachten op het advies van de huisarts" };
    const voorbeeld = await verzoek("wmo", "POST", `/api/zaken/${z.id}/opschortingen/voorbeeld`, open);
    expect(voorbeeld.statusCode, voorbeeld.body).toBe(200);
    expect(await pdfTekst(voorbeeld.rawPayload)).toContain(
      "Wij laten u dan weten wanneer u ons besluit uiterlijk krijgt.",
    );

    const res = await verzoek(
      "wmo",
      "POST",
      `/api/zaken/${z.id}/opschortingen`,
      { ...open, tot: "2026-03-11" },
      versie,
    );
    expect(res.statusCode, res.body).toBe(200);
    const [brief] = (await documenten(z.id)).filter((d) => d.soort === "opschorting");
    const tekst = await documentTekst(brief?.id ?? "");
    expect(tekst).toContain("staat vanaf 4 maart 2026 tijdelijk stil");
    expect(tekst).toContain("De reden is: Wij wachten op het advies van de huisarts.");
    // 18 March + 7 days suspended = 25 March 2026.
    expect(tekst).toContain("U krijgt ons besluit daardoor uiterlijk op 25 maart 2026.");
    expect(tekst).toContain("Algemene wet bestuursrecht, artikel 4:15");
  });
});

describe("minderjarigen: brieven aan de gezaghebbenden", () => {
  async function gezin(kindGeboren: string, vaderHuisnummer: number) {
    const kind = await persoon({ voornamen: "Sem", geboortedatum: kindGeboren, geslacht: "man" });
    const email = `anna${volgnummer}@example.org`;
    const moeder = await persoon({
      voornamen: "Anna",
      geboortedatum: "1985-04-04",
      geslacht: "vrouw",
      email,
    });
    const vader = await persoon({
      voornamen: "Peter",
      geboortedatum: "1983-08-08",
      geslacht: "man",
      huisnummer: vaderHuisnummer,
    });
    for (const ouder of [moeder, vader]) {
      await relatie(ouder.id, "ouder", kind.id);
      await relatie(ouder.id, "gezag", kind.id);
    }
    return { kind, moeder, vader, email };
  }

  async function jeugdzaakMetAanvraag(kindId: string) {
    const z = await zaak(kindId, "jeugd", "opvoeding");
    const res = await verzoek(
      "jeugd",
      "POST",
      `/api/zaken/${z.id}/aanvraag`,
      { aanvraagdatum: VANDAAG },
      z.versie,
    );
    expect(res.statusCode, res.body).toBe(201);
    return { z, versie: res.json().versie as number };
  }

  it("twee ouders met gezag op verschillende adressen: twee brieven die het kind noemen", async () => {
    const { kind, moeder, vader, email } = await gezin("2016-05-05", 40);
    const { z, versie } = await jeugdzaakMetAanvraag(kind.id);
    const overzicht = (await verzoek("jeugd", "GET", `/api/zaken/${z.id}/geadresseerden`)).json();
    expect(overzicht).toMatchObject({
      hoofdpersoon: { leeftijd: 9 },
      leeftijdsgroep: "jonger-dan-12",
      probleem: null,
      brieven: [
        { aan: [{ naam: `Anna ${moeder.geslachtsnaam}`, label: "ouder met gezag" }], wijze: "e-mail" },
        { aan: [{ naam: `Peter ${vader.geslachtsnaam}` }], wijze: "post", adres: "Brink 40, 9331 AB  NORG" },
      ],
    });
    expect(overzicht.ondertekenaars.map((o: { naam: string }) => o.naam)).toEqual([
      `Anna ${moeder.geslachtsnaam}`,
      `Peter ${vader.geslachtsnaam}`,
    ]);
    const voorbeeld = await verzoek("jeugd", "POST", `/api/zaken/${z.id}/verlengingen/voorbeeld?brief=2`, {
      soort: "beslissing",
      weken: 4,
      reden: "Wij wachten op het advies van de jeugdarts",
      medegedeeldOp: VANDAAG,
    });
    expect(voorbeeld.statusCode, voorbeeld.body).toBe(200);
    expect(voorbeeld.headers["x-voordeur-brieven"]).toBe("2");
    expect(await pdfTekst(voorbeeld.rawPayload)).toContain(`Geachte heer ${vader.geslachtsnaam},`);

    const res = await verzoek(
      "jeugd",
      "POST",
      `/api/zaken/${z.id}/verlengingen`,
      {
        soort: "beslissing",
        weken: 4,
        reden: "Wij wachten op het advies van de jeugdarts",
        medegedeeldOp: VANDAAG,
      },
      versie,
    );
    expect(res.statusCode, res.body).toBe(200);
    const brieven = (await documenten(z.id)).filter((d) => d.soort === "verlenging");
    expect(brieven.map((b) => b.titel).sort()).toEqual(
      [
        `Verlenging termijn ${z.zaaknummer} (aan Anna ${moeder.geslachtsnaam})`,
        `Verlenging termijn ${z.zaaknummer} (aan Peter ${vader.geslachtsnaam})`,
      ].sort(),
    );
    for (const b of brieven) {
      const tekst = await documentTekst(b.id);
      expect(tekst).toContain(
        `U ontvangt deze brief als ouder met gezag van Sem ${kind.geslachtsnaam}, geboren op 5 mei 2016.`,
      );
      expect(tekst).toContain("Een brief met dezelfde inhoud gaat ook naar");
      expect(tekst).toContain("artikel 4:14, derde lid");
      expect(tekst).not.toContain(`Geachte heer ${kind.geslachtsnaam}`);
    }
    expect(await mails(email)).toHaveLength(1);
  });

  it("een kind van 13: het kind en de ouders ondertekenen", async () => {
    const { kind } = await gezin("2012-06-01", 4);
    const z = await zaak(kind.id, "jeugd", "opvoeding");
    const overzicht = (await verzoek("jeugd", "GET", `/api/zaken/${z.id}/geadresseerden`)).json();
    expect(overzicht.leeftijdsgroep).toBe("12-tot-16");
    expect(overzicht.brieven).toHaveLength(1);
    expect(overzicht.brieven[0].aan).toHaveLength(2);
    expect(overzicht.ondertekenaars.map((o: { label: string }) => o.label)).toEqual([
      "jeugdige zelf",
      "ouder met gezag",
      "ouder met gezag",
    ]);
    expect(overzicht.bron).toContain("Jeugdwet art. 7.3.4 lid 2");
  });

  it("geen gezaghebbende bekend: de brief kan niet weg (422), en de verlenging gaat niet door", async () => {
    const kind = await persoon({ voornamen: "Lotte", geboortedatum: "2015-02-02" });
    const { z, versie } = await jeugdzaakMetAanvraag(kind.id);
    const overzicht = (await verzoek("jeugd", "GET", `/api/zaken/${z.id}/geadresseerden`)).json();
    expect(overzicht.probleem).toContain("geen ouder met gezag, voogd of wettelijk vertegenwoordiger bekend");
    const res = await verzoek(
      "jeugd",
      "POST",
      `/api/zaken/${z.id}/verlengingen`,
      { soort: "beslissing", weken: 2, reden: "drukte", medegedeeldOp: VANDAAG },
      versie,
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain("leg de gezagsrelatie vast");
    expect((await zaakVan(z.id)).versie).toBe(versie);
    expect(await documenten(z.id)).toEqual([]);
  });
});

describe("minderjarigen: het plan ter ondertekening en de beschikking", () => {
  it("een kind van 13: plan en beschikking aan de ouders met gezag, het plan noemt wie ondertekent", async () => {
    const kind = await persoon({ voornamen: "Noor", geboortedatum: "2012-10-10", geslacht: "vrouw" });
    const moeder = await persoon({ voornamen: "Els", geboortedatum: "1980-01-01", geslacht: "vrouw" });
    const vader = await persoon({
      voornamen: "Jan",
      geboortedatum: "1979-01-01",
      geslacht: "man",
      huisnummer: 60,
    });
    for (const ouder of [moeder, vader]) {
      await relatie(ouder.id, "ouder", kind.id);
      await relatie(ouder.id, "gezag", kind.id);
    }
    const z = await zaak(kind.id, "jeugd", "opvoeding");
    const opgepakt = await verzoek(
      "jeugd",
      "POST",
      `/api/zaken/${z.id}/acties`,
      { actie: "start-onderzoek" },
      z.versie,
    );
    expect(opgepakt.statusCode, opgepakt.body).toBe(200);
    const plan = await verzoek("jeugd", "POST", `/api/zaken/${z.id}/resultatenplan`, {
      inhoud: {
        hulpvraag: "Noor wil beter leren omgaan met haar diabetes",
        resultaten: [{ persoonId: kind.id, domein: "gezond", hoofdresultaat: "G1", subresultaat: null }],
        maatwerkvoorzieningen: [
          {
            persoonId: kind.id,
            wet: "jeugd",
            productCode: "45A33",
            leveringsvorm: "zin",
            aanbiederAgb: "42420001",
            ingangsdatum: VANDAAG,
            einddatum: "2026-12-31",
            omvang: { volume: 2, eenheid: "04", frequentie: "2" },
          },
        ],
        evaluatiemomenten: [{ datum: "2026-06-01", wijze: "Gesprek met Noor en haar ouders" }],
      },
    });
    expect(plan.statusCode, plan.body).toBe(201);
    let versie = plan.json().versie as number;
    let briefDocumentId = "";
    for (const [stap, body] of [
      ["definitief", undefined],
      ["ter-ondertekening", undefined],
      ["ondertekening", { wijze: "persoonlijk", datum: VANDAAG }],
    ] as const) {
      const res = await verzoek(
        "jeugd",
        "POST",
        `/api/resultatenplannen/${plan.json().id}/${stap}`,
        body,
        versie,
      );
      expect(res.statusCode, res.body).toBe(200);
      versie = res.json().versie;
      if (stap === "ter-ondertekening") briefDocumentId = res.json().briefDocumentId;
    }
    const planBrieven = (await documenten(z.id)).filter((d) => d.soort === "resultatenplan");
    expect(planBrieven).toHaveLength(2);
    const planTekst = await documentTekst(briefDocumentId);
    expect(planTekst).toContain(`Geachte mevrouw ${moeder.geslachtsnaam},`);
    expect(planTekst).toContain(`U ontvangt deze brief als ouder met gezag van Noor ${kind.geslachtsnaam}`);
    expect(planTekst).toContain(
      `Wie ondertekent: Noor ${kind.geslachtsnaam} is 13 jaar (12 tot 16): Noor ${kind.geslachtsnaam}, Els ${moeder.geslachtsnaam} en Jan ${vader.geslachtsnaam} ondertekenen samen. (Jeugdwet art. 7.3.4 lid 2`,
    );
    expect(planTekst).toContain("Ondertekent als jeugdige zelf");

    const zaakNu = await zaakVan(z.id);
    const besluit = await verzoek(
      "ao",
      "POST",
      `/api/zaken/${z.id}/besluiten`,
      {
        soort: "toekenning",
        besluitdatum: VANDAAG,
        leveringsvorm: "zin",
        producten: [
          {
            categorie: "45",
            productcode: "45A33",
            aanbiederAgb: "42420001",
            ingangsdatum: VANDAAG,
            einddatum: "2026-12-31",
            omvang: { volume: 2, eenheid: "04", frequentie: "2" },
          },
        ],
      },
      zaakNu.versie,
    );
    expect(besluit.statusCode, besluit.body).toBe(201);
    const beschikkingen = (await documenten(z.id)).filter((d) => d.soort === "beschikking");
    expect(beschikkingen).toHaveLength(2);
    for (const b of beschikkingen) {
      const tekst = await documentTekst(b.id);
      expect(tekst).toContain(
        `U ontvangt deze brief als ouder met gezag van Noor ${kind.geslachtsnaam}, geboren op 10 oktober 2012.`,
      );
      expect(tekst).toContain("Bent u het niet eens met dit besluit?");
    }
    expect(besluit.json().documentId).toBe(
      beschikkingen.find((b) => b.titel.includes(`Els ${moeder.geslachtsnaam}`))?.id,
    );
  });
});
