/**
 * Mijn Voordeur after the onderzoek (issue 16; rule 30d): the resident reads the plan the consulent shared, in the
 * words of the letter, and signs it digitally (a record with time, identity and the version's hash; the signed plan
 * is the aanvraag); downloads the letters sent to them; submits a bezwaar against the beschikking, which lands on
 * the zaak with its Awb deadlines; writes with the medewerkers in the secure conversation of the zaak, whose
 * e-mail only says a message is waiting. Another resident reaches none of it; bad input changes nothing.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { laadConfig } from "../../config";
import { genereerTestBsn } from "../../domain/persoon/bsn";
import { dagenTussen, plusDagen } from "../../domain/termijnen/kalender";
import { vandaag } from "../../lib/klok";
import { boekBijDeConsulent } from "../../test/afspraak";
import { alsMedewerker, login, rijenUit, startTestVoordeur, type TestVoordeur } from "../../test/app";
import { kenDagbestedingToe, zaakMetGedeeldWmoPlan } from "../../test/wmo-plan";

let t: TestVoordeur;
const sessies: Record<string, string> = {};
const verzoek = alsMedewerker(() => t.app, sessies);
let anna: string;
let bram: string;
let zaakAnna: { id: string; zaaknummer: string; planId: string };
let zaakBram: { id: string };
let cookieAnna: string;
let cookieBram: string;

async function persoon(voornamen: string, geboortedatum: string, n: number): Promise<string> {
  const res = await verzoek("iag", "POST", "/api/personen", {
    bsn: genereerTestBsn(n),
    email: `${voornamen.toLowerCase()}@voorbeeld.nl`,
    voornamen,
    geslachtsnaam: "Tekenaar",
    geboortedatum,
    adres: { huisnummer: 3, postcode: "9331 AB", woonplaats: "Norg" },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function demoInlog(persoonId: string): Promise<string> {
  const res = await t.app.inject({ method: "POST", url: "/api/portaal/demo-inlog", payload: { persoonId } });
  expect(res.statusCode, res.body).toBe(204);
  return `voordeur_portaal=${res.cookies.find((c) => c.name === "voordeur_portaal")?.value}`;
}

const portaal = (cookie: string, method: "GET" | "POST", url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/portaal${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

const telling = async (tabel: "plan_handtekeningen" | "bezwaren") =>
  Number((await rijenUit<{ n: string }>(t, sql`select count(*) as n from ${sql.identifier(tabel)}`))[0]?.n);

beforeAll(async () => {
  t = await startTestVoordeur({
    portaal: { ...laadConfig({ LOG_LEVEL: "silent" }).portaal, demoInlog: true },
  });
  for (const naam of ["iag", "wmo", "ao", "teamleider", "jurist"]) sessies[naam] = await login(t.app, naam);
  anna = await persoon("Anna", "1958-02-11", 7_100_001);
  bram = await persoon("Bram", "1961-09-30", 7_100_002);
  zaakAnna = await zaakMetGedeeldWmoPlan(verzoek, anna, { hulpvraag: "Weer onder de mensen komen" });
  zaakBram = await zaakMetGedeeldWmoPlan(verzoek, bram);
  cookieAnna = await demoInlog(anna);
  cookieBram = await demoInlog(bram);
});

afterAll(async () => {
  await t.sluit();
});

describe("Mijn Voordeur: plan, brieven en bezwaar", () => {
  it("de zaak toont het gedeelde plan en de brief om te ondertekenen, als pdf te downloaden", async () => {
    const zaak = await portaal(cookieAnna, "GET", `/zaken/${zaakAnna.id}`);
    expect(zaak.statusCode, zaak.body).toBe(200);
    expect(zaak.json().plan).toEqual({ status: "ter-ondertekening" });
    expect(zaak.json().bezwaar).toEqual({ mogelijk: false, uiterlijk: null, lopend: null });
    const brief = zaak
      .json()
      .brieven.find((b: { naam: string }) => /resultatenplan om te ondertekenen/.test(b.naam));
    expect(brief).toMatchObject({ datum: vandaag() });
    const pdf = await portaal(cookieAnna, "GET", `/zaken/${zaakAnna.id}/brieven/${brief.id}`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.headers["content-disposition"]).toMatch(/^attachment; filename\*=UTF-8''Uw%20resultatenplan/);
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe("%PDF");
    // Another resident: the zaak, its letter and its plan do not exist for them, nor through their own zaak.
    expect((await portaal(cookieBram, "GET", `/zaken/${zaakAnna.id}/brieven/${brief.id}`)).statusCode).toBe(
      404,
    );
    expect((await portaal(cookieBram, "GET", `/zaken/${zaakBram.id}/brieven/${brief.id}`)).statusCode).toBe(
      404,
    );
    expect((await portaal(cookieBram, "GET", `/zaken/${zaakAnna.id}/plan`)).statusCode).toBe(404);
  });

  it("het plan in de woorden van de brief; wie moet tekenen; verkeerde versie of geen vinkje verandert niets", async () => {
    const plan = await portaal(cookieAnna, "GET", `/zaken/${zaakAnna.id}/plan`);
    expect(plan.statusCode, plan.body).toBe(200);
    const p = plan.json();
    expect(p).toMatchObject({
      status: "ter-ondertekening",
      ikMoetTekenen: true,
      ondertekend: null,
      ondertekenaars: [{ naam: "Anna Tekenaar", hoedanigheid: "inwoner zelf", getekendOp: null }],
      wieTekent: expect.stringMatching(/meerderjarig en ondertekent zelf/),
    });
    expect(p.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(p.blokken).toContainEqual({ alinea: "Weer onder de mensen komen" });
    expect(JSON.stringify(p.blokken)).toMatch(/Maatwerkvoorzieningen/);

    const teken = (body: object) =>
      portaal(cookieAnna, "POST", `/zaken/${zaakAnna.id}/plan/ondertekening`, body);
    const zonderVinkje = await teken({ versie: p.versie, hash: p.hash, akkoord: false });
    expect(zonderVinkje.statusCode).toBe(400);
    expect(zonderVinkje.json().errors).toContainEqual(expect.objectContaining({ veld: "akkoord" }));
    expect((await teken({ versie: p.versie - 1, hash: p.hash, akkoord: true })).statusCode).toBe(409);
    expect((await teken({ versie: p.versie, hash: "0".repeat(64), akkoord: true })).statusCode).toBe(409);
    expect((await teken({ versie: p.versie, hash: "geen-hash", akkoord: true })).statusCode).toBe(400);
    // Another resident cannot sign it: the zaak does not exist for them.
    const bram = await portaal(cookieBram, "POST", `/zaken/${zaakAnna.id}/plan/ondertekening`, {
      versie: p.versie,
      hash: p.hash,
      akkoord: true,
    });
    expect(bram.statusCode).toBe(404);
    expect(await telling("plan_handtekeningen")).toBe(0);
  });

  it("digitaal ondertekenen: een vastgelegde handtekening, het plan is de aanvraag en gaat naar A&O", async () => {
    const p = (await portaal(cookieAnna, "GET", `/zaken/${zaakAnna.id}/plan`)).json();
    const res = await portaal(cookieAnna, "POST", `/zaken/${zaakAnna.id}/plan/ondertekening`, {
      versie: p.versie,
      hash: p.hash,
      akkoord: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: "ondertekend",
      ikMoetTekenen: false,
      ondertekend: { datum: vandaag(), digitaal: true },
      ondertekenaars: [{ naam: "Anna Tekenaar", getekendOp: expect.any(String) }],
    });
    const [handtekening] = await rijenUit<Record<string, unknown>>(
      t,
      sql`select persoon_id, namens_persoon_id, hoedanigheid, inlogmiddel, plan_versie, plan_hash from plan_handtekeningen`,
    );
    expect(handtekening).toEqual({
      persoon_id: anna,
      namens_persoon_id: anna,
      hoedanigheid: "inwoner",
      inlogmiddel: "demo",
      plan_versie: p.versie,
      plan_hash: p.hash,
    });
    // The consulent sees the signed plan; the zaak is the aanvraag, at A&O.
    const zaak = (await verzoek("wmo", "GET", `/api/zaken/${zaakAnna.id}`)).json();
    expect(zaak).toMatchObject({ status: "aanvraag", werkvoorraad: "ao" });
    const plan = (await verzoek("wmo", "GET", `/api/zaken/${zaakAnna.id}/resultatenplan`)).json();
    expect(plan.ondertekening).toMatchObject({ wijze: "digitaal", datum: vandaag() });
    // Signing twice is refused; the resident's zaak says what happens next.
    const nogEens = await portaal(cookieAnna, "POST", `/zaken/${zaakAnna.id}/plan/ondertekening`, {
      versie: plan.versie,
      hash: p.hash,
      akkoord: true,
    });
    expect(nogEens.statusCode).toBe(422);
    expect((await portaal(cookieAnna, "GET", `/zaken/${zaakAnna.id}`)).json().status).toBe(
      "We hebben uw aanvraag.",
    );
  });

  it("bezwaar tegen de beschikking: het landt op de zaak met de termijnen van de Awb", async () => {
    await kenDagbestedingToe(verzoek, zaakAnna.id);
    const zaak = (await portaal(cookieAnna, "GET", `/zaken/${zaakAnna.id}`)).json();
    // Awb art. 6:7: six weeks from the day after the besluit was sent.
    expect(zaak.bezwaar).toEqual({ mogelijk: true, uiterlijk: plusDagen(vandaag(), 42), lopend: null });
    const beschikking = zaak.brieven.find((b: { naam: string }) => b.naam === "Besluit (beschikking)");
    expect(beschikking).toBeDefined();
    expect(
      (await portaal(cookieAnna, "GET", `/zaken/${zaakAnna.id}/brieven/${beschikking.id}`)).statusCode,
    ).toBe(200);

    const bezwaar = (gronden: unknown, cookie = cookieAnna) =>
      portaal(cookie, "POST", `/zaken/${zaakAnna.id}/bezwaar`, { gronden });
    expect((await bezwaar("Nee")).statusCode).toBe(400);
    expect((await bezwaar(42)).statusCode).toBe(400);
    expect((await bezwaar("Ik heb meer dagdelen nodig dan u toekent.", cookieBram)).statusCode).toBe(404);
    expect(await telling("bezwaren")).toBe(0);

    const ingediend = await bezwaar("Ik heb meer dagdelen nodig dan u toekent.");
    expect(ingediend.statusCode, ingediend.body).toBe(201);
    expect(ingediend.json()).toEqual({ ontvangenOp: vandaag(), teLaat: false });
    const daarna = (await portaal(cookieAnna, "GET", `/zaken/${zaakAnna.id}`)).json();
    expect(daarna.bezwaar).toMatchObject({
      mogelijk: false,
      lopend: { ontvangenOp: vandaag(), teLaat: false },
    });
    expect(daarna.status).toBe("We behandelen uw bezwaar.");
    expect(daarna.termijnen.map((x: { soort: string }) => x.soort)).toContain("beslissing-bezwaar");
    // The jurist sees it on the zaak, submitted through Mijn Voordeur.
    const besluiten = (await verzoek("wmo", "GET", `/api/zaken/${zaakAnna.id}/besluitvorming`)).json();
    expect(besluiten.bezwaren).toEqual([
      expect.objectContaining({
        ingediendVia: "portaal",
        gronden: "Ik heb meer dagdelen nodig dan u toekent.",
      }),
    ]);
    expect((await bezwaar("Nog een keer bezwaar tegen hetzelfde besluit.")).statusCode).toBe(422);
    expect(await telling("bezwaren")).toBe(1);
    // The jurist decides the bezwaaradviescommissie advises: the beslistermijn moves from 6 to 12 weeks after the
    // bezwaartermijn (Awb 7:10 lid 1), and the resident sees the new date.
    const termijn = async () =>
      (await portaal(cookieAnna, "GET", `/zaken/${zaakAnna.id}`))
        .json()
        .termijnen.find((x: { soort: string }) => x.soort === "beslissing-bezwaar").datum as string;
    const zesWeken = await termijn();
    const [ingediendBezwaar] = besluiten.bezwaren;
    const commissie = await verzoek(
      "jurist",
      "PUT",
      `/api/bezwaren/${ingediendBezwaar.id}/adviescommissie`,
      { adviescommissie: true },
      ingediendBezwaar.versie,
    );
    expect(commissie.statusCode, commissie.body).toBe(200);
    expect(dagenTussen(zesWeken, await termijn())).toBeGreaterThanOrEqual(42);
    const opnieuw = await verzoek(
      "jurist",
      "PUT",
      `/api/bezwaren/${ingediendBezwaar.id}/adviescommissie`,
      { adviescommissie: false },
      ingediendBezwaar.versie,
    );
    expect(opnieuw.statusCode).toBe(409);
  });

  it("elke stap staat in de audit op naam van de inwoner", async () => {
    const rijen = await rijenUit<{ resource: string; actie: string }>(
      t,
      sql`select resource, actie from audit_log where gebruikersnaam = ${`inwoner:${anna}`}`,
    );
    const gezien = new Set(rijen.map((r) => `${r.actie} ${r.resource}`));
    for (const verwacht of [
      "lezen resultatenplan",
      "wijzigen resultatenplan",
      "lezen document",
      "aanmaken bezwaar",
    ])
      expect(gezien).toContain(verwacht);
  });

  it("berichten: een veilig gesprek per zaak; de e-mail zegt alleen dat er een bericht klaarstaat", async () => {
    const schrijf = (tekst: unknown, cookie = cookieAnna) =>
      portaal(cookie, "POST", `/zaken/${zaakAnna.id}/berichten`, { tekst });
    expect((await schrijf("   ")).statusCode).toBe(400);
    expect((await schrijf("Mag mijn dochter bij het gesprek zijn?", cookieBram)).statusCode).toBe(404);
    const vraag = await schrijf("Mag mijn dochter bij het gesprek zijn?");
    expect(vraag.statusCode, vraag.body).toBe(201);

    // The consulent opens the conversation: one new message, from Anna; opening marks it read.
    const bijConsulent = await verzoek("wmo", "GET", `/api/zaken/${zaakAnna.id}/inwonerberichten`);
    expect(bijConsulent.statusCode, bijConsulent.body).toBe(200);
    expect(bijConsulent.json()).toMatchObject({
      nieuw: 1,
      totaal: 1,
      items: [{ van: "inwoner", afzender: "Anna Tekenaar", tekst: "Mag mijn dochter bij het gesprek zijn?" }],
    });
    expect((await verzoek("wmo", "GET", `/api/zaken/${zaakAnna.id}/inwonerberichten`)).json().nieuw).toBe(0);

    const antwoord = await verzoek("wmo", "POST", `/api/zaken/${zaakAnna.id}/inwonerberichten`, {
      tekst: "Ja, natuurlijk. Neem haar gerust mee op 12 december.",
    });
    expect(antwoord.statusCode, antwoord.body).toBe(201);
    expect(antwoord.json().gemeld).toBe(1);
    const mails = await rijenUit<{ aan: string; onderwerp: string; tekst: string }>(
      t,
      sql`select aan, onderwerp, tekst from mail_uitgaand where aanleiding = 'bericht in Mijn Voordeur'`,
    );
    expect(mails).toEqual([
      expect.objectContaining({ aan: "anna@voorbeeld.nl", onderwerp: "Er staat een bericht voor u klaar" }),
    ]);
    expect(mails[0]?.tekst).not.toMatch(/dochter|12 december/);

    // Anna sees one new message on her zaak; reading the conversation shows both, newest first.
    expect((await portaal(cookieAnna, "GET", `/zaken/${zaakAnna.id}`)).json().nieuweBerichten).toBe(1);
    const bijAnna = await portaal(cookieAnna, "GET", `/zaken/${zaakAnna.id}/berichten`);
    expect(bijAnna.statusCode).toBe(200);
    expect(
      bijAnna
        .json()
        .items.map((b: { van: string; gelezenOp: string | null }) => [b.van, b.gelezenOp !== null]),
    ).toEqual([
      ["medewerker", false],
      ["inwoner", true],
    ]);
    expect((await portaal(cookieAnna, "GET", `/zaken/${zaakAnna.id}`)).json().nieuweBerichten).toBe(0);
    expect((await portaal(cookieBram, "GET", `/zaken/${zaakAnna.id}/berichten`)).statusCode).toBe(404);
    // The audit says who read and wrote, never what.
    const audit = JSON.stringify(
      await rijenUit(t, sql`select * from audit_log where resource = 'inwonerbericht'`),
    );
    expect(audit).toMatch(/inwoner:/);
    expect(audit).not.toMatch(/dochter|12 december/);
  });

  it("een gevraagd document: de consulent vraagt, de inwoner stuurt het; het staat bij de zaak", async () => {
    const vraag = (body: object, wie = "wmo") =>
      verzoek(wie, "POST", `/api/zaken/${zaakAnna.id}/documentverzoeken`, body);
    expect((await vraag({ omschrijving: "x" })).statusCode).toBe(400);
    expect(
      (await vraag({ omschrijving: "Uw loonstrook", uiterlijk: plusDagen(vandaag(), -1) })).statusCode,
    ).toBe(400);
    const gevraagd = await vraag({
      omschrijving: "Uw loonstrook van november",
      uiterlijk: plusDagen(vandaag(), 14),
    });
    expect(gevraagd.statusCode, gevraagd.body).toBe(201);
    // The resident sees it on the zaak, and a message in the conversation says so.
    const zaak = (await portaal(cookieAnna, "GET", `/zaken/${zaakAnna.id}`)).json();
    expect(zaak.gevraagdeDocumenten).toEqual([
      {
        id: gevraagd.json().id,
        omschrijving: "Uw loonstrook van november",
        uiterlijk: plusDagen(vandaag(), 14),
        aangeleverdOp: null,
      },
    ]);
    expect(zaak.nieuweBerichten).toBe(1);

    const stuur = (body: object, cookie = cookieAnna) =>
      portaal(cookie, "POST", `/zaken/${zaakAnna.id}/documentverzoeken/${gevraagd.json().id}/document`, body);
    const pdf = Buffer.from("%PDF-1.4 loonstrook november").toString("base64");
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]).toString("base64");
    // A png that says it is a pdf; an unknown type; another resident: nothing stored.
    expect(
      (await stuur({ bestandsnaam: "loon.pdf", contentType: "application/pdf", inhoudBase64: png }))
        .statusCode,
    ).toBe(400);
    expect(
      (await stuur({ bestandsnaam: "loon.exe", contentType: "application/x-msdownload", inhoudBase64: pdf }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await stuur(
          { bestandsnaam: "loon.pdf", contentType: "application/pdf", inhoudBase64: pdf },
          cookieBram,
        )
      ).statusCode,
    ).toBe(404);
    const gestuurd = await stuur({
      bestandsnaam: "loon.pdf",
      contentType: "application/pdf",
      inhoudBase64: pdf,
    });
    expect(gestuurd.statusCode, gestuurd.body).toBe(201);
    expect(
      (await stuur({ bestandsnaam: "loon.pdf", contentType: "application/pdf", inhoudBase64: pdf }))
        .statusCode,
    ).toBe(409);

    // The consulent sees it answered, and the document as sent.
    const [bijConsulent] = (
      await verzoek("wmo", "GET", `/api/zaken/${zaakAnna.id}/documentverzoeken`)
    ).json();
    expect(bijConsulent).toMatchObject({
      omschrijving: "Uw loonstrook van november",
      aangeleverdOp: expect.any(String),
    });
    const inhoud = await verzoek("wmo", "GET", `/api/documenten/${bijConsulent.documentId}/inhoud`);
    expect(inhoud.rawPayload.toString()).toBe("%PDF-1.4 loonstrook november");
    // And the resident finds it among their letters.
    const brieven = (await portaal(cookieAnna, "GET", `/zaken/${zaakAnna.id}`)).json().brieven;
    expect(brieven.map((b: { naam: string }) => b.naam)).toContain("Document dat u stuurde");
  });

  it("na het afsluiten: de vragenlijst van het cliëntervaringsonderzoek, met de code uit de brief", async () => {
    expect((await portaal(cookieBram, "GET", `/zaken/${zaakBram.id}`)).json().enquete).toBeNull();
    const { versie } = (await verzoek("wmo", "GET", `/api/zaken/${zaakBram.id}`)).json();
    const afsluiting = await verzoek(
      "wmo",
      "POST",
      `/api/zaken/${zaakBram.id}/afsluiting`,
      { datum: vandaag(), reden: "op-verzoek", enquete: "papier" },
      versie,
    );
    expect(afsluiting.statusCode, afsluiting.body).toBe(201);
    const zaak = (await portaal(cookieBram, "GET", `/zaken/${zaakBram.id}`)).json();
    expect(zaak).toMatchObject({ afgesloten: true, enquete: { code: afsluiting.json().enquete.code } });
    // Writing on a closed zaak is a new question (Hulp vragen), not a message.
    const bericht = await portaal(cookieBram, "POST", `/zaken/${zaakBram.id}/berichten`, {
      tekst: "Nog een vraag",
    });
    expect(bericht.statusCode).toBe(422);
  });

  it("een afspraak verzetten naar een vrije tijd van dezelfde consulent, met een nieuwe bevestiging", async () => {
    const { datum: dag, begintijd: van } = await boekBijDeConsulent(
      verzoek,
      zaakAnna.id,
      "Gesprek over de dagbesteding",
    );
    const [afspraak] = (await portaal(cookieAnna, "GET", `/zaken/${zaakAnna.id}`)).json().afspraken;
    expect(afspraak).toMatchObject({
      datum: dag,
      begintijd: van,
      onderwerp: "Gesprek over de dagbesteding",
    });

    const url = `/zaken/${zaakAnna.id}/afspraken/${afspraak.id}`;
    expect((await portaal(cookieBram, "GET", `${url}/vrije-tijden`)).statusCode).toBe(404);
    const vrij = (await portaal(cookieAnna, "GET", `${url}/vrije-tijden`)).json().items;
    expect(vrij.length).toBeGreaterThan(0);
    // The booked time itself is not free.
    expect(vrij).not.toContainEqual(expect.objectContaining({ datum: dag, begintijd: van }));
    const [nieuw] = vrij;
    const verzet = (body: object) => portaal(cookieAnna, "POST", `${url}/verzetten`, body);
    expect(
      (await verzet({ versie: afspraak.versie, datum: nieuw.datum, begintijd: "25:00" })).statusCode,
    ).toBe(400);
    expect((await verzet({ versie: afspraak.versie + 5, ...nieuw, eindtijd: undefined })).statusCode).toBe(
      409,
    );
    const gelukt = await verzet({ versie: afspraak.versie, datum: nieuw.datum, begintijd: nieuw.begintijd });
    expect(gelukt.statusCode, gelukt.body).toBe(201);
    expect((await portaal(cookieAnna, "GET", `/zaken/${zaakAnna.id}`)).json().afspraken).toEqual([
      expect.objectContaining({ datum: nieuw.datum, begintijd: nieuw.begintijd, met: expect.any(String) }),
    ]);
    // The consulent's list: the old one cancelled with the reason, the new one planned, made through the portal.
    const lijst = (await verzoek("wmo", "GET", `/api/zaken/${zaakAnna.id}/afspraken`)).json().items;
    expect(lijst.map((a: { status: string }) => a.status).sort()).toEqual(["geannuleerd", "gepland"]);
    // A cancelled appointment cannot be moved again.
    expect(
      (await verzet({ versie: afspraak.versie + 1, datum: nieuw.datum, begintijd: nieuw.begintijd }))
        .statusCode,
    ).toBe(422);
  });
});
