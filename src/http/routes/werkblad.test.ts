import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plusDagen } from "../../domain/termijnen/kalender";
import { herstelKlok, vandaag, zetKlok } from "../../lib/klok";
import { login, maakMedewerkerMetToegang, startTestVoordeur, type TestVoordeur } from "../../test/app";

/** A Thursday outside any holiday: the onderzoek (6 weeks) ends on a working day. */
const VANDAAG = "2026-03-05";
const COLLEGA_WACHTWOORD = "Werkblad-collega-2026";
let t: TestVoordeur;
const sessies: Record<string, string> = {};
let zaakId: string;
let persoonId: string;

beforeAll(async () => {
  zetKlok(new Date(`${VANDAAG}T09:00:00+01:00`));
  t = await startTestVoordeur();
  for (const naam of ["iag", "wmo", "werk", "teamleider", "beheerder"])
    sessies[naam] = await login(t.app, naam);
  await maakMedewerkerMetToegang(
    t.app,
    { beheerder: sessies.beheerder ?? "", teamleider: sessies.teamleider ?? "" },
    {
      gebruikersnaam: "wmo.collega",
      naam: "Carla Collega",
      rollen: ["toegangsmedewerker"],
      vakgroepen: ["wmo"],
      wachtwoord: COLLEGA_WACHTWOORD,
    },
  );
  sessies["wmo.collega"] = await login(t.app, "wmo.collega", COLLEGA_WACHTWOORD);
  const persoon = await t.app.inject({
    method: "POST",
    url: "/api/personen",
    headers: { cookie: sessies.iag ?? "" },
    payload: {
      bsn: "999990019",
      voornamen: "Aaltje",
      geslachtsnaam: "Hoving",
      geboortedatum: "1944-02-11",
      adres: { huisnummer: 3, postcode: "9331 AB", woonplaats: "Norg" },
    },
  });
  persoonId = persoon.json().id;
  const zaak = await t.app.inject({
    method: "POST",
    url: "/api/zaken",
    headers: { cookie: sessies.iag ?? "" },
    payload: {
      zaaktype: "wmo",
      meldingsdatum: plusDagen(VANDAAG, -7),
      kanaal: "telefoon",
      omschrijving: "Hulp bij huishouden",
      personen: [{ persoonId, rol: "hoofdpersoon" }],
      veiligheid: "veilig",
      leefgebieden: ["huishouden"],
    },
  });
  zaakId = zaak.json().id;
});
afterAll(async () => {
  herstelKlok();
  await t.sluit();
});

const haal = (wie: string, url: string) =>
  t.app.inject({ method: "GET", url, headers: { cookie: sessies[wie] ?? "" } });

