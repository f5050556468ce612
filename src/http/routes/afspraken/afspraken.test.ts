import { sql } from "drizzle-orm";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rijen } from "../../../db/client";
import { weekdagVan } from "../../../domain/afspraken/tijd";
import { isWerkdag, plusDagen } from "../../../domain/termijnen/kalender";
import { vandaag } from "../../../lib/klok";
import { verstuurWachtrij } from "../../../mail/verzender";
import { alsMedewerker, login, startTestVoordeur, type TestVoordeur } from "../../../test/app";
import { startTestSmtp } from "../../../test/smtp";

let t: TestVoordeur;
let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
const sessies: Record<string, string> = {};
const ids: Record<string, string> = {};
const locatie: Record<string, string> = {};
let wmoZaak: string;
let jeugdZaak: string;
let kindId: string;
let ouderId: string;

type Methode = "GET" | "POST" | "PUT";
const verzoek = alsMedewerker(() => t.app, sessies);

/** The first working day (Mon–Fri, no holiday) at least `vanaf` days ahead, optionally on a given weekday. */
function werkdag(vanaf: number, weekdag?: number): string {
  for (let i = vanaf; ; i++) {
    const d = plusDagen(vandaag(), i);
    if (isWerkdag(d) && (weekdag === undefined || weekdagVan(d) === weekdag)) return d;
  }
}

async function persoon(gegevens: object): Promise<string> {
  const res = await verzoek("iag", "POST", "/api/personen", gegevens);
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

async function zaak(zaaktype: string, personen: { persoonId: string; rol: string }[]): Promise<string> {
  const res = await verzoek("iag", "POST", "/api/zaken", {
    zaaktype,
    meldingsdatum: plusDagen(vandaag(), -5),
    kanaal: "telefoon",
    omschrijving: "Vraag om ondersteuning",
    personen,
    veiligheid: "veilig",
    leefgebieden: [],
  });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

async function tellingen() {
  const [rij] = await rijen<{ afspraken: number; mails: number; documenten: number }>(
    t.database.db,
    sql`select (select count(*)::int from afspraken) as afspraken, (select count(*)::int from mail_uitgaand) as mails,
               (select count(*)::int from documenten) as documenten`,
  );
  return rij;
}

async function pdfTekst(inhoud: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(inhoud) }).promise;
  const delen: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const pagina = await pdf.getPage(i);
    const tekst = await pagina.getTextContent();
    delen.push(tekst.items.map((x) => ("str" in x ? x.str : "")).join(" "));
  }
  return delen.join("\n");
}

/** Decodes the quoted-printable and base64 parts of a raw mail well enough to search its text. */
function mailTekst(bron: string): string {
  const qp = bron
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
  return Buffer.from(qp, "latin1").toString("utf8");
}

const mailConfig = () => ({ smtpUrl: smtp.url, van: "Gemeente Noordenveld <toegang@noordenveld.test>" });

beforeAll(async () => {
  t = await startTestVoordeur();
  smtp = await startTestSmtp();
  for (const naam of ["iag", "wmo", "jeugd", "regie", "teamleider", "beheerder", "assen-iag"])
    sessies[naam] = await login(t.app, naam);
  for (const naam of ["wmo", "jeugd", "regie", "teamleider"])
    ids[naam] = (await verzoek(naam, "GET", "/api/agenda/mijn")).json().id;
  const locaties = (await verzoek("regie", "GET", "/api/locaties?perPagina=100")).json();
  for (const l of locaties.items) locatie[l.naam] = l.id;

  const anna = await persoon({
    bsn: "999990019",
    voornamen: "Anna",
    geslachtsnaam: "Bakker",
    geboortedatum: "1960-04-02",
    geslacht: "vrouw",
    email: "anna@example.test",
    adres: { straat: "Brink", huisnummer: 3, postcode: "9331 AB", woonplaats: "Norg" },
  });
  wmoZaak = await zaak("wmo", [{ persoonId: anna, rol: "hoofdpersoon" }]);
  kindId = await persoon({
    bsn: "999990032",
    voornamen: "Sem",
    geslachtsnaam: "Jansen",
    geboortedatum: plusDagen(vandaag(), -10 * 365),
    adres: { huisnummer: 8, postcode: "9301 AB", woonplaats: "Roden" },
  });
  ouderId = await persoon({
    bsn: "999990044",
    voornamen: "Petra",
    geslachtsnaam: "Jansen",
    geboortedatum: "1985-09-09",
    geslacht: "vrouw",
    email: "petra@example.test",
    adres: { huisnummer: 8, postcode: "9301 AB", woonplaats: "Roden" },
  });
  jeugdZaak = await zaak("jeugd", [
    { persoonId: kindId, rol: "hoofdpersoon" },
    { persoonId: ouderId, rol: "gezaghebbende" },
  ]);
});
afterAll(async () => {
  await t.sluit();
  await smtp.stop();
});

