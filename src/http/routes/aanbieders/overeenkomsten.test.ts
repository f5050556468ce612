import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { magToewijzen } from "../../../aanbieders/leverbaarheid";
import { alsSysteem, inGemeente } from "../../../db/tenant";
import { plusDagen } from "../../../domain/termijnen/kalender";
import { vandaag } from "../../../lib/klok";
import { alsMedewerker, login, startTestVoordeur, type TestVoordeur } from "../../../test/app";

let t: TestVoordeur;
const sessies: Record<string, string> = {};
const NOORDENVELD = { gemeenteCode: "1699", samenwerkingsverbandCode: "NMD" };

beforeAll(async () => {
  t = await startTestVoordeur();
  for (const naam of ["wmo", "teamleider", "assen-iag"]) sessies[naam] = await login(t.app, naam);
  // Catalogue products this test relies on (the resultatenplan area seeds the real catalogue).
  await alsSysteem(t.database.db, (tx) =>
    tx.execute(sql`insert into producten (samenwerkingsverband_code, wet, categorie, code, omschrijving, interventieniveau, geldig_vanaf)
      values ('NMD', 'jeugd', '45', '45A33', 'I4G Begeleiding gezondheid', 4, '2020-01-01'),
             ('NMD', 'wmo', '07', '07A01', 'Dagbesteding naar onderwijs 1-4 dagdelen', 7, '2020-01-01')
      on conflict do nothing`),
  );
});
afterAll(() => t.sluit());

const verzoek = alsMedewerker(() => t.app, sessies);

/** A Wmo zaak with a new resident as hoofdpersoon, made by `wie`. */
async function nieuweZaak(wie: string, bsn: string): Promise<{ zaakId: string; persoonId: string }> {
  const persoon = await verzoek(wie, "POST", "/api/personen", {
    bsn,
    voornamen: "Jan",
    geslachtsnaam: "Zwiers",
    geboortedatum: "1950-05-05",
    adres: { huisnummer: 5, postcode: "9331 AB", woonplaats: "Norg" },
  });
  expect(persoon.statusCode).toBe(201);
  const zaak = await verzoek(wie, "POST", "/api/zaken", {
    zaaktype: "wmo",
    meldingsdatum: plusDagen(vandaag(), -5),
    kanaal: "telefoon",
    omschrijving: "Dagbesteding",
    personen: [{ persoonId: persoon.json().id, rol: "hoofdpersoon" }],
    veiligheid: "veilig",
    leefgebieden: ["huishouden"],
  });
  expect(zaak.statusCode).toBe(201);
  return { zaakId: zaak.json().id, persoonId: persoon.json().id };
}

const aanbiederId = async (agb: string) =>
  (await verzoek("wmo", "GET", `/api/aanbieders?zoek=${agb}`)).json().items[0].id as string;

const aanvraag = (over: Record<string, unknown>) => ({
  wet: "wmo",
  productCategorie: "07",
  productCode: "07A01",
  ingangsdatum: "2026-09-01",
  einddatum: "2026-12-31",
  tarief: 5500,
  waaromGeenZin: "Geen gecontracteerde dagbesteding binnen reisafstand van Norg.",
  waaromGeenPgb: "Meneer kan een pgb niet zelf beheren en heeft geen netwerk dat dat kan.",
  ...over,
});

const opZaak = async (zaakId: string) =>
  (await verzoek("wmo", "GET", `/api/zaken/${zaakId}/individuele-overeenkomsten`)).json() as {
    id: string;
    status: string;
  }[];

