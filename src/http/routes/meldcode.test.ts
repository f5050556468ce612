/**
 * The Meldcode through the API (issue 14): started from a zaak, the five steps in order, the afwegingskader bound
 * to its outcome, closing refused without the required Veilig Thuis melding, content only per policy rule 18
 * (another medewerker on the zaak sees only "Meldcode loopt"), every read and change audited without content.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plusDagen } from "../../domain/termijnen/kalender";
import { vandaag } from "../../lib/klok";
import {
  alsMedewerker,
  login,
  maakMedewerkerMetToegang,
  rijenUit,
  startTestVoordeur,
  type TestVoordeur,
} from "../../test/app";
import { opgepakteWmoZaak } from "../../test/wmo-plan";

let t: TestVoordeur;
const sessies: Record<string, string> = {};
const WACHTWOORD = "Meldcode-collega-2026";

const verzoek = alsMedewerker(() => t.app, sessies);

const rijen = <T>(query: ReturnType<typeof sql>) => rijenUit<T>(t, query);

let zaak: { id: string; zaaknummer: string; versie: number };
beforeAll(async () => {
  t = await startTestVoordeur();
  for (const naam of ["iag", "wmo", "jeugd", "veilig", "regie", "teamleider", "beheerder", "assen-iag"])
    sessies[naam] = await login(t.app, naam);
  await maakMedewerkerMetToegang(
    t.app,
    { beheerder: sessies.beheerder ?? "", teamleider: sessies.teamleider ?? "" },
    {
      gebruikersnaam: "wmo.collega",
      naam: "Carla Collega",
      rollen: ["toegangsmedewerker"],
      vakgroepen: ["wmo"],
      wachtwoord: WACHTWOORD,
    },
  );
  sessies["wmo.collega"] = await login(t.app, "wmo.collega", WACHTWOORD);
  const persoon = await verzoek("iag", "POST", "/api/personen", {
    bsn: "999990032",
    voornamen: "Greetje",
    geslachtsnaam: "Meldstra",
    geboortedatum: "1981-05-02",
    adres: { huisnummer: 7, postcode: "9331 AB", woonplaats: "Norg" },
  });
  expect(persoon.statusCode, persoon.body).toBe(201);
  zaak = await opgepakteWmoZaak(verzoek, persoon.json().id);
});
afterAll(() => t.sluit());

const GISTEREN = plusDagen(vandaag(), -1);
const antwoorden = (reeks: string) =>
  [...reeks].map((c, i) => ({ vraag: i + 1, antwoord: c === "J", motivering: `Omdat ${i + 1}` }));

describe("Meldcode huiselijk geweld en kindermishandeling", () => {
  let id: string;
  let versie: number;
  const stap = (payload: object, v = versie, wie = "wmo") =>
    verzoek(wie, "POST", `/api/meldcodes/${id}/stappen`, payload, v);
  const gelukt = async (payload: object) => {
    const res = await stap(payload);
    expect(res.statusCode, res.body).toBe(200);
    versie = res.json().versie;
    return res.json();
  };

  it("start vanaf de zaak (If-Match), één tegelijk", async () => {
    const leeg = (await verzoek("wmo", "GET", `/api/zaken/${zaak.id}/meldcodes`)).json();
    expect(leeg).toEqual({ meldcodes: [], kanStarten: { mogelijk: true, reden: null } });
    expect((await verzoek("wmo", "POST", `/api/zaken/${zaak.id}/meldcodes`)).statusCode).toBe(428);
    const start = await verzoek("wmo", "POST", `/api/zaken/${zaak.id}/meldcodes`, undefined, zaak.versie);
    expect(start.statusCode, start.body).toBe(201);
    const m = start.json();
    expect(m).toMatchObject({
      status: "loopt",
      inhoud: { auteur: "Willem Molenaar", volgendeStap: "signalen" },
    });
    ({ id, versie } = m);
    const zaakNu = (await verzoek("wmo", "GET", `/api/zaken/${zaak.id}`)).json();
    const tweede = await verzoek("wmo", "POST", `/api/zaken/${zaak.id}/meldcodes`, undefined, zaakNu.versie);
    expect(tweede.statusCode).toBe(409);
    expect(zaakNu.historie.map((h: { soort: string }) => h.soort)).toContain("meldcode-gestart");
  });

  it("beleid: een collega op de zaak ziet alleen dat er een Meldcode loopt; Veilig Opgroeien de inhoud", async () => {
    const collega = (await verzoek("wmo.collega", "GET", `/api/zaken/${zaak.id}/meldcodes`)).json();
    expect(collega.meldcodes).toEqual([expect.objectContaining({ id, status: "loopt", inhoud: null })]);
    expect(collega.kanStarten).toMatchObject({ mogelijk: false });
    expect((await verzoek("wmo.collega", "GET", `/api/meldcodes/${id}`)).statusCode).toBe(403);
    expect((await stap({ stap: "signalen", signalen: [] }, versie, "wmo.collega")).statusCode).toBe(403);
    // Veilig Opgroeien cannot read this Wmo zaak, but does see the Meldcode's content.
    expect((await verzoek("veilig", "GET", `/api/zaken/${zaak.id}`)).statusCode).toBe(403);
    const veilig = await verzoek("veilig", "GET", `/api/meldcodes/${id}`);
    expect(veilig.statusCode).toBe(200);
    expect(veilig.json().inhoud).not.toBeNull();
    expect(
      (await verzoek("veilig", "GET", `/api/zaken/${zaak.id}/meldcodes`)).json().meldcodes[0].inhoud,
    ).not.toBeNull();
    // Another vakgroep without access to the zaak sees nothing at all.
    expect((await verzoek("jeugd", "GET", `/api/zaken/${zaak.id}/meldcodes`)).statusCode).toBe(404);
    expect((await verzoek("jeugd", "GET", `/api/meldcodes/${id}`)).statusCode).toBe(403);
    // Another gemeente: row-level security hides it altogether.
    expect((await verzoek("assen-iag", "GET", `/api/meldcodes/${id}`)).statusCode).toBe(404);
  });

  it("de stappen in volgorde, met veldfouten, tot een weigering om af te sluiten zonder melding", async () => {
    const teVroeg = await stap({ stap: "overleg", overleg: [] });
    expect(teVroeg.statusCode).toBe(422);
    expect(teVroeg.json().regel).toBe("stappen-in-volgorde");

    const zonderBron = await stap({
      stap: "signalen",
      signalen: [
        { soort: "standpunt-ander", datum: GISTEREN, bron: "", omschrijving: "De juf zegt: ze eet niet" },
      ],
    });
    expect(zonderBron.statusCode).toBe(400);
    expect(zonderBron.json().errors.map((e: { veld: string }) => e.veld)).toEqual([
      "signalen.0.bron",
      "signalen.0.wie",
    ]);
    expect((await stap({ stap: "signalen", signalen: [] }, versie + 5)).statusCode).toBe(409);

    await gelukt({
      stap: "signalen",
      signalen: [
        {
          soort: "waarneming",
          datum: GISTEREN,
          bron: "huisbezoek",
          omschrijving: "Meisje onverzorgd, kleren te klein",
        },
        {
          soort: "standpunt-ander",
          datum: GISTEREN,
          bron: "school",
          wie: "de juf",
          omschrijving: "Zij zegt dat het meisje honger heeft",
        },
      ],
    });
    await gelukt({
      stap: "overleg",
      overleg: [
        {
          met: "casemanager-veiligheid",
          naam: "Vera Lubbers",
          datum: GISTEREN,
          advies: "Bespreek het met de ouders",
        },
      ],
    });
    await gelukt({
      stap: "gesprek",
      gevoerd: true,
      datum: GISTEREN,
      metWie: "beide ouders",
      verslag: "Ouders staan nergens voor open",
    });

    const overgeslagen = await stap({
      stap: "afweging",
      afweging: [antwoorden("J")[0], { vraag: 3, antwoord: true, motivering: "x" }],
    });
    expect(overgeslagen.statusCode).toBe(422);
    expect(overgeslagen.json().regel).toBe("afwegingskader-volgorde");
    const halverwege = await gelukt({ stap: "afweging", afweging: antwoorden("JNJ") });
    expect(halverwege.inhoud.uitkomst).toMatchObject({ soort: "onvolledig", volgendeVraag: 4 });
    const af = await gelukt({ stap: "afweging", afweging: antwoorden("JNJN") });
    expect(af.inhoud).toMatchObject({ uitkomst: { soort: "melden" }, meldingVereist: { vereist: true } });

    const nietMelden = await stap({
      stap: "beslissingen",
      meldingNodig: false,
      meldingMotivering: "Liever zelf",
      hulpMogelijk: false,
      hulpMotivering: "Ouders weigeren",
    });
    expect(nietMelden.statusCode).toBe(422);
    expect(nietMelden.json().regel).toBe("uitkomst-afwegingskader-bindend");
    await gelukt({
      stap: "beslissingen",
      meldingNodig: true,
      meldingMotivering: "Ouders aanvaarden de hulp niet",
      hulpMogelijk: false,
      hulpMotivering: "Ouders weigeren",
    });

    const afsluiten = await verzoek(
      "wmo",
      "POST",
      `/api/meldcodes/${id}/afsluiting`,
      { toelichting: "Klaar" },
      versie,
    );
    expect(afsluiten.statusCode).toBe(422);
    expect(afsluiten.json()).toMatchObject({ regel: "melding-veilig-thuis-vereist" });
    expect(afsluiten.json().detail).toMatch(/Veilig Thuis/);
    expect((await verzoek("wmo", "GET", `/api/meldcodes/${id}`)).json()).toMatchObject({
      status: "loopt",
      versie,
    });
  });

  it("de melding bij Veilig Thuis; afsluiten wacht op de brief aan de ouders", async () => {
    const melden = (payload: object, v = versie) =>
      verzoek("wmo", "POST", `/api/meldcodes/${id}/melding`, payload, v);
    const basis = { datum: GISTEREN, contactpersoon: "P. de Vries", inhoud: "Verwaarlozing" };
    const zonderOuders = await melden(basis);
    expect(zonderOuders.statusCode).toBe(400);
    expect(zonderOuders.json().errors[0].veld).toBe("oudersInformeren");
    const zonderReden = await melden({ ...basis, oudersInformeren: "niet", oudersRedenNiet: " " });
    expect(zonderReden.statusCode).toBe(400);
    expect(zonderReden.json().errors.map((e: { veld: string }) => e.veld)).toEqual(["oudersRedenNiet"]);
    const melding = await melden({ ...basis, oudersInformeren: "per-brief" });
    expect(melding.statusCode, melding.body).toBe(200);
    versie = melding.json().versie;
    expect(melding.json().inhoud.melding).toMatchObject({
      contactpersoon: "P. de Vries",
      oudersBriefVolgt: true,
      oudersGeinformeerdOp: null,
    });
    const afsluiten = await verzoek(
      "wmo",
      "POST",
      `/api/meldcodes/${id}/afsluiting`,
      { toelichting: "Gemeld; casemanager volgt" },
      versie,
    );
    expect(afsluiten.statusCode).toBe(422);
    expect(afsluiten.json()).toMatchObject({ regel: "ouders-schriftelijk-geinformeerd" });
    expect(afsluiten.json().detail).toMatch(/schriftelijk/);
  });

  it("de brief aan de ouders: voorbeeld, versturen naar de Documenten van de zaak, daarna afsluiten", async () => {
    const documenten = async () =>
      (await verzoek("wmo", "GET", `/api/zaken/${zaak.id}/documenten`)).json() as {
        id: string;
        titel: string;
      }[];
    const voor = (await documenten()).length;
    const pad = `/api/meldcodes/${id}/kennisgeving`;
    const REDEN = "Wij maken ons zorgen over de verzorging en de hulp komt niet op gang";

    const zonderReden = await verzoek("wmo", "POST", `${pad}/voorbeeld`, { reden: "" });
    expect(zonderReden.statusCode).toBe(400);
    expect(zonderReden.json().errors[0].veld).toBe("reden");
    expect((await verzoek("wmo.collega", "POST", `${pad}/voorbeeld`, { reden: REDEN })).statusCode).toBe(403);
    const voorbeeld = await verzoek("wmo", "POST", `${pad}/voorbeeld`, { reden: REDEN });
    expect(voorbeeld.statusCode, voorbeeld.body).toBe(200);
    expect(voorbeeld.headers["content-type"]).toBe("application/pdf");
    // Greetje is an adult: the letter goes to herself.
    expect(voorbeeld.headers["x-voordeur-brieven"]).toBe("1");
    expect(voorbeeld.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect((await verzoek("wmo", "POST", `${pad}/voorbeeld?brief=2`, { reden: REDEN })).statusCode).toBe(400);
    expect(await documenten()).toHaveLength(voor);

    expect((await verzoek("wmo", "POST", pad, { reden: REDEN })).statusCode).toBe(428);
    expect((await verzoek("wmo", "POST", pad, { reden: REDEN }, versie + 3)).statusCode).toBe(409);
    expect((await verzoek("wmo", "POST", pad, { reden: "  " }, versie)).statusCode).toBe(400);
    expect((await verzoek("wmo", "GET", `/api/meldcodes/${id}`)).json().versie).toBe(versie);
    expect(await documenten()).toHaveLength(voor);

    const verstuurd = await verzoek("wmo", "POST", pad, { reden: REDEN }, versie);
    expect(verstuurd.statusCode, verstuurd.body).toBe(200);
    versie = verstuurd.json().versie;
    const { melding } = verstuurd.json().inhoud;
    expect(melding).toMatchObject({ oudersBriefVolgt: false, oudersGeinformeerdOp: vandaag() });
    expect(melding.kennisgevingDocumentIds).toHaveLength(1);
    const na = await documenten();
    expect(na).toHaveLength(voor + 1);
    expect(na).toContainEqual(
      expect.objectContaining({
        id: melding.kennisgevingDocumentIds[0],
        titel: `Kennisgeving melding Veilig Thuis ${zaak.zaaknummer}`,
      }),
    );
    const nogmaals = await verzoek("wmo", "POST", pad, { reden: REDEN }, versie);
    expect(nogmaals.statusCode).toBe(422);
    expect(nogmaals.json().regel).toBe("kennisgeving-na-melding");

    const af = await verzoek(
      "wmo",
      "POST",
      `/api/meldcodes/${id}/afsluiting`,
      { toelichting: "Gemeld; casemanager volgt" },
      versie,
    );
    expect(af.statusCode, af.body).toBe(200);
    expect(af.json()).toMatchObject({ status: "afgesloten", inhoud: { afgeslotenDoor: "Willem Molenaar" } });
    const opZaak = (await verzoek("wmo", "GET", `/api/zaken/${zaak.id}/meldcodes`)).json();
    expect(opZaak.kanStarten.mogelijk).toBe(true);
    const historie = (await verzoek("wmo", "GET", `/api/zaken/${zaak.id}`)).json().historie;
    expect(historie.map((h: { soort: string }) => h.soort)).toContain("kennisgeving-veilig-thuis");
  });

  it("de IAG start de Meldcode op een gerouteerde zaak die zij niet mag inzien, met de versie van het IAG-scherm", async () => {
    const persoon = await verzoek("iag", "POST", "/api/personen", {
      bsn: "999990044",
      voornamen: "Hendrika",
      geslachtsnaam: "Signaal",
      geboortedatum: "1975-03-04",
      adres: { huisnummer: 9, postcode: "9331 AB", woonplaats: "Norg" },
    });
    expect(persoon.statusCode, persoon.body).toBe(201);
    const andere = await opgepakteWmoZaak(verzoek, persoon.json().id);
    expect((await verzoek("iag", "GET", `/api/zaken/${andere.id}`)).statusCode).not.toBe(200);
    const scherm = (await verzoek("iag", "GET", `/api/aanmelden/personen/${persoon.json().id}`)).json();
    const kop = scherm.zaken.find((z: { id: string }) => z.id === andere.id);
    expect(kop.versie).toBe(andere.versie);

    const oud = await verzoek("iag", "POST", `/api/zaken/${andere.id}/meldcodes`, undefined, kop.versie - 1);
    expect(oud.statusCode).toBe(409);
    const jeugd = await verzoek("jeugd", "POST", `/api/zaken/${andere.id}/meldcodes`, undefined, kop.versie);
    expect(jeugd.statusCode).toBe(403);
    const start = await verzoek("iag", "POST", `/api/zaken/${andere.id}/meldcodes`, undefined, kop.versie);
    expect(start.statusCode, start.body).toBe(201);
    // As its author the IAG reads it; the behandelaar sees that it runs.
    expect((await verzoek("iag", "GET", `/api/meldcodes/${start.json().id}`)).json().inhoud).not.toBeNull();
    const opZaak = (await verzoek("wmo", "GET", `/api/zaken/${andere.id}/meldcodes`)).json();
    expect(opZaak.meldcodes).toHaveLength(1);
  });

  it("iedere lees- en wijzigactie staat in het auditlog, zonder de inhoud", async () => {
    const audit = await rijen<{ actie: string; reden: string; gebruikersnaam: string }>(
      sql`select actie, reden, gebruikersnaam from audit_log where resource = 'meldcode' order by id`,
    );
    const regels = audit.map((a) => `${a.gebruikersnaam} ${a.actie}`);
    expect(regels).toContain("wmo aanmaken");
    // signalen, overleg, gesprek, two afwegingen, beslissingen, melding, kennisgeving, afsluiting
    expect(regels.filter((r) => r === "wmo wijzigen")).toHaveLength(9);
    expect(audit).toContainEqual(
      expect.objectContaining({
        gebruikersnaam: "wmo.collega",
        actie: "lezen",
        reden: expect.stringMatching(/zonder inhoud/),
      }),
    );
    expect(audit).toContainEqual(
      expect.objectContaining({
        gebruikersnaam: "veilig",
        actie: "lezen",
        reden: `Meldcode op zaak ${zaak.zaaknummer} ingezien`,
      }),
    );
    expect(JSON.stringify(audit)).not.toMatch(/onverzorgd|Verwaarlozing|honger/);
  });
});
