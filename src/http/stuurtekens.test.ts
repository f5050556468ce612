import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rijen } from "../db/client";
import { alsSysteem } from "../db/tenant";
import { login, startTestVoordeur, type TestVoordeur } from "../test/app";

/**
 * A NUL (or another character PostgreSQL or XML cannot store) in any string of any request is refused by the
 * schema (src/domain/tekst.ts): 400 problem+json naming the field by its label, and nothing is written. Before,
 * it reached PostgreSQL and came back as a 500 ("invalid byte sequence", "unsupported Unicode escape").
 */
let t: TestVoordeur;
const sessies: Record<string, string> = {};
let persoonId: string;
let zaakId: string;
let tekstcode: string;

type Wie = "iag" | "wmo" | "beheerder" | null;
const verzoek = (
  wie: Wie,
  method: "GET" | "POST" | "PUT" | "PATCH",
  url: string,
  payload?: object | string,
  versie?: number | string,
) =>
  t.app.inject({
    method,
    url,
    headers: {
      ...(wie ? { cookie: sessies[wie] ?? "" } : {}),
      ...(versie !== undefined ? { "if-match": `"${versie}"` } : {}),
      ...(typeof payload === "string" ? { "content-type": "application/json" } : {}),
    },
    ...(payload !== undefined ? { payload } : {}),
  });

/** A fingerprint of the whole content of these tables: equal before and after means nothing was written. */
const afdruk = (tabellen: readonly string[]) =>
  alsSysteem(t.database.db, (tx) =>
    Promise.all(
      tabellen.map(async (tabel) => {
        const [r] = await rijen<{ n: number; h: string }>(
          tx,
          sql`select count(*)::int as n, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h
              from ${sql.identifier(tabel)} x`,
        );
        return `${tabel}:${r?.n}:${r?.h}`;
      }),
    ),
  );

const persoon = (over: Record<string, unknown> = {}) => ({
  bsn: "999990019",
  voornamen: "Aaltje",
  geslachtsnaam: "Hoving",
  geboortedatum: "1944-02-11",
  adres: { huisnummer: 3, postcode: "9331 AB", woonplaats: "Norg" },
  ...over,
});

const melding = (over: Record<string, unknown> = {}) => ({
  zaaktype: "wmo",
  meldingsdatum: "2026-01-05",
  kanaal: "telefoon",
  omschrijving: "Hulp bij huishouden",
  personen: [{ persoonId, rol: "hoofdpersoon" }],
  veiligheid: "veilig",
  leefgebieden: ["huishouden"],
  ...over,
});

const aanmelding = (over: Record<string, unknown> = {}) => ({
  kanaal: "telefoon",
  persoonId,
  thema: "opvoeden-opgroeien",
  vraag: "Het loopt thuis vast.",
  directBeantwoord: false,
  triage: {
    veiligheidssignalen: false,
    veiligheid: "veilig",
    leefgebieden: ["huishouden"],
    wetDomein: "wmo",
  },
  uitkomst: { soort: "zaak" },
  ...over,
});

beforeAll(async () => {
  t = await startTestVoordeur();
  for (const naam of ["iag", "wmo", "beheerder"]) sessies[naam] = await login(t.app, naam);
  const p = await verzoek("iag", "POST", "/api/personen", persoon());
  expect(p.statusCode).toBe(201);
  persoonId = p.json().id;
  const z = await verzoek("iag", "POST", "/api/zaken", melding());
  expect(z.statusCode).toBe(201);
  zaakId = z.json().id;
  const blokken = await verzoek("beheerder", "GET", "/api/tekstblokken");
  tekstcode = blokken.json()[0].code;
});
afterAll(() => t.sluit());

const NUL = "\u0000";

interface Geval {
  wie: Wie;
  method: "GET" | "POST" | "PUT" | "PATCH";
  url: () => string;
  payload?: () => object;
  versie?: number;
  veld: string;
  label: string;
  tabellen: readonly string[];
}