const dag = () => werkdag(8, 1);
const boeking = (over: Record<string, unknown> = {}) => ({
  datum: dag(),
  begintijd: "10:00",
  eindtijd: "11:00",
  locatieId: locatie["Gemeentehuis Roden"],
  onderwerp: "Kennismaking en vraagverheldering",
  ...over,
});

describe("agenda's en locaties", () => {
  it("staan in het OpenAPI-document", async () => {
    const paden = Object.keys((await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json().paths);
    expect(paden).toEqual(
      expect.arrayContaining([
        "/api/locaties",
        "/api/agenda/{medewerkerId}/werktijden",
        "/api/agenda/{medewerkerId}/afspraken",
        "/api/zaken/{id}/afspraken",
        "/api/afspraken/{id}/annuleren",
        "/api/zaken/{id}/verwijsindex",
      ]),
    );
  });

  it("toont locaties, medewerkers en de demo-werktijden", async () => {
    expect(Object.keys(locatie)).toEqual(
      expect.arrayContaining([
        "Gemeentehuis Roden",
        "Wijklocatie Norg",
        "Buurtteamruimte Peize",
        "Huisbezoek",
      ]),
    );
    const medewerkers = (await verzoek("iag", "GET", "/api/agenda/medewerkers")).json();
    expect(medewerkers.map((m: { naam: string }) => m.naam)).toContain("Rianne Gieling");
    expect(medewerkers.map((m: { naam: string }) => m.naam)).not.toContain(
      (await verzoek("beheerder", "GET", "/api/sessie")).json().naam,
    );
    const agenda = await verzoek("iag", "GET", `/api/agenda/${ids.regie}/werktijden`);
    expect(agenda.statusCode).toBe(200);
    expect(agenda.json().werktijden).toHaveLength(5);
    expect(agenda.json().werktijden[0]).toMatchObject({
      weekdag: 1,
      van: "08:30",
      tot: "17:00",
      locatie: "Gemeentehuis Roden",
    });
    const wmo = (await verzoek("iag", "GET", `/api/agenda/${ids.wmo}/werktijden`)).json();
    expect(wmo.werktijden.find((w: { weekdag: number }) => w.weekdag === 2).locatie).toBe("Wijklocatie Norg");
  });

  it("werktijden wijzigen: eigen agenda of teamleider, met If-Match, gevalideerd", async () => {
    const url = `/api/agenda/${ids.jeugd}/werktijden`;
    const { versie, werktijden } = (await verzoek("jeugd", "GET", url)).json();
    const nieuw = werktijden
      .map(({ weekdag, van, tot, locatieId }: Record<string, unknown>) => ({ weekdag, van, tot, locatieId }))
      .filter((w: { weekdag: number }) => w.weekdag !== 3);
    expect((await verzoek("jeugd", "PUT", url, { werktijden: nieuw })).statusCode).toBe(428);
    expect((await verzoek("wmo", "PUT", url, { werktijden: nieuw }, versie)).statusCode).toBe(403);
    const overlap = await verzoek(
      "jeugd",
      "PUT",
      url,
      { werktijden: [...nieuw, { weekdag: 1, van: "16:00", tot: "18:00", locatieId: null }] },
      versie,
    );
    expect(overlap.statusCode).toBe(400);
    expect(overlap.json().errors[0].veld).toBe("werktijden.4.van");
    const onbekend = await verzoek(
      "jeugd",
      "PUT",
      url,
      {
        werktijden: [
          { weekdag: 1, van: "09:00", tot: "12:00", locatieId: "00000000-0000-4000-8000-000000000000" },
        ],
      },
      versie,
    );
    expect(onbekend.json().errors[0].veld).toBe("werktijden.0.locatieId");
    const goed = await verzoek("jeugd", "PUT", url, { werktijden: nieuw }, versie);
    expect(goed.statusCode).toBe(200);
    expect(goed.json().werktijden).toHaveLength(4);
    expect(goed.headers.etag).toBe(`"${versie + 1}"`);
    expect((await verzoek("teamleider", "PUT", url, { werktijden: nieuw }, versie)).statusCode).toBe(409);
    expect(
      (
        await verzoek(
          "teamleider",
          "PUT",
          url,
          { werktijden: werktijden.map(({ locatie: _, ...w }: Record<string, unknown>) => w) },
          versie + 1,
        )
      ).statusCode,
    ).toBe(200);
  });
});

describe("een afspraak maken", () => {
  let afspraak: Record<string, unknown> & { id: string; versie: number; documentId: string };

  it("boekt, maakt de brief en zet de bevestiging met .ics in de wachtrij; de mail komt aan", async () => {
    const voor = await tellingen();
    const res = await verzoek("regie", "POST", `/api/zaken/${wmoZaak}/afspraken`, boeking());
    expect(res.statusCode).toBe(201);
    afspraak = res.json();
    expect(afspraak).toMatchObject({
      datum: dag(),
      begintijd: "10:00",
      eindtijd: "11:00",
      status: "gepland",
      medewerker: { id: ids.regie, naam: "Rianne Gieling" },
      locatie: { naam: "Gemeentehuis Roden", soort: "gemeentehuis" },
      mail: { status: "wachtrij", aan: "anna@example.test" },
      versie: 1,
    });
    expect(await tellingen()).toEqual({
      afspraken: (voor?.afspraken ?? 0) + 1,
      mails: (voor?.mails ?? 0) + 1,
      documenten: (voor?.documenten ?? 0) + 1,
    });

    const pdf = await verzoek("wmo", "GET", `/api/documenten/${afspraak.documentId}/inhoud`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    const tekst = await pdfTekst(pdf.rawPayload);
    expect(tekst).toContain("Bevestiging van uw afspraak");
    expect(tekst).toContain("Geachte mevrouw Bakker");
    expect(tekst).toContain("Gratis onafhankelijke cliëntondersteuning");
    expect(tekst).not.toContain("Infoblad Jeugd");

    expect(await verstuurWachtrij(t.database.db, mailConfig())).toBe(1);
    const mail = smtp.mails.at(-1);
    expect(mail?.aan).toEqual(["anna@example.test"]);
    expect(mail?.bron).toContain("filename=afspraak.ics");
    expect(mail?.bron).toContain("filename=bevestiging-afspraak.pdf");
    const ics = Buffer.from(
      /filename=afspraak\.ics[\s\S]*?\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--/.exec(mail?.bron ?? "")?.[1] ?? "",
      "base64",
    ).toString("utf8");
    expect(ics).toContain("METHOD:REQUEST\r\n");
    expect(ics).toContain(`UID:${afspraak.id}@voordeur\r\n`);
    expect(ics).toContain(
      `DTSTART:${String(afspraak.begin)
        .replace(/[-:]/g, "")
        .replace(/\.\d{3}/, "")}\r\n`,
    );
    expect(ics).toContain("mailto:anna@example.test");

    const lijst = (await verzoek("regie", "GET", `/api/zaken/${wmoZaak}/afspraken`)).json();
    expect(lijst).toMatchObject({ totaal: 1, pagina: 1 });
    expect(lijst.items[0].mail.status).toBe("verzonden");
    const historie = (await verzoek("regie", "GET", `/api/zaken/${wmoZaak}`)).json().historie;
    expect(historie.map((h: { soort: string }) => h.soort)).toContain("afspraak-gemaakt");
  });

  it.each<[string, Record<string, unknown>, number, string]>([
    ["eind voor begin", { begintijd: "11:00", eindtijd: "10:00" }, 400, "eindtijd"],
    ["in het verleden", { datum: plusDagen(vandaag(), -1) }, 400, "begintijd"],
    ["ongeldige tijd", { begintijd: "25:00" }, 400, "begintijd"],
    ["onbekende locatie", { locatieId: "00000000-0000-4000-8000-000000000000" }, 400, "locatieId"],
    ["onbekende medewerker", { medewerkerId: "00000000-0000-4000-8000-000000000000" }, 400, "medewerkerId"],
    ["buiten werktijden", { begintijd: "07:00", eindtijd: "08:00" }, 422, "werktijden"],
    ["in het weekend", { datum: plusDagen(werkdag(8, 1), 5) }, 422, "werkt niet op zaterdag"],
    ["medewerker dubbel geboekt", { begintijd: "10:30", eindtijd: "11:30" }, 422, "dubbel"],
  ])("%s wordt geweigerd, niets opgeslagen", async (_naam, over, status, uitleg) => {
    const voor = await tellingen();
    const res = await verzoek("regie", "POST", `/api/zaken/${wmoZaak}/afspraken`, boeking(over));
    expect(res.statusCode).toBe(status);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    if (status === 400) expect(res.json().errors.map((e: { veld: string }) => e.veld)).toContain(uitleg);
    else expect(res.json().detail).toContain(uitleg);
    expect(await tellingen()).toEqual(voor);
  });

  it("een ruimte met capaciteit 1 kan niet twee keer tegelijk worden geboekt", async () => {
    const dinsdag = werkdag(8, 2);
    const norg = {
      datum: dinsdag,
      locatieId: locatie["Wijklocatie Norg"],
      begintijd: "09:00",
      eindtijd: "10:00",
    };
    expect((await verzoek("wmo", "POST", `/api/zaken/${wmoZaak}/afspraken`, boeking(norg))).statusCode).toBe(
      201,
    );
    const voor = await tellingen();
    const res = await verzoek(
      "regie",
      "POST",
      `/api/zaken/${wmoZaak}/afspraken`,
      boeking({ ...norg, begintijd: "09:30", eindtijd: "10:30" }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain("capaciteit");
    expect(await tellingen()).toEqual(voor);
    // A huisbezoek has no capacity limit: another medewerker can visit someone at the same time.
    const thuis = { ...norg, locatieId: locatie.Huisbezoek };
    expect(
      (await verzoek("regie", "POST", `/api/zaken/${wmoZaak}/afspraken`, boeking(thuis))).statusCode,
    ).toBe(201);
  });

  it("twee gelijktijdige boekingen van hetzelfde tijdstip: één lukt, de ander krijgt 422", async () => {
    const tegelijk = boeking({ datum: werkdag(8, 3), begintijd: "15:00", eindtijd: "16:00" });
    const antwoorden = await Promise.all([
      verzoek("regie", "POST", `/api/zaken/${wmoZaak}/afspraken`, tegelijk),
      verzoek("regie", "POST", `/api/zaken/${wmoZaak}/afspraken`, tegelijk),
    ]);
    expect(antwoorden.map((r) => r.statusCode).sort()).toEqual([201, 422]);
  });

  it("alleen wie de zaak mag wijzigen boekt; andere gemeenten zien niets", async () => {
    expect(
      (
        await verzoek(
          "jeugd",
          "POST",
          `/api/zaken/${wmoZaak}/afspraken`,
          boeking({ begintijd: "14:00", eindtijd: "15:00" }),
        )
      ).statusCode,
    ).toBe(403);
    expect((await verzoek("assen-iag", "GET", `/api/zaken/${wmoZaak}/afspraken`)).statusCode).toBe(404);
    expect((await verzoek("assen-iag", "GET", `/api/agenda/${ids.regie}/werktijden`)).statusCode).toBe(404);
  });

  it("de agenda toont de inhoud alleen aan wie de zaak mag zien", async () => {
    const url = `/api/agenda/${ids.regie}/afspraken?van=${dag()}&tot=${plusDagen(dag(), 6)}`;
    const eigen = (await verzoek("regie", "GET", url)).json();
    expect(eigen.items[0]).toMatchObject({
      begintijd: "10:00",
      zaak: { id: wmoZaak, hoofdpersoon: "Anna Bakker" },
    });
    const ander = (await verzoek("jeugd", "GET", url)).json();
    expect(ander.items[0]).toMatchObject({ begintijd: "10:00", zaak: null, onderwerp: null });
    expect(
      (
        await verzoek(
          "regie",
          "GET",
          `/api/agenda/${ids.regie}/afspraken?van=${dag()}&tot=${plusDagen(dag(), 90)}`,
        )
      ).statusCode,
    ).toBe(400);
  });

  it("annuleren met If-Match stuurt een METHOD:CANCEL en maakt de tijd weer vrij", async () => {
    const url = `/api/afspraken/${afspraak.id}/annuleren`;
    await verstuurWachtrij(t.database.db, mailConfig());
    expect((await verzoek("regie", "POST", url, { reden: "Medewerker ziek" })).statusCode).toBe(428);
    expect((await verzoek("regie", "POST", url, { reden: "Medewerker ziek" }, 9)).statusCode).toBe(409);
    const res = await verzoek("regie", "POST", url, { reden: "Medewerker ziek" }, 1);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: "geannuleerd",
      redenAnnulering: "Medewerker ziek",
      versie: 2,
    });
    expect((await verzoek("regie", "POST", url, { reden: "nogmaals" }, 2)).statusCode).toBe(422);
    expect(await verstuurWachtrij(t.database.db, mailConfig())).toBe(1);
    const mail = smtp.mails.at(-1)?.bron ?? "";
    expect(mail).toContain("afspraak-geannuleerd.ics");
    expect(mailTekst(mail)).toContain("Medewerker ziek");
    expect((await verzoek("regie", "POST", `/api/zaken/${wmoZaak}/afspraken`, boeking())).statusCode).toBe(
      201,
    );
  });

  it("legt reads en wijzigingen vast in het auditlog", async () => {
    const lijst = await verzoek("iag", "GET", `/api/personen?zoek=Bakker`);
    const id = lijst.json().items?.[0]?.id ?? lijst.json()[0]?.id;
    const audit = (await verzoek("teamleider", "GET", `/api/audit?persoonId=${id}`)).json().items;
    const acties = audit.map((a: { actie: string; resource: string }) => `${a.actie} ${a.resource}`);
    expect(acties).toContain("aanmaken afspraak");
    expect(acties).toContain("lezen afspraak");
  });
});

describe("jeugd: bevestiging aan de gezaghebbende, Infoblad Jeugd en Verwijsindex", () => {
  it("stuurt de bevestiging naar de ouder met gezag, met het Infoblad Jeugd", async () => {
    const ontvanger = (await verzoek("jeugd", "GET", `/api/zaken/${jeugdZaak}/afspraken/ontvanger`)).json();
    expect(ontvanger).toMatchObject({
      persoonId: ouderId,
      naam: "Petra Jansen",
      email: "petra@example.test",
      jeugd: true,
    });
    const res = await verzoek(
      "jeugd",
      "POST",
      `/api/zaken/${jeugdZaak}/afspraken`,
      boeking({ datum: werkdag(8, 4), locatieId: locatie.Huisbezoek }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().mail.aan).toBe("petra@example.test");
    const pdf = await verzoek("jeugd", "GET", `/api/documenten/${res.json().documentId}/inhoud`);
    const tekst = await pdfTekst(pdf.rawPayload);
    expect(tekst).toContain("Infoblad Jeugd");
    expect(tekst).toContain("Geachte mevrouw Jansen");
    expect(tekst).toContain("bij u thuis");
  });

  it("legt de registratie in de Verwijsindex vast (datum, door wie), één keer per jeugdige", async () => {
    const url = `/api/zaken/${jeugdZaak}/verwijsindex`;
    const res = await verzoek("jeugd", "POST", url, { persoonId: kindId, geregistreerdOp: vandaag() });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      naam: "Sem Jansen",
      geregistreerdOp: vandaag(),
      door: "Janneke Eshuis",
    });
    expect(
      (await verzoek("jeugd", "POST", url, { persoonId: kindId, geregistreerdOp: vandaag() })).statusCode,
    ).toBe(422);
    const ouder = await verzoek("jeugd", "POST", url, { persoonId: ouderId, geregistreerdOp: vandaag() });
    expect(ouder.statusCode).toBe(422);
    expect(ouder.json().detail).toContain("23 jaar");
    const toekomst = await verzoek("jeugd", "POST", url, {
      persoonId: kindId,
      geregistreerdOp: plusDagen(vandaag(), 1),
    });
    expect(toekomst.statusCode).toBe(400);
    const wmo = await verzoek("regie", "POST", `/api/zaken/${wmoZaak}/verwijsindex`, {
      persoonId: kindId,
      geregistreerdOp: vandaag(),
    });
    expect(wmo.statusCode).toBe(422);
    expect(
      (await verzoek("wmo", "POST", url, { persoonId: kindId, geregistreerdOp: vandaag() })).statusCode,
    ).toBe(403);
    const lijst = (await verzoek("jeugd", "GET", url)).json();
    expect(lijst).toHaveLength(1);
  });
});
