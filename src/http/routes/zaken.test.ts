import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plusDagen } from "../../domain/termijnen/kalender";
import { vandaag } from "../../lib/klok";
import { alsMedewerker, login, startTestVoordeur, type TestVoordeur } from "../../test/app";
import { VERSLAG } from "../../test/onderzoeksverslag";

let t: TestVoordeur;
const sessies: Record<string, string> = {};
let persoonId: string;
let kindId: string;

beforeAll(async () => {
  t = await startTestVoordeur();
  for (const naam of [
    "iag",
    "wmo",
    "jeugd",
    "regie",
    "teamleider",
    "beheerder",
    "assen-iag",
    "ao",
    "jurist",
    "veilig",
  ])
    sessies[naam] = await login(t.app, naam);
  const res = await t.app.inject({
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
  persoonId = res.json().id;
  const kind = await t.app.inject({
    method: "POST",
    url: "/api/personen",
    headers: { cookie: sessies.iag ?? "" },
    payload: {
      bsn: "999990020",
      voornamen: "Sem",
      geslachtsnaam: "Hoving",
      geboortedatum: "2015-06-01",
      adres: { huisnummer: 3, postcode: "9331 AB", woonplaats: "Norg" },
    },
  });
  kindId = kind.json().id;
});
afterAll(() => t.sluit());

const verzoek = alsMedewerker(() => t.app, sessies);

const melding = (over: Record<string, unknown> = {}) => ({
  zaaktype: "wmo",
  meldingsdatum: plusDagen(vandaag(), -10),
  kanaal: "telefoon",
  omschrijving: "Hulp bij huishouden",
  personen: [{ persoonId, rol: "hoofdpersoon" }],
  veiligheid: "veilig",
  leefgebieden: ["huishouden"],
  ...over,
});

describe("zaken", () => {
  it("registreert een melding, routeert naar de werkvoorraad Wmo en berekent de onderzoekstermijn", async () => {
    const res = await verzoek("iag", "POST", "/api/zaken", melding());
    expect(res.statusCode).toBe(201);
    const zaak = res.json();
    expect(zaak).toMatchObject({
      zaaktype: "wmo",
      status: "melding",
      werkvoorraad: "wmo",
      behandelaar: null,
      versie: 1,
    });
    expect(zaak.wijk).toBe("norg");
    const onderzoek = zaak.termijnen.find((x: { soort: string }) => x.soort === "onderzoek");
    expect(onderzoek).toMatchObject({
      startdatum: melding().meldingsdatum,
      status: "lopend",
      opgeschortDagen: 0,
    });
    expect(onderzoek.uiterlijkeDatum >= plusDagen(melding().meldingsdatum, 42)).toBe(true);
    expect(zaak.acties.map((a: { actie: string }) => a.actie)).toContain("start-onderzoek");
  });

  it("meervoudig of onveilig gaat naar de Regiegroep", async () => {
    const res = await verzoek("iag", "POST", "/api/zaken", melding({ veiligheid: "onveilig" }));
    expect(res.json().werkvoorraad).toBe("regiegroep");
  });

  it.each([
    ["meldingsdatum in de toekomst", { meldingsdatum: plusDagen(vandaag(), 3) }, "meldingsdatum"],
    ["onbekend zaaktype", { zaaktype: "ruimtevaart" }, "zaaktype"],
    [
      "geen hoofdpersoon",
      { personen: [{ persoonId: "00000000-0000-4000-8000-000000000000", rol: "melder" }] },
      "personen",
    ],
  ])("%s → 400, niets opgeslagen", async (_naam, over, veld) => {
    const voor = (await verzoek("teamleider", "GET", "/api/werkvoorraden")).json();
    const res = await verzoek("iag", "POST", "/api/zaken", melding(over));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { veld: string }) => e.veld)).toContain(veld);
    expect((await verzoek("teamleider", "GET", "/api/werkvoorraden")).json()).toEqual(voor);
  });

  it("loopt van melding via onderzoek naar aanvraag met een beslistermijn van 2 weken", async () => {
    const zaak = (await verzoek("iag", "POST", "/api/zaken", melding())).json();
    const id = zaak.id;

    // Aanvraag too early (Wmo 2015 art. 2.3.2 lid 9) → 422 and nothing changes.
    const teVroeg = await verzoek(
      "wmo",
      "POST",
      `/api/zaken/${id}/aanvraag`,
      { aanvraagdatum: vandaag() },
      1,
    );
    expect(teVroeg.statusCode).toBe(422);
    expect(teVroeg.json().detail).toContain("2.3.2 lid 9");
    expect((await verzoek("wmo", "GET", `/api/zaken/${id}`)).json().versie).toBe(1);

    // Without If-Match → 428; stale version → 409.
    expect(
      (await verzoek("wmo", "POST", `/api/zaken/${id}/acties`, { actie: "start-onderzoek" })).statusCode,
    ).toBe(428);
    expect(
      (await verzoek("wmo", "POST", `/api/zaken/${id}/acties`, { actie: "start-onderzoek" }, 7)).statusCode,
    ).toBe(409);

    const opgepakt = await verzoek("wmo", "POST", `/api/zaken/${id}/acties`, { actie: "start-onderzoek" }, 1);
    expect(opgepakt.statusCode).toBe(200);
    expect(opgepakt.json()).toMatchObject({
      status: "onderzoek",
      behandelaar: { naam: "Willem Molenaar" },
      versie: 2,
    });

    // A transition from the wrong state → 422.
    const fout = await verzoek(
      "wmo",
      "POST",
      `/api/zaken/${id}/acties`,
      { actie: "beslis-op-bezwaar", uitkomst: "gegrond" },
      2,
    );
    expect(fout.statusCode).toBe(422);

    // The onderzoek ends by sending its verslag (Wmo 2015 art. 2.3.2 lid 8).
    const afgerond = await verzoek("wmo", "POST", `/api/zaken/${id}/onderzoeksverslag`, VERSLAG, 2);
    expect(afgerond.statusCode).toBe(201);
    expect(
      afgerond.json().zaak.termijnen.find((x: { soort: string }) => x.soort === "onderzoek").status,
    ).toBe("gehaald");

    const aanvraag = await verzoek(
      "wmo",
      "POST",
      `/api/zaken/${id}/aanvraag`,
      { aanvraagdatum: vandaag() },
      3,
    );
    expect(aanvraag.statusCode).toBe(201);
    const beslissing = aanvraag.json().termijnen.find((x: { soort: string }) => x.soort === "beslissing");
    expect(beslissing).toMatchObject({
      startdatum: vandaag(),
      status: "lopend",
      bron: "Wmo 2015 art. 2.3.5 lid 2",
    });
    expect(beslissing.uiterlijkeDatum >= plusDagen(vandaag(), 14)).toBe(true);
    expect(aanvraag.json().status).toBe("aanvraag");
    expect(aanvraag.json().historie.map((h: { soort: string }) => h.soort)).toEqual([
      "melding-geregistreerd",
      "start-onderzoek",
      "rond-onderzoek-af",
      "registreer-aanvraag",
    ]);
  });

  it("weigert een opschorting op een termijn die dat niet toelaat (Wgs eerste gesprek)", async () => {
    const zaak = (
      await verzoek(
        "iag",
        "POST",
        "/api/zaken",
        melding({ zaaktype: "schuldhulp", leefgebieden: ["financien"] }),
      )
    ).json();
    const res = await verzoek(
      "teamleider",
      "POST",
      `/api/zaken/${zaak.id}/opschortingen`,
      { soort: "eerste-gesprek", van: vandaag(), reden: "wacht op stukken" },
      zaak.versie,
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain("Wgs art. 4");
  });

  it("schort de onderzoekstermijn op met reden, en dat schuift de uiterlijke datum", async () => {
    const zaak = (await verzoek("iag", "POST", "/api/zaken", melding())).json();
    const voor = zaak.termijnen.find((x: { soort: string }) => x.soort === "onderzoek");
    const res = await verzoek(
      "wmo",
      "POST",
      `/api/zaken/${zaak.id}/opschortingen`,
      {
        soort: "onderzoek",
        van: plusDagen(vandaag(), -7),
        tot: plusDagen(vandaag(), -2),
        reden: "wacht op medisch advies",
      },
      zaak.versie,
    );
    expect(res.statusCode).toBe(200);
    const na = res.json().termijnen.find((x: { soort: string }) => x.soort === "onderzoek");
    expect(na.opgeschortDagen).toBe(5);
    expect(na.uiterlijkeDatum > voor.uiterlijkeDatum).toBe(true);
  });

  it("een zaak van een andere vakgroep is niet in te zien; een zaak van een andere gemeente bestaat niet", async () => {
    const zaak = (await verzoek("iag", "POST", "/api/zaken", melding())).json();
    expect((await verzoek("jeugd", "GET", `/api/zaken/${zaak.id}`)).statusCode).toBe(403);
    expect((await verzoek("regie", "GET", `/api/zaken/${zaak.id}`)).statusCode).toBe(200);
    expect((await verzoek("assen-iag", "GET", `/api/zaken/${zaak.id}`)).statusCode).toBe(404);
  });
});

