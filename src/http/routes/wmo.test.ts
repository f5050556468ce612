/**
 * The Wmo themes through the API (issue 15; seed 004 §6.2): the onderzoek per theme (partial answers saved, 400 for
 * a wrong answer with nothing changed, 409 on a stale If-Match), the hours of huishoudelijke hulp from the normenkader
 * (computed by hand below), the hulpmiddel verstrekt only after a toekenning and taken back only from bruikleen, the
 * CAK notices in order; the beheerder's normenkader in versions (If-Match 0 for the first). Content per rule 5 (another
 * vakgroep is refused), audited without content.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vandaag } from "../../lib/klok";
import { alsMedewerker, login, rijenUit, startTestVoordeur, type TestVoordeur } from "../../test/app";
import { INGANG, kenDagbestedingToe, opgepakteWmoZaak, zaakMetOndertekendWmoPlan } from "../../test/wmo-plan";

let t: TestVoordeur;
const sessies: Record<string, string> = {};
const verzoek = alsMedewerker(() => t.app, sessies);
const wmo = (id: string, pad = "") => `/api/zaken/${id}/wmo${pad}`;
const NORMENKADER = "/api/beheer/normenkader-huishoudelijke-hulp";

let volgnummer = 0;
function testBsn(n: number): string {
  for (let i = n; ; i++) {
    const basis = `9997${String(i).padStart(4, "0")}`;
    const som = [...basis].reduce((s, c, j) => s + Number(c) * (9 - j), 0);
    if (som % 11 <= 9) return `${basis}${som % 11}`;
  }
}
async function persoon(): Promise<string> {
  volgnummer += 11;
  const res = await verzoek("iag", "POST", "/api/personen", {
    bsn: testBsn(volgnummer * 17),
    voornamen: "Hendrika",
    geslachtsnaam: `Wolters${volgnummer}`,
    geboortedatum: "1941-09-12",
    adres: { huisnummer: 3, postcode: "9331 AB", woonplaats: "Norg" },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

const lees = async (id: string, wie = "wmo") => {
  const res = await verzoek(wie, "GET", wmo(id));
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const aantal = async (tabel: string, zaakId: string) =>
  Number(
    (
      await rijenUit<{ n: number }>(
        t,
        sql`select count(*)::int as n from ${sql.identifier(tabel)} where zaak_id = ${zaakId}`,
      )
    )[0]?.n,
  );

/** A Wmo zaak with a toekenning by A&O (dagbesteding), so verstrekking and CAK may follow. */
async function toegekendeZaak(): Promise<string> {
  const zaak = await zaakMetOndertekendWmoPlan(verzoek, await persoon());
  await kenDagbestedingToe(verzoek, zaak.id);
  return zaak.id;
}

beforeAll(async () => {
  t = await startTestVoordeur();
  for (const naam of ["iag", "wmo", "ao", "werk", "teamleider", "beheerder", "schuld"])
    sessies[naam] = await login(t.app, naam);
});
afterAll(() => t.sluit());

