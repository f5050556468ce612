/**
 * Schuldhulp through the API (issue 15): the Wgs clock (hulpvraag → eerste gesprek within 4 weeks, or 3 working days
 * when eviction threatens → toegangsbeschikking) in the zaak's termijnen and the werkvoorraad's sort date, the plan
 * van aanpak's ladder (422 naming the rule when a lighter step is skipped unmotivated), the ingebrekestelling with the
 * dwangsom shown on the zaak and flagged in the werkvoorraad, and the Pw voorschot (≥ 90 % of the norm) with its
 * letter. Bad input 4xx with nothing changed; a stale If-Match 409; content per policy rule 24 (another vakgroep sees
 * no content), the ingebrekestelling per rule 24a (the jurist too); audited without content.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { herstelKlok, zetKlok } from "../../lib/klok";
import { alsMedewerker, login, rijenUit, startTestVoordeur, type TestVoordeur } from "../../test/app";

// "Now" is Thursday 28 May 2026, 12:00 Dutch time.
const NU = new Date("2026-05-28T10:00:00.000Z");
let t: TestVoordeur;
const sessies: Record<string, string> = {};
const verzoek = alsMedewerker(() => t.app, sessies);
const rijen = <T>(query: ReturnType<typeof sql>) => rijenUit<T>(t, query);

async function persoon(bsn: string, voornamen: string): Promise<string> {
  const res = await verzoek("iag", "POST", "/api/personen", {
    bsn,
    voornamen,
    geslachtsnaam: "Schuldenaar",
    geboortedatum: "1980-03-03",
    email: `${voornamen.toLowerCase()}@example.org`,
    adres: { huisnummer: 7, postcode: "9331 AB", woonplaats: "Norg" },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function zaak(persoonId: string, zaaktype: string, meldingsdatum: string) {
  const res = await verzoek("iag", "POST", "/api/zaken", {
    zaaktype,
    meldingsdatum,
    kanaal: "telefoon",
    omschrijving: "Geldzorgen",
    personen: [{ persoonId, rol: "hoofdpersoon" }],
    veiligheid: "veilig",
    leefgebieden: [],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; versie: number; werkvoorraad: string };
}

const sh = (id: string, pad = "") => `/api/zaken/${id}/schuldhulp${pad}`;
const zaakRij = async (id: string) =>
  (
    await rijen<{
      versie: number;
      volgende_termijn_datum: string | null;
      volgende_termijn_soort: string | null;
    }>(sql`select versie, volgende_termijn_datum::text, volgende_termijn_soort from zaken where id = ${id}`)
  )[0];

let jan: string;
let schuldzaak: { id: string; versie: number; werkvoorraad: string };

beforeAll(async () => {
  zetKlok(NU);
  t = await startTestVoordeur();
  for (const naam of ["iag", "schuld", "wmo", "werk", "regie", "teamleider", "jurist"])
    sessies[naam] = await login(t.app, naam);
  jan = await persoon("999990111", "Jan");
  schuldzaak = await zaak(jan, "schuldhulp", "2026-05-28");
});
afterAll(async () => {
  await t.sluit();
  herstelKlok();
});

describe("de Wgs-klok", () => {
  it("spoed bij dreigende ontruiming: eerste gesprek binnen 3 werkdagen, in de termijnen en de werkvoorraad", async () => {
    expect(schuldzaak.werkvoorraad).toBe("schuldhulp");
    const res = await verzoek(
      "schuld",
      "PUT",
      sh(schuldzaak.id, "/wgs"),
      { hulpvraagOp: "2026-05-28", dreiging: "ontruiming", eersteGesprekOp: null, toegang: null },
      schuldzaak.versie,
    );
    expect(res.statusCode, res.body).toBe(200);
    const inhoud = res.json().inhoud;
    expect(inhoud).toMatchObject({ spoed: true, dreigingLabel: "Dreigende ontruiming van de woning" });
    // Thursday 28 May → Friday 29, Monday 1 June, Tuesday 2 June (Wgs art. 4 lid 2).
    expect(inhoud.termijnen).toMatchObject([
      { soort: "eerste-gesprek", uiterlijkeDatum: "2026-06-02", bron: "Wgs art. 4 lid 2", status: "lopend" },
    ]);
    expect(res.headers.etag).toBe(`"${schuldzaak.versie + 1}"`);
    expect(await zaakRij(schuldzaak.id)).toMatchObject({
      volgende_termijn_datum: "2026-06-02",
      volgende_termijn_soort: "eerste-gesprek",
    });
    const bak = (await verzoek("schuld", "GET", "/api/werkvoorraden/schuldhulp/zaken")).json();
    expect(bak.items.find((z: { id: string }) => z.id === schuldzaak.id).termijn).toMatchObject({
      soort: "eerste-gesprek",
      uiterlijkeDatum: "2026-06-02",
    });
  });

  it("zonder dreiging 4 weken; het eerste gesprek haalt de termijn en start de beslistermijn (Wgs 4a)", async () => {
    const versie = (await zaakRij(schuldzaak.id))?.versie as number;
    const zonder = await verzoek(
      "schuld",
      "PUT",
      sh(schuldzaak.id, "/wgs"),
      { hulpvraagOp: "2026-05-28", dreiging: null, eersteGesprekOp: null, toegang: null },
      versie,
    );
    expect(zonder.json().inhoud.termijnen[0]).toMatchObject({
      uiterlijkeDatum: "2026-06-25",
      bron: "Wgs art. 4 lid 1",
    });
    const gesprek = await verzoek(
      "schuld",
      "PUT",
      sh(schuldzaak.id, "/wgs"),
      { hulpvraagOp: "2026-05-28", dreiging: "ontruiming", eersteGesprekOp: "2026-05-28", toegang: null },
      versie + 1,
    );
    expect(gesprek.statusCode, gesprek.body).toBe(200);
    expect(gesprek.json().inhoud.termijnen).toMatchObject([
      { soort: "eerste-gesprek", status: "gehaald" },
      { soort: "beslissing", startdatum: "2026-05-28", uiterlijkeDatum: "2026-07-23", status: "lopend" },
    ]);
    expect(await zaakRij(schuldzaak.id)).toMatchObject({ volgende_termijn_soort: "beslissing" });
  });

  it.each([
    ["hulpvraag in de toekomst", { hulpvraagOp: "2026-05-29" }, 400, "hulpvraagOp"],
    ["geen datum", { hulpvraagOp: "morgen" }, 400, "hulpvraagOp"],
    ["onbekende dreiging", { dreiging: "brand" }, 400, "dreiging"],
    [
      "beschikking zonder eerste gesprek",
      { eersteGesprekOp: null, toegang: { op: "2026-05-28", uitkomst: "toegelaten" } },
      422,
      "toegang",
    ],
  ])("%s → %i, niets veranderd", async (_wat, over, status, veld) => {
    const voor = await zaakRij(schuldzaak.id);
    const res = await verzoek(
      "schuld",
      "PUT",
      sh(schuldzaak.id, "/wgs"),
      { hulpvraagOp: "2026-05-28", dreiging: null, eersteGesprekOp: "2026-05-28", toegang: null, ...over },
      voor?.versie,
    );
    expect(res.statusCode, res.body).toBe(status);
    expect(JSON.stringify(res.json().errors)).toContain(veld);
    expect(await zaakRij(schuldzaak.id)).toEqual(voor);
  });

  it("zonder If-Match 428, met een oude versie 409", async () => {
    const body = { hulpvraagOp: "2026-05-28", dreiging: null, eersteGesprekOp: null, toegang: null };
    expect((await verzoek("schuld", "PUT", sh(schuldzaak.id, "/wgs"), body)).statusCode).toBe(428);
    expect((await verzoek("schuld", "PUT", sh(schuldzaak.id, "/wgs"), body, 1)).statusCode).toBe(409);
  });

  it("alleen op een schuldhulpzaak (422)", async () => {
    const wmo = await zaak(jan, "wmo", "2026-05-20");
    const res = await verzoek(
      "teamleider",
      "PUT",
      sh(wmo.id, "/wgs"),
      { hulpvraagOp: "2026-05-20", dreiging: null, eersteGesprekOp: null, toegang: null },
      wmo.versie,
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().regel).toBe("schuldhulpzaak");
  });
});

describe("plan van aanpak: de ladder", () => {
  const trede = async (body: object, wie = "schuld") =>
    verzoek(wie, "POST", sh(schuldzaak.id, "/treden"), body, (await zaakRij(schuldzaak.id))?.versie);

  it("een traject zonder de lichtere hulp en zonder motivatie: 422 met de regel, niets opgeslagen", async () => {
    const res = await trede({ trede: "budgetbeheer", gestartOp: "2026-05-28", motivatie: null });
    expect(res.statusCode).toBe(422);
    expect(res.json().regel).toBe("lichtere-hulp-eerst");
    expect(res.json().detail).toContain("Geldcoach");
    expect(await rijen(sql`select * from schuldhulp_treden`)).toEqual([]);
  });

  it("geldcoach eerst; het traject vraagt de toelatingsbeschikking (Wgs 4a), daarna mag het", async () => {
    expect((await trede({ trede: "geldcoach", gestartOp: "2026-05-28", motivatie: null })).statusCode).toBe(
      200,
    );
    const zonder = await trede({ trede: "schuldhulptraject", gestartOp: "2026-05-28", motivatie: null });
    expect(zonder.statusCode).toBe(422);
    expect(zonder.json().regel).toBe("traject-zonder-toelating");
    await verzoek(
      "schuld",
      "PUT",
      sh(schuldzaak.id, "/wgs"),
      {
        hulpvraagOp: "2026-05-28",
        dreiging: "ontruiming",
        eersteGesprekOp: "2026-05-28",
        toegang: { op: "2026-05-28", uitkomst: "toegelaten" },
      },
      (await zaakRij(schuldzaak.id))?.versie,
    );
    const traject = await trede({ trede: "schuldhulptraject", gestartOp: "2026-05-28", motivatie: null });
    expect(traject.statusCode, traject.body).toBe(200);
    expect(traject.json().inhoud.treden.map((x: { trede: string }) => x.trede)).toEqual([
      "geldcoach",
      "schuldhulptraject",
    ]);
    expect(traject.json().inhoud.termijnen[1]).toMatchObject({ soort: "beslissing", status: "gehaald" });
    const bewind = await trede({
      trede: "beschermingsbewind",
      gestartOp: "2026-05-28",
      motivatie: "Inwoner kan door dementie zijn geld niet zelf beheren; budgetbeheer is niet genoeg.",
    });
    expect(bewind.statusCode, bewind.body).toBe(200);
    expect(bewind.json().inhoud.treden.at(-1).motivatie).toContain("dementie");
  });

  it("de inhoud alleen per regel 24: een andere vakgroep ziet niets, de Regiegroep en teamleider wel", async () => {
    expect((await verzoek("wmo", "GET", sh(schuldzaak.id))).statusCode).toBe(403);
    expect((await verzoek("regie", "GET", sh(schuldzaak.id))).json().inhoud.treden).toHaveLength(3);
    expect((await verzoek("teamleider", "GET", sh(schuldzaak.id))).json().inhoud).not.toBeNull();
    const wmoTrede = await verzoek(
      "wmo",
      "POST",
      sh(schuldzaak.id, "/treden"),
      { trede: "geldcoach", gestartOp: "2026-05-28", motivatie: null },
      (await zaakRij(schuldzaak.id))?.versie,
    );
    expect(wmoTrede.statusCode).toBe(403);
  });

  it("leest en wijzigt met een auditregel zonder inhoud", async () => {
    const regels = await rijen<{ actie: string; reden: string }>(
      sql`select actie, reden from audit_log where resource = 'schuldhulp' order by id`,
    );
    expect(regels.some((r) => r.actie === "wijzigen")).toBe(true);
    expect(regels.some((r) => r.actie === "lezen")).toBe(true);
    expect(JSON.stringify(regels)).not.toContain("dementie");
  });
});

describe("ingebrekestelling en dwangsom (Awb 4:17)", () => {
  let wmo: { id: string; versie: number };
  beforeAll(async () => {
    // A Wmo zaak with an aanvraag of 1 April 2026: the 2-week beslistermijn ended Wednesday 15 April.
    wmo = await zaak(jan, "wmo", "2026-02-02");
    await rijen(
      sql`update zaken set status = 'aanvraag', feiten = feiten || '{"aanvraagdatum":"2026-04-01","onderzoekAfgerondOp":"2026-03-01"}'::jsonb where id = ${wmo.id}`,
    );
  });
  const ig = (body: object, wie = "wmo") =>
    verzoek(wie, "PUT", `/api/zaken/${wmo.id}/ingebrekestelling`, body, wmo.versie);

  it.each([
    [
      "te vroeg (lid 3)",
      { ontvangenOp: "2026-04-15", uitzondering: null },
      422,
      "ingebrekestelling-te-vroeg",
    ],
    ["in de toekomst", { ontvangenOp: "2026-06-01", uitzondering: null }, 400, "datum-in-toekomst"],
    ["onbekende uitzondering", { ontvangenOp: "2026-05-01", uitzondering: "overmacht" }, 400, "uitzondering"],
  ])("%s → %i, niets veranderd", async (_w, body, status, regel) => {
    const voor = await zaakRij(wmo.id);
    const res = await ig(body);
    expect(res.statusCode, res.body).toBe(status);
    expect(JSON.stringify(res.json())).toContain(regel);
    expect(await zaakRij(wmo.id)).toEqual(voor);
  });

  it("een ingebrekestelling van 1 mei: beslissen uiterlijk 18 mei (Atw), dwangsom vanaf 19 mei, in de werkvoorraad", async () => {
    const res = await ig({ ontvangenOp: "2026-05-01", uitzondering: null });
    expect(res.statusCode, res.body).toBe(200);
    // Two weeks end Friday 15 May 2026, a day equated with a feestdag by KB (Atw art. 3 lid 3) → Monday 18 May;
    // 19–28 May = 10 days × € 23 (Awb 4:17 lid 2).
    expect(res.json().dwangsom).toMatchObject({
      beslissenUiterlijk: "2026-05-18",
      startdatum: "2026-05-19",
      dagen: 10,
      bedrag: 230,
      bedragPerDagNu: 23,
      stand: "loopt",
    });
    wmo.versie = res.json().versie;
    const termijnen = (await verzoek("wmo", "GET", `/api/zaken/${wmo.id}`)).json().termijnen;
    expect(termijnen.find((x: { soort: string }) => x.soort === "ingebrekestelling")).toMatchObject({
      uiterlijkeDatum: "2026-05-18",
      status: "verlopen",
      bron: "Awb art. 4:17 lid 3",
    });
    const werkvoorraad = (
      await rijen<{ werkvoorraad: string }>(sql`select werkvoorraad from zaken where id = ${wmo.id}`)
    )[0]?.werkvoorraad;
    const bak = (await verzoek("teamleider", "GET", `/api/werkvoorraden/${werkvoorraad}/zaken`)).json();
    const rij = bak.items.find((z: { id: string }) => z.id === wmo.id);
    expect(rij.dwangsom).toEqual({ stand: "loopt", bedrag: 230, bedragPerDagNu: 23 });
  });

  it("de jurist legt een uitzondering vast (lid 6); een andere vakgroep niet", async () => {
    expect((await ig({ ontvangenOp: "2026-05-01", uitzondering: null }, "schuld")).statusCode).toBe(403);
    const res = await ig(
      { ontvangenOp: "2026-05-01", uitzondering: "kennelijk-niet-ontvankelijk-of-ongegrond" },
      "jurist",
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().dwangsom).toMatchObject({ stand: "niet-verschuldigd", bedrag: 0 });
  });

  it("zonder beslistermijn kan het niet (422)", async () => {
    const res = await verzoek(
      "schuld",
      "PUT",
      `/api/zaken/${schuldzaak.id}/ingebrekestelling`,
      { ontvangenOp: "2026-05-28", uitzondering: null },
      (await zaakRij(schuldzaak.id))?.versie,
    );
    expect(res.statusCode).toBe(422);
  });
});

describe("voorschot (Participatiewet art. 52)", () => {
  let werk: { id: string; versie: number };
  beforeAll(async () => {
    const piet = await persoon("999990123", "Piet");
    werk = await zaak(piet, "werk", "2026-05-01");
    await rijen(
      sql`update zaken set status = 'aanvraag', feiten = feiten || '{"aanvraagdatum":"2026-05-04"}'::jsonb where id = ${werk.id}`,
    );
  });
  const url = () => `/api/zaken/${werk.id}/voorschotten`;

  it("onder 90 % van de norm: 422 met de regel, geen voorschot en geen brief", async () => {
    const res = await verzoek(
      "werk",
      "POST",
      url(),
      { verleendOp: "2026-05-28", bedragCent: 89_000, normCent: 100_000 },
      werk.versie,
    );
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().regel).toBe("voorschot-onder-90-procent");
    expect(res.json().detail).toContain("art. 52");
    expect(await rijen(sql`select * from voorschotten`)).toEqual([]);
    expect(await rijen(sql`select * from documenten where zaak_id = ${werk.id}`)).toEqual([]);
  });

  it("95 %: opgeslagen met de brief, de voorschottermijn gehaald", async () => {
    const voor = (await verzoek("werk", "GET", url())).json();
    expect(voor.termijn).toMatchObject({
      soort: "voorschot",
      uiterlijkeDatum: "2026-06-01",
      status: "lopend",
    });
    const res = await verzoek(
      "werk",
      "POST",
      url(),
      { verleendOp: "2026-05-28", bedragCent: 95_000, normCent: 100_000 },
      werk.versie,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().voorschotten).toMatchObject([{ bedragCent: 95_000, procent: 95 }]);
    expect(res.json().termijn).toMatchObject({ status: "gehaald" });
    const docs = await rijen<{ soort: string }>(sql`select soort from documenten where zaak_id = ${werk.id}`);
    expect(docs).toEqual([{ soort: "voorschot" }]);
  });

  it("niet op een schuldhulpzaak (422)", async () => {
    const res = await verzoek(
      "schuld",
      "POST",
      `/api/zaken/${schuldzaak.id}/voorschotten`,
      { verleendOp: "2026-05-28", bedragCent: 95_000, normCent: 100_000 },
      (await zaakRij(schuldzaak.id))?.versie,
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().regel).toBe("voorschot-participatiewet");
  });
});
