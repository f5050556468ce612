/**
 * The Regiegroep themes through the API (issue 14; seed 004 §7.1.2–7.1.3): a Spoed voor Jeugd hand-over on Friday
 * evening comes back to the werkvoorraad Regiegroep on Monday at 8.30 (the job, once), with notifications; inside
 * office hours or in the future it is refused; nazorg started, its points updated on If-Match; bad input 4xx with
 * nothing changed; content only for the Regiegroep and the teamleider (policy rule 21); another gemeente sees nothing.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { herstelKlok, zetKlok } from "../../lib/klok";
import { zetSpoedzakenTerug, zetTerugNaarRegiegroep } from "../../regie/terugzetten";
import { alsMedewerker, login, startTestVoordeur, type TestVoordeur } from "../../test/app";

// "Now" is Friday 29 May 2026, 20:30 Dutch time (after office hours).
const VRIJDAGAVOND = new Date("2026-05-29T18:30:00.000Z");
let t: TestVoordeur;
const sessies: Record<string, string> = {};

const verzoek = alsMedewerker(() => t.app, sessies);

async function telling(tabel: string): Promise<number> {
  const res = (await t.database.db.execute(
    sql.raw(`select count(*)::int as n from ${tabel}`),
  )) as unknown as {
    rows: { n: number }[];
  };
  return res.rows[0]?.n ?? 0;
}

type Zaak = { id: string; zaaknummer: string; versie: number };
let zaak: Zaak;
const zaakNu = async () => (await verzoek("teamleider", "GET", `/api/zaken/${zaak.id}`)).json();

const nazorg = {
  zelfmelder: false,
  gemeldOp: "2026-05-04",
  verwachtOp: "2026-08-14",
  piContact: null,
  achterblijvers: "Partner met twee kinderen",
  punten: { identiteitsbewijs: "open", inkomen: "open", huisvesting: "open", zorg: "open", schulden: "open" },
};
const overdracht = {
  overgedragenOp: "2026-05-29T20:00:00+02:00",
  aan: "Spoed voor Jeugd Drenthe, dienstdoende crisismedewerker",
  wat: "Jongere na ruzie thuis niet veilig; opvang geregeld voor de nacht.",
};

beforeAll(async () => {
  zetKlok(VRIJDAGAVOND);
  t = await startTestVoordeur();
  for (const naam of ["iag", "wmo", "regie", "teamleider", "assen-iag"])
    sessies[naam] = await login(t.app, naam);
  const persoon = await verzoek("iag", "POST", "/api/personen", {
    bsn: "999990081",
    voornamen: "Daan",
    geslachtsnaam: "Regiema",
    geboortedatum: "2009-03-04",
    adres: { huisnummer: 3, postcode: "9331 AB", woonplaats: "Norg" },
  });
  expect(persoon.statusCode, persoon.body).toBe(201);
  const res = await verzoek("iag", "POST", "/api/zaken", {
    zaaktype: "wmo",
    meldingsdatum: "2026-05-29",
    kanaal: "telefoon",
    omschrijving: "Zorgen om een jongere",
    personen: [{ persoonId: persoon.json().id, rol: "hoofdpersoon" }],
    veiligheid: "zorgen",
    leefgebieden: [],
  });
  expect(res.statusCode, res.body).toBe(201);
  zaak = res.json();
});
afterAll(async () => {
  await t.sluit();
  herstelKlok();
});

describe("Spoed voor Jeugd", () => {
  it("weigert binnen kantoortijd (422), in de toekomst (400), zonder If-Match (428), voor Wmo (403): niets opgeslagen", async () => {
    const voor = await telling("regie_themas");
    const pad = `/api/zaken/${zaak.id}/regie/spoed-jeugd`;
    const binnen = await verzoek(
      "regie",
      "POST",
      pad,
      { ...overdracht, overgedragenOp: "2026-05-29T16:00:00+02:00" },
      zaak.versie,
    );
    expect(binnen.statusCode).toBe(422);
    expect(binnen.json().errors[0]).toMatchObject({ veld: "overgedragenOp" });
    const toekomst = await verzoek(
      "regie",
      "POST",
      pad,
      { ...overdracht, overgedragenOp: "2026-05-29T21:00:00+02:00" },
      zaak.versie,
    );
    expect(toekomst.statusCode).toBe(400);
    const leeg = await verzoek("regie", "POST", pad, { ...overdracht, aan: " " }, zaak.versie);
    expect(leeg.statusCode).toBe(400);
    expect(leeg.json().errors[0].melding).toMatch(/overgedragen aan/i);
    expect((await verzoek("regie", "POST", pad, overdracht)).statusCode).toBe(428);
    expect((await verzoek("wmo", "POST", pad, overdracht, zaak.versie)).statusCode).toBe(403);
    expect((await verzoek("regie", "POST", pad, overdracht, zaak.versie + 5)).statusCode).toBe(409);
    expect(await telling("regie_themas")).toBe(voor);
  });

  it("legt de overdracht vast, meldt het de Regiegroep en zet de zaak maandag 8.30 terug (één keer)", async () => {
    const res = await verzoek(
      "teamleider",
      "POST",
      `/api/zaken/${zaak.id}/regie/spoed-jeugd`,
      overdracht,
      zaak.versie,
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().spoed).toMatchObject({
      aan: overdracht.aan,
      terugOp: "2026-06-01T06:30:00.000Z",
      teruggezetOp: null,
      status: "bij-spoed-voor-jeugd",
    });
    const meldingen = (await verzoek("regie", "GET", "/api/notificaties")).json().items;
    expect(meldingen[0]).toMatchObject({ soort: "spoed-voor-jeugd", link: `/zaken/${zaak.id}` });
    expect(meldingen[0].tekst).toMatch(/1 juni 2026 om 8\.30/);
    expect((await zaakNu()).werkvoorraad).toBe("wmo");
    // Wmo still has the zaak: it sees that there is a hand-over, not what it says (rule 21).
    const wmo = await verzoek("wmo", "GET", `/api/zaken/${zaak.id}/regie`);
    expect(wmo.statusCode).toBe(200);
    expect(wmo.json().themas[0]).toMatchObject({ thema: "spoed-jeugd", spoed: null });
    expect(wmo.json().kanVastleggen.mogelijk).toBe(false);

    expect(await zetSpoedzakenTerug(t.database.db, new Date("2026-06-01T06:29:00Z"))).toEqual({
      teruggezet: 0,
      mislukt: 0,
    });
    expect(await zetSpoedzakenTerug(t.database.db, new Date("2026-06-01T06:30:00Z"))).toEqual({
      teruggezet: 1,
      mislukt: 0,
    });
    expect(await zetSpoedzakenTerug(t.database.db, new Date("2026-06-01T07:00:00Z"))).toEqual({
      teruggezet: 0,
      mislukt: 0,
    });
    expect((await zaakNu()).werkvoorraad).toBe("regiegroep");
    const terug = (await verzoek("regie", "GET", "/api/notificaties")).json().items[0];
    expect(terug.tekst).toMatch(/terug van Spoed voor Jeugd/);

    // Monday 9.00: a new session (the clock jumped three days), then back to Friday evening with fresh sessions.
    zetKlok(new Date("2026-06-01T07:00:00Z"));
    sessies.regie = await login(t.app, "regie");
    const opZaak = (await verzoek("regie", "GET", `/api/zaken/${zaak.id}/regie`)).json();
    expect(opZaak.themas[0].spoed).toMatchObject({
      status: "terug-bij-regiegroep",
      teruggezetOp: "2026-06-01T06:30:00.000Z",
    });
    zetKlok(VRIJDAGAVOND);
    for (const naam of Object.keys(sessies)) sessies[naam] = await login(t.app, naam);
  });

  it("terug bij de Regiegroep is de zaak niet meer van Wmo; een andere gemeente ziet niets", async () => {
    expect((await verzoek("wmo", "GET", `/api/zaken/${zaak.id}/regie`)).statusCode).toBe(403);
    expect((await verzoek("assen-iag", "GET", `/api/zaken/${zaak.id}/regie`)).statusCode).toBe(404);
    const werkblad = (await verzoek("regie", "GET", `/api/zaken/${zaak.id}/werkblad`)).json();
    expect(werkblad.regie.themas).toHaveLength(1);
  });
});

describe("Nazorg ex-gedetineerden", () => {
  it("start, weigert een tweede (409), werkt de punten bij op If-Match; slechte invoer verandert niets", async () => {
    const versie = (await zaakNu()).versie;
    const pad = `/api/zaken/${zaak.id}/regie/nazorg`;
    const verkeerd = await verzoek("regie", "POST", pad, { ...nazorg, verwachtOp: "2026-05-01" }, versie);
    expect(verkeerd.statusCode).toBe(422);
    expect(verkeerd.json().errors[0]).toMatchObject({ veld: "verwachtOp" });
    const onbekend = await verzoek(
      "regie",
      "POST",
      pad,
      { ...nazorg, punten: { ...nazorg.punten, zorg: "klaar" } },
      versie,
    );
    expect(onbekend.statusCode).toBe(400);
    expect(await telling("regie_themas where thema = 'nazorg'")).toBe(0);

    const res = await verzoek("regie", "POST", pad, nazorg, versie);
    expect(res.statusCode, res.body).toBe(201);
    const gestart = res.json();
    expect(gestart.nazorg).toMatchObject({ status: "loopt", dagenTotVerwacht: 77 });
    expect((await verzoek("regie", "POST", pad, nazorg, (await zaakNu()).versie)).statusCode).toBe(409);

    const bij = `/api/regie-themas/${gestart.id}/nazorg`;
    const zelfmelderMetPi = {
      ...nazorg,
      zelfmelder: true,
      piContact: { naam: "M. Bakker", op: "2026-05-06" },
    };
    expect((await verzoek("regie", "POST", bij, zelfmelderMetPi, gestart.versie)).statusCode).toBe(422);
    const alles = {
      ...nazorg,
      piContact: { naam: "M. Bakker (PI Veenhuizen)", op: "2026-05-06" },
      punten: {
        identiteitsbewijs: "geregeld",
        inkomen: "geregeld",
        huisvesting: "geregeld",
        zorg: "nvt",
        schulden: "geregeld",
      },
    };
    expect((await verzoek("regie", "POST", bij, alles)).statusCode).toBe(428);
    const goed = await verzoek("regie", "POST", bij, alles, gestart.versie);
    expect(goed.statusCode, goed.body).toBe(200);
    expect(goed.json().nazorg).toMatchObject({
      status: "geregeld",
      piContact: { naam: "M. Bakker (PI Veenhuizen)" },
    });
    expect((await verzoek("regie", "POST", bij, nazorg, gestart.versie)).statusCode).toBe(409);
    expect((await verzoek("wmo", "POST", bij, nazorg, goed.json().versie)).statusCode).toBe(403);
  });

  it("elke inzage en wijziging staat in de audit zonder inhoud", async () => {
    const res = (await t.database.db.execute(
      sql`select reden from audit_log where resource = 'regiethema' order by tijdstip`,
    )) as unknown as { rows: { reden: string }[] };
    const redenen = res.rows.map((r) => r.reden);
    expect(redenen).toEqual(
      expect.arrayContaining([expect.stringMatching(/Nazorg ex-gedetineerden: nazorg gestart/)]),
    );
    expect(redenen.join(" ")).not.toMatch(/Partner|Bakker|opvang/);
  });
});

describe("terugzetten na Spoed voor Jeugd: één mislukte overdracht", () => {
  it("wordt met zijn id gelogd (zonder inhoud), de andere gaan door, de volgende ronde haalt hem in", async () => {
    const ids: string[] = [];
    for (const wat of ["Eerste nacht: opvang bij oma.", "Tweede melding: opvang bij oom."]) {
      const res = await verzoek(
        "regie",
        "POST",
        `/api/zaken/${zaak.id}/regie/spoed-jeugd`,
        { ...overdracht, wat },
        (await zaakNu()).versie,
      );
      expect(res.statusCode, res.body).toBe(201);
      ids.push(res.json().id);
    }
    const [eerste, tweede] = ids as [string, string];
    const logregels: { o: object; m: string }[] = [];
    const log = { error: (o: object, m: string) => logregels.push({ o, m }) };
    const maandag = new Date("2026-06-01T06:30:00Z");
    const ronde = await zetSpoedzakenTerug(t.database.db, maandag, {
      log,
      stap: async (h, id, moment) => {
        if (id === eerste)
          throw Object.assign(new Error("Failing row contains (opvang bij oma)"), { code: "23514" });
        return zetTerugNaarRegiegroep(h, id, moment);
      },
    });
    expect(ronde).toEqual({ teruggezet: 1, mislukt: 1 });
    expect(logregels).toHaveLength(1);
    expect(logregels[0]?.o).toEqual({
      regieThemaId: eerste,
      gemeente: expect.any(String),
      fout: { naam: "Error", code: "23514" },
    });
    expect(JSON.stringify(logregels)).not.toMatch(/oma|opvang/);
    const rijen = (await t.database.db.execute(
      sql`select id, teruggezet_op from regie_themas where id in (${eerste}, ${tweede})`,
    )) as unknown as { rows: { id: string; teruggezet_op: unknown }[] };
    const terug = Object.fromEntries(rijen.rows.map((r) => [r.id, r.teruggezet_op !== null]));
    expect(terug).toEqual({ [eerste]: false, [tweede]: true });

    expect(await zetSpoedzakenTerug(t.database.db, maandag, { log })).toEqual({ teruggezet: 1, mislukt: 0 });
    expect(logregels).toHaveLength(1);
  });
});
