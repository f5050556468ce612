/**
 * The huisverbod through the API (issue 14, Regiegroep; Wth art. 2 and 9): registered on a zaak with If-Match,
 * the zaak's termijnen showing the ten days and the extension, the extension decided on the last day accepted and
 * after the end refused, more than four weeks refused, withdrawal, a GGD contact, the support zaken of both sides;
 * bad input 4xx with nothing changed; content only for the Regiegroep and the teamleider (policy rule 19); another
 * gemeente sees nothing; every read and change audited without content.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { herstelKlok, zetKlok } from "../../lib/klok";
import { alsMedewerker, login, rijenUit, startTestVoordeur, type TestVoordeur } from "../../test/app";

// "Now" is Wednesday 20 May 2026, 12:00 Dutch time.
const NU = new Date("2026-05-20T10:00:00.000Z");
let t: TestVoordeur;
const sessies: Record<string, string> = {};

const verzoek = alsMedewerker(() => t.app, sessies);

const rijen = <T>(query: ReturnType<typeof sql>) => rijenUit<T>(t, query);

async function persoon(bsn: string, voornamen: string, geboortedatum: string): Promise<string> {
  const res = await verzoek("iag", "POST", "/api/personen", {
    bsn,
    voornamen,
    geslachtsnaam: "Verbodsma",
    geboortedatum,
    adres: { huisnummer: 12, postcode: "9331 AB", woonplaats: "Norg" },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

type Zaak = { id: string; zaaknummer: string; versie: number };
async function zaakMet(personen: { persoonId: string; rol: string }[]): Promise<Zaak> {
  const res = await verzoek("iag", "POST", "/api/zaken", {
    zaaktype: "wmo",
    meldingsdatum: "2026-05-01",
    kanaal: "politie-zorgmelding",
    omschrijving: "Zorgen thuis na politie-inzet",
    personen,
    veiligheid: "zorgen",
    leefgebieden: [],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

let vader: string;
let moeder: string;
let kind: string;
let zaak: Zaak;
let zaak2: Zaak;
beforeAll(async () => {
  zetKlok(NU);
  t = await startTestVoordeur();
  for (const naam of ["iag", "wmo", "veilig", "regie", "teamleider", "assen-iag"])
    sessies[naam] = await login(t.app, naam);
  vader = await persoon("999990044", "Henk", "1980-02-03");
  moeder = await persoon("999990056", "Ria", "1982-06-07");
  kind = await persoon("999990068", "Sanne", "2015-09-10");
  const gezin = [
    { persoonId: moeder, rol: "hoofdpersoon" },
    { persoonId: vader, rol: "gezinslid" },
    { persoonId: kind, rol: "gezinslid" },
  ];
  zaak = await zaakMet(gezin);
  zaak2 = await zaakMet(gezin);
});
afterAll(async () => {
  await t.sluit();
  herstelKlok();
});

const registratie = (over: object = {}) => ({
  // Tuesday 12 May 2026, 14:00 Dutch time: ends Friday 22 May 14:00, at most Tuesday 9 June 14:00.
  opgelegdOp: "2026-05-12T14:00:00+02:00",
  besluitKenmerk: "BM-2026-0042",
  uithuisgeplaatsteId: vader,
  achterblijverIds: [moeder, kind],
  ...over,
});

const huisverbodTermijn = async (zaakId: string) =>
  (await verzoek("regie", "GET", `/api/zaken/${zaakId}`))
    .json()
    .termijnen.find((x: { soort: string }) => x.soort === "huisverbod");

describe("huisverbod registreren", () => {
  it("weigert slechte invoer met 4xx en verandert niets", async () => {
    const url = `/api/zaken/${zaak.id}/huisverbod`;
    /** null: without If-Match. */
    const poging = (over: object = {}, versie: number | null = zaak.versie, wie = "regie") =>
      verzoek(wie, "POST", url, registratie(over), versie ?? undefined);
    const leeg = await verzoek("regie", "GET", url);
    expect(leeg.json()).toEqual({ huisverbod: null, kanRegistreren: { mogelijk: true, reden: null } });
    expect((await poging({}, null)).statusCode).toBe(428);
    const zonderKenmerk = await poging({ besluitKenmerk: "" });
    expect(zonderKenmerk.statusCode).toBe(400);
    expect(zonderKenmerk.json().errors.map((e: { veld: string }) => e.veld)).toEqual(["besluitKenmerk"]);
    const geenTijdzone = await poging({ opgelegdOp: "2026-05-12" });
    expect(geenTijdzone.statusCode).toBe(400);
    expect(geenTijdzone.json().errors[0].melding).toMatch(/Opgelegd op/);
    const vreemde = await poging({ achterblijverIds: [moeder, "00000000-0000-4000-8000-000000000000"] });
    expect(vreemde.statusCode).toBe(400);
    expect(vreemde.json().errors[0].veld).toBe("achterblijverIds.1");
    const minderjarig = await poging({ uithuisgeplaatsteId: kind, achterblijverIds: [moeder, vader] });
    expect(minderjarig.statusCode).toBe(422);
    expect(minderjarig.json()).toMatchObject({ regel: "wth-2-lid-2-meerderjarig" });
    const toekomst = await poging({ opgelegdOp: "2026-05-21T09:00:00+02:00" });
    expect(toekomst.statusCode).toBe(400);
    expect((await poging({}, zaak.versie + 3)).statusCode).toBe(409);
    // The Wmo consulent may read the zaak, but not register a huisverbod.
    expect((await poging({}, zaak.versie, "wmo")).statusCode).toBe(403);
    expect((await verzoek("regie", "GET", url)).json()).toEqual(leeg.json());
    expect(await huisverbodTermijn(zaak.id)).toBeUndefined();
    expect(await rijen(sql`select id from huisverboden`)).toEqual([]);
  });

  it("registreert het huisverbod; de zaak toont de tien dagen", async () => {
    const res = await verzoek(
      "regie",
      "POST",
      `/api/zaken/${zaak.id}/huisverbod`,
      registratie(),
      zaak.versie,
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: "opgelegd",
      inhoud: {
        opgelegdOp: "2026-05-12T12:00:00.000Z",
        einde: "2026-05-22T12:00:00.000Z",
        uiterstEinde: "2026-06-09T12:00:00.000Z",
        dagenResterend: 2,
        verlengenMogelijkTot: "2026-06-09T12:00:00.000Z",
        uithuisgeplaatste: { persoonId: vader, naam: "Henk Verbodsma", minderjarig: false },
        achterblijvers: [
          { persoonId: moeder, minderjarig: false },
          { persoonId: kind, minderjarig: true },
        ],
        geregistreerdDoor: expect.any(String),
      },
    });
    expect(await huisverbodTermijn(zaak.id)).toMatchObject({
      uiterlijkeDatum: "2026-05-22",
      status: "lopend",
    });
    const nogEens = await verzoek("regie", "GET", `/api/zaken/${zaak.id}`);
    const tweede = await verzoek(
      "regie",
      "POST",
      `/api/zaken/${zaak.id}/huisverbod`,
      registratie(),
      nogEens.json().versie,
    );
    expect(tweede.statusCode).toBe(409);
  });
});