describe("het onderzoek per thema", () => {
  it("toont de acht thema's met hun vragen en het voorbeeld-normenkader; nog niets vastgelegd", async () => {
    const zaak = await opgepakteWmoZaak(verzoek, await persoon());
    const w = await lees(zaak.id);
    expect(w.themas.map((th: { code: string }) => th.code)).toEqual([
      "huishoudelijke-hulp",
      "hulpmiddelen",
      "woningaanpassing",
      "leerlingenvervoer",
      "taxipas",
      "mantelzorg",
      "tegemoetkoming-meerkosten",
      "huisvesting-nieuwkomers",
    ]);
    expect(w.themas.every((th: { antwoorden: unknown }) => th.antwoorden === null)).toBe(true);
    // The theme's products from the catalogue by WMO020 category; leerlingenvervoer has no WMO020 category.
    const categorieVan = (code: string) => w.themas.find((th: { code: string }) => th.code === code);
    expect(categorieVan("huishoudelijke-hulp").categorieen).toEqual([
      { code: "01", naam: "Hulp bij het huishouden" },
    ]);
    expect(categorieVan("leerlingenvervoer")).toMatchObject({ categorieen: [], producten: [] });
    expect(w.huishouden.normenkader).toMatchObject({ versie: 0, voorbeeld: true, basisUrenPerJaar: 108 });
    expect(w.toekenningOp).toBeNull();
    expect(w.kanVastleggen).toEqual({ mogelijk: true, reden: null });
  });

  it("legt antwoorden vast (ook half), met de versie; een verkeerd antwoord is 400 en verandert niets", async () => {
    const zaak = await opgepakteWmoZaak(verzoek, await persoon());
    const fout = await verzoek(
      "wmo",
      "PUT",
      wmo(zaak.id, "/thema"),
      { thema: "hulpmiddelen", antwoorden: { algemeenGebruikelijk: "misschien" } },
      zaak.versie,
    );
    expect(fout.statusCode, fout.body).toBe(400);
    expect(fout.json().detail).toContain("Kies ja of nee.");
    const onbekend = await verzoek(
      "wmo",
      "PUT",
      wmo(zaak.id, "/thema"),
      { thema: "hulpmiddelen", antwoorden: { kleurVanDeFiets: "rood" } },
      zaak.versie,
    );
    expect(onbekend.statusCode).toBe(400);
    expect(await aantal("wmo_themas", zaak.id)).toBe(0);

    const res = await verzoek(
      "wmo",
      "PUT",
      wmo(zaak.id, "/thema"),
      { thema: "hulpmiddelen", antwoorden: { algemeenGebruikelijk: false } },
      zaak.versie,
    );
    expect(res.statusCode, res.body).toBe(200);
    const w = res.json();
    expect(w.versie).toBe(zaak.versie + 1);
    expect(res.headers.etag).toBe(`"${zaak.versie + 1}"`);
    const th = w.themas.find((x: { code: string }) => x.code === "hulpmiddelen");
    expect(th.antwoorden).toEqual({ algemeenGebruikelijk: false });
    expect(th.volledig).toBe(false);
    expect(th.vastgelegdDoor).not.toBeNull();

    const oud = await verzoek(
      "wmo",
      "PUT",
      wmo(zaak.id, "/thema"),
      { thema: "hulpmiddelen", antwoorden: { algemeenGebruikelijk: true } },
      zaak.versie,
    );
    expect(oud.statusCode).toBe(409);
    const geschiedenis = await rijenUit<{ soort: string }>(
      t,
      sql`select soort from zaak_gebeurtenissen where zaak_id = ${zaak.id} and soort = 'wmo-thema'`,
    );
    expect(geschiedenis).toHaveLength(1);
  });

  it("berekent de uren huishoudelijke hulp uit het normenkader: 108 + 26 + 2 × 16 = 166 per jaar, 3,25 per week", async () => {
    const zaak = await opgepakteWmoZaak(verzoek, await persoon());
    const res = await verzoek(
      "wmo",
      "PUT",
      wmo(zaak.id, "/thema"),
      {
        thema: "huishoudelijke-hulp",
        antwoorden: {},
        factoren: [
          { code: "beperkingen-enig", aantal: 1 },
          { code: "kamer-in-gebruik", aantal: 2 },
        ],
      },
      zaak.versie,
    );
    expect(res.statusCode, res.body).toBe(200);
    // 166 / 52 = 3.19…, rounded up to the quarter hour.
    expect(res.json().huishouden.berekening).toMatchObject({
      normenkaderVersie: 0,
      urenPerJaar: 166,
      urenPerWeek: 3.25,
    });
    expect(res.json().huishouden.factoren).toHaveLength(2);

    const uitsluiten = await verzoek(
      "wmo",
      "PUT",
      wmo(zaak.id, "/thema"),
      {
        thema: "huishoudelijke-hulp",
        antwoorden: {},
        factoren: [
          { code: "beperkingen-enig", aantal: 1 },
          { code: "beperkingen-veel", aantal: 1 },
        ],
      },
      res.json().versie,
    );
    expect(uitsluiten.statusCode).toBe(422);
    expect(uitsluiten.json().detail).toContain("sluiten elkaar uit");

    const ander = await verzoek(
      "wmo",
      "PUT",
      wmo(zaak.id, "/thema"),
      { thema: "taxipas", antwoorden: {}, factoren: [{ code: "kamer-in-gebruik", aantal: 1 }] },
      res.json().versie,
    );
    expect(ander.statusCode).toBe(400);
    expect((await lees(zaak.id)).huishouden.berekening.urenPerJaar).toBe(166);
  });

  it("alleen op een Wmo-zaak, en niet voor een andere vakgroep", async () => {
    const id = await persoon();
    const schuld = (
      await verzoek("iag", "POST", "/api/zaken", {
        zaaktype: "schuldhulp",
        meldingsdatum: vandaag(),
        kanaal: "telefoon",
        omschrijving: "Geldzorgen",
        personen: [{ persoonId: id, rol: "hoofdpersoon" }],
        veiligheid: "veilig",
        leefgebieden: [],
      })
    ).json();
    const res = await verzoek(
      "teamleider",
      "PUT",
      wmo(schuld.id, "/thema"),
      { thema: "taxipas", antwoorden: {} },
      schuld.versie,
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toBe("Dit kan alleen op een Wmo-zaak.");

    const zaak = await opgepakteWmoZaak(verzoek, id);
    expect((await verzoek("werk", "GET", wmo(zaak.id))).statusCode).toBe(403);
    const wijzig = await verzoek(
      "werk",
      "PUT",
      wmo(zaak.id, "/thema"),
      { thema: "taxipas", antwoorden: {} },
      zaak.versie,
    );
    expect(wijzig.statusCode).toBe(403);
    expect(await aantal("wmo_themas", zaak.id)).toBe(0);
  });

  it("elke inzage van vastgelegde inhoud staat in het auditlog, zonder de inhoud", async () => {
    const zaak = await opgepakteWmoZaak(verzoek, await persoon());
    const res = await verzoek(
      "wmo",
      "PUT",
      wmo(zaak.id, "/thema"),
      { thema: "mantelzorg", antwoorden: { mantelzorger: "Dochter zorgt dagelijks", urenPerWeek: 20 } },
      zaak.versie,
    );
    expect(res.statusCode, res.body).toBe(200);
    await lees(zaak.id);
    const audit = await rijenUit<{ actie: string; reden: string; persoon_id: string | null }>(
      t,
      sql`select actie, reden, persoon_id from audit_log where resource = 'wmo' and reden like ${`%${zaak.zaaknummer}%`} order by id`,
    );
    // The change, the section it answers with, and the read.
    expect(audit.map((a) => a.actie)).toEqual(["wijzigen", "lezen", "lezen"]);
    expect(audit.every((a) => a.persoon_id !== null)).toBe(true);
    expect(audit.some((a) => a.reden.includes("Dochter"))).toBe(false);
  });
});

describe("verstrekking en CAK na de toekenning", () => {
  it("geen hulpmiddel en geen CAK-melding zonder toekenning (422, niets vastgelegd)", async () => {
    const zaak = await opgepakteWmoZaak(verzoek, await persoon());
    const res = await verzoek(
      "wmo",
      "POST",
      wmo(zaak.id, "/verstrekkingen"),
      { soort: "scootmobiel", vorm: "bruikleen", leverancier: "Hulpmiddelen Noord", geleverdOp: null },
      zaak.versie,
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain("pas verstrekt na een besluit");
    const cak = await verzoek(
      "wmo",
      "POST",
      wmo(zaak.id, "/cak-meldingen"),
      { soort: "start", ingangsdatum: vandaag(), gemeldOp: vandaag() },
      zaak.versie,
    );
    expect(cak.statusCode).toBe(422);
    expect(await aantal("hulpmiddel_verstrekkingen", zaak.id)).toBe(0);
    expect(await aantal("cak_meldingen", zaak.id)).toBe(0);
  });

  it("verstrekt in bruikleen, neemt in; eigendom en pgb komen niet terug; CAK start vóór einde", async () => {
    const zaakId = await toegekendeZaak();
    let w = await lees(zaakId);
    expect(w.toekenningOp).toBe(vandaag());

    const zonderLeverancier = await verzoek(
      "wmo",
      "POST",
      wmo(zaakId, "/verstrekkingen"),
      { soort: "scootmobiel", vorm: "bruikleen", leverancier: null, geleverdOp: null },
      w.versie,
    );
    expect(zonderLeverancier.statusCode).toBe(400);
    expect(zonderLeverancier.json().invalidParams?.[0] ?? zonderLeverancier.json()).toBeTruthy();

    const bruikleen = await verzoek(
      "wmo",
      "POST",
      wmo(zaakId, "/verstrekkingen"),
      { soort: "scootmobiel", vorm: "bruikleen", leverancier: "Hulpmiddelen Noord", geleverdOp: vandaag() },
      w.versie,
    );
    expect(bruikleen.statusCode, bruikleen.body).toBe(200);
    w = bruikleen.json();
    const pgb = await verzoek(
      "wmo",
      "POST",
      wmo(zaakId, "/verstrekkingen"),
      { soort: "aangepaste-fiets", vorm: "pgb", leverancier: null, geleverdOp: vandaag() },
      w.versie,
    );
    expect(pgb.statusCode, pgb.body).toBe(200);
    w = pgb.json();
    expect(w.verstrekkingen.map((v: { vormLabel: string }) => v.vormLabel)).toEqual([
      "In bruikleen (natura)",
      "Persoonsgebonden budget",
    ]);
    const [scootmobiel, fiets] = w.verstrekkingen;

    const fietsIn = await verzoek(
      "wmo",
      "POST",
      wmo(zaakId, "/innames"),
      { verstrekkingId: fiets.id, ingenomenOp: vandaag() },
      w.versie,
    );
    expect(fietsIn.statusCode).toBe(422);
    expect(fietsIn.json().detail).toContain("Alleen een hulpmiddel in bruikleen");
    const scootIn = await verzoek(
      "wmo",
      "POST",
      wmo(zaakId, "/innames"),
      { verstrekkingId: scootmobiel.id, ingenomenOp: vandaag() },
      w.versie,
    );
    expect(scootIn.statusCode, scootIn.body).toBe(200);
    w = scootIn.json();
    expect(w.verstrekkingen[0].ingenomenOp).toBe(vandaag());

    const stop = await verzoek(
      "wmo",
      "POST",
      wmo(zaakId, "/cak-meldingen"),
      { soort: "stop", ingangsdatum: vandaag(), gemeldOp: vandaag() },
      w.versie,
    );
    expect(stop.statusCode).toBe(422);
    expect(stop.json().detail).toBe("Meld eerst de start aan het CAK.");
    const start = await verzoek(
      "wmo",
      "POST",
      wmo(zaakId, "/cak-meldingen"),
      { soort: "start", ingangsdatum: INGANG, gemeldOp: vandaag() },
      w.versie,
    );
    expect(start.statusCode, start.body).toBe(200);
    w = start.json();
    const nogEens = await verzoek(
      "wmo",
      "POST",
      wmo(zaakId, "/cak-meldingen"),
      { soort: "start", ingangsdatum: INGANG, gemeldOp: vandaag() },
      w.versie,
    );
    expect(nogEens.statusCode).toBe(422);
    expect(w.cakMeldingen).toEqual([
      {
        soort: "start",
        soortLabel: "Start van de maatwerkvoorziening",
        ingangsdatum: INGANG,
        gemeldOp: vandaag(),
      },
    ]);
  });
});

describe("het normenkader van de gemeente", () => {
  const kader = {
    bron: "Onderzoek normtijden 2026, vastgesteld door het college op 1 december 2026",
    basisOmschrijving: "Schoon en leefbaar huis",
    basisUrenPerJaar: 120,
    factoren: [
      { code: "kamer-in-gebruik", omschrijving: "Extra kamer in gebruik", urenPerJaar: 13, perStuk: true },
    ],
  };

  it("de consulent leest het, alleen de beheerder stelt het vast; versie 0 is het voorbeeld", async () => {
    const res = await verzoek("wmo", "GET", NORMENKADER);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ versie: 0, voorbeeld: true });
    expect(res.headers.etag).toBe('"0"');
    expect((await verzoek("wmo", "PUT", NORMENKADER, kader, 0)).statusCode).toBe(403);
    expect((await verzoek("beheerder", "PUT", NORMENKADER, kader)).statusCode).toBe(428);
    const nul = await verzoek(
      "beheerder",
      "PUT",
      NORMENKADER,
      { ...kader, factoren: [{ ...kader.factoren[0], urenPerJaar: 0 }] },
      0,
    );
    expect(nul.statusCode).toBe(422);
    expect((await verzoek("wmo", "GET", NORMENKADER)).json().versie).toBe(0);

    const vast = await verzoek("beheerder", "PUT", NORMENKADER, kader, 0);
    expect(vast.statusCode, vast.body).toBe(200);
    expect(vast.json()).toMatchObject({ versie: 1, voorbeeld: false, basisUrenPerJaar: 120 });
    expect((await verzoek("beheerder", "PUT", NORMENKADER, kader, 0)).statusCode).toBe(409);

    // A zaak computed now uses version 1: 120 + 3 × 13 = 159 per year; 159 / 52 = 3.06 → 3.25 per week.
    const zaak = await opgepakteWmoZaak(verzoek, await persoon());
    const uren = await verzoek(
      "wmo",
      "PUT",
      wmo(zaak.id, "/thema"),
      { thema: "huishoudelijke-hulp", antwoorden: {}, factoren: [{ code: "kamer-in-gebruik", aantal: 3 }] },
      zaak.versie,
    );
    expect(uren.statusCode, uren.body).toBe(200);
    expect(uren.json().huishouden.berekening).toMatchObject({
      normenkaderVersie: 1,
      urenPerJaar: 159,
      urenPerWeek: 3.25,
    });
  });
});