const gevallen: Record<string, Geval> = {
  "inloggen zonder sessie: gebruikersnaam": {
    wie: null,
    method: "POST",
    url: () => "/api/sessie",
    payload: () => ({ gebruikersnaam: `iag${NUL}`, wachtwoord: "voordeur-demo" }),
    veld: "gebruikersnaam",
    label: "Gebruikersnaam",
    tabellen: ["inlogtellers", "sessies", "inlogapparaten", "audit_log"],
  },
  "inloggen zonder sessie: wachtwoord": {
    wie: null,
    method: "POST",
    url: () => "/api/sessie",
    payload: () => ({ gebruikersnaam: "iag", wachtwoord: `voordeur${NUL}demo` }),
    veld: "wachtwoord",
    label: "Wachtwoord",
    tabellen: ["inlogtellers", "sessies", "inlogapparaten", "audit_log"],
  },
  "persoon inschrijven: voornamen": {
    wie: "iag",
    method: "POST",
    url: () => "/api/personen",
    payload: () => persoon({ bsn: "999990020", voornamen: `Jan${NUL}` }),
    veld: "voornamen",
    label: "Voornamen",
    tabellen: ["personen", "audit_log"],
  },
  "persoon inschrijven: woonplaats in het adres": {
    wie: "iag",
    method: "POST",
    url: () => "/api/personen",
    payload: () =>
      persoon({ bsn: "999990020", adres: { huisnummer: 3, postcode: "9331 AB", woonplaats: `No${NUL}rg` } }),
    veld: "adres.woonplaats",
    label: "Woonplaats",
    tabellen: ["personen", "audit_log"],
  },
  "persoon wijzigen: achternaam": {
    wie: "iag",
    method: "PATCH",
    url: () => `/api/personen/${persoonId}`,
    payload: () => ({ geslachtsnaam: `Ho${NUL}ving` }),
    versie: 1,
    veld: "geslachtsnaam",
    label: "Achternaam",
    tabellen: ["personen", "audit_log"],
  },
  "persoon zoeken: zoekterm in de querystring": {
    wie: "iag",
    method: "GET",
    url: () => "/api/personen?zoek=Ho%00ving",
    veld: "zoek",
    label: "Zoekterm",
    tabellen: ["audit_log"],
  },
  "netwerklid: naam": {
    wie: "iag",
    method: "POST",
    url: () => `/api/personen/${persoonId}/netwerk`,
    payload: () => ({ naam: `Buur${NUL}vrouw`, relatie: "buurvrouw" }),
    veld: "naam",
    label: "Naam",
    tabellen: ["netwerkleden", "audit_log"],
  },
  "aanmelden: vraag": {
    wie: "iag",
    method: "POST",
    url: () => "/api/aanmelden",
    payload: () => aanmelding({ vraag: `Het loopt${NUL} vast` }),
    veld: "vraag",
    label: "Vraag",
    tabellen: ["contacten", "zaken", "notificaties", "audit_log"],
  },
  "aanmelden: signalen in de triage (jsonb)": {
    wie: "iag",
    method: "POST",
    url: () => "/api/aanmelden",
    payload: () =>
      aanmelding({
        triage: {
          veiligheidssignalen: true,
          signalen: `zorgen${NUL}`,
          veiligheid: "zorgen",
          leefgebieden: ["huishouden"],
          wetDomein: "wmo",
        },
      }),
    veld: "triage.signalen",
    label: "Signalen",
    tabellen: ["contacten", "zaken", "notificaties", "audit_log"],
  },
  "zaak registreren: omschrijving": {
    wie: "iag",
    method: "POST",
    url: () => "/api/zaken",
    payload: () => melding({ omschrijving: `Hulp${NUL}` }),
    veld: "omschrijving",
    label: "Omschrijving",
    tabellen: ["zaken", "zaak_personen", "zaak_gebeurtenissen", "audit_log"],
  },
  "zaakactie: toelichting": {
    wie: "wmo",
    method: "POST",
    url: () => `/api/zaken/${zaakId}/acties`,
    payload: () => ({ actie: "start-onderzoek", toelichting: `opgepakt${NUL}` }),
    versie: 1,
    veld: "toelichting",
    label: "Toelichting",
    tabellen: ["zaken", "zaak_gebeurtenissen", "audit_log"],
  },
  "zaakactie: een reden in een lijst": {
    wie: "wmo",
    method: "POST",
    url: () => `/api/zaken/${zaakId}/acties`,
    payload: () => ({ actie: "start-onderzoek", redenen: ["goed", `fo${NUL}ut`] }),
    versie: 1,
    veld: "redenen.1",
    label: "Reden",
    tabellen: ["zaken", "zaak_gebeurtenissen", "audit_log"],
  },
  "journaal: aantekening": {
    wie: "wmo",
    method: "POST",
    url: () => `/api/zaken/${zaakId}/journaal`,
    payload: () => ({ zichtbaarheid: "dossier", tekst: `Gebeld${NUL}` }),
    veld: "tekst",
    label: "Aantekening",
    tabellen: ["journaal", "audit_log"],
  },
  "werkvoorraad: wijk in de querystring": {
    wie: "wmo",
    method: "GET",
    url: () => "/api/werkvoorraden/wmo/zaken?wijk=no%00rg",
    veld: "wijk",
    label: "Wijk",
    tabellen: ["audit_log"],
  },
  "beheer, tekstblok: titel": {
    wie: "beheerder",
    method: "PUT",
    url: () => `/api/tekstblokken/${tekstcode}`,
    payload: () => ({ titel: `Folder${NUL}`, tekst: "Inhoud" }),
    versie: 1,
    veld: "titel",
    label: "Titel",
    tabellen: ["tekstblokken", "audit_log"],
  },
  "beheer, tekstblok: code in het pad": {
    wie: "beheerder",
    method: "GET",
    url: () => "/api/tekstblokken/folder%00x",
    veld: "code",
    label: "Tekstcode",
    tabellen: ["tekstblokken", "audit_log"],
  },
  "beheer, gebruiker: naam": {
    wie: "beheerder",
    method: "POST",
    url: () => "/api/gebruikers",
    payload: () => ({ gebruikersnaam: "nul.test", naam: `Nul${NUL}Test`, rollen: ["iag"] }),
    veld: "naam",
    label: "Naam",
    tabellen: ["gebruikers", "gebruiker_vakgroepen", "audit_log"],
  },
  "beheer, gelijkgestelde dag: bron": {
    wie: "beheerder",
    method: "POST",
    url: () => "/api/kalender/gelijkgestelde-dagen",
    payload: () => ({ datum: "2029-05-11", omschrijving: "Vrijdag na Hemelvaart", bron: `KB${NUL}` }),
    veld: "bron",
    label: "Bron",
    tabellen: ["gelijkgestelde_dagen", "audit_log"],
  },
};

