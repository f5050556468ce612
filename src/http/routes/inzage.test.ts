import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slaDocumentOp } from "../../db/documenten";
import { inGemeente } from "../../db/tenant";
import { login, rijenUit, startTestVoordeur, type TestVoordeur } from "../../test/app";

let t: TestVoordeur;
const sessies: Record<string, string> = {};
beforeAll(async () => {
  t = await startTestVoordeur();
  for (const naam of ["iag", "wmo", "teamleider", "beheerder"]) sessies[naam] = await login(t.app, naam);
});
afterAll(() => t.sluit());

function verzoek(wie: string, method: "GET" | "POST", url: string, payload?: unknown) {
  return t.app.inject({
    method,
    url,
    headers: { cookie: sessies[wie] ?? "" },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

const rijen = <T>(query: ReturnType<typeof sql>) => rijenUit<T>(t, query);

let persoonId: string;
let zaak: { id: string; zaaknummer: string };
beforeAll(async () => {
  persoonId = (
    await verzoek("iag", "POST", "/api/personen", {
      bsn: "999990159",
      voornamen: "Jan",
      geslachtsnaam: "Inzage",
      geboortedatum: "1950-03-05",
      adres: { straat: "Brink", huisnummer: 12, postcode: "9301 AB", woonplaats: "Roden" },
    })
  ).json().id;
  zaak = (
    await verzoek("iag", "POST", "/api/zaken", {
      zaaktype: "wmo",
      meldingsdatum: "2026-01-05",
      kanaal: "telefoon",
      omschrijving: "Hulp bij huishouden",
      personen: [{ persoonId, rol: "hoofdpersoon" }],
      veiligheid: "veilig",
      leefgebieden: ["huishouden"],
    })
  ).json();
  await verzoek("wmo", "POST", `/api/zaken/${zaak.id}/journaal`, {
    zichtbaarheid: "dossier",
    tekst: "Buurman zegt dat het slecht gaat.",
  });
  await verzoek("wmo", "POST", `/api/zaken/${zaak.id}/journaal`, {
    zichtbaarheid: "werkaantekening",
    tekst: "Eigen indruk, niet delen.",
  });
  await inGemeente(t.database.db, { gemeenteCode: "1699", samenwerkingsverbandCode: "NMD" }, (tx) =>
    slaDocumentOp(tx, {
      zaakId: zaak.id,
      persoonId,
      soort: "beschikking",
      titel: "Beschikking Wmo",
      contentType: "application/pdf",
      inhoud: Buffer.from("%PDF-1.7 test"),
      aangemaaktDoor: null,
    }),
  );
});

type Doc = { id: string; soort: string; zaaknummer: string | null; titel: string };
const documenten = async (): Promise<Doc[]> =>
  (await verzoek("teamleider", "GET", `/api/personen/${persoonId}/inzage/documenten`)).json();

describe("inzage per document (AVG art. 15)", () => {
  it("biedt per zaak de zaakgegevens, ieder opgeslagen document en iedere dossiernotitie aan, nooit werkaantekeningen", async () => {
    const docs = await documenten();
    expect(docs.map((d) => [d.soort, d.zaaknummer])).toEqual([
      ["zaakgegevens", zaak.zaaknummer],
      ["document", zaak.zaaknummer],
      ["journaal", zaak.zaaknummer],
    ]);
    expect(docs[1]?.titel).toBe("Beschikking Wmo");
    expect(JSON.stringify(docs)).not.toContain("Eigen indruk");
  });

  it("weigert een medewerker zonder inzage-recht en verandert dan niets", async () => {
    expect((await verzoek("wmo", "GET", `/api/personen/${persoonId}/inzage/documenten`)).statusCode).toBe(
      403,
    );
    const voor = await rijen<{ n: number }>(sql`select count(*)::int as n from inzage_beslissingen`);
    const res = await verzoek("wmo", "POST", `/api/personen/${persoonId}/inzage`, { beslissingen: [] });
    expect(res.statusCode).toBe(403);
    expect(await rijen<{ n: number }>(sql`select count(*)::int as n from inzage_beslissingen`)).toEqual(voor);
  });

  it("eist bij niet verstrekken een grond uit de lijst en een motivering; er wordt dan niets vastgelegd", async () => {
    const [zaakDoc, brief, notitie] = await documenten();
    const poging = (beslissing: Record<string, unknown>) =>
      verzoek("teamleider", "POST", `/api/personen/${persoonId}/inzage`, {
        beslissingen: [
          { documentId: zaakDoc?.id, uitkomst: "verstrekken" },
          { documentId: brief?.id, uitkomst: "verstrekken" },
          { documentId: notitie?.id, ...beslissing },
        ],
      });
    const zonderGrond = await poging({ uitkomst: "weigeren", toelichting: "Mening van de buurman." });
    expect(zonderGrond.statusCode).toBe(400);
    expect(zonderGrond.json().errors.map((e: { veld: string }) => e.veld)).toEqual(["beslissingen.2.grond"]);
    const vreemdeGrond = await poging({ uitkomst: "weigeren", grond: "geen-zin", toelichting: "Mening." });
    expect(vreemdeGrond.statusCode).toBe(400);
    expect(vreemdeGrond.json().errors[0].veld).toBe("beslissingen.2.grond");
    const zonderMotivering = await poging({ uitkomst: "weigeren", grond: "privacy-derden" });
    expect(zonderMotivering.statusCode).toBe(400);
    expect(zonderMotivering.json().errors[0]).toMatchObject({ veld: "beslissingen.2.toelichting" });
    expect(await rijen(sql`select 1 from inzage_exports where persoon_id = ${persoonId}`)).toEqual([]);
  });

  it("legt iedere beslissing vast, met grond en motivering, en schrijft per beslissing een auditregel", async () => {
    const [zaakDoc, brief, notitie] = await documenten();
    const res = await verzoek("teamleider", "POST", `/api/personen/${persoonId}/inzage`, {
      beslissingen: [
        { documentId: zaakDoc?.id, uitkomst: "verstrekken" },
        { documentId: brief?.id, uitkomst: "verstrekken" },
        {
          documentId: notitie?.id,
          uitkomst: "weigeren",
          grond: "privacy-derden",
          toelichting: "Bevat de mening van de buurman over de inwoner.",
        },
      ],
    });
    expect(res.statusCode).toBe(201);
    const inzage = res.json();
    expect(inzage.samenvatting.verstrekt.map((v: { titel: string }) => v.titel)).toEqual([
      `Gegevens van zaak ${zaak.zaaknummer}`,
      "Beschikking Wmo",
    ]);
    expect(inzage.samenvatting.geweigerd).toEqual([
      expect.objectContaining({
        documentId: notitie?.id,
        grond: "privacy-derden",
        grondLabel: expect.stringContaining("AVG artikel 15 lid 4"),
        toelichting: "Bevat de mening van de buurman over de inwoner.",
      }),
    ]);
    expect(inzage.inhoud.documenten).toHaveLength(2);
    expect(JSON.stringify(inzage.inhoud)).not.toContain("Buurman zegt");

    const beslissingen = await rijen<{ document_sleutel: string; uitkomst: string; grond: string | null }>(
      sql`select document_sleutel, uitkomst, grond from inzage_beslissingen where inzage_id = ${inzage.id} order by document_sleutel`,
    );
    expect(beslissingen).toEqual([
      { document_sleutel: brief?.id, uitkomst: "verstrekt", grond: null },
      { document_sleutel: notitie?.id, uitkomst: "geweigerd", grond: "privacy-derden" },
      { document_sleutel: zaakDoc?.id, uitkomst: "verstrekt", grond: null },
    ]);
    const audit = await rijen<{ actie: string; resource: string; reden: string; gebruikersnaam: string }>(
      sql`select actie, resource, reden, gebruikersnaam from audit_log
          where persoon_id = ${persoonId} and resource in ('inzage-beslissing', 'inzage') and actie <> 'lezen' order by id`,
    );
    expect(audit.map((a) => `${a.gebruikersnaam} ${a.actie} ${a.resource}`)).toEqual([
      "teamleider aanmaken inzage-beslissing",
      "teamleider aanmaken inzage-beslissing",
      "teamleider aanmaken inzage-beslissing",
      "teamleider exporteren inzage",
    ]);
    expect(audit[2]?.reden).toBe(
      `inzage ${inzage.id}: ${notitie?.id} niet verstrekt (grond: privacy-derden)`,
    );
    expect(JSON.stringify(audit)).not.toContain("buurman");

    const pdf = await verzoek("teamleider", "GET", `/api/inzage/${inzage.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect((await verzoek("wmo", "GET", `/api/inzage/${inzage.id}/pdf`)).statusCode).toBe(403);
  });
});