describe("individuele overeenkomsten", () => {
  let zaakId: string;
  let persoonId: string;
  let stichting: string;

  beforeAll(async () => {
    ({ zaakId, persoonId } = await nieuweZaak("wmo", "999990020"));
    stichting = await aanbiederId("65656055");
  });

  it.each([
    ["zonder uitleg waarom geen pgb", { waaromGeenPgb: " " }, "waaromGeenPgb"],
    ["zonder uitleg waarom geen ZIN", { waaromGeenZin: "" }, "waaromGeenZin"],
    ["einde voor begin", { einddatum: "2026-08-31" }, "einddatum"],
    ["product niet in de catalogus", { productCode: "07Z99" }, "productCode"],
    ["productcode van een andere categorie", { productCode: "45A33" }, "productCode"],
    ["onbekende aanbieder", { aanbiederId: "00000000-0000-4000-8000-000000000000" }, "aanbiederId"],
  ])("aanvraag %s → 400 met het veld, niets opgeslagen", async (_naam, over, veld) => {
    const res = await verzoek(
      "wmo",
      "POST",
      "/api/individuele-overeenkomsten",
      aanvraag({ aanbiederId: stichting, zaakId, ...over }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { veld: string }) => e.veld)).toContain(veld);
    expect(await opZaak(zaakId)).toEqual([]);
  });

  it("een gecontracteerde aanbieder voor het product → 422 (geen IO nodig), niets opgeslagen", async () => {
    // Zorggroep Drentse Aa has a contract for the whole Jeugdwet category 45 in every NMD gemeente.
    const res = await verzoek(
      "wmo",
      "POST",
      "/api/individuele-overeenkomsten",
      aanvraag({
        aanbiederId: await aanbiederId("42420001"),
        zaakId,
        wet: "jeugd",
        productCategorie: "45",
        productCode: "45A33",
      }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain("een individuele overeenkomst is niet nodig");
    expect(await opZaak(zaakId)).toEqual([]);
  });

  it("de consulent vraagt aan, alleen de teamleider keurt goed met motivering; daarna mag de toewijzing", async () => {
    const vraag = {
      aanbiederAgb: "65656055",
      gemeenteCode: "1699",
      wet: "wmo" as const,
      productCategorie: "07",
      productCode: "07A01",
      ingangsdatum: "2026-09-01",
      einddatum: "2026-12-31",
      zaakId,
    };
    const voor = await inGemeente(t.database.db, NOORDENVELD, (tx) => magToewijzen(tx, vraag));
    expect(voor).toMatchObject({ toegestaan: false, regel: "geen-contract" });

    const res = await verzoek(
      "wmo",
      "POST",
      "/api/individuele-overeenkomsten",
      aanvraag({ aanbiederId: stichting, zaakId }),
    );
    expect(res.statusCode).toBe(201);
    const io = res.json();
    expect(io).toMatchObject({
      status: "aangevraagd",
      zaakId,
      aanbieder: { agbCode: "65656055" },
      aangevraagdDoor: expect.any(String),
      beoordeeldDoor: null,
    });
    expect(io.motivering).toContain("Geen gecontracteerde dagbesteding binnen reisafstand");
    expect(io.motivering).toContain("pgb niet zelf beheren");

    // The same request again while it is open → 422, nothing stored.
    const dubbel = await verzoek(
      "wmo",
      "POST",
      "/api/individuele-overeenkomsten",
      aanvraag({ aanbiederId: stichting, zaakId, ingangsdatum: "2026-12-01", einddatum: null }),
    );
    expect(dubbel.statusCode).toBe(422);
    expect(await opZaak(zaakId)).toHaveLength(1);

    // The teamleider's queue (paginated); a consulent may not read it.
    expect((await verzoek("wmo", "GET", "/api/individuele-overeenkomsten")).statusCode).toBe(403);
    const wachtrij = (
      await verzoek("teamleider", "GET", "/api/individuele-overeenkomsten?perPagina=200")
    ).json();
    expect(wachtrij).toMatchObject({ pagina: 1, perPagina: 200 });
    expect(wachtrij.items).toContainEqual(expect.objectContaining({ id: io.id, zaaknummer: io.zaaknummer }));

    const beoordeling = `/api/individuele-overeenkomsten/${io.id}/beoordeling`;
    const akkoord = { besluit: "goedgekeurd", toelichting: "Akkoord: geen passend contract in de buurt." };
    expect((await verzoek("wmo", "POST", beoordeling, akkoord, 1)).statusCode).toBe(403);
    for (const besluit of ["goedgekeurd", "afgewezen"]) {
      const zonder = await verzoek("teamleider", "POST", beoordeling, { besluit, toelichting: "  " }, 1);
      expect(zonder.statusCode).toBe(400);
      expect(zonder.json().errors[0].veld).toBe("toelichting");
    }
    expect((await verzoek("teamleider", "POST", beoordeling, akkoord)).statusCode).toBe(428);
    expect((await verzoek("teamleider", "POST", beoordeling, akkoord, 7)).statusCode).toBe(409);
    const goed = await verzoek("teamleider", "POST", beoordeling, akkoord, 1);
    expect(goed.statusCode).toBe(200);
    expect(goed.json()).toMatchObject({
      status: "goedgekeurd",
      beoordelingToelichting: akkoord.toelichting,
      beoordeeldDoor: expect.any(String),
      versie: 2,
    });
    const nogmaals = await verzoek(
      "teamleider",
      "POST",
      beoordeling,
      { ...akkoord, besluit: "afgewezen" },
      2,
    );
    expect(nogmaals.statusCode).toBe(422);
    expect(
      (await verzoek("teamleider", "GET", "/api/individuele-overeenkomsten?perPagina=200"))
        .json()
        .items.map((i: { id: string }) => i.id),
    ).not.toContain(io.id);
    const goedgekeurd = (
      await verzoek("teamleider", "GET", "/api/individuele-overeenkomsten?status=goedgekeurd")
    ).json();
    expect(goedgekeurd.items.map((i: { id: string }) => i.id)).toContain(io.id);

    const na = await inGemeente(t.database.db, NOORDENVELD, (tx) =>
      Promise.all([
        magToewijzen(tx, vraag),
        magToewijzen(tx, { ...vraag, zaakId: "00000000-0000-4000-8000-000000000000" }),
      ]),
    );
    expect(na[0]).toMatchObject({ toegestaan: true, grond: "individuele-overeenkomst" });
    expect(na[1]).toMatchObject({ toegestaan: false });
    expect(await opZaak(zaakId)).toEqual([expect.objectContaining({ id: io.id, status: "goedgekeurd" })]);

    // Reading and changing are in the audit trail of the resident.
    const audit = (await verzoek("teamleider", "GET", `/api/audit?persoonId=${persoonId}`)).json().items as {
      actie: string;
      resource: string;
    }[];
    const io_ = audit.filter((a) => a.resource === "individuele-overeenkomst").map((a) => a.actie);
    expect(io_).toEqual(expect.arrayContaining(["aanmaken", "lezen", "wijzigen"]));
  });

  it("een teamleider beoordeelt niet zijn eigen aanvraag (vier ogen)", async () => {
    const eigen = await nieuweZaak("teamleider", "999990032");
    const res = await verzoek(
      "teamleider",
      "POST",
      "/api/individuele-overeenkomsten",
      aanvraag({ aanbiederId: stichting, zaakId: eigen.zaakId }),
    );
    expect(res.statusCode).toBe(201);
    const besluit = await verzoek(
      "teamleider",
      "POST",
      `/api/individuele-overeenkomsten/${res.json().id}/beoordeling`,
      { besluit: "goedgekeurd", toelichting: "Akkoord" },
      1,
    );
    expect(besluit.statusCode).toBe(422);
    expect(besluit.json().detail).toContain("zelf aangevraagd");
  });

  it("een andere gemeente ziet de overeenkomsten van de zaak niet", async () => {
    const res = await verzoek("assen-iag", "GET", `/api/zaken/${zaakId}/individuele-overeenkomsten`);
    expect(res.statusCode).toBe(404);
    const poging = await verzoek(
      "assen-iag",
      "POST",
      "/api/individuele-overeenkomsten",
      aanvraag({ aanbiederId: stichting, zaakId, ingangsdatum: "2027-01-01", einddatum: null }),
    );
    expect(poging.statusCode).toBe(404);
    expect(await opZaak(zaakId)).toHaveLength(1);
  });
});
