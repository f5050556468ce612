/**
 * Mijn Voordeur through the API (issue 16; policy rule 30): DigiD through a real OIDC provider with the BSN as a
 * claim; the resident sees their own zaken in words, never another's; acting for a child rests on a recorded gezag;
 * a hulpvraag lands in the IAG's list, is picked up once (If-Match, 409) and registered as a contact on channel
 * portaal; sessions end after 15 idle minutes; every read is audited under the resident, never with the BSN.
 */
import { createServer, type Server } from "node:http";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { laadConfig } from "../../config";
import { genereerTestBsn } from "../../domain/persoon/bsn";
import { herstelKlok, zetKlok } from "../../lib/klok";
import { alsMedewerker, login, rijenUit, startTestVoordeur, type TestVoordeur } from "../../test/app";
import { logInBijProvider, luister, sluitServer, startTestProvider } from "../../test/oidc-provider";

// "Now" is Wednesday 18 March 2026; the zaak was reported on 2 March.
let nu = new Date("2026-03-18T10:00:00.000Z");
const BSN_MOEDER = genereerTestBsn(7_000_001);
const BSN_BUURMAN = genereerTestBsn(7_000_002);
const BSN_ONBEKEND = genereerTestBsn(7_000_003);
const GEHEIM = "portaal-test-geheim-dat-lang-genoeg-is";

let t: TestVoordeur;
let provider: Server;
let appServer: Server;
let redirectUri: string;
let appBasis: string;
const sessies: Record<string, string> = {};
const verzoek = alsMedewerker(() => t.app, sessies);
let moeder: string;
let kind: string;
let buurman: string;
let zaakMoeder: { id: string; zaaknummer: string };
let zaakBuurman: { id: string };

