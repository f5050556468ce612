import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rijen } from "../../db/client";
import { slaDocumentOp } from "../../db/documenten";
import { zaaiTekstblok } from "../../db/tekstblokken";
import { inGemeente } from "../../db/tenant";
import { plusDagen } from "../../domain/termijnen/kalender";
import { vandaag } from "../../lib/klok";
import { alsMedewerker, login, startTestVoordeur, type TestVoordeur } from "../../test/app";

let t: TestVoordeur;
const sessies: Record<string, string> = {};
let zaakId: string;
let documentId: string;

const verzoek = alsMedewerker(() => t.app, sessies);

beforeAll(async () => {
  t = await startTestVoordeur();
  for (const naam of ["iag", "wmo", "jeugd", "teamleider", "beheerder", "assen-iag"])
    sessies[naam] = await login(t.app, naam);
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
  const zaak = await t.app.inject({
    method: "POST",
    url: "/api/zaken",
    headers: { cookie: sessies.iag ?? "" },
    payload: {
      zaaktype: "wmo",
      meldingsdatum: plusDagen(vandaag(), -3),
      kanaal: "telefoon",
      omschrijving: "Hulp bij het huishouden",
      personen: [{ persoonId: persoon.json().id, rol: "hoofdpersoon" }],
      veiligheid: "veilig",
      leefgebieden: ["huishouden"],
    },
  });
  zaakId = zaak.json().id;
  const tenant = { gemeenteCode: "1699", samenwerkingsverbandCode: "NMD" };
  documentId = await inGemeente(t.database.db, tenant, async (tx) => {
    await zaaiTekstblok(tx, "1699", { code: "folder-test", titel: "Folder", tekst: "Beste {{aanhef}}" });
    const d = await slaDocumentOp(tx, {
      zaakId,
      persoonId: null,
      soort: "bevestiging-afspraak",
      titel: "Bevestiging afspraak",
      contentType: "application/pdf",
      inhoud: Buffer.from("%PDF-1.4 test"),
      aangemaaktDoor: null,
    });
    return d.id;
  });
});
afterAll(() => t.sluit());

describe("documenten", () => {
  it("lijst en inhoud voor wie de zaak mag zien, precies zoals opgeslagen, en geaudit", async () => {
    const lijst = await verzoek("wmo", "GET", `/api/zaken/${zaakId}/documenten`);
    expect(lijst.statusCode).toBe(200);
    expect(lijst.json()).toEqual([
      expect.objectContaining({ id: documentId, titel: "Bevestiging afspraak", grootte: 13, zaakId }),
    ]);
    const inhoud = await verzoek("wmo", "GET", `/api/documenten/${documentId}/inhoud`);
    expect(inhoud.statusCode).toBe(200);
    expect(inhoud.headers["content-type"]).toBe("application/pdf");
    expect(inhoud.rawPayload.toString()).toBe("%PDF-1.4 test");
    const [audit] = await rijen<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where resource = 'document'`,
    );
    expect(audit?.n).toBe(1);
  });

  it("weigert wie de inhoud van de zaak niet mag zien, en bestaat niet voor een andere gemeente", async () => {
    expect((await verzoek("jeugd", "GET", `/api/documenten/${documentId}/inhoud`)).statusCode).toBe(403);
    expect((await verzoek("beheerder", "GET", `/api/zaken/${zaakId}/documenten`)).statusCode).toBe(403);
    expect((await verzoek("assen-iag", "GET", `/api/documenten/${documentId}/inhoud`)).statusCode).toBe(404);
    expect((await verzoek("wmo", "GET", "/api/documenten/geen-uuid/inhoud")).statusCode).toBe(400);
  });
});

describe("tekstblokken", () => {
  it("de beheerder wijzigt een tekst met If-Match; anderen lezen alleen", async () => {
    const blok = await verzoek("beheerder", "GET", "/api/tekstblokken/folder-test");
    expect(blok.statusCode).toBe(200);
    expect(blok.headers.etag).toBe('"1"');
    const wijziging = {
      titel: "Folder cliëntondersteuning",
      tekst: "Beste {{aanhef}}, u kunt gratis hulp krijgen.",
    };
    expect((await verzoek("wmo", "PUT", "/api/tekstblokken/folder-test", wijziging, 1)).statusCode).toBe(403);
    expect((await verzoek("beheerder", "PUT", "/api/tekstblokken/folder-test", wijziging)).statusCode).toBe(
      428,
    );
    const ok = await verzoek("beheerder", "PUT", "/api/tekstblokken/folder-test", wijziging, 1);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ versie: 2, titel: "Folder cliëntondersteuning" });
    expect(
      (await verzoek("beheerder", "PUT", "/api/tekstblokken/folder-test", wijziging, 1)).statusCode,
    ).toBe(409);
    const leeg = await verzoek(
      "beheerder",
      "PUT",
      "/api/tekstblokken/folder-test",
      { titel: "", tekst: "x" },
      2,
    );
    expect(leeg.statusCode).toBe(400);
    expect(leeg.json().errors[0].veld).toBe("titel");
    const wmo = await verzoek("wmo", "GET", "/api/tekstblokken");
    expect(wmo.json().map((b: { code: string }) => b.code)).toContain("folder-test");
    expect((await verzoek("assen-iag", "GET", "/api/tekstblokken/folder-test")).statusCode).toBe(404);
  });
});
