/**
 * Need-to-know for the partner (issue 16; policy rule 4a): a buurtteam medewerker finds and opens only the residents
 * they work with — a zaak on their name, or an open zaak in the buurtteam werkvoorraad, which they may open (rule 5) —
 * and still registers a new resident. A gemeente medewerker's access is unchanged. Whether aanmeldingen go to the
 * buurtteam first is the gemeente's setting (the Assen model), kept by the beheerder.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { genereerTestBsn } from "../../domain/persoon/bsn";
import { plusDagen } from "../../domain/termijnen/kalender";
import { vandaag } from "../../lib/klok";
import { alsMedewerker, login, startTestVoordeur, type TestVoordeur } from "../../test/app";

let t: TestVoordeur;
const sessies: Record<string, string> = {};
const verzoek = alsMedewerker(() => t.app, sessies);
const ACHTERNAAM = "Wijkbewoner";
let piet: string;
let klaas: string;
let zaakKlaas: string;
let zaakPiet: string;

async function persoon(voornamen: string, n: number, wie = "iag") {
  const res = await verzoek(wie, "POST", "/api/personen", {
    bsn: genereerTestBsn(n),
    voornamen,
    geslachtsnaam: ACHTERNAAM,
    geboortedatum: "1966-04-02",
    adres: { huisnummer: n % 100, postcode: "9331 AB", woonplaats: "Norg" },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function zaak(persoonId: string) {
  const res = await verzoek("iag", "POST", "/api/zaken", {
    zaaktype: "wmo",
    meldingsdatum: plusDagen(vandaag(), -2),
    kanaal: "telefoon",
    omschrijving: "Eenzaam sinds de verhuizing",
    personen: [{ persoonId, rol: "hoofdpersoon" }],
    veiligheid: "veilig",
    leefgebieden: ["sociaal-netwerk"],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; versie: number };
}

beforeAll(async () => {
  t = await startTestVoordeur();
  for (const naam of ["iag", "teamleider", "buurtteam", "beheerder"])
    sessies[naam] = await login(t.app, naam);
  piet = await persoon("Piet", 7_200_001);
  klaas = await persoon("Klaas", 7_200_002);
  zaakPiet = (await zaak(piet)).id;
  const z = await zaak(klaas);
  zaakKlaas = z.id;
  const over = await verzoek(
    "teamleider",
    "POST",
    `/api/zaken/${z.id}/overdracht`,
    {
      naarWerkvoorraad: "buurtteam",
      reden: "Eerst het voorliggend veld: het buurtteam kent de activiteiten",
    },
    z.versie,
  );
  expect(over.statusCode, over.body).toBe(200);
});

afterAll(async () => {
  await t.sluit();
});

const gevonden = async (wie: string, zoek: string) =>
  (await verzoek(wie, "GET", `/api/personen?zoek=${encodeURIComponent(zoek)}`))
    .json()
    .items.map((p: { naam: string }) => p.naam.split(" ")[0]);

describe("buurtteam: need-to-know (regel 4a)", () => {
  it("zoeken vindt alleen de eigen inwoners; de gemeente vindt iedereen", async () => {
    expect(await gevonden("buurtteam", ACHTERNAAM)).toEqual(["Klaas"]);
    expect(await gevonden("buurtteam", `Piet ${ACHTERNAAM}`)).toEqual([]);
    expect(await gevonden("iag", ACHTERNAAM)).toEqual(["Klaas", "Piet"]);
    // Also by BSN and by postcode + huisnummer: Piet stays out of reach.
    expect(await gevonden("buurtteam", genereerTestBsn(7_200_001))).toEqual([]);
    expect(await gevonden("iag", genereerTestBsn(7_200_001))).toEqual(["Piet"]);
  });

  it("het dossier, het IAG-scherm en wijzigen alleen bij een eigen inwoner", async () => {
    expect((await verzoek("buurtteam", "GET", `/api/personen/${klaas}`)).statusCode).toBe(200);
    const pietDossier = await verzoek("buurtteam", "GET", `/api/personen/${piet}`);
    expect(pietDossier.statusCode).toBe(403);
    expect(pietDossier.json().detail).toMatch(/alleen inwoners met wie het werkt/);
    expect((await verzoek("buurtteam", "GET", `/api/aanmelden/personen/${piet}`)).statusCode).toBe(403);
    expect((await verzoek("buurtteam", "GET", `/api/aanmelden/personen/${klaas}`)).statusCode).toBe(200);
    const { versie } = (await verzoek("iag", "GET", `/api/personen/${piet}`)).json();
    expect(
      (await verzoek("buurtteam", "PATCH", `/api/personen/${piet}`, { telefoon: "0592 123456" }, versie))
        .statusCode,
    ).toBe(403);
    expect(
      (await verzoek("buurtteam", "POST", `/api/personen/${piet}/bsn`, { reden: "nieuwsgierig" })).statusCode,
    ).toBe(403);
    expect((await verzoek("iag", "GET", `/api/personen/${piet}`)).json().telefoon).toBeNull();
  });

  it("de zaak in de werkvoorraad van het buurtteam is te openen; een nieuwe inwoner registreren kan", async () => {
    expect((await verzoek("buurtteam", "GET", `/api/zaken/${zaakKlaas}`)).statusCode).toBe(200);
    const nieuw = await persoon("Anke", 7_200_003, "buurtteam");
    expect((await verzoek("iag", "GET", `/api/personen/${nieuw}`)).statusCode).toBe(200);
  });
});

describe("routeringsmodel: een instelling van de gemeente (het Assen-model)", () => {
  const voorstel = async () =>
    (
      await verzoek("iag", "POST", "/api/aanmelden/routering", {
        triage: {
          veiligheidssignalen: false,
          veiligheid: "veilig",
          leefgebieden: ["sociaal-netwerk"],
          wetDomein: "wmo",
        },
      })
    ).json().voorstel.werkvoorraad;

  it("de beheerder zet het aan; daarna gaat een Wmo-vraag eerst naar het buurtteam", async () => {
    expect((await verzoek("teamleider", "GET", "/api/beheer/routeringsmodel")).json()).toEqual({
      voorliggendVeldEerst: false,
    });
    expect(await voorstel()).toBe("wmo");
    expect(
      (await verzoek("iag", "PUT", "/api/beheer/routeringsmodel", { voorliggendVeldEerst: true })).statusCode,
    ).toBe(403);
    expect(
      (await verzoek("beheerder", "PUT", "/api/beheer/routeringsmodel", { voorliggendVeldEerst: "ja" }))
        .statusCode,
    ).toBe(400);
    const aan = await verzoek("beheerder", "PUT", "/api/beheer/routeringsmodel", {
      voorliggendVeldEerst: true,
    });
    expect(aan.statusCode, aan.body).toBe(200);
    expect(await voorstel()).toBe("buurtteam");
    await verzoek("beheerder", "PUT", "/api/beheer/routeringsmodel", { voorliggendVeldEerst: false });
    expect(await voorstel()).toBe("wmo");
  });
});

describe("intake met het buurtteam vanuit het aanmeldscherm (regel 13a)", () => {
  it("het aanmeldteam ziet de vrije uren van het buurtteam en boekt de eerste afspraak, één keer", async () => {
    expect((await verzoek("iag", "GET", `/api/aanmelden/zaken/${zaakPiet}/intake-tijden`)).statusCode).toBe(
      403,
    );
    expect(
      (await verzoek("buurtteam", "GET", `/api/aanmelden/zaken/${zaakKlaas}/intake-tijden`)).statusCode,
    ).toBe(403);
    const tijden = await verzoek("iag", "GET", `/api/aanmelden/zaken/${zaakKlaas}/intake-tijden`);
    expect(tijden.statusCode, tijden.body).toBe(200);
    const [bram] = tijden.json().items;
    expect(bram).toMatchObject({ naam: "Bram Uiterwijk", tijden: expect.any(Array) });
    const [eerste] = bram.tijden;
    expect(eerste.locatie).toMatch(/Buurtteamruimte/);
    const boek = (body: object) =>
      verzoek("iag", "POST", `/api/aanmelden/zaken/${zaakKlaas}/intake-afspraak`, body);
    const { datum, begintijd, locatieId } = eerste;
    expect((await boek({ medewerkerId: piet, locatieId, datum, begintijd })).statusCode).toBe(400);
    const geboekt = await boek({ medewerkerId: bram.medewerkerId, locatieId, datum, begintijd });
    expect(geboekt.statusCode, geboekt.body).toBe(201);
    // The buurtteam sees it on the zaak; a second intake from the IAG screen is refused.
    const afspraken = (await verzoek("buurtteam", "GET", `/api/zaken/${zaakKlaas}/afspraken`)).json().items;
    expect(afspraken).toEqual([
      expect.objectContaining({ datum, begintijd, onderwerp: "Kennismaking met het buurtteam" }),
    ]);
    expect((await boek({ medewerkerId: bram.medewerkerId, locatieId, datum, begintijd })).statusCode).toBe(
      403,
    );
  });
});