async function persoon(bsn: string | undefined, voornamen: string, geboortedatum: string): Promise<string> {
  const res = await verzoek("iag", "POST", "/api/personen", {
    ...(bsn ? { bsn } : { zonderBsnReden: "Nog niet bekend bij de BRP" }),
    voornamen,
    geslachtsnaam: "Portaal",
    geboortedatum,
    adres: { huisnummer: 7, postcode: "9331 AB", woonplaats: "Norg" },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function zaak(persoonId: string) {
  const res = await verzoek("iag", "POST", "/api/zaken", {
    zaaktype: "wmo",
    meldingsdatum: "2026-03-02",
    kanaal: "telefoon",
    omschrijving: "Hulp bij het huishouden, interne notitie: moeilijke buren",
    personen: [{ persoonId, rol: "hoofdpersoon" }],
    veiligheid: "veilig",
    leefgebieden: ["huishouden"],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; zaaknummer: string };
}

/** Logs in with DigiD at the test broker as `sub`; returns the portal cookie header (or the failed response). */
async function digid(sub: string, gemeente = "1699") {
  const start = await fetch(`${appBasis}/api/portaal/oidc/start?gemeente=${gemeente}`, {
    redirect: "manual",
  });
  expect(start.status).toBe(302);
  const terug = await logInBijProvider(new URL(start.headers.get("location") ?? ""), sub, redirectUri);
  const res = await fetch(terug, { redirect: "manual" });
  const regel = res.headers.getSetCookie().find((c) => c.startsWith("voordeur_portaal="));
  return { res, regel, cookie: regel?.split(";")[0] ?? "" };
}

const portaal = (cookie: string, method: "GET" | "POST" | "PUT", url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/portaal${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

const hulpvraag = (over: object = {}) => ({
  thema: "huishoudelijke-hulp",
  leefgebieden: ["huishouden"],
  vraag: "Ik kan het huis niet meer schoonhouden.",
  spoed: false,
  onveilig: false,
  contactwijze: "telefoon",
  telefoon: "06 12345678",
  ...over,
});

beforeAll(async () => {
  zetKlok(() => nu);
  appServer = createServer();
  appBasis = `http://127.0.0.1:${await luister(appServer)}`;
  redirectUri = `${appBasis}/api/portaal/oidc/callback`;
  const broker = await startTestProvider({
    clientId: "voordeur-portaal",
    clientSecret: GEHEIM,
    redirectUri: () => redirectUri,
    accounts: {
      "digid-moeder": { bsn: BSN_MOEDER },
      "digid-buurman": { bsn: BSN_BUURMAN },
      "digid-onbekend": { bsn: BSN_ONBEKEND },
    },
    claims: { openid: ["sub", "bsn"] },
  });
  provider = broker.server;
  const basis = laadConfig({ LOG_LEVEL: "silent" }).portaal;
  t = await startTestVoordeur({
    portaal: {
      ...basis,
      demoInlog: true,
      oidc: {
        issuer: broker.issuer,
        clientId: "voordeur-portaal",
        clientSecret: GEHEIM,
        redirectUri,
        gebruikersnaamClaim: "bsn",
        scope: "openid",
      },
    },
  });
  appServer.on("request", (req, res) => t.app.routing(req, res));
  for (const naam of ["iag", "beheerder", "assen-iag", "teamleider"])
    sessies[naam] = await login(t.app, naam);
  moeder = await persoon(BSN_MOEDER, "Maria", "1985-06-01");
  kind = await persoon(undefined, "Mila", "2016-04-10");
  buurman = await persoon(BSN_BUURMAN, "Bram", "1970-01-01");
  const gezag = await verzoek("iag", "POST", `/api/personen/${moeder}/relaties`, {
    gerelateerdeId: kind,
    soort: "gezag",
  });
  expect(gezag.statusCode, gezag.body).toBe(201);
  zaakMoeder = await zaak(moeder);
  zaakBuurman = await zaak(buurman);
});

afterAll(async () => {
  await Promise.all([sluitServer(provider), sluitServer(appServer)]);
  await t.sluit();
  herstelKlok();
});

describe("Mijn Voordeur", () => {
  it("DigiD: de BSN uit de claim wijst de inwoner aan; het cookie geldt alleen voor het portaal", async () => {
    const { res, regel, cookie } = await digid("digid-moeder");
    expect(res.status, await res.clone().text()).toBe(302);
    expect(res.headers.get("location")).toBe("/mijn");
    expect(regel).toMatch(/HttpOnly/i);
    expect(regel).toMatch(/SameSite=Strict/i);
    expect(regel).toMatch(/Path=\/api\/portaal/);
    const sessie = await portaal(cookie, "GET", "/sessie");
    expect(sessie.statusCode, sessie.body).toBe(200);
    expect(sessie.json()).toMatchObject({
      naam: "Maria Portaal",
      methode: "oidc",
      namens: { persoonId: moeder, grond: "uzelf" },
    });
    expect(sessie.json().keuzes.map((k: { naam: string; grond: string }) => [k.naam, k.grond])).toEqual([
      ["Maria Portaal", "uzelf"],
      ["Mila Portaal", "gezag"],
    ]);
    // A portal session opens nothing of the staff API.
    const staff = await t.app.inject({ method: "GET", url: "/api/sessie", headers: { cookie } });
    expect(staff.statusCode).toBe(401);
    // And a medewerker's session opens nothing of the portal.
    expect((await portaal(sessies.iag ?? "", "GET", "/zaken")).statusCode).toBe(401);
  });

  it("een BSN die de gemeente niet kent geeft geen sessie en noemt de BSN niet", async () => {
    const { res, regel } = await digid("digid-onbekend");
    expect(res.status).toBe(404);
    expect(regel).toBeUndefined();
    const tekst = await res.text();
    expect(tekst).toMatch(/niet vinden bij deze gemeente/);
    expect(tekst).not.toContain(BSN_ONBEKEND);
  });

  it("mijn zaken in gewone woorden met de wettelijke termijn; de zaak van een ander bestaat niet", async () => {
    const { cookie } = await digid("digid-moeder");
    const lijst = await portaal(cookie, "GET", "/zaken");
    expect(lijst.statusCode).toBe(200);
    expect(lijst.json().items).toEqual([
      expect.objectContaining({
        id: zaakMoeder.id,
        zaaknummer: zaakMoeder.zaaknummer,
        onderwerp: "Hulp en ondersteuning thuis (Wmo)",
        status: "We hebben uw vraag ontvangen.",
        afgesloten: false,
      }),
    ]);
    const detail = await portaal(cookie, "GET", `/zaken/${zaakMoeder.id}`);
    expect(detail.statusCode, detail.body).toBe(200);
    // Wmo 2015 art. 2.3.2 lid 1: the onderzoek within six weeks of the melding of 2 March → 13 April 2026.
    expect(detail.json().termijnen).toContainEqual(
      expect.objectContaining({
        soort: "onderzoek",
        datum: "2026-04-13",
        tekst: expect.stringMatching(/uiterlijk 13 april 2026/),
      }),
    );
    // Internal text never reaches the resident.
    expect(detail.body).not.toMatch(/interne notitie|moeilijke buren|werkvoorraad/);
    const ander = await portaal(cookie, "GET", `/zaken/${zaakBuurman.id}`);
    expect(ander.statusCode).toBe(404);
    expect(ander.body).not.toContain("Bram");
  });

  it("optreden voor een kind met gezag; niet voor iemand zonder vastgelegde relatie", async () => {
    const { cookie } = await digid("digid-moeder");
    const voorKind = await portaal(cookie, "PUT", "/namens", { persoonId: kind });
    expect(voorKind.statusCode, voorKind.body).toBe(200);
    expect(voorKind.json().namens).toMatchObject({ persoonId: kind, grond: "gezag" });
    // The child has no zaak; the mother's is not the child's.
    expect((await portaal(cookie, "GET", "/zaken")).json().items).toEqual([]);
    expect((await portaal(cookie, "GET", `/zaken/${zaakMoeder.id}`)).statusCode).toBe(404);
    const voorBuurman = await portaal(cookie, "PUT", "/namens", { persoonId: buurman });
    expect(voorBuurman.statusCode).toBe(403);
    expect((await portaal(cookie, "GET", "/sessie")).json().namens.persoonId).toBe(kind);
  });

  it("hulp vragen: fout → 400 en niets opgeslagen; onveilig → crisisnummers; de IAG pakt op en registreert", async () => {
    const { cookie } = await digid("digid-moeder");
    const telling = async () =>
      (await rijenUit<{ n: number }>(t, sql`select count(*)::int as n from portaal_hulpvragen`))[0]?.n;
    const voor = await telling();
    const fout = await portaal(cookie, "POST", "/hulpvragen", hulpvraag({ telefoon: "" }));
    expect(fout.statusCode).toBe(400);
    expect(fout.json().errors).toContainEqual(expect.objectContaining({ veld: "telefoon" }));
    const leeg = await portaal(cookie, "POST", "/hulpvragen", hulpvraag({ vraag: "" }));
    expect(leeg.statusCode).toBe(400);
    expect(await telling()).toBe(voor);

    const gewoon = await portaal(cookie, "POST", "/hulpvragen", hulpvraag());
    expect(gewoon.statusCode, gewoon.body).toBe(201);
    expect(gewoon.json().crisisnummers).toEqual([]);
    const onveilig = await portaal(
      cookie,
      "POST",
      "/hulpvragen",
      hulpvraag({ thema: "veiligheid", vraag: "Ik ben bang thuis." }),
    );
    expect(onveilig.statusCode).toBe(201);
    expect(onveilig.json().crisisnummers.map((c: { nummer: string }) => c.nummer)).toEqual([
      "112",
      "0800-2000",
      "0800-0113",
    ]);

    // The IAG sees the unsafe one first; the functional beheerder may not see the list (rule 9).
    expect((await verzoek("beheerder", "GET", "/api/hulpvragen")).statusCode).toBe(403);
    // Another gemeente sees none of them (row-level security).
    expect((await verzoek("assen-iag", "GET", "/api/hulpvragen")).json().items).toEqual([]);
    const lijst = (await verzoek("iag", "GET", "/api/hulpvragen")).json();
    expect(lijst.items.map((h: { vraag: string }) => h.vraag)).toEqual([
      "Ik ben bang thuis.",
      "Ik kan het huis niet meer schoonhouden.",
    ]);
    expect(lijst.items[0]).toMatchObject({
      onveilig: true,
      spoed: true,
      persoonId: moeder,
      opgepaktDoor: null,
    });
    const id = onveilig.json().id as string;

    const zonderVersie = await verzoek("iag", "POST", `/api/hulpvragen/${id}/oppakken`);
    expect(zonderVersie.statusCode).toBe(428);
    const op = await verzoek("iag", "POST", `/api/hulpvragen/${id}/oppakken`, undefined, 1);
    expect(op.statusCode, op.body).toBe(200);
    expect(op.json()).toMatchObject({ opgepaktDoor: expect.any(String), versie: 2 });
    const nogEens = await verzoek("iag", "POST", `/api/hulpvragen/${id}/oppakken`, undefined, 2);
    expect(nogEens.statusCode).toBe(409);
    expect(nogEens.json().detail).toMatch(/al opgepakt/);

    const contact = await verzoek("iag", "POST", "/api/aanmelden", {
      kanaal: "portaal",
      persoonId: moeder,
      thema: "veiligheid",
      vraag: "Ik ben bang thuis.",
      directBeantwoord: true,
      antwoord: "Teruggebeld, Veilig Thuis ingeschakeld.",
      uitkomst: { soort: "beantwoord" },
      hulpvraagId: id,
    });
    expect(contact.statusCode, contact.body).toBe(201);
    const tweedeKeer = await verzoek("iag", "POST", "/api/aanmelden", {
      kanaal: "portaal",
      persoonId: buurman,
      thema: "veiligheid",
      vraag: "Nogmaals",
      directBeantwoord: true,
      antwoord: "x",
      uitkomst: { soort: "beantwoord" },
      hulpvraagId: id,
    });
    expect(tweedeKeer.statusCode).toBe(409);
    const daarna = (await verzoek("iag", "GET", "/api/hulpvragen")).json();
    expect(daarna.items.map((h: { id: string }) => h.id)).not.toContain(id);
    const mijn = (await portaal(cookie, "GET", "/hulpvragen")).json();
    expect(mijn.items.find((h: { id: string }) => h.id === id)).toMatchObject({ inBehandeling: true });
  });

  it("elke inzage in het portaal staat in de audit op naam van de inwoner, zonder BSN", async () => {
    const rijen = await rijenUit<{
      gebruikersnaam: string;
      medewerker_id: string | null;
      resource: string;
      reden: string;
    }>(
      t,
      sql`select gebruikersnaam, gebruiker_id as medewerker_id, resource, reden from audit_log where rollen @> array['inwoner']`,
    );
    expect(rijen.length).toBeGreaterThan(3);
    expect(new Set(rijen.map((r) => r.gebruikersnaam))).toEqual(new Set([`inwoner:${moeder}`]));
    expect(rijen.every((r) => r.medewerker_id === null)).toBe(true);
    expect(rijen.map((r) => r.resource)).toEqual(
      expect.arrayContaining(["portaal-zaken", "portaal-zaak", "hulpvraag"]),
    );
    const alles = JSON.stringify(await rijenUit(t, sql`select * from audit_log`));
    expect(alles).not.toContain(BSN_MOEDER);
  });

  it("de sessie verloopt na 15 minuten stilte", async () => {
    const { cookie } = await digid("digid-moeder");
    expect((await portaal(cookie, "GET", "/sessie")).statusCode).toBe(200);
    nu = new Date(nu.getTime() + 16 * 60_000);
    expect((await portaal(cookie, "GET", "/sessie")).statusCode).toBe(401);
  });

  it("inzage vragen (AVG art. 15): bij de teamleider met de termijn; de gegeven inzage als pdf", async () => {
    const { cookie } = await digid("digid-moeder");
    expect((await portaal(cookie, "POST", "/inzageverzoeken", { toelichting: 42 })).statusCode).toBe(400);
    const eigen = await portaal(cookie, "POST", "/inzageverzoeken", {
      toelichting: "Alles over mijn Wmo-zaak",
    });
    expect(eigen.statusCode, eigen.body).toBe(201);
    // Received Wednesday 18 March 2026; a month later is Saturday 18 April → Monday 20 April (Verordening 1182/71).
    expect(eigen.json()).toMatchObject({ ontvangenOp: "2026-03-18", uiterlijk: "2026-04-20", klaar: false });
    // For her child of 9, with gezag (UAVG art. 5 lid 1).
    await portaal(cookie, "PUT", "/namens", { persoonId: kind });
    expect((await portaal(cookie, "POST", "/inzageverzoeken", {})).statusCode).toBe(201);
    await portaal(cookie, "PUT", "/namens", { persoonId: moeder });

    expect((await verzoek("iag", "GET", "/api/inzageverzoeken")).statusCode).toBe(403);
    const open = await verzoek("teamleider", "GET", "/api/inzageverzoeken");
    expect(open.statusCode, open.body).toBe(200);
    // Same deadline: the oldest request first.
    expect(open.json().items.map((v: { naam: string; namens: boolean }) => [v.naam, v.namens])).toEqual([
      ["Maria Portaal", false],
      ["Mila Portaal", true],
    ]);

    const documenten = (
      await verzoek("teamleider", "GET", `/api/personen/${moeder}/inzage/documenten`)
    ).json();
    const gegeven = await verzoek("teamleider", "POST", `/api/personen/${moeder}/inzage`, {
      beslissingen: documenten.map((d: { id: string }) => ({ documentId: d.id, uitkomst: "verstrekken" })),
    });
    expect(gegeven.statusCode, gegeven.body).toBe(201);
    const mijn = (await portaal(cookie, "GET", "/inzageverzoeken")).json().items;
    expect(mijn).toEqual([expect.objectContaining({ id: eigen.json().id, klaar: true })]);
    const pdf = await portaal(cookie, "GET", `/inzageverzoeken/${eigen.json().id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe("%PDF");
    // Only the child's request is still open; another resident cannot fetch Maria's inzage.
    expect((await verzoek("teamleider", "GET", "/api/inzageverzoeken")).json().totaal).toBe(1);
    const { cookie: buurman } = await digid("digid-buurman");
    expect((await portaal(buurman, "GET", `/inzageverzoeken/${eigen.json().id}/pdf`)).statusCode).toBe(404);
  });

  it("demo-inlog: alleen een inwoner uit de demolijst", async () => {
    const lijst = await t.app.inject({ method: "GET", url: "/api/portaal/demo-inwoners?gemeente=1699" });
    expect(lijst.statusCode).toBe(200);
    const eerste = lijst.json().items[0];
    expect(eerste).toMatchObject({ persoonId: expect.any(String), naam: expect.any(String) });
    const ander = await t.app.inject({
      method: "POST",
      url: "/api/portaal/demo-inlog",
      payload: { persoonId: kind },
    });
    expect(ander.statusCode).toBe(400);
    const ok = await t.app.inject({
      method: "POST",
      url: "/api/portaal/demo-inlog",
      payload: { persoonId: eerste.persoonId },
    });
    expect(ok.statusCode).toBe(204);
    const cookie = ok.cookies.find((c) => c.name === "voordeur_portaal");
    expect((await portaal(`voordeur_portaal=${cookie?.value}`, "GET", "/sessie")).json().methode).toBe(
      "demo",
    );
  });
});