describe("GET /api/zaken/:id/werkblad", () => {
  it("geeft de zaak met kopgegevens in woorden en wat het Overzicht toont, in één antwoord met ETag", async () => {
    expect(vandaag()).toBe(VANDAAG);
    const res = await haal("wmo", `/api/zaken/${zaakId}/werkblad`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(res.headers.etag).toBe(`"${body.zaak.versie}"`);
    expect(body.zaak.kop).toEqual({
      zaaktypeNaam: "Wmo",
      statusNaam: "Melding",
      hoofdpersoon: { persoonId: expect.any(String), naam: "Aaltje Hoving", leeftijd: 82 },
      termijn: { soort: "onderzoek", uiterlijkeDatum: "2026-04-09", dagen: 35, status: "lopend" },
    });
    expect(body.werkverdeling).toMatchObject({ veiligOpgroeien: expect.any(Object) });
    expect(body.geadresseerden).toMatchObject({ hoofdpersoon: { naam: "Aaltje Hoving" } });
    // The zaak GET carries the same header facts, so every answer with a zaak keeps the header current.
    expect((await haal("wmo", `/api/zaken/${zaakId}`)).json().kop).toEqual(body.zaak.kop);
  });

  it("elk deel is gelezen zoals met zijn eigen verzoek: zaak, werkverdeling en geadresseerden in de audit", async () => {
    await haal("wmo", `/api/zaken/${zaakId}/werkblad`);
    const teamleider = await login(t.app, "teamleider");
    const res = await t.app.inject({
      method: "GET",
      url: `/api/audit?persoonId=${persoonId}&perPagina=200`,
      headers: { cookie: teamleider },
    });
    const door = (res.json() as { items: { resource: string; gebruikersnaam: string }[] }).items.filter(
      (r) => r.gebruikersnaam === "wmo",
    );
    expect(new Set(door.map((r) => r.resource))).toEqual(
      new Set(["zaak", "werkverdeling", "geadresseerden"]),
    );
  });

  it("elk deel is hetzelfde als het antwoord van zijn eigen verzoek (één keer geladen, zelfde vorm)", async () => {
    const body = (await haal("wmo", `/api/zaken/${zaakId}/werkblad`)).json();
    expect(body.zaak).toEqual((await haal("wmo", `/api/zaken/${zaakId}`)).json());
    expect(body.werkverdeling).toEqual((await haal("wmo", `/api/zaken/${zaakId}/werkverdeling`)).json());
    expect(body.geadresseerden).toEqual((await haal("wmo", `/api/zaken/${zaakId}/geadresseerden`)).json());
    expect(body.meldcodes).toEqual((await haal("wmo", `/api/zaken/${zaakId}/meldcodes`)).json());
  });

  it("de Meldcode: de auteur ziet de inhoud, een collega op de zaak alleen dat er een loopt; beide geaudit", async () => {
    const versie = (await haal("wmo", `/api/zaken/${zaakId}`)).json().versie;
    const start = await t.app.inject({
      method: "POST",
      url: `/api/zaken/${zaakId}/meldcodes`,
      headers: { cookie: sessies.wmo ?? "", "if-match": `"${versie}"` },
    });
    expect(start.statusCode, start.body).toBe(201);
    const auteur = (await haal("wmo", `/api/zaken/${zaakId}/werkblad`)).json();
    expect(auteur.meldcodes.meldcodes).toEqual([
      expect.objectContaining({
        status: "loopt",
        inhoud: expect.objectContaining({ auteur: "Willem Molenaar" }),
      }),
    ]);
    const collega = await haal("wmo.collega", `/api/zaken/${zaakId}/werkblad`);
    expect(collega.statusCode).toBe(200);
    expect(collega.json().meldcodes.meldcodes).toEqual([
      expect.objectContaining({ status: "loopt", inhoud: null }),
    ]);
    expect(collega.json().meldcodes).toEqual(
      (await haal("wmo.collega", `/api/zaken/${zaakId}/meldcodes`)).json(),
    );
    const audit = await t.app.inject({
      method: "GET",
      url: `/api/audit?persoonId=${persoonId}&perPagina=200`,
      headers: { cookie: sessies.teamleider ?? "" },
    });
    const meldcodeRegels = (
      audit.json() as { items: { resource: string; gebruikersnaam: string; reden: string }[] }
    ).items
      .filter((r) => r.resource === "meldcode" && r.reden.includes("op zaak"))
      .map((r) => [r.gebruikersnaam, r.reden.startsWith("Meldcode") ? "inhoud" : "bestaan"]);
    expect(meldcodeRegels).toContainEqual(["wmo", "inhoud"]);
    expect(meldcodeRegels).toContainEqual(["wmo.collega", "bestaan"]);
  });

  it("een medewerker van een andere vakgroep krijgt niets (zoals bij de zaak zelf)", async () => {
    const res = await haal("werk", `/api/zaken/${zaakId}/werkblad`);
    expect(res.statusCode).toBe((await haal("werk", `/api/zaken/${zaakId}`)).statusCode);
    expect(res.statusCode).toBeGreaterThanOrEqual(403);
    expect(res.json()).not.toHaveProperty("zaak");
  });
});
