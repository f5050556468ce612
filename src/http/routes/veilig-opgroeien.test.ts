/**
 * Veilig Opgroeien through the API (issue 14; seed 004 §8): the joint veiligheidsbeoordeling starts it, the
 * gedwongen kader goes step by step (the state machine; an OTS of more than a year refused, BW 1:258; an
 * extension of more than a year or decided after the end refused, BW 1:260 lid 1), the VTO only after the
 * gedragswetenschapper's advice, which they give in their own session from their list "Adviesvragen"; the
 * Beschermtafel; bad input 4xx with nothing changed; content per policy rule 22; another gemeente sees nothing;
 * every read and change audited without content.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { herstelKlok, zetKlok } from "../../lib/klok";
import { alsMedewerker, login, rijenUit, startTestVoordeur, type TestVoordeur } from "../../test/app";

// "Now" is Wednesday 20 May 2026, 12:00 Dutch time.
const NU = new Date("2026-05-20T10:00:00.000Z");
let t: TestVoordeur;
const sessies: Record<string, string> = {};
const ids: Record<string, string> = {};

const verzoek = alsMedewerker(() => t.app, sessies);

const rijen = <T>(query: ReturnType<typeof sql>) => rijenUit<T>(t, query);

type Zaak = { id: string; zaaknummer: string; versie: number };
async function zaakMet(persoonId: string): Promise<Zaak> {
  const res = await verzoek("iag", "POST", "/api/zaken", {
    zaaktype: "wmo",
    meldingsdatum: "2025-04-20",
    kanaal: "telefoon",
    omschrijving: "Zorgen over de veiligheid van een kind",
    personen: [{ persoonId, rol: "hoofdpersoon" }],
    veiligheid: "zorgen",
    leefgebieden: [],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

let zaak: Zaak;
let zaak2: Zaak;
beforeAll(async () => {
  zetKlok(NU);
  t = await startTestVoordeur();
  for (const naam of ["iag", "wmo", "veilig", "regie", "teamleider", "gedragswetenschapper", "assen-iag"])
    sessies[naam] = await login(t.app, naam);
  for (const r of await rijen<{ id: string; gebruikersnaam: string }>(
    sql`select id, gebruikersnaam from gebruikers`,
  ))
    ids[r.gebruikersnaam] = r.id;
  const res = await verzoek("iag", "POST", "/api/personen", {
    bsn: "999990081",
    voornamen: "Tijn",
    geslachtsnaam: "Veiligman",
    geboortedatum: "2016-03-04",
    adres: { huisnummer: 3, postcode: "9331 AB", woonplaats: "Norg" },
  });
  expect(res.statusCode, res.body).toBe(201);
  zaak = await zaakMet(res.json().id);
  zaak2 = await zaakMet(res.json().id);
});
afterAll(async () => {
  await t.sluit();
  herstelKlok();
});

const beoordeling = (over: object = {}) => ({
  datum: "2025-05-05",
  procesregisseurId: ids.regie,
  casemanagerId: ids.veilig,
  conclusie: "gedwongen-kader",
  toelichting: "Samen beoordeeld: de zorgen zijn ernstig en de hulp wordt niet geaccepteerd.",
  ...over,
});

const opZaak = async (z: Zaak, wie = "regie") =>
  (await verzoek(wie, "GET", `/api/zaken/${z.id}/veilig-opgroeien`)).json();
const traject = async (z: Zaak = zaak) => (await opZaak(z)).traject;
const stap = async (z: Zaak, body: object, wie = "regie") => {
  const { id, versie } = await traject(z);
  return verzoek(wie, "POST", `/api/veilig-opgroeien/${id}/stappen`, body, versie);
};

describe("de veiligheidsbeoordeling start Veilig Opgroeien", () => {
  it("weigert slechte invoer met 4xx en verandert niets", async () => {
    const url = `/api/zaken/${zaak.id}/veilig-opgroeien`;
    const poging = (over: object = {}, versie: number | null = zaak.versie, wie = "regie") =>
      verzoek(wie, "POST", url, beoordeling(over), versie ?? undefined);
    const leeg = await opZaak(zaak);
    expect(leeg).toMatchObject({ traject: null, kanStarten: { mogelijk: true, reden: null } });
    expect(leeg.kandidaten.procesregisseurs).toContainEqual({ id: ids.regie, naam: "Rianne Gieling" });
    expect(leeg.kandidaten.casemanagers).toContainEqual({ id: ids.veilig, naam: "Vera Lubbers" });
    expect((await poging({}, null)).statusCode).toBe(428);
    const zonderToelichting = await poging({ toelichting: " " });
    expect(zonderToelichting.statusCode).toBe(400);
    expect(zonderToelichting.json().errors[0]).toMatchObject({ veld: "toelichting", melding: /toelichting/ });
    expect((await poging({ conclusie: "misschien" })).statusCode).toBe(400);
    expect((await poging({ datum: "2026-05-21" })).statusCode).toBe(400);
    const verkeerd = await poging({ procesregisseurId: ids.wmo });
    expect(verkeerd.statusCode).toBe(422);
    expect(verkeerd.json()).toMatchObject({ regel: "beoordeling-procesregisseur" });
    expect(verkeerd.json().detail).toMatch(/Regiegroep/);
    expect(
      (await poging({ casemanagerId: ids.regie })).json().errors.map((e: { regel: string }) => e.regel),
    ).toEqual(["beoordeling-casemanager", "beoordeling-samen"]);
    expect((await poging({}, zaak.versie + 3)).statusCode).toBe(409);
    // The Wmo consulent reads the zaak but does not work in Veilig Opgroeien.
    expect((await poging({}, zaak.versie, "wmo")).statusCode).toBe(403);
    expect(await rijen(sql`select id from veilig_opgroeien_trajecten`)).toEqual([]);
  });

  it("legt de beoordeling vast; de zaak toont het bestaan aan wie de zaak leest, de inhoud aan wie ermee werkt", async () => {
    const res = await verzoek(
      "regie",
      "POST",
      `/api/zaken/${zaak.id}/veilig-opgroeien`,
      beoordeling(),
      zaak.versie,
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.json()).toMatchObject({
      versie: 1,
      kanVastleggen: true,
      kanAdviseren: false,
      inhoud: {
        beoordelingen: [
          { procesregisseur: "Rianne Gieling", casemanager: "Vera Lubbers", conclusie: "gedwongen-kader" },
        ],
        fase: "geen",
        volgendeStappen: [{ soort: "vto-ingediend" }],
        ots: null,
      },
    });
    expect((await opZaak(zaak, "wmo")).traject).toMatchObject({ inhoud: null, kanVastleggen: false });
    expect((await opZaak(zaak, "teamleider")).traject.inhoud).not.toBeNull();
    const id = res.json().id;
    expect((await verzoek("veilig", "GET", `/api/veilig-opgroeien/${id}`)).statusCode).toBe(200);
    expect((await verzoek("wmo", "GET", `/api/veilig-opgroeien/${id}`)).statusCode).toBe(403);
    // Before any advice was asked the gedragswetenschapper sees nothing of it.
    expect((await verzoek("gedragswetenschapper", "GET", `/api/veilig-opgroeien/${id}`)).statusCode).toBe(
      403,
    );
    expect((await verzoek("assen-iag", "GET", `/api/veilig-opgroeien/${id}`)).statusCode).toBe(404);
    const werkblad = await verzoek("regie", "GET", `/api/zaken/${zaak.id}/werkblad`);
    expect(werkblad.json().veiligOpgroeien.traject.id).toBe(id);
  });
});

describe("de gedragswetenschapper bij het verzoek tot onderzoek", () => {
  const vto = {
    soort: "vto-ingediend",
    datum: "2025-05-12",
    gronden: "Ernstige bedreiging in de ontwikkeling.",
  };

  it("het VTO kan niet vóór het advies; de gedragswetenschapper geeft het in de eigen sessie", async () => {
    const zonderAdvies = await stap(zaak, vto);
    expect(zonderAdvies.statusCode).toBe(422);
    expect(zonderAdvies.json()).toMatchObject({ regel: "gedragswetenschapper-advies-eerst" });
    expect(zonderAdvies.json().detail).toMatch(/advies van de gedragswetenschapper/);

    const { id, versie } = await traject();
    const vraagUrl = `/api/veilig-opgroeien/${id}/adviesvragen`;
    expect(
      (await verzoek("regie", "POST", vraagUrl, { beslissing: "onbekend", vraag: "?" }, versie)).statusCode,
    ).toBe(400);
    const gevraagd = await verzoek(
      "regie",
      "POST",
      vraagUrl,
      { beslissing: "vto-indienen", vraag: "Is een verzoek tot onderzoek nu de juiste stap?" },
      versie,
    );
    expect(gevraagd.statusCode, gevraagd.body).toBe(200);
    const vraag = gevraagd.json().inhoud.adviesvragen[0];
    expect(vraag).toMatchObject({
      beslissing: "vto-indienen",
      gevraagdDoor: "Rianne Gieling",
      advies: null,
      besluit: null,
    });
    const nogEen = await verzoek(
      "regie",
      "POST",
      vraagUrl,
      { beslissing: "vto-indienen", vraag: "Nog eens?" },
      versie + 1,
    );
    expect(nogEen.json()).toMatchObject({ regel: "adviesvraag-loopt-al" });

    expect((await verzoek("wmo", "GET", "/api/adviesvragen")).statusCode).toBe(403);
    const lijst = await verzoek("gedragswetenschapper", "GET", "/api/adviesvragen");
    expect(lijst.json().items).toMatchObject([
      {
        trajectId: id,
        zaaknummer: zaak.zaaknummer,
        conclusie: expect.stringMatching(/^Gedwongen kader/),
        faseLabel: "Nog geen verzoek tot onderzoek",
        vraag: { id: vraag.id },
      },
    ]);

    const adviesUrl = `${vraagUrl}/${vraag.id}/advies`;
    const besluitUrl = `${vraagUrl}/${vraag.id}/besluit`;
    const advies = { advies: "Ja: de hulp wordt niet geaccepteerd; dien het verzoek in." };
    expect((await verzoek("regie", "POST", adviesUrl, advies, versie + 1)).statusCode).toBe(403);
    const teVroeg = await verzoek(
      "regie",
      "POST",
      besluitUrl,
      { besluit: "We dienen het VTO in." },
      versie + 1,
    );
    expect(teVroeg.statusCode).toBe(422);
    expect(teVroeg.json()).toMatchObject({ regel: "gedragswetenschapper-advies-eerst" });
    expect(
      (await verzoek("gedragswetenschapper", "POST", adviesUrl, { advies: "" }, versie + 1)).statusCode,
    ).toBe(400);
    const gegeven = await verzoek("gedragswetenschapper", "POST", adviesUrl, advies, versie + 1);
    expect(gegeven.statusCode, gegeven.body).toBe(200);
    expect(gegeven.json()).toMatchObject({ kanAdviseren: true, kanVastleggen: false });
    expect(gegeven.json().inhoud.adviesvragen[0].advies).toMatchObject({
      tekst: advies.advies,
      door: "Gerrit Wiersma",
    });
    const tweedeKeer = await verzoek("gedragswetenschapper", "POST", adviesUrl, advies, versie + 2);
    expect(tweedeKeer.json()).toMatchObject({ regel: "advies-al-gegeven" });
    const besloten = await verzoek(
      "regie",
      "POST",
      besluitUrl,
      { besluit: "We dienen het VTO in." },
      versie + 2,
    );
    expect(besloten.statusCode, besloten.body).toBe(200);
    expect(besloten.json().inhoud.adviesvragen[0].besluit).toMatchObject({ door: "Rianne Gieling" });

    const ingediend = await stap(zaak, vto);
    expect(ingediend.statusCode, ingediend.body).toBe(200);
    expect(ingediend.json().inhoud).toMatchObject({
      fase: "vto-ingediend",
      stappen: [{ soort: "vto-ingediend", gronden: vto.gronden }],
    });
  });
});

describe("het gedwongen kader: Raad, kinderrechter, OTS (BW 1:258, 1:260)", () => {
  it("een stap die niet past in de fase wordt geweigerd en verandert niets", async () => {
    const voor = await traject();
    const ots = await stap(zaak, {
      soort: "ots-uitgesproken",
      datum: "2025-06-16",
      tot: "2026-06-16",
      gecertificeerdeInstelling: "Jeugdbescherming Noord",
    });
    expect(ots.statusCode).toBe(422);
    expect(ots.json()).toMatchObject({ regel: "gedwongen-kader-volgorde" });
    expect((await stap(zaak, { soort: "raad-onderzoek-gestart", datum: "2025-05-11" })).json()).toMatchObject(
      { regel: "stap-na-vorige" },
    );
    expect((await stap(zaak, { soort: "raad-onderzoek-gestart", datum: "20-05-2025" })).statusCode).toBe(400);
    expect((await traject()).versie).toBe(voor.versie);
  });

  it("OTS langer dan een jaar geweigerd; een jaar lukt, met einddatum en dagen", async () => {
    expect((await stap(zaak, { soort: "raad-onderzoek-gestart", datum: "2025-05-20" })).statusCode).toBe(200);
    expect((await stap(zaak, { soort: "raad-verzoek-kinderrechter", datum: "2025-06-10" })).statusCode).toBe(
      200,
    );
    const ots = {
      soort: "ots-uitgesproken",
      datum: "2025-06-16",
      gecertificeerdeInstelling: "Jeugdbescherming Noord",
    };
    const teLang = await stap(zaak, { ...ots, tot: "2026-06-17" });
    expect(teLang.statusCode).toBe(422);
    expect(teLang.json()).toMatchObject({
      regel: "bw-1-258-ten-hoogste-een-jaar",
      errors: [{ veld: "tot" }],
    });
    expect(
      (await stap(zaak, { ...ots, tot: "2026-06-16", gecertificeerdeInstelling: "" })).json(),
    ).toMatchObject({
      regel: "ots-gecertificeerde-instelling",
    });
    const res = await stap(zaak, { ...ots, tot: "2026-06-16" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().inhoud).toMatchObject({
      fase: "ots",
      ots: {
        sinds: "2025-06-16",
        tot: "2026-06-16",
        gecertificeerdeInstelling: "Jeugdbescherming Noord",
        dagenResterend: 27,
        verlengenUiterlijk: "2027-06-16",
      },
    });
  });

  it("verlengen met meer dan een jaar geweigerd; tot een jaar lukt vóór het einde", async () => {
    const teLang = await stap(zaak, { soort: "ots-verlengd", datum: "2026-05-20", tot: "2027-06-17" });
    expect(teLang.json()).toMatchObject({ regel: "bw-1-260-telkens-ten-hoogste-een-jaar" });
    const res = await stap(zaak, { soort: "ots-verlengd", datum: "2026-05-20", tot: "2027-06-16" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().inhoud.ots).toMatchObject({
      tot: "2027-06-16",
      verlengingen: 1,
      verlengenUiterlijk: "2028-06-16",
    });
  });

  it("verlengen ná het einde wordt geweigerd (BW 1:260 lid 1)", async () => {
    const start = await verzoek(
      "regie",
      "POST",
      `/api/zaken/${zaak2.id}/veilig-opgroeien`,
      beoordeling({ datum: "2025-01-06" }),
      zaak2.versie,
    );
    expect(start.statusCode, start.body).toBe(201);
    const { id } = start.json();
    const vraag = await verzoek(
      "regie",
      "POST",
      `/api/veilig-opgroeien/${id}/adviesvragen`,
      { beslissing: "vto-indienen", vraag: "VTO?" },
      1,
    );
    const vraagId = vraag.json().inhoud.adviesvragen[0].id;
    await verzoek(
      "gedragswetenschapper",
      "POST",
      `/api/veilig-opgroeien/${id}/adviesvragen/${vraagId}/advies`,
      { advies: "Ja." },
      2,
    );
    for (const s of [
      { soort: "vto-ingediend", datum: "2025-01-10", gronden: "Ernstige zorgen." },
      { soort: "raad-onderzoek-gestart", datum: "2025-01-20" },
      { soort: "raad-verzoek-kinderrechter", datum: "2025-03-01" },
      {
        soort: "ots-uitgesproken",
        datum: "2025-04-01",
        tot: "2026-04-01",
        gecertificeerdeInstelling: "Jeugdbescherming Noord",
      },
    ])
      expect((await stap(zaak2, s)).statusCode).toBe(200);
    // Filing the VTO carried out the decision the gedragswetenschapper advised on.
    expect((await traject(zaak2)).inhoud.adviesvragen[0].besluit).toMatchObject({
      tekst: "Verzoek tot onderzoek ingediend bij de Raad voor de Kinderbescherming op 10-1-2025.",
      door: "Rianne Gieling",
    });
    const na = await stap(zaak2, { soort: "ots-verlengd", datum: "2026-04-01", tot: "2027-04-01" });
    expect(na.statusCode).toBe(422);
    expect(na.json()).toMatchObject({ regel: "bw-1-260-voor-einde" });
    expect(na.json().detail).toMatch(/BW 1:260 lid 1/);
    expect((await traject(zaak2)).inhoud.ots).toMatchObject({
      dagenResterend: -49,
      verlengenUiterlijk: null,
    });
  });

  it("Beschermtafel; een datum in de toekomst geweigerd", async () => {
    const { id, versie } = await traject();
    const url = `/api/veilig-opgroeien/${id}/beschermtafels`;
    const tafel = {
      datum: "2026-05-18",
      deelnemers: "Ouders, Raad, casemanager",
      uitkomst: "Afspraken over de hulp.",
    };
    expect((await verzoek("regie", "POST", url, { ...tafel, datum: "2026-05-21" }, versie)).statusCode).toBe(
      400,
    );
    expect((await verzoek("regie", "POST", url, tafel, versie + 1)).statusCode).toBe(409);
    const res = await verzoek("veilig", "POST", url, tafel, versie);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().inhoud.beschermtafels).toMatchObject([{ ...tafel, vastgelegdDoor: "Vera Lubbers" }]);
  });

  it("alles staat in het auditlog, zonder inhoud", async () => {
    const regels = await rijen<{ actie: string; reden: string }>(
      sql`select actie, reden from audit_log where resource = 'veilig-opgroeien'`,
    );
    expect(regels.map((r) => r.actie)).toEqual(expect.arrayContaining(["aanmaken", "wijzigen", "lezen"]));
    expect(regels.some((r) => /Ernstige|hulp wordt niet/.test(r.reden))).toBe(false);
  });
});