describe("huisverbod verlengen (Wth art. 9 lid 1), intrekken, GGD, zaken voor beide kanten", () => {
  const hv = async (zaakId = zaak.id) =>
    (await verzoek("regie", "GET", `/api/zaken/${zaakId}/huisverbod`)).json().huisverbod;

  it("meer dan vier weken wordt geweigerd; tot vier weken lukt en de termijn volgt", async () => {
    const { id, versie } = await hv();
    const url = `/api/huisverboden/${id}/verlenging`;
    const teLang = await verzoek(
      "regie",
      "POST",
      url,
      {
        beslotenOp: "2026-05-20T09:00:00+02:00",
        tot: "2026-06-09T14:01:00+02:00",
        kenmerk: "BM-2026-0042-V",
      },
      versie,
    );
    expect(teLang.statusCode).toBe(422);
    expect(teLang.json()).toMatchObject({ regel: "wth-9-ten-hoogste-vier-weken" });
    expect(teLang.json().errors[0]).toMatchObject({
      veld: "tot",
      melding: expect.stringMatching(/vier weken/),
    });
    expect((await hv()).versie).toBe(versie);
    const res = await verzoek(
      "regie",
      "POST",
      url,
      {
        beslotenOp: "2026-05-20T09:00:00+02:00",
        tot: "2026-06-09T14:00:00+02:00",
        kenmerk: "BM-2026-0042-V",
      },
      versie,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: "verlengd",
      inhoud: { einde: "2026-06-09T12:00:00.000Z", dagenResterend: 20, verlengenMogelijkTot: null },
    });
    expect(await huisverbodTermijn(zaak.id)).toMatchObject({
      uiterlijkeDatum: "2026-06-09",
      bron: "Wet tijdelijk huisverbod art. 9 lid 1",
    });
  });

  it("op de laatste dag besloten telt; na het einde niet meer", async () => {
    const zaakNu = (await verzoek("regie", "GET", `/api/zaken/${zaak2.id}`)).json();
    // Imposed on 1 May at 14:00: ended on 11 May at 14:00, registered afterwards.
    const reg = await verzoek(
      "regie",
      "POST",
      `/api/zaken/${zaak2.id}/huisverbod`,
      registratie({ opgelegdOp: "2026-05-01T14:00:00+02:00" }),
      zaakNu.versie,
    );
    expect(reg.statusCode, reg.body).toBe(201);
    expect(reg.json().status).toBe("afgelopen");
    const { id, versie } = reg.json();
    const url = `/api/huisverboden/${id}/verlenging`;
    const teLaat = await verzoek(
      "regie",
      "POST",
      url,
      { beslotenOp: "2026-05-11T14:00:00+02:00", tot: "2026-05-25T14:00:00+02:00", kenmerk: "BM-V2" },
      versie,
    );
    expect(teLaat.statusCode).toBe(422);
    expect(teLaat.json()).toMatchObject({ regel: "wth-9-voor-einde" });
    const laatsteDag = await verzoek(
      "regie",
      "POST",
      url,
      { beslotenOp: "2026-05-11T13:30:00+02:00", tot: "2026-05-25T14:00:00+02:00", kenmerk: "BM-V2" },
      versie,
    );
    expect(laatsteDag.statusCode, laatsteDag.body).toBe(200);
    expect(laatsteDag.json()).toMatchObject({ status: "verlengd", inhoud: { dagenResterend: 5 } });
    expect(await huisverbodTermijn(zaak2.id)).toMatchObject({ uiterlijkeDatum: "2026-05-25" });
  });

  it("de burgemeester trekt het in: het huisverbod is beëindigd, de termijn afgerond", async () => {
    const { id, versie } = await hv(zaak2.id);
    const url = `/api/huisverboden/${id}/beeindiging`;
    expect(
      (await verzoek("regie", "POST", url, { op: "2026-05-20T09:00:00+02:00", reden: "" }, versie))
        .statusCode,
    ).toBe(400);
    const res = await verzoek(
      "regie",
      "POST",
      url,
      { op: "2026-05-20T09:00:00+02:00", reden: "Dreiging geweken; beiden in hulpverlening." },
      versie,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: "beeindigd",
      inhoud: { einde: "2026-05-20T07:00:00.000Z", beeindiging: { reden: expect.stringMatching(/geweken/) } },
    });
    expect(await huisverbodTermijn(zaak2.id)).toMatchObject({ status: "gehaald" });
    const weer = await verzoek(
      "regie",
      "POST",
      `/api/huisverboden/${id}/verlenging`,
      { beslotenOp: "2026-05-20T10:00:00+02:00", tot: "2026-05-28T14:00:00+02:00", kenmerk: "BM-V3" },
      res.json().versie,
    );
    expect(weer.json()).toMatchObject({ regel: "wth-9-ingetrokken" });
  });

  it("legt een contact met de GGD vast", async () => {
    const { id, versie } = await hv();
    const url = `/api/huisverboden/${id}/ggd-contacten`;
    const zonderWie = await verzoek(
      "regie",
      "POST",
      url,
      { op: "2026-05-13T10:00:00+02:00", wie: "", notitie: "x" },
      versie,
    );
    expect(zonderWie.statusCode).toBe(400);
    expect(zonderWie.json().errors.map((e: { veld: string }) => e.veld)).toEqual(["wie"]);
    const res = await verzoek(
      "regie",
      "POST",
      url,
      {
        op: "2026-05-13T10:00:00+02:00",
        wie: "Anja Bos (GGD Drenthe)",
        notitie: "Hulp voor beide kanten afgestemd.",
      },
      versie,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().inhoud.ggdContacten).toEqual([
      {
        op: "2026-05-13T08:00:00.000Z",
        wie: "Anja Bos (GGD Drenthe)",
        notitie: "Hulp voor beide kanten afgestemd.",
        vastgelegdDoor: expect.any(String),
      },
    ]);
  });

  it("start een zaak voor de uithuisgeplaatste en een voor de achterblijvers, één keer", async () => {
    const { id, versie } = await hv();
    const url = `/api/huisverboden/${id}/steunzaken`;
    const res = await verzoek("regie", "POST", url, {}, versie);
    expect(res.statusCode, res.body).toBe(200);
    const { uithuisgeplaatste, achterblijvers } = res.json().inhoud.steunzaken;
    const eigen = (await verzoek("regie", "GET", `/api/zaken/${uithuisgeplaatste.id}`)).json();
    expect(eigen).toMatchObject({ zaaktype: "regie", werkvoorraad: "regiegroep" });
    expect(eigen.personen).toEqual([expect.objectContaining({ persoonId: vader, rol: "hoofdpersoon" })]);
    const thuis = (await verzoek("regie", "GET", `/api/zaken/${achterblijvers.id}`)).json();
    expect(
      thuis.personen.map((p: { persoonId: string; rol: string }) => [p.persoonId, p.rol]).sort(),
    ).toEqual(
      [
        [moeder, "hoofdpersoon"],
        [kind, "gezinslid"],
      ].sort(),
    );
    expect((await verzoek("regie", "POST", url, {}, res.json().versie)).statusCode).toBe(409);
  });
});