describe("A&O en de jurist zien een zaak pas in hun fase (issue Vertrouwen, item 8)", () => {
  const lees = async (wie: string, id: string) => ({
    zaak: (await verzoek(wie, "GET", `/api/zaken/${id}`)).statusCode,
    journaal: (await verzoek(wie, "GET", `/api/zaken/${id}/journaal`)).statusCode,
  });

  it("een zaak van Veilig Opgroeien bij de melding, met aantekeningen: niet voor A&O of de jurist", async () => {
    const res = await verzoek(
      "iag",
      "POST",
      "/api/zaken",
      melding({
        zaaktype: "veilig-opgroeien",
        omschrijving: "Zorgen over de veiligheid thuis",
        personen: [{ persoonId: kindId, rol: "hoofdpersoon" }],
        leefgebieden: ["veiligheid"],
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const zaak = res.json();
    expect(zaak).toMatchObject({ werkvoorraad: "veilig-opgroeien", status: "melding" });
    const notitie = await verzoek("veilig", "POST", `/api/zaken/${zaak.id}/journaal`, {
      zichtbaarheid: "dossier",
      tekst: "Vader zegt dat moeder de kinderen verwaarloost.",
    });
    expect(notitie.statusCode).toBe(201);

    expect(await lees("veilig", zaak.id)).toEqual({ zaak: 200, journaal: 200 });
    expect(await lees("ao", zaak.id)).toEqual({ zaak: 403, journaal: 403 });
    expect(await lees("jurist", zaak.id)).toEqual({ zaak: 403, journaal: 403 });
    const weigering = (await verzoek("ao", "GET", `/api/zaken/${zaak.id}/journaal`)).json();
    expect(JSON.stringify(weigering)).not.toContain("verwaarloost");
    // In the klantdossier A&O sees that the zaak exists, not what it is about.
    const dossier = (await verzoek("ao", "GET", `/api/personen/${kindId}`)).json();
    expect(dossier.zaken.find((z: { id: string }) => z.id === zaak.id)).toMatchObject({
      inzage: false,
      omschrijving: null,
    });
  });

  it("een Wmo-zaak: A&O vanaf de aanvraag, de jurist niet vóór het besluit", async () => {
    const zaak = (
      await verzoek("iag", "POST", "/api/zaken", melding({ meldingsdatum: plusDagen(vandaag(), -50) }))
    ).json();
    expect(await lees("ao", zaak.id)).toEqual({ zaak: 403, journaal: 403 });
    const aanvraag = await verzoek(
      "wmo",
      "POST",
      `/api/zaken/${zaak.id}/aanvraag`,
      { aanvraagdatum: vandaag() },
      zaak.versie,
    );
    expect(aanvraag.statusCode).toBe(201);
    expect(await lees("ao", zaak.id)).toEqual({ zaak: 200, journaal: 200 });
    expect(await lees("jurist", zaak.id)).toEqual({ zaak: 403, journaal: 403 });
    const dossier = (await verzoek("ao", "GET", `/api/personen/${persoonId}`)).json();
    expect(dossier.zaken.find((z: { id: string }) => z.id === zaak.id)).toMatchObject({ inzage: true });
  });

  it("werkvoorraden: A&O alleen de eigen, de jurist geen", async () => {
    const ao = (await verzoek("ao", "GET", "/api/werkvoorraden")).json();
    expect(ao.map((w: { code: string }) => w.code)).toEqual(["ao"]);
    expect((await verzoek("ao", "GET", "/api/werkvoorraden/veilig-opgroeien/zaken")).statusCode).toBe(403);
    expect((await verzoek("jurist", "GET", "/api/werkvoorraden")).json()).toEqual([]);
  });
});

describe("werkvoorraden", () => {
  it("toont de bakken die de medewerker mag zien, met aantallen", async () => {
    const wmo = (await verzoek("wmo", "GET", "/api/werkvoorraden")).json();
    expect(wmo.map((w: { code: string }) => w.code)).toEqual(["wmo"]);
    expect(wmo[0].aantal).toBeGreaterThan(0);
    const teamleider = (await verzoek("teamleider", "GET", "/api/werkvoorraden")).json();
    expect(teamleider.map((w: { code: string }) => w.code)).toEqual(
      expect.arrayContaining(["iag", "wmo", "jeugd", "werk", "regiegroep", "veilig-opgroeien", "ao"]),
    );
    expect((await verzoek("jeugd", "GET", "/api/werkvoorraden/wmo/zaken")).statusCode).toBe(403);
    expect((await verzoek("wmo", "GET", "/api/werkvoorraden/bestaat-niet/zaken")).statusCode).toBe(404);
  });

  it("sorteert op de dichtstbijzijnde uiterlijke datum en pagineert", async () => {
    await verzoek("iag", "POST", "/api/zaken", melding({ meldingsdatum: plusDagen(vandaag(), -40) }));
    const res = await verzoek("wmo", "GET", "/api/werkvoorraden/wmo/zaken?perPagina=2");
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items).toHaveLength(2);
    expect(body.totaal).toBeGreaterThan(2);
    const alle = (await verzoek("wmo", "GET", "/api/werkvoorraden/wmo/zaken?perPagina=100")).json().items;
    const datums = alle.map(
      (z: { termijn: { uiterlijkeDatum: string } | null }) => z.termijn?.uiterlijkeDatum ?? "9999",
    );
    expect(datums).toEqual([...datums].sort());
    expect(alle[0].hoofdpersoon).toBe("Aaltje Hoving");
    const audit = (
      await verzoek("teamleider", "GET", `/api/audit?persoonId=${persoonId}&perPagina=200`)
    ).json().items;
    expect(
      audit.some(
        (r: { resource: string; gebruikersnaam: string }) =>
          r.resource === "werkvoorraad" && r.gebruikersnaam === "wmo",
      ),
    ).toBe(true);
  });
});

describe("werkvoorraad: filters, spoed bovenaan, mijn zaken", () => {
  it("zet crisis bovenaan, ook boven een eerdere termijn, en filtert op spoed in SQL", async () => {
    const oud = (
      await verzoek(
        "iag",
        "POST",
        "/api/zaken",
        melding({ zaaktype: "regie", meldingsdatum: plusDagen(vandaag(), -30) }),
      )
    ).json();
    const crisis = (
      await verzoek("iag", "POST", "/api/zaken", melding({ veiligheid: "crisis", meldingsdatum: vandaag() }))
    ).json();
    expect(crisis.werkvoorraad).toBe("regiegroep");
    const lijst = (
      await verzoek("teamleider", "GET", "/api/werkvoorraden/regiegroep/zaken?perPagina=200")
    ).json();
    const ids = lijst.items.map((z: { id: string }) => z.id);
    expect(ids.indexOf(crisis.id)).toBeLessThan(ids.indexOf(oud.id));
    expect(lijst.items[0]).toMatchObject({ spoed: true });
    const spoed = lijst.items.map((z: { spoed: boolean }) => z.spoed);
    expect(spoed).toEqual([...spoed].sort((a, b) => Number(b) - Number(a)));
    const alleenSpoed = (
      await verzoek("teamleider", "GET", "/api/werkvoorraden/regiegroep/zaken?spoed=true&perPagina=200")
    ).json();
    expect(alleenSpoed.items.map((z: { id: string }) => z.id)).toContain(crisis.id);
    expect(alleenSpoed.items.every((z: { spoed: boolean }) => z.spoed)).toBe(true);
    expect(alleenSpoed.totaal).toBe(alleenSpoed.items.length);
  });

  it("filtert op termijn binnen N dagen en status; een ongeldig aantal dagen geeft 400 met het veld", async () => {
    const alle = (await verzoek("wmo", "GET", "/api/werkvoorraden/wmo/zaken?perPagina=200")).json().items;
    const grens = plusDagen(vandaag(), 3);
    const binnen = (
      await verzoek("wmo", "GET", "/api/werkvoorraden/wmo/zaken?termijnBinnen=3&perPagina=200")
    ).json().items;
    expect(binnen.map((z: { id: string }) => z.id)).toEqual(
      alle
        .filter(
          (z: { termijn: { uiterlijkeDatum: string } | null }) =>
            z.termijn && z.termijn.uiterlijkeDatum <= grens,
        )
        .map((z: { id: string }) => z.id),
    );
    const melding_ = (
      await verzoek("wmo", "GET", "/api/werkvoorraden/wmo/zaken?status=melding&perPagina=200")
    ).json();
    expect(melding_.items.length).toBeGreaterThan(0);
    expect(melding_.items.every((z: { status: string }) => z.status === "melding")).toBe(true);
    const fout = await verzoek("wmo", "GET", "/api/werkvoorraden/wmo/zaken?termijnBinnen=-1");
    expect(fout.statusCode).toBe(400);
    expect(JSON.stringify(fout.json())).toContain("Termijn binnen");
  });

  it("bladert op sleutel (?na=): dezelfde zaken in dezelfde volgorde als in één keer, geen dubbele, geen gemiste", async () => {
    // Spoed, without a deadline and with one: every part of the order key occurs.
    await verzoek("iag", "POST", "/api/zaken", melding({ veiligheid: "crisis", meldingsdatum: vandaag() }));
    for (let i = 0; i < 3; i++) await verzoek("iag", "POST", "/api/zaken", melding({ zaaktype: "regie" }));
    const pad = "/api/werkvoorraden/regiegroep/zaken";
    const inEenKeer = (await verzoek("teamleider", "GET", `${pad}?perPagina=200`)).json();
    expect(inEenKeer.items.length).toBeGreaterThan(4);
    expect(inEenKeer.volgende).toBeNull();
    const gebladerd: string[] = [];
    let na: string | null = null;
    let paginas = 0;
    do {
      const res = await verzoek(
        "teamleider",
        "GET",
        `${pad}?perPagina=2${na ? `&na=${na}&pagina=${paginas + 1}` : ""}`,
      );
      expect(res.statusCode, res.body).toBe(200);
      const deel = res.json();
      expect(deel.items.length).toBeLessThanOrEqual(2);
      expect(deel.totaal).toBe(inEenKeer.totaal);
      gebladerd.push(...deel.items.map((z: { id: string }) => z.id));
      na = deel.volgende;
      paginas++;
    } while (na && paginas < 100);
    expect(gebladerd).toEqual(inEenKeer.items.map((z: { id: string }) => z.id));
    expect(paginas).toBe(Math.ceil(inEenKeer.items.length / 2));
    // The offset page (API clients that ask ?pagina=) still gives the same page.
    const tweede = (await verzoek("teamleider", "GET", `${pad}?perPagina=2&pagina=2`)).json();
    expect(tweede.items.map((z: { id: string }) => z.id)).toEqual(gebladerd.slice(2, 4));
  });

  it("een vervalst of onleesbaar vervolg (?na=) geeft 400 met het veld, geen 500", async () => {
    const pad = "/api/werkvoorraden/wmo/zaken";
    const vals = [
      "bestaat-niet",
      Buffer.from(JSON.stringify([1, "2026-13-45", "x"])).toString("base64url"),
      Buffer.from(JSON.stringify([2, null, "00000000-0000-0000-0000-000000000000"])).toString("base64url"),
      Buffer.from("{").toString("base64url"),
    ];
    for (const na of vals) {
      const res = await verzoek("wmo", "GET", `${pad}?na=${na}`);
      expect(res.statusCode, na).toBe(400);
      expect(res.json().errors[0].veld).toBe("na");
    }
    expect((await verzoek("wmo", "GET", `${pad}?na=${encodeURIComponent("a b")}`)).statusCode).toBe(400);
  });

  it("mijn zaken: alleen zaken op eigen naam, uit elke werkvoorraad", async () => {
    const zaak = (await verzoek("iag", "POST", "/api/zaken", melding())).json();
    expect(
      (
        await verzoek(
          "wmo",
          "POST",
          `/api/zaken/${zaak.id}/acties`,
          { actie: "start-onderzoek" },
          zaak.versie,
        )
      ).statusCode,
    ).toBe(200);
    const mijn = (await verzoek("wmo", "GET", "/api/mijn-zaken?perPagina=200")).json();
    expect(mijn.items.map((z: { id: string }) => z.id)).toContain(zaak.id);
    expect(
      mijn.items.every((z: { behandelaar: string | null }) => z.behandelaar === mijn.items[0].behandelaar),
    ).toBe(true);
    expect((await verzoek("jeugd", "GET", "/api/mijn-zaken")).json().items).toEqual([]);
    expect((await verzoek("wmo", "GET", "/api/mijn-zaken?behandelaar=x")).statusCode).toBe(400);
  });
});

describe("signalering en mijn termijnen", () => {
  it("de dagelijkse ronde draait één keer per dag en werkt de eerstvolgende termijn bij", async () => {
    const { voerSignaleringUit } = await import("../../zaken/signalering");
    const { sql } = await import("drizzle-orm");
    const zaak = (
      await verzoek("iag", "POST", "/api/zaken", melding({ meldingsdatum: plusDagen(vandaag(), -60) }))
    ).json();
    // Simulate a stale nearest deadline (as if computed on an earlier day).
    await t.database.db.execute(
      sql`update zaken set volgende_termijn_datum = '2099-01-01' where id = ${zaak.id}`,
    );
    const ronde = await voerSignaleringUit(t.database.db, vandaag());
    expect(ronde.uitgevoerd).toBe(true);
    expect(ronde.bijgewerkt).toBeGreaterThanOrEqual(1);
    expect(ronde.verlopen).toBeGreaterThanOrEqual(1);
    expect((await voerSignaleringUit(t.database.db, vandaag())).uitgevoerd).toBe(false);
    const lijst = (
      await verzoek("wmo", "GET", "/api/werkvoorraden/wmo/zaken?verlopen=true&perPagina=100")
    ).json();
    expect(lijst.items.map((z: { id: string }) => z.id)).toContain(zaak.id);
  });

  it("mijn termijnen toont de zaken op eigen naam, verlopen eerst", async () => {
    const zaak = (
      await verzoek("iag", "POST", "/api/zaken", melding({ meldingsdatum: plusDagen(vandaag(), -50) }))
    ).json();
    expect(
      (
        await verzoek(
          "wmo",
          "POST",
          `/api/zaken/${zaak.id}/acties`,
          { actie: "start-onderzoek" },
          zaak.versie,
        )
      ).statusCode,
    ).toBe(200);
    const mijn = (await verzoek("wmo", "GET", "/api/mijn-termijnen")).json();
    expect(mijn[0]).toMatchObject({
      id: zaak.id,
      hoofdpersoon: "Aaltje Hoving",
      termijn: { soort: "onderzoek", urgentie: "verlopen" },
    });
    expect((await verzoek("jeugd", "GET", "/api/mijn-termijnen")).json()).toEqual([]);
  });
});

describe("Jeugdwet", () => {
  it("een jeugdzaak voor iemand van 30 of ouder → 422 met de regel, niets opgeslagen", async () => {
    const voor = (await verzoek("teamleider", "GET", "/api/werkvoorraden")).json();
    const res = await verzoek(
      "iag",
      "POST",
      "/api/zaken",
      melding({ zaaktype: "jeugd", leefgebieden: ["opvoeding"] }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain("jeugdwet-leeftijd");
    expect((await verzoek("teamleider", "GET", "/api/werkvoorraden")).json()).toEqual(voor);
  });
});

describe("verlenging en journaal", () => {
  it("verlengt een beslistermijn alleen als dat op tijd is meegedeeld", async () => {
    // The notice of the verlenging goes to whoever has gezag over the child (Awb 4:14; brieven/verdaging.ts).
    const gezag = await verzoek("iag", "POST", `/api/personen/${persoonId}/relaties`, {
      gerelateerdeId: kindId,
      soort: "gezag",
    });
    expect(gezag.statusCode).toBe(201);
    const zaak = (
      await verzoek(
        "iag",
        "POST",
        "/api/zaken",
        melding({
          zaaktype: "jeugd",
          leefgebieden: ["opvoeding"],
          personen: [{ persoonId: kindId, rol: "hoofdpersoon" }],
        }),
      )
    ).json();
    const metAanvraag = (
      await verzoek(
        "jeugd",
        "POST",
        `/api/zaken/${zaak.id}/aanvraag`,
        { aanvraagdatum: plusDagen(vandaag(), -2) },
        zaak.versie,
      )
    ).json();
    const voor = metAanvraag.termijnen.find((x: { soort: string }) => x.soort === "beslissing");
    const res = await verzoek(
      "jeugd",
      "POST",
      `/api/zaken/${zaak.id}/verlengingen`,
      { soort: "beslissing", weken: 4, reden: "advies jeugdarts nodig", medegedeeldOp: vandaag() },
      metAanvraag.versie,
    );
    expect(res.statusCode).toBe(200);
    const na = res.json().termijnen.find((x: { soort: string }) => x.soort === "beslissing");
    expect(na.uiterlijkeDatum > voor.uiterlijkeDatum).toBe(true);
    expect(na.uitleg).toContain("4 weken verlengd (advies jeugdarts nodig)");
    const onderzoek = await verzoek(
      "jeugd",
      "POST",
      `/api/zaken/${zaak.id}/verlengingen`,
      { soort: "onderzoek", weken: 1, reden: "drukte", medegedeeldOp: vandaag() },
      res.json().versie,
    );
    expect(onderzoek.statusCode).toBe(422);
  });

  it("een persoonlijke werkaantekening ziet alleen de auteur, ook de teamleider niet", async () => {
    const zaak = (await verzoek("iag", "POST", "/api/zaken", melding())).json();
    expect(
      (
        await verzoek("wmo", "POST", `/api/zaken/${zaak.id}/journaal`, {
          zichtbaarheid: "dossier",
          tekst: "Huisbezoek gepland.",
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await verzoek("wmo", "POST", `/api/zaken/${zaak.id}/journaal`, {
          zichtbaarheid: "werkaantekening",
          tekst: "Eigen indruk: mantelzorger lijkt overbelast.",
        })
      ).statusCode,
    ).toBe(201);
    const eigen = (await verzoek("wmo", "GET", `/api/zaken/${zaak.id}/journaal`)).json();
    expect(eigen.map((r: { zichtbaarheid: string }) => r.zichtbaarheid)).toEqual([
      "dossier",
      "werkaantekening",
    ]);
    const teamleider = (await verzoek("teamleider", "GET", `/api/zaken/${zaak.id}/journaal`)).json();
    expect(teamleider.map((r: { tekst: string }) => r.tekst)).toEqual(["Huisbezoek gepland."]);
    expect((await verzoek("jeugd", "GET", `/api/zaken/${zaak.id}/journaal`)).statusCode).toBe(403);
  });
});

describe("zaaktypen: eigen termijnen van de gemeente", () => {
  it("een nieuwe versie geldt voor nieuwe meldingen vanaf de datum; eerdere zaken houden hun termijn", async () => {
    const eerder = (
      await verzoek(
        "iag",
        "POST",
        "/api/zaken",
        melding({
          zaaktype: "jeugd",
          leefgebieden: ["opvoeding"],
          meldingsdatum: vandaag(),
          personen: [{ persoonId: kindId, rol: "hoofdpersoon" }],
        }),
      )
    ).json();
    expect(
      (
        await verzoek("wmo", "POST", "/api/zaaktypen/jeugd/versies", {
          geldigVanaf: vandaag(),
          toelichting: "nieuwe verordening",
          termijnen: {},
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await verzoek("beheerder", "POST", "/api/zaaktypen/jeugd/versies", {
          geldigVanaf: plusDagen(vandaag(), -1),
          toelichting: "terug in de tijd",
          termijnen: { onderzoek: 4 },
        })
      ).statusCode,
    ).toBe(400);
    const wmo = await verzoek("beheerder", "POST", "/api/zaaktypen/wmo/versies", {
      geldigVanaf: vandaag(),
      toelichting: "sneller onderzoek",
      termijnen: { onderzoek: 4 },
    });
    expect(wmo.statusCode).toBe(422);
    expect(wmo.json().errors[0].veld).toBe("termijnen.onderzoek");

    const versie = await verzoek("beheerder", "POST", "/api/zaaktypen/jeugd/versies", {
      geldigVanaf: vandaag(),
      toelichting: "Verordening jeugdhulp 2027: onderzoek binnen 4 weken",
      termijnen: { onderzoek: 4 },
    });
    expect(versie.statusCode).toBe(201);
    const nieuw = (
      await verzoek(
        "iag",
        "POST",
        "/api/zaken",
        melding({
          zaaktype: "jeugd",
          leefgebieden: ["opvoeding"],
          meldingsdatum: vandaag(),
          personen: [{ persoonId: kindId, rol: "hoofdpersoon" }],
        }),
      )
    ).json();
    const termijnNieuw = nieuw.termijnen.find((x: { soort: string }) => x.soort === "onderzoek");
    expect(termijnNieuw.bron).toContain("gemeentelijk vastgesteld");
    expect(termijnNieuw.uitleg).toContain("4 weken na melding");
    const oud = (await verzoek("jeugd", "GET", `/api/zaken/${eerder.id}`)).json();
    expect(oud.termijnen.find((x: { soort: string }) => x.soort === "onderzoek").uitleg).toContain(
      "6 weken na melding",
    );
    const catalogus = (await verzoek("teamleider", "GET", "/api/zaaktypen")).json();
    expect(catalogus.find((z: { code: string }) => z.code === "jeugd").versies[0].termijnen).toEqual({
      onderzoek: 4,
    });
  });
});

describe("If-Match op elke wijziging van een zaak (optimistic locking)", () => {
  const d = () => vandaag();
  const wijzigingen: [string, string, string, () => object][] = [
    ["een statusovergang", "wmo", "acties", () => ({ actie: "start-plan" })],
    ["de aanvraag", "wmo", "aanvraag", () => ({ aanvraagdatum: d() })],
    ["het onderzoeksverslag", "wmo", "onderzoeksverslag", () => VERSLAG],
    [
      "een verlenging",
      "wmo",
      "verlengingen",
      () => ({ soort: "onderzoek", weken: 2, reden: "Wacht op advies", medegedeeldOp: d() }),
    ],
    [
      "een opschorting",
      "wmo",
      "opschortingen",
      () => ({ soort: "onderzoek", van: d(), reden: "Wacht op stukken" }),
    ],
    ["oppakken", "wmo", "oppakken", () => ({ overwegingen: "Past bij mijn caseload" })],
    [
      "niet oppakken",
      "wmo",
      "niet-oppakken",
      () => ({
        redenen: ["Vraag is al beantwoord"],
        terugkoppeling: { op: d(), kanaal: "telefoon", samenvatting: "Gebeld en uitgelegd" },
      }),
    ],
    ["overdracht", "wmo", "overdracht", () => ({ naarWerkvoorraad: "jeugd", reden: "Het gaat om het kind" })],
  ];

  it.each(wijzigingen)(
    "%s: zonder If-Match 428, met een verouderde versie 409, en niets verandert",
    async (_naam, wie, pad, body) => {
      const zaak = (await verzoek("iag", "POST", "/api/zaken", melding())).json();
      const zonder = await verzoek(wie, "POST", `/api/zaken/${zaak.id}/${pad}`, body());
      expect(zonder.statusCode, zonder.body).toBe(428);
      expect(zonder.headers["content-type"]).toContain("application/problem+json");
      const verouderd = await verzoek(wie, "POST", `/api/zaken/${zaak.id}/${pad}`, body(), zaak.versie + 7);
      expect(verouderd.statusCode, verouderd.body).toBe(409);
      const na = (await verzoek("teamleider", "GET", `/api/zaken/${zaak.id}`)).json();
      expect(na.versie).toBe(zaak.versie);
    },
  );
});
