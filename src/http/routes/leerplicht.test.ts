/**
 * Vakgroep Jeugd through the API (issue 15; seed 004 §5): the verzuimmelding starts the verzuimaanpak on a
 * leerplicht zaak, each step follows in order (skipping one is 422 naming the rule), HALT ends it; onderliggende
 * problematiek is handed over to a casemanager Veilig Opgroeien (who then reads the zaak) or starts the Meldcode;
 * a leerling turning 18 gets the RMC signal as a termijn; schools are kept by the beheerder, SMW'ers register
 * at their schools, the POH-jeugd registers its trajecten; bad input 4xx with nothing changed; policy rule 25.
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
async function persoon(bsn: string, voornamen: string, geboortedatum: string) {
  const res = await verzoek("iag", "POST", "/api/personen", {
    bsn,
    voornamen,
    geslachtsnaam: "Verzuim",
    geboortedatum,
    adres: { huisnummer: 3, postcode: "9331 AB", woonplaats: "Norg" },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}
async function zaakMet(persoonId: string, zaaktype = "leerplicht"): Promise<Zaak> {
  const res = await verzoek("iag", "POST", "/api/zaken", {
    zaaktype,
    meldingsdatum: "2026-03-02",
    kanaal: "telefoon",
    omschrijving: "Verzuim op school",
    personen: [{ persoonId, rol: "hoofdpersoon" }],
    veiligheid: "veilig",
    leefgebieden: [],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
const zaakVersie = async (z: Zaak) =>
  (await verzoek("leerplicht", "GET", `/api/zaken/${z.id}`)).json().versie;

let leerling: string;
let bijna18: string;
let school: { id: string; brin: string };
beforeAll(async () => {
  zetKlok(NU);
  t = await startTestVoordeur();
  for (const naam of [
    "iag",
    "jeugd",
    "leerplicht",
    "smw",
    "poh",
    "veilig",
    "wmo",
    "teamleider",
    "beheerder",
    "assen-iag",
  ])
    sessies[naam] = await login(t.app, naam);
  for (const r of await rijen<{ id: string; gebruikersnaam: string }>(
    sql`select id, gebruikersnaam from gebruikers`,
  ))
    ids[r.gebruikersnaam] = r.id;
  leerling = await persoon("999990081", "Daan", "2012-09-15");
  bijna18 = await persoon("999990093", "Sanne", "2008-06-10");
  const scholen = (await verzoek("leerplicht", "GET", "/api/scholen")).json().scholen;
  school = scholen.find((s: { brin: string }) => s.brin === "21MB");
});
afterAll(async () => {
  await t.sluit();
  herstelKlok();
});

const melding = (over: object = {}) => ({
  datum: "2026-03-02",
  leerlingId: leerling,
  verzuimsoort: "ongeoorloofd",
  uren: 18,
  schoolId: school.id,
  ...over,
});
const traject = async (z: Zaak, wie = "leerplicht") =>
  (await verzoek(wie, "GET", `/api/zaken/${z.id}/leerplicht`)).json().traject;
const stap = async (z: Zaak, soort: string, datum: string, wie = "leerplicht") => {
  const { id, versie } = await traject(z);
  return verzoek(wie, "POST", `/api/leerplicht/${id}/stappen`, { soort, datum }, versie);
};

describe("de verzuimaanpak van verzuimmelding tot HALT", () => {
  let zaak: Zaak;
  beforeAll(async () => {
    zaak = await zaakMet(leerling);
  });

  it("weigert slechte invoer met 4xx en verandert niets", async () => {
    const url = `/api/zaken/${zaak.id}/leerplicht`;
    const poging = (over: object = {}, versie: number | null = zaak.versie, wie = "leerplicht") =>
      verzoek(wie, "POST", url, melding(over), versie ?? undefined);
    const leeg = (await verzoek("leerplicht", "GET", url)).json();
    expect(leeg).toMatchObject({ traject: null, kanStarten: { mogelijk: true, reden: null } });
    expect(leeg.leerlingen).toContainEqual({
      persoonId: leerling,
      naam: "Daan Verzuim",
      geboortedatum: "2012-09-15",
    });
    expect(leeg.scholen.map((s: { brin: string }) => s.brin)).toContain("21MB");
    expect((await poging({}, null)).statusCode).toBe(428);
    expect((await poging({ verzuimsoort: "spijbelen" })).statusCode).toBe(400);
    expect((await poging({ uren: -1 })).statusCode).toBe(400);
    expect((await poging({ datum: "2026-05-21" })).statusCode).toBe(400);
    const weinig = await poging({ uren: 12 });
    expect(weinig.statusCode).toBe(422);
    expect(weinig.json()).toMatchObject({
      regel: "lpw-21a-zestien-uur",
      detail: expect.stringMatching(/art\. 21a/),
    });
    expect((await poging({ leerlingId: bijna18 })).json()).toMatchObject({ regel: "leerling-op-zaak" });
    expect((await poging({}, zaak.versie + 3)).statusCode).toBe(409);
    // The schoolmaatschappelijk werker reads the zaak (vakgroep Jeugd) but is no leerplichtambtenaar.
    const smw = await poging({}, zaak.versie, "smw");
    expect(smw.statusCode).toBe(403);
    expect(smw.json().detail).toMatch(/leerplichtambtenaar/);
    expect(await rijen(sql`select id from leerplicht_trajecten`)).toEqual([]);
  });

  it("legt de melding vast; elke stap volgt op de vorige, overslaan geeft 422 met de regel", async () => {
    const res = await verzoek(
      "leerplicht",
      "POST",
      `/api/zaken/${zaak.id}/leerplicht`,
      melding(),
      zaak.versie,
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().inhoud).toMatchObject({
      leerling: {
        naam: "Daan Verzuim",
        plicht: "leerplichtig",
        leerplichtVanaf: "2017-10-01",
        achttienOp: "2030-09-15",
      },
      school: { brin: "21MB" },
      verzuimsoort: "ongeoorloofd",
      uren: 18,
      stappen: [{ soort: "verzuimmelding", vastgelegdDoor: "Lotte Plicht" }],
      volgendeStappen: [
        { soort: "contact-school" },
        { soort: "verzuim-opgelost" },
        { soort: "overgedragen-rmc" },
      ],
    });
    const tweede = await verzoek(
      "leerplicht",
      "POST",
      `/api/zaken/${zaak.id}/leerplicht`,
      melding(),
      await zaakVersie(zaak),
    );
    expect(tweede.statusCode).toBe(409);

    const overslaan = await stap(zaak, "waarschuwingsgesprek", "2026-03-05");
    expect(overslaan.statusCode).toBe(422);
    expect(overslaan.json()).toMatchObject({
      regel: "leerplicht-volgorde",
      detail: expect.stringMatching(/Contact met de school/),
    });
    const { id, versie } = await traject(zaak);
    expect(
      (
        await verzoek(
          "leerplicht",
          "POST",
          `/api/leerplicht/${id}/stappen`,
          { soort: "contact-school", datum: "2026-03-05" },
          versie + 1,
        )
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await verzoek(
          "leerplicht",
          "POST",
          `/api/leerplicht/${id}/stappen`,
          { soort: "verzuimmelding", datum: "2026-03-05" },
          versie,
        )
      ).statusCode,
    ).toBe(400);
    expect((await stap(zaak, "contact-school", "2026-03-01")).json()).toMatchObject({
      regel: "stap-na-vorige",
    });
    expect((await traject(zaak)).versie).toBe(versie);

    for (const [soort, datum] of [
      ["contact-school", "2026-03-05"],
      ["waarschuwingsgesprek", "2026-03-12"],
      ["officiele-waarschuwing", "2026-03-19"],
      ["terugkoppeling", "2026-03-26"],
      ["mpo", "2026-04-09"],
    ] as const) {
      const r = await stap(zaak, soort, datum);
      expect(r.statusCode, r.body).toBe(200);
    }
    expect((await stap(zaak, "halt", "2026-04-16", "teamleider")).statusCode).toBe(200);
    const klaar = await traject(zaak);
    expect(klaar).toMatchObject({ kanVastleggen: false, inhoud: { afgerond: true, volgendeStappen: [] } });
    expect(klaar.inhoud.stappen.map((s: { soort: string }) => s.soort)).toEqual([
      "verzuimmelding",
      "contact-school",
      "waarschuwingsgesprek",
      "officiele-waarschuwing",
      "terugkoppeling",
      "mpo",
      "halt",
    ]);
    expect((await stap(zaak, "proces-verbaal", "2026-04-20")).json()).toMatchObject({
      regel: "leerplicht-volgorde",
    });
    const historie = await rijen<{ soort: string }>(
      sql`select soort from zaak_gebeurtenissen where zaak_id = ${zaak.id} and soort like 'leerplicht%'`,
    );
    expect(historie).toHaveLength(7);
  });

  it("de Wmo-consulent mag niet, een andere gemeente vindt niets; gelezen en gewijzigd wordt geaudit zonder inhoud", async () => {
    expect((await verzoek("wmo", "GET", `/api/zaken/${zaak.id}/leerplicht`)).statusCode).toBe(403);
    expect((await verzoek("assen-iag", "GET", `/api/zaken/${zaak.id}/leerplicht`)).statusCode).toBe(404);
    const audit = await rijen<{ actie: string; reden: string; persoon_id: string }>(
      sql`select actie, reden, persoon_id from audit_log where resource = 'leerplicht'`,
    );
    expect(audit.some((a) => a.actie === "aanmaken" && a.persoon_id === leerling)).toBe(true);
    expect(audit.some((a) => a.actie === "lezen")).toBe(true);
    expect(audit.every((a) => !/uur|HALT|Daan/.test(a.reden))).toBe(true);
  });
});

describe("onderliggende problematiek", () => {
  let zaak: Zaak;
  beforeAll(async () => {
    zaak = await zaakMet(leerling);
    const res = await verzoek(
      "leerplicht",
      "POST",
      `/api/zaken/${zaak.id}/leerplicht`,
      melding({ verzuimsoort: "signaalverzuim", uren: 9 }),
      zaak.versie,
    );
    expect(res.statusCode, res.body).toBe(201);
  });
  const verwijs = async (body: object) => {
    const { id, versie } = await traject(zaak);
    return verzoek("leerplicht", "POST", `/api/leerplicht/${id}/doorverwijzingen`, body, versie);
  };

  it("draagt over aan een casemanager Veilig Opgroeien, die de zaak daarna leest", async () => {
    expect((await verzoek("veilig", "GET", `/api/zaken/${zaak.id}/leerplicht`)).statusCode).toBe(403);
    expect(
      (
        await verwijs({
          soort: "veilig-opgroeien",
          datum: "2026-03-10",
          casemanagerId: ids.veilig,
          toelichting: " ",
        })
      ).statusCode,
    ).toBe(400);
    const geenCm = await verwijs({
      soort: "veilig-opgroeien",
      datum: "2026-03-10",
      casemanagerId: ids.jeugd,
      toelichting: "Zorgen thuis",
    });
    expect(geenCm.statusCode).toBe(422);
    expect(geenCm.json()).toMatchObject({ regel: "casemanager-veilig-opgroeien" });
    const res = await verwijs({
      soort: "veilig-opgroeien",
      datum: "2026-03-10",
      casemanagerId: ids.veilig,
      toelichting: "Zorgen thuis",
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().inhoud.doorverwijzingen).toEqual([
      expect.objectContaining({ soort: "veilig-opgroeien", casemanager: "Vera Lubbers", meldcodeId: null }),
    ]);
    const alsCm = (await verzoek("veilig", "GET", `/api/zaken/${zaak.id}/leerplicht`)).json();
    expect(alsCm.traject).toMatchObject({ kanVastleggen: false, inhoud: { verzuimsoort: "signaalverzuim" } });
  });

  it("start de Meldcode op de zaak (de act van de Meldcode, één tegelijk)", async () => {
    const res = await verwijs({
      soort: "meldcode",
      datum: "2026-03-11",
      toelichting: "Signalen van huiselijk geweld",
    });
    expect(res.statusCode, res.body).toBe(200);
    const meldcodeId = res.json().inhoud.doorverwijzingen[1].meldcodeId;
    expect(await rijen(sql`select id from meldcodes where zaak_id = ${zaak.id}`)).toEqual([
      { id: meldcodeId },
    ]);
    const nogmaals = await verwijs({ soort: "meldcode", datum: "2026-03-11", toelichting: "Opnieuw" });
    expect(nogmaals.statusCode).toBe(409);
    expect((await traject(zaak)).inhoud.doorverwijzingen).toHaveLength(2);
  });
});

describe("18 jaar: overdracht aan het RMC", () => {
  it("een leerling van 17 krijgt het RMC-signaal als termijn; na de 18e verjaardag alleen nog de overdracht", async () => {
    const zaak = await zaakMet(bijna18);
    const res = await verzoek(
      "leerplicht",
      "POST",
      `/api/zaken/${zaak.id}/leerplicht`,
      melding({ leerlingId: bijna18 }),
      zaak.versie,
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().inhoud.leerling).toMatchObject({
      plicht: "kwalificatieplichtig",
      achttienOp: "2026-06-10",
      rmcSignaalVanaf: "2026-04-29",
    });
    const [rij] = await rijen<{ soort: string; datum: string }>(
      sql`select volgende_termijn_soort as soort, volgende_termijn_datum::text as datum from zaken where id = ${zaak.id}`,
    );
    expect(rij).toEqual({ soort: "rmc-overdracht", datum: "2026-06-10" });
    expect((await stap(zaak, "overgedragen-rmc", "2026-05-20")).statusCode).toBe(200);
    const [na] = await rijen<{ soort: string | null }>(
      sql`select volgende_termijn_soort as soort from zaken where id = ${zaak.id}`,
    );
    expect(na?.soort).toBeNull();
  });

  it("niet op een zaak van een ander zaaktype", async () => {
    const zaak = await zaakMet(leerling, "jeugd");
    const res = await verzoek(
      "leerplicht",
      "POST",
      `/api/zaken/${zaak.id}/leerplicht`,
      melding(),
      zaak.versie,
    );
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ regel: "leerplicht-zaaktype" });
  });
});

describe("scholen, schoolmaatschappelijk werk en POH-jeugd", () => {
  it("de beheerder voegt een school toe en koppelt de SMW'er; anderen niet", async () => {
    const nieuw = { brin: "33 xy", naam: "Basisschool De Tjaskerbult", soort: "po", smwIds: [ids.smw] };
    expect((await verzoek("smw", "POST", "/api/scholen", nieuw)).statusCode).toBe(403);
    expect((await verzoek("beheerder", "POST", "/api/scholen", { ...nieuw, brin: "3XY" })).statusCode).toBe(
      400,
    );
    expect(
      (await verzoek("beheerder", "POST", "/api/scholen", { ...nieuw, smwIds: [ids.wmo] })).statusCode,
    ).toBe(400);
    expect((await verzoek("beheerder", "POST", "/api/scholen", { ...nieuw, soort: "hbo" })).statusCode).toBe(
      400,
    );
    const res = await verzoek("beheerder", "POST", "/api/scholen", nieuw);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      brin: "33XY",
      soortLabel: "Primair onderwijs",
      smw: [{ id: ids.smw, naam: "Sander Schoolwerk" }],
    });
    expect((await verzoek("beheerder", "POST", "/api/scholen", nieuw)).statusCode).toBe(409);
    const gewijzigd = await verzoek(
      "beheerder",
      "PUT",
      `/api/scholen/${res.json().id}`,
      { naam: "Basisschool De Tjaskerbult", soort: "po", smwIds: [], actief: false },
      1,
    );
    expect(gewijzigd.statusCode, gewijzigd.body).toBe(200);
    expect(
      (
        await verzoek(
          "beheerder",
          "PUT",
          `/api/scholen/${res.json().id}`,
          { naam: "X", soort: "po", smwIds: [], actief: true },
          1,
        )
      ).statusCode,
    ).toBe(409);
  });

  it("de SMW'er registreert bij een gekoppelde school; de telling per school", async () => {
    const reg = (over: object = {}, wie = "smw") =>
      verzoek(wie, "POST", "/api/schoolmaatschappelijk-werk", {
        schoolId: school.id,
        soort: "training",
        datum: "2026-05-12",
        deelnemers: 8,
        onderwerp: "Faalangsttraining",
        ...over,
      });
    const ander = (await verzoek("smw", "GET", "/api/scholen"))
      .json()
      .scholen.find((s: { brin: string }) => s.brin === "13SV");
    expect((await reg({ schoolId: ander.id })).json()).toMatchObject({
      detail: expect.stringMatching(/niet aan deze school gekoppeld/),
    });
    expect((await reg({}, "leerplicht")).statusCode).toBe(403);
    expect((await reg({ deelnemers: 0 })).statusCode).toBe(400);
    expect((await reg({ datum: "2026-05-21" })).statusCode).toBe(400);
    expect(await rijen(sql`select id from smw_registraties`)).toEqual([]);
    expect((await reg()).statusCode).toBe(201);
    const res = await reg({ soort: "kort-contact", deelnemers: 2, onderwerp: "Gesprek leerling en ouder" });
    expect(res.statusCode).toBe(201);
    const rij = res.json().perSchool.find((p: { school: { brin: string } }) => p.school.brin === "21MB");
    expect(rij).toMatchObject({
      korteContacten: 1,
      trainingen: 1,
      deelnemers: 10,
      smw: ["Sander Schoolwerk"],
    });
    expect((await verzoek("teamleider", "GET", "/api/schoolmaatschappelijk-werk")).statusCode).toBe(200);
    expect((await verzoek("jeugd", "GET", "/api/schoolmaatschappelijk-werk")).statusCode).toBe(403);
  });

  it("de POH-jeugd registreert; gebruik en voorkomen verwijzingen geteld", async () => {
    const reg = (over: object = {}, wie = "poh") =>
      verzoek(wie, "POST", "/api/poh-jeugd", {
        huisartsenpraktijk: "Huisartsenpraktijk Roden-Noord",
        datum: "2026-05-11",
        contacten: 4,
        uitkomst: "afgesloten",
        verwezenNaar: null,
        ...over,
      });
    expect((await reg({ uitkomst: "verwezen" })).json()).toMatchObject({ regel: "poh-verwezen-naar" });
    expect((await reg({ contacten: 0 })).statusCode).toBe(400);
    expect((await reg({}, "smw")).statusCode).toBe(403);
    expect(await rijen(sql`select id from poh_registraties`)).toEqual([]);
    await reg();
    await reg({ contacten: 2 });
    const res = await reg({ uitkomst: "verwezen", verwezenNaar: "jeugd-ggz", contacten: 3 });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      totaal: {
        jeugdigen: 3,
        contacten: 9,
        zonderVerwijzing: 2,
        verwezen: 1,
        percentageZonderVerwijzing: 67,
      },
      verwijzingen: [{ naar: "jeugd-ggz", aantal: 1 }],
    });
    expect((await verzoek("teamleider", "GET", "/api/poh-jeugd")).json().kanRegistreren).toBe(false);
  });
});