describe("een NUL in een tekstveld → 400 met het label, en er verandert niets", () => {
  it.each(Object.entries(gevallen))("%s", async (_naam, g) => {
    const voor = await afdruk(g.tabellen);
    const res = await verzoek(g.wie, g.method, g.url(), g.payload?.(), g.versie);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json().errors).toContainEqual({
      veld: g.veld,
      melding: `${g.label} bevat een teken dat niet is toegestaan`,
    });
    expect(await afdruk(g.tabellen)).toEqual(voor);
  });

  it("een losse surrogaat (die jsonb als \\ud800 weigert) en een verticale tab evenzo", async () => {
    for (const [teken, veld, label] of [
      ["\\ud800", "triage.signalen", "Signalen"],
      ["\\u000b", "vraag", "Vraag"],
    ] as const) {
      const voor = await afdruk(["contacten", "zaken"]);
      const ruw = JSON.stringify(aanmelding()).replace(
        veld === "vraag" ? '"vraag":"' : '"wetDomein":"wmo"',
        veld === "vraag" ? `"vraag":"x${teken}` : `"wetDomein":"wmo","signalen":"x${teken}"`,
      );
      const res = await verzoek("iag", "POST", "/api/aanmelden", ruw);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().errors).toContainEqual({
        veld,
        melding: `${label} bevat een teken dat niet is toegestaan`,
      });
      expect(await afdruk(["contacten", "zaken"])).toEqual(voor);
    }
  });

  it("tab en regelovergangen in een aantekening blijven gewoon toegestaan", async () => {
    const res = await verzoek("wmo", "POST", `/api/zaken/${zaakId}/journaal`, {
      zichtbaarheid: "dossier",
      tekst: "Gebeld.\n\tTerugbellen\r\nmorgen",
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().tekst).toBe("Gebeld.\n\tTerugbellen\r\nmorgen");
  });
});

describe("If-Match boven 2³¹−1 bereikt PostgreSQL niet", () => {
  it.each([
    ["2147483648", 428],
    ["99999999999999999999", 428],
    ["2147483647", 409],
  ])("If-Match %s → %i, en de tekst blijft ongewijzigd", async (versie, status) => {
    const voor = await afdruk(["tekstblokken", "audit_log"]);
    const res = await verzoek(
      "beheerder",
      "PUT",
      `/api/tekstblokken/${tekstcode}`,
      { titel: "Nieuw", tekst: "Nieuw" },
      versie,
    );
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(await afdruk(["tekstblokken", "audit_log"])).toEqual(voor);
  });
});