describe("huisverbod: wie ziet wat (regel 19) en het auditlog", () => {
  it("de behandelaar ziet alleen dat er een huisverbod is; de teamleider de inhoud", async () => {
    const wmo = (await verzoek("wmo", "GET", `/api/zaken/${zaak.id}/huisverbod`)).json();
    expect(wmo.huisverbod).toMatchObject({ status: "verlengd", inhoud: null });
    expect(wmo.kanRegistreren.mogelijk).toBe(false);
    const id = wmo.huisverbod.id;
    expect((await verzoek("wmo", "GET", `/api/huisverboden/${id}`)).statusCode).toBe(403);
    expect(
      (
        await verzoek(
          "wmo",
          "POST",
          `/api/huisverboden/${id}/ggd-contacten`,
          { op: "2026-05-14T10:00:00+02:00", wie: "X", notitie: "Y" },
          wmo.huisverbod.versie,
        )
      ).statusCode,
    ).toBe(403);
    expect((await verzoek("teamleider", "GET", `/api/huisverboden/${id}`)).json().inhoud).not.toBeNull();
    // Veilig Opgroeien cannot read this Wmo zaak at all.
    expect((await verzoek("veilig", "GET", `/api/zaken/${zaak.id}/huisverbod`)).statusCode).toBe(403);
    // Another gemeente: row-level security hides both.
    expect((await verzoek("assen-iag", "GET", `/api/zaken/${zaak.id}/huisverbod`)).statusCode).toBe(404);
    expect((await verzoek("assen-iag", "GET", `/api/huisverboden/${id}`)).statusCode).toBe(404);
  });

  it("elke inzage en wijziging staat in het auditlog, zonder inhoud", async () => {
    const regels = await rijen<{ actie: string; reden: string }>(
      sql`select actie, reden from audit_log where resource = 'huisverbod' order by id`,
    );
    const acties = new Set(regels.map((r) => r.actie));
    expect([...acties].sort()).toEqual(["aanmaken", "lezen", "wijzigen"]);
    expect(regels.some((r) => r.reden.includes("zonder inhoud"))).toBe(true);
    expect(regels.some((r) => /BM-2026|GGD Drenthe|geweken/.test(r.reden))).toBe(false);
  });
});
