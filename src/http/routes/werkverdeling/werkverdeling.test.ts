import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plusDagen } from "../../../domain/termijnen/kalender";
import { vandaag } from "../../../lib/klok";
import { alsMedewerker, login, startTestVoordeur, type TestVoordeur } from "../../../test/app";

let t: TestVoordeur;
const sessies: Record<string, string> = {};
const ids: Record<string, string> = {};
let moeder: string;
let kind: string;
let oudere: string;

const verzoek = alsMedewerker(() => t.app, sessies);

async function persoon(bsn: string, voornamen: string, geslachtsnaam: string, geboortedatum: string) {
  const res = await verzoek("iag", "POST", "/api/personen", {
    bsn,
    voornamen,
    geslachtsnaam,
    geboortedatum,
    adres: { huisnummer: 7, postcode: "9331 AB", woonplaats: "Norg" },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
}

async function zaak(over: Record<string, unknown> = {}) {
  const res = await verzoek("iag", "POST", "/api/zaken", {
    zaaktype: "jeugd",
    meldingsdatum: plusDagen(vandaag(), -3),
    kanaal: "telefoon",
    omschrijving: "Moeder Sanne Mulder belt: schulden, en Lotte gaat niet naar school.",
    personen: [
      { persoonId: kind, rol: "hoofdpersoon" },
      { persoonId: moeder, rol: "gezaghebbende" },
    ],
    veiligheid: "onveilig",
    leefgebieden: ["financien", "school-onderwijs"],
    ...over,
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; versie: number; zaaknummer: string; werkvoorraad: string };
}

beforeAll(async () => {
  t = await startTestVoordeur();
  for (const naam of ["iag", "wmo", "jeugd", "regie", "veilig", "teamleider", "beheerder", "assen-iag"])
    sessies[naam] = await login(t.app, naam);
  const lijst = await verzoek(
    "teamleider",
    "GET",
    "/api/werkverdeling/medewerkers?werkvoorraad=veilig-opgroeien",
  );
  for (const m of lijst.json() as { id: string; naam: string }[]) ids[m.naam] = m.id;
  const wmo = await verzoek("teamleider", "GET", "/api/werkverdeling/medewerkers?werkvoorraad=wmo");
  for (const m of wmo.json() as { id: string; naam: string }[]) ids[m.naam] = m.id;
  moeder = await persoon("999990019", "Sanne", "Mulder", "1986-04-02");
  kind = await persoon("999990020", "Lotte", "Mulder", "2014-08-17");
  oudere = await persoon("999990032", "Hendrik", "Brouwer", "1940-01-09");
  const relatie = await verzoek("iag", "POST", `/api/personen/${moeder}/relaties`, {
    gerelateerdeId: kind,
    soort: "ouder",
  });
  expect(relatie.statusCode).toBe(201);
});
afterAll(() => t.sluit());

describe("oppakken", () => {
  it("de regisseur pakt een Regiegroep-zaak op; met een kind in het gezin blijft de Veilig Opgroeien-check open tot die is vastgelegd", async () => {
    const z = await zaak();
    expect(z.werkvoorraad).toBe("regiegroep");
    const res = await verzoek(
      "regie",
      "POST",
      `/api/zaken/${z.id}/oppakken`,
      { overwegingen: "Meervoudige vraag, past bij de Regiegroep" },
      z.versie,
    );
    expect(res.statusCode).toBe(200);
    const opgepakt = res.json();
    expect(opgepakt).toMatchObject({
      status: "onderzoek",
      behandelaar: { naam: "Rianne Gieling" },
      veiligOpgroeien: { nodig: true, open: true, minderjarigen: 1 },
    });
    expect(opgepakt.historie.at(-1)).toMatchObject({
      soort: "start-onderzoek",
      door: "Rianne Gieling",
      toelichting: "Meervoudige vraag, past bij de Regiegroep",
    });

    const zonderCasemanager = await verzoek(
      "regie",
      "POST",
      `/api/zaken/${z.id}/veilig-opgroeien-raadpleging`,
      { soort: "geraadpleegd", medewerkerId: ids["Willem Molenaar"], op: vandaag(), toelichting: "Overleg" },
      opgepakt.versie,
    );
    expect(zonderCasemanager.statusCode).toBe(400);
    expect(zonderCasemanager.json().errors[0].veld).toBe("medewerkerId");

    const raadpleging = await verzoek(
      "regie",
      "POST",
      `/api/zaken/${z.id}/veilig-opgroeien-raadpleging`,
      {
        soort: "geraadpleegd",
        medewerkerId: ids["Vera Lubbers"],
        op: vandaag(),
        toelichting: "Geen acuut gevaar",
      },
      opgepakt.versie,
    );
    expect(raadpleging.statusCode).toBe(200);
    expect(raadpleging.json().veiligOpgroeien).toMatchObject({
      nodig: true,
      open: false,
      raadpleging: { soort: "geraadpleegd", medewerker: { naam: "Vera Lubbers" } },
    });
    const overzicht = (await verzoek("regie", "GET", `/api/zaken/${z.id}/werkverdeling`)).json();
    expect(overzicht.veiligOpgroeien.open).toBe(false);
  });

  it("een toegevoegde casemanager Veilig Opgroeien krijgt inzage in de Regiegroep-zaak; een geraadpleegde niet", async () => {
    const z = await zaak();
    const opgepakt = (
      await verzoek("regie", "POST", `/api/zaken/${z.id}/oppakken`, { overwegingen: "Regie" }, z.versie)
    ).json();
    expect((await verzoek("veilig", "GET", `/api/zaken/${z.id}`)).statusCode).toBe(403);
    const toegevoegd = await verzoek(
      "regie",
      "POST",
      `/api/zaken/${z.id}/veilig-opgroeien-raadpleging`,
      { soort: "toegevoegd", medewerkerId: ids["Vera Lubbers"], op: vandaag(), toelichting: "Sluit aan" },
      opgepakt.versie,
    );
    expect(toegevoegd.statusCode).toBe(200);
    expect((await verzoek("veilig", "GET", `/api/zaken/${z.id}`)).statusCode).toBe(200);
  });

  it("zonder If-Match 428, met een oude versie 409, en niets gewijzigd", async () => {
    const z = await zaak();
    const body = { overwegingen: "Ik neem hem" };
    expect((await verzoek("regie", "POST", `/api/zaken/${z.id}/oppakken`, body)).statusCode).toBe(428);
    expect((await verzoek("regie", "POST", `/api/zaken/${z.id}/oppakken`, body, 9)).statusCode).toBe(409);
    expect((await verzoek("regie", "GET", `/api/zaken/${z.id}`)).json()).toMatchObject({
      versie: 1,
      behandelaar: null,
    });
  });

  it("toewijzen aan een collega die de zaken van die vakgroep niet mag behandelen → 422, niets gewijzigd", async () => {
    const z = await zaak();
    const res = await verzoek(
      "regie",
      "POST",
      `/api/zaken/${z.id}/oppakken`,
      { behandelaarId: ids["Willem Molenaar"], overwegingen: "Wmo-vraag erbij" },
      z.versie,
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().regel).toBe("behandelaar-in-vakgroep");
    expect((await verzoek("regie", "GET", `/api/zaken/${z.id}`)).json()).toMatchObject({
      versie: 1,
      status: "melding",
      behandelaar: null,
    });
  });

  it("de teamleider wijst een Wmo-zaak toe aan de Wmo-consulent", async () => {
    const z = await zaak({
      zaaktype: "wmo",
      personen: [{ persoonId: oudere, rol: "hoofdpersoon" }],
      veiligheid: "veilig",
      leefgebieden: ["huishouden"],
      omschrijving: "Hulp bij het huishouden",
    });
    expect(z.werkvoorraad).toBe("wmo");
    const res = await verzoek(
      "teamleider",
      "POST",
      `/api/zaken/${z.id}/oppakken`,
      { behandelaarId: ids["Willem Molenaar"], overwegingen: "Willem kent mevrouw al" },
      z.versie,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      behandelaar: { naam: "Willem Molenaar" },
      veiligOpgroeien: { nodig: false, open: false },
    });
  });
});

describe("niet oppakken", () => {
  it("legt redenen en terugkoppeling vast en sluit de zaak", async () => {
    const z = await zaak();
    const zonder = await verzoek(
      "regie",
      "POST",
      `/api/zaken/${z.id}/niet-oppakken`,
      { redenen: ["Vraag beantwoord met informatie en advies"] },
      z.versie,
    );
    expect(zonder.statusCode).toBe(400);
    const voorDeMelding = await verzoek(
      "regie",
      "POST",
      `/api/zaken/${z.id}/niet-oppakken`,
      {
        redenen: ["Vraag beantwoord met informatie en advies"],
        terugkoppeling: { op: plusDagen(vandaag(), -4), kanaal: "telefoon", samenvatting: "Gebeld" },
      },
      z.versie,
    );
    expect(voorDeMelding.statusCode).toBe(400);
    expect(voorDeMelding.json().errors).toMatchObject([
      { veld: "terugkoppeling.op", regel: "terugkoppeling-tussen-melding-en-vandaag" },
    ]);
    const res = await verzoek(
      "regie",
      "POST",
      `/api/zaken/${z.id}/niet-oppakken`,
      {
        redenen: ["Vraag beantwoord met informatie en advies"],
        terugkoppeling: { op: vandaag(), kanaal: "telefoon", samenvatting: "Gebeld, inwoner akkoord" },
      },
      z.versie,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "niet-opgepakt", versie: 2 });
    const opnieuw = await verzoek(
      "regie",
      "POST",
      `/api/zaken/${z.id}/oppakken`,
      { overwegingen: "toch wel" },
      2,
    );
    expect(opnieuw.statusCode).toBe(422);
  });
});

describe("overdracht", () => {
  it.each([
    ["onbekende werkvoorraad", "ruimtevaart", "bestaat niet", "werkvoorraad-bekend"],
    ["werkvoorraad zonder medewerkers", "schuldhulp", "geen actieve medewerker", "werkvoorraad-bezet"],
    ["dezelfde werkvoorraad", "regiegroep", "staat al", "andere-werkvoorraad"],
  ])("%s → 422 (%s), niets gewijzigd", async (_naam, naar, tekst, regel) => {
    // Schuldhulp without an active medewerker: its only demo medewerker is blocked for this case (as the owner).
    const schuldhulpLeeg = (actief: boolean) =>
      t.database.db.execute(sql`update gebruikers set actief = ${actief} where gebruikersnaam = 'schuld'`);
    if (regel === "werkvoorraad-bezet") await schuldhulpLeeg(false);
    try {
      await overdrachtGeweigerd(naar, tekst, regel);
    } finally {
      if (regel === "werkvoorraad-bezet") await schuldhulpLeeg(true);
    }
  });

  async function overdrachtGeweigerd(naar: string, tekst: string, regel: string) {
    const z = await zaak();
    const res = await verzoek(
      "regie",
      "POST",
      `/api/zaken/${z.id}/overdracht`,
      { naarWerkvoorraad: naar, reden: "Past beter elders" },
      z.versie,
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain(tekst);
    expect(res.json().regel).toBe(regel);
    expect((await verzoek("regie", "GET", `/api/zaken/${z.id}`)).json()).toMatchObject({
      versie: 1,
      werkvoorraad: "regiegroep",
    });
  }

  it("draagt over naar Jeugd met reden; de regisseur blijft behandelaar, de historie noemt de reden", async () => {
    const z = await zaak();
    const opgepakt = (
      await verzoek("regie", "POST", `/api/zaken/${z.id}/oppakken`, { overwegingen: "eerst zelf" }, z.versie)
    ).json();
    const res = await verzoek(
      "regie",
      "POST",
      `/api/zaken/${z.id}/overdracht`,
      { naarWerkvoorraad: "jeugd", reden: "Enkelvoudige jeugdvraag gebleken" },
      opgepakt.versie,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ werkvoorraad: "jeugd", behandelaar: { naam: "Rianne Gieling" } });
    expect(res.json().historie.at(-1)).toMatchObject({
      soort: "overdracht",
      toelichting: "Enkelvoudige jeugdvraag gebleken",
    });
    expect((await verzoek("jeugd", "GET", `/api/zaken/${z.id}`)).statusCode).toBe(200);
  });
});

describe("Regiegroep verdeelmoment", () => {
  it("toont het volgende dinsdag- of donderdagmoment en de te verdelen zaken, crises eerst", async () => {
    const crisis = await zaak({ veiligheid: "crisis" });
    const res = await verzoek("regie", "GET", "/api/werkverdeling/regiegroep?perPagina=100");
    expect(res.statusCode).toBe(200);
    const overzicht = res.json();
    expect([2, 4]).toContain(new Date(`${overzicht.verdeelmoment.datum}T12:00:00Z`).getUTCDay());
    expect(overzicht.items[0]).toMatchObject({ id: crisis.id, verdeelmoment: { soort: "direct" } });
    expect(overzicht.items.every((z: { status: string }) => z.status === "melding")).toBe(true);
    expect(JSON.stringify(overzicht)).not.toContain("Mulder");
    expect((await verzoek("wmo", "GET", "/api/werkverdeling/regiegroep")).statusCode).toBe(403);
  });

  it("de medewerkerslijst voor oppakken kent de regisseurs en de teamleider, niet de Wmo-consulent", async () => {
    const lijst = (
      await verzoek("regie", "GET", "/api/werkverdeling/medewerkers?werkvoorraad=regiegroep")
    ).json();
    const namen = lijst.map((m: { naam: string }) => m.naam);
    expect(namen).toEqual(expect.arrayContaining(["Rianne Gieling", "Tineke Leeuwerik"]));
    expect(namen).not.toContain("Willem Molenaar");
    expect(lijst.find((m: { ikZelf: boolean }) => m.ikZelf).naam).toBe("Rianne Gieling");
  });
});

describe("casuïstiekoverleg", () => {
  it("toont casussen geanonimiseerd, met namen alleen na toestemming, en schrijft de uitkomst naar de zaak", async () => {
    const z = await zaak({
      zaaktype: "regie",
      personen: [
        { persoonId: moeder, rol: "hoofdpersoon" },
        { persoonId: kind, rol: "gezinslid" },
      ],
    });
    const overleg = await verzoek("regie", "POST", "/api/casuistiek/overleggen", {
      datum: vandaag(),
      titel: "Casuïstiekoverleg Regiegroep",
    });
    expect(overleg.statusCode).toBe(201);
    const overlegId = overleg.json().id;
    const url = `/api/casuistiek/overleggen/${overlegId}`;

    const punt = await verzoek("regie", "POST", `${url}/agendapunten`, {
      zaakId: z.id,
      vraag: "Hoe krijgen we Lotte weer naar school? Sanne wil meedenken.",
    });
    expect(punt.statusCode).toBe(201);
    expect((await verzoek("regie", "POST", `${url}/agendapunten`, { zaakId: z.id })).statusCode).toBe(422);
    expect((await verzoek("wmo", "POST", `${url}/agendapunten`, { zaakId: z.id })).statusCode).toBe(403);

    // Outside the zaak's vakgroep (Wmo on a Regiegroep zaak): the structured summary only, no free text.
    const anoniem = await verzoek("wmo", "GET", url);
    expect(anoniem.statusCode).toBe(200);
    const tekst = JSON.stringify(anoniem.json());
    for (const verboden of [
      "Sanne",
      "Mulder",
      "Lotte",
      "9331",
      "Norg",
      z.zaaknummer,
      z.id,
      "belt",
      "meedenken",
    ])
      expect(tekst).not.toContain(verboden);
    expect(anoniem.json().agendapunten[0]).toMatchObject({
      referentie: "Casus 1",
      benoemd: null,
      toestemmingBenoemd: false,
      vrijeTekst: null,
      vrijeTekstNiet: expect.stringContaining("alleen zichtbaar voor de vakgroep van de zaak"),
      casus: { gezinssamenstelling: expect.stringContaining("1 minderjarige") },
    });
    expect(Object.keys(anoniem.json().agendapunten[0].casus).sort()).toEqual(
      ["gezinssamenstelling", "leeftijden", "leefgebieden", "veiligheid", "zaaktype"].sort(),
    );
    // The Regiegroep and the teamleider get the anonymised free text.
    for (const wie of ["regie", "teamleider"]) {
      const punt0 = (await verzoek(wie, "GET", url)).json().agendapunten[0];
      expect(punt0.vrijeTekstNiet).toBeNull();
      expect(punt0.vrijeTekst).toEqual({
        omschrijving: "Moeder [hoofdpersoon] belt: schulden, en [gezinslid] gaat niet naar school.",
        vraag: "Hoe krijgen we [gezinslid] weer naar school? [hoofdpersoon] wil meedenken.",
        advies: "",
        besluiten: [],
      });
    }

    const geweigerd = await verzoek("wmo", "GET", `${url}?benoemd=true`);
    expect(geweigerd.statusCode).toBe(422);
    expect(geweigerd.json().detail).toContain("toestemming-benoemd-bespreken");
    expect(geweigerd.json().errors[0].melding).toContain("Casus 1");

    const toekomst = await verzoek("regie", "POST", `/api/zaken/${z.id}/toestemming-benoemd-bespreken`, {
      gegevenDoor: "Sanne Mulder",
      op: plusDagen(vandaag(), 2),
      wijze: "mondeling",
    });
    expect(toekomst.statusCode).toBe(400);
    const toestemming = await verzoek("regie", "POST", `/api/zaken/${z.id}/toestemming-benoemd-bespreken`, {
      gegevenDoor: "Sanne Mulder",
      op: vandaag(),
      wijze: "mondeling",
      toelichting: "Aan de telefoon",
    });
    expect(toestemming.statusCode).toBe(201);

    // With consent the names are for the whole overleg; the free text still only for the Regiegroep.
    const benoemd = await verzoek("wmo", "GET", `${url}?benoemd=true`);
    expect(benoemd.statusCode).toBe(200);
    const item = benoemd.json().agendapunten[0];
    expect(item.benoemd.personen.map((p: { naam: string }) => p.naam)).toEqual([
      "Sanne Mulder",
      "Lotte Mulder",
    ]);
    expect(item.toestemmingBenoemd).toBe(true);
    expect(item.vrijeTekst).toBeNull();
    expect(JSON.stringify(item)).not.toContain("meedenken");
    const benoemdRegie = (await verzoek("regie", "GET", `${url}?benoemd=true`)).json().agendapunten[0];
    expect(benoemdRegie.vrijeTekst).toMatchObject({
      omschrijving: "Moeder Sanne Mulder belt: schulden, en Lotte gaat niet naar school.",
      vraag: "Hoe krijgen we Lotte weer naar school? Sanne wil meedenken.",
    });

    const uitkomstUrl = `${url}/agendapunten/${punt.json().id}/uitkomst`;
    const body = {
      advies: "Leerplicht erbij betrekken",
      besluiten: ["Regisseur blijft", "Over 4 weken terug"],
    };
    expect((await verzoek("regie", "POST", uitkomstUrl, body)).statusCode).toBe(428);
    expect((await verzoek("regie", "POST", uitkomstUrl, { advies: "", besluiten: [] }, 1)).statusCode).toBe(
      422,
    );
    const uitkomst = await verzoek("regie", "POST", uitkomstUrl, body, 1);
    expect(uitkomst.statusCode).toBe(200);
    expect((await verzoek("regie", "POST", uitkomstUrl, body, 1)).statusCode).toBe(409);

    const journaal = (await verzoek("regie", "GET", `/api/zaken/${z.id}/journaal`)).json();
    expect(journaal.at(-1).tekst).toContain("Advies: Leerplicht erbij betrekken");
    const historie = (await verzoek("regie", "GET", `/api/zaken/${z.id}`)).json().historie;
    expect(historie.map((h: { soort: string }) => h.soort)).toEqual(
      expect.arrayContaining([
        "casuistiek-ingebracht",
        "toestemming-benoemd-bespreken",
        "casuistiek-uitkomst",
      ]),
    );
    const naUitkomst = (await verzoek("regie", "GET", url)).json().agendapunten[0];
    expect(naUitkomst.uitkomst).toMatchObject({ door: "Rianne Gieling" });
    expect(naUitkomst.vrijeTekst).toMatchObject(body);
    const naUitkomstWmo = (await verzoek("wmo", "GET", url)).json().agendapunten[0];
    expect(naUitkomstWmo.uitkomst).toMatchObject({ door: "Rianne Gieling" });
    expect(JSON.stringify(naUitkomstWmo)).not.toContain("Leerplicht");
    const opZaak = (await verzoek("regie", "GET", `/api/zaken/${z.id}/werkverdeling`)).json();
    expect(opZaak.agendapunten[0].uitkomst.besluiten).toEqual(body.besluiten);
    expect(opZaak.toestemming).toMatchObject({ gegevenDoor: "Sanne Mulder", wijze: "mondeling" });

    const audit = (await verzoek("teamleider", "GET", `/api/audit?persoonId=${kind}&perPagina=200`)).json()
      .items;
    const redenen = audit.map((a: { reden: string }) => a.reden);
    expect(redenen.some((r: string) => r.includes("geanonimiseerd bekeken"))).toBe(true);
    expect(redenen.some((r: string) => r.includes("met naam bekeken"))).toBe(true);
    const wieZag = (vrij: string) =>
      audit
        .filter((a: { reden: string }) => a.reden.includes(vrij))
        .map((a: { gebruikersnaam: string }) => a.gebruikersnaam);
    expect(wieZag("met vrije tekst")).toEqual(expect.arrayContaining(["regie", "teamleider"]));
    expect(wieZag("met vrije tekst")).not.toContain("wmo");
    expect(wieZag("alleen de samenvatting")).toContain("wmo");

    expect((await verzoek("assen-iag", "GET", url)).statusCode).toBe(404);
  });

  it("de vrije tekst van een Wmo-casus gaat naar de Wmo-vakgroep, niet naar Jeugd, IAG of de casemanager", async () => {
    const z = await zaak({
      zaaktype: "wmo",
      personen: [{ persoonId: oudere, rol: "hoofdpersoon" }],
      veiligheid: "veilig",
      leefgebieden: ["huishouden"],
      omschrijving: "Meneer Brouwer redt het huishouden niet meer; zijn buurman Piet de Vries helpt soms.",
    });
    expect(z.werkvoorraad).toBe("wmo");
    const overleg = await verzoek("wmo", "POST", "/api/casuistiek/overleggen", {
      datum: vandaag(),
      titel: "Casuïstiekoverleg Wmo",
    });
    const url = `/api/casuistiek/overleggen/${overleg.json().id}`;
    const punt = await verzoek("wmo", "POST", `${url}/agendapunten`, {
      zaakId: z.id,
      vraag: "Kan buurman Piet mantelzorger worden? Bel hem op 06-12345678.",
    });
    expect(punt.statusCode).toBe(201);

    const eigen = (await verzoek("wmo", "GET", url)).json().agendapunten[0];
    expect(eigen.vrijeTekst).toEqual({
      omschrijving: "Meneer [hoofdpersoon] redt het huishouden niet meer; zijn buurman [naam] helpt soms.",
      vraag: "Kan buurman [naam] mantelzorger worden? Bel hem op [telefoonnummer].",
      advies: "",
      besluiten: [],
    });
    for (const wie of ["jeugd", "iag", "veilig"]) {
      const res = await verzoek(wie, "GET", url);
      expect(res.statusCode).toBe(200);
      const ander = res.json().agendapunten[0];
      expect(ander.vrijeTekst).toBeNull();
      expect(ander.casus).toMatchObject({ zaaktype: "wmo", leefgebieden: ["Huishouden"] });
      expect(JSON.stringify(ander)).not.toMatch(/huishouden niet meer|mantelzorger|buurman/);
    }
    expect((await verzoek("beheerder", "GET", url)).statusCode).toBe(403);
  });

  it("een overleg in het verleden plannen → 400", async () => {
    const res = await verzoek("regie", "POST", "/api/casuistiek/overleggen", {
      datum: plusDagen(vandaag(), -1),
      titel: "Gisteren",
    });
    expect(res.statusCode).toBe(400);
  });
});
