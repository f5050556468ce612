/**
 * The cycle after the beschikking (issue "De werkplek", part "The cycle, closed"): the provider's 305 starts the
 * levering, the 307 for the last toewijzing or the passed einddatum ends it (→ evaluatie), a PGB starts from the
 * besluit's ingangsdatum; op- and afschalen need a buurtteam medewerker's confirmation (four eyes).
 */
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { leveringsbericht } from "../../../berichten/testhulp";
import { rijen } from "../../../db/client";
import { alsSysteem } from "../../../db/tenant";
import { genereerTestBsn } from "../../../domain/persoon/bsn";
import { plusDagen } from "../../../domain/termijnen/kalender";
import { herstelKlok, nu, vandaag, zetKlok } from "../../../lib/klok";
import {
  login,
  maakMedewerkerMetToegang,
  regelsIn,
  startTestVoordeur,
  type TestVoordeur,
} from "../../../test/app";
import {
  DAGBESTEDING,
  DAGBESTEDING_BUDGET,
  DAGBESTEDING_OMVANG,
  EINDE,
  INGANG,
  zaakMetOndertekendWmoPlan,
} from "../../../test/wmo-plan";
import { voerSignaleringUit } from "../../../zaken/signalering";

const TOKEN = "test-integratie-token-levering-met-voldoende-lengte-42";
process.env.VOORDEUR_INTEGRATIE_TOKENS = `hub:${TOKEN}:1699`;

let t: TestVoordeur;
const sessies: Record<string, string> = {};
let volgnummer = 8100;
const WACHTWOORD = "Vier-ogen-zien-meer-2026";

beforeAll(async () => {
  t = await startTestVoordeur();
  for (const naam of ["iag", "wmo", "regie", "ao", "teamleider", "buurtteam", "beheerder"])
    sessies[naam] = await login(t.app, naam);
  // A consulent who also works in the buurtteam: may propose, never confirm their own proposal.
  await maakMedewerkerMetToegang(
    t.app,
    { beheerder: sessies.beheerder ?? "", teamleider: sessies.teamleider ?? "" },
    {
      gebruikersnaam: "wmo.buurt",
      naam: "Wieke Buurtsma",
      rollen: ["toegangsmedewerker", "buurtteam"],
      vakgroepen: ["wmo"],
      wachtwoord: WACHTWOORD,
    },
  );
  sessies["wmo.buurt"] = await login(t.app, "wmo.buurt", WACHTWOORD);
});
afterAll(() => t.sluit());
afterEach(() => herstelKlok());

const verzoek = (
  wie: string,
  method: "GET" | "POST",
  url: string,
  payload?: object,
  versie?: number | null,
) =>
  t.app.inject({
    method,
    url,
    headers: {
      cookie: sessies[wie] ?? "",
      ...(versie !== undefined && versie !== null ? { "if-match": `"${versie}"` } : {}),
    },
    ...(payload ? { payload } : {}),
  });

const zaakVan = async (id: string) => (await verzoek("teamleider", "GET", `/api/zaken/${id}`)).json();

/** A change on the zaak with If-Match = the versie the medewerker sees now. */
async function opZaak(wie: string, zaakId: string, pad: string, payload: object) {
  const { versie } = await zaakVan(zaakId);
  return verzoek(wie, "POST", `/api/zaken/${zaakId}/${pad}`, payload, versie);
}

async function nieuwePersoon() {
  volgnummer += 1;
  const bsn = genereerTestBsn(volgnummer);
  const res = await verzoek("iag", "POST", "/api/personen", {
    bsn,
    voornamen: "Hilje",
    geslachtsnaam: `Lanting${volgnummer}`,
    geboortedatum: "1948-09-12",
    adres: { huisnummer: 7, postcode: "9331 AB", woonplaats: "Norg" },
  });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().id as string, bsn };
}

/** A Wmo zaak with a toekenning of dagbesteding (ZIN at De Hooiberg, or as a pgb): status besluit. */
async function zaakMetToekenning(leveringsvorm: "zin" | "pgb" = "zin") {
  const persoon = await nieuwePersoon();
  const zaak = await zaakMetOndertekendWmoPlan(
    (wie, method, url, payload, versie) => verzoek(wie, method, url, payload, versie),
    persoon.id,
    { pgb: leveringsvorm === "pgb" },
  );
  const res = await opZaak("ao", zaak.id, "besluiten", {
    soort: "toekenning",
    besluitdatum: vandaag(),
    leveringsvorm,
    producten: [
      {
        categorie: "07",
        productcode: "07A01",
        ingangsdatum: INGANG,
        einddatum: EINDE,
        ...(leveringsvorm === "zin"
          ? { aanbiederAgb: DAGBESTEDING, omvang: DAGBESTEDING_OMVANG }
          : { budget: DAGBESTEDING_BUDGET }),
      },
    ],
  });
  expect(res.statusCode, res.body).toBe(201);
  expect((await zaakVan(zaak.id)).status).toBe("besluit");
  const toewijzing = res.json().toewijzingen[0]?.toewijzingnummer as number | undefined;
  return { zaakId: zaak.id, zaaknummer: zaak.zaaknummer, persoon, toewijzing };
}

/** Delivers a 305/307 of De Hooiberg for the toewijzing, as A&O (session) or as the integration (token). */
async function stuur(
  soort: "305" | "307",
  z: { persoon: { bsn: string }; toewijzing?: number | undefined },
  opties: { als?: "ao" | "integratie"; einddatum?: string; id?: string } = {},
) {
  const xml = leveringsbericht({
    standaard: "iwmo",
    soort,
    nummer: z.toewijzing ?? 0,
    bsn: z.persoon.bsn,
    aanbieder: DAGBESTEDING,
    begindatum: INGANG,
    einddatum: opties.einddatum ?? vandaag(),
    dagtekening: vandaag(),
    id: opties.id ?? `${soort}${z.toewijzing}`,
  });
  const res = await t.app.inject({
    method: "POST",
    url: "/api/berichten/inkomend",
    headers: {
      "content-type": "application/xml",
      ...(opties.als === "integratie" ? { authorization: `Bearer ${TOKEN}` } : { cookie: sessies.ao ?? "" }),
    },
    payload: xml,
  });
  expect(res.statusCode, res.body).toBe(201);
  expect(res.json().status).toBe("verwerkt");
  return res.json();
}

const historie = async (zaakId: string) =>
  (await zaakVan(zaakId)).historie as {
    soort: string;
    naarStatus: string | null;
    door: string | null;
    toelichting: string | null;
  }[];

/** The kinds of the last `n` events, sorted (events of one transaction have the same timestamp). */
const laatsteSoorten = (h: { soort: string }[], n: number) =>
  h
    .slice(-n)
    .map((x) => x.soort)
    .sort();

describe("levering: de 305 start, de 307 of de einddatum beëindigt", () => {
  it("ZIN: handmatig starten kan niet; de 305 van de aanbieder zet de zaak in levering", async () => {
    const z = await zaakMetToekenning("zin");
    const levering = await verzoek("wmo", "GET", `/api/zaken/${z.zaakId}/levering`);
    expect(levering.statusCode).toBe(200);
    expect(levering.json()).toMatchObject({ leveringsvorm: "zin", start: { mogelijk: false, datum: null } });
    expect(levering.json().start.reden).toMatch(/startbericht \(305\)/);

    const handmatig = await opZaak("ao", z.zaakId, "levering/start", { datum: vandaag() });
    expect(handmatig.statusCode).toBe(422);
    expect(regelsIn(handmatig)).toContain("zin-start-met-305");
    const viaActie = await opZaak("wmo", z.zaakId, "acties", { actie: "start-levering" });
    expect(viaActie.statusCode).toBe(422);
    expect((await zaakVan(z.zaakId)).status).toBe("besluit");

    await stuur("305", z);
    const zaak = await zaakVan(z.zaakId);
    expect(zaak.status).toBe("levering");
    const laatste = (await historie(z.zaakId)).at(-1);
    expect(laatste).toMatchObject({ soort: "start-levering", naarStatus: "levering", door: "Anouk Oosting" });
    expect(laatste?.toelichting).toMatch(/startbericht 305/);
    expect((await verzoek("wmo", "GET", `/api/zaken/${z.zaakId}/levering`)).json()).toMatchObject({
      status: "levering",
      gestartOp: INGANG,
      eindigtOp: EINDE,
      beeindigdOp: null,
      toewijzingen: [{ toewijzingnummer: z.toewijzing, zorgGestartOp: INGANG, zorgGestoptOp: null }],
    });
  });

  it("de 307 voor de laatste lopende toewijzing (via de koppeling) beëindigt de levering: evaluatie; voortzetten kan dan niet", async () => {
    const z = await zaakMetToekenning("zin");
    await stuur("305", z, { als: "integratie" });
    expect((await zaakVan(z.zaakId)).status).toBe("levering");
    const stop = await stuur("307", z, { als: "integratie", einddatum: vandaag() });
    expect(stop.berichtcode).toBe(420);

    const zaak = await zaakVan(z.zaakId);
    expect(zaak.status).toBe("evaluatie");
    const laatste = (await historie(z.zaakId)).at(-1);
    // A system actor (the integration): no medewerker on the event.
    expect(laatste).toMatchObject({ soort: "start-evaluatie", naarStatus: "evaluatie", door: null });
    expect(laatste?.toelichting).toMatch(/stopbericht 307/);
    expect((await verzoek("wmo", "GET", `/api/zaken/${z.zaakId}/levering`)).json()).toMatchObject({
      beeindigdOp: vandaag(),
      einde: expect.stringMatching(/Stopbericht \(307\)/),
    });
    const audit = await alsSysteem(t.database.db, (tx) =>
      rijen<{ gebruikersnaam: string; gebruiker_id: string | null }>(
        tx,
        sql`select gebruikersnaam, gebruiker_id from audit_log where reden = ${`start-evaluatie op zaak ${z.zaaknummer}`}`,
      ),
    );
    expect(audit).toEqual([{ gebruikersnaam: "systeem:integratie:hub", gebruiker_id: null }]);

    const voort = zaak.acties.find((a: { actie: string }) => a.actie === "zet-levering-voort");
    expect(voort).toMatchObject({ toegestaan: false, reden: expect.stringMatching(/nieuw besluit/) });
    const weiger = await opZaak("wmo", z.zaakId, "acties", { actie: "zet-levering-voort" });
    expect(weiger.statusCode).toBe(422);
    expect(weiger.json().detail).toMatch(/nieuw besluit/);
    expect((await zaakVan(z.zaakId)).status).toBe("evaluatie");
  });

  it("een 307 met een Einddatum in de toekomst beëindigt nog niet; de dagelijkse ronde doet het op die dag", async () => {
    const z = await zaakMetToekenning("zin");
    await stuur("305", z);
    const over = plusDagen(vandaag(), 10);
    await stuur("307", z, { einddatum: over });
    expect((await zaakVan(z.zaakId)).status).toBe("levering");

    zetKlok(new Date(nu().getTime() + 10 * 86_400_000));
    expect(vandaag()).toBe(over);
    const ronde = await voerSignaleringUit(t.database.db, vandaag());
    // Back to today before using the sessions (they would have expired in the future).
    herstelKlok();
    expect(ronde.uitgevoerd).toBe(true);
    expect(ronde.levering.beeindigd).toBeGreaterThanOrEqual(1);
    expect((await zaakVan(z.zaakId)).status).toBe("evaluatie");
  });

  it("PGB: A&O legt de start vast vanaf de ingangsdatum; de dagelijkse ronde beëindigt de levering na de einddatum", async () => {
    const z = await zaakMetToekenning("pgb");
    expect(z.toewijzing).toBeUndefined();
    const levering = (await verzoek("ao", "GET", `/api/zaken/${z.zaakId}/levering`)).json();
    expect(levering).toMatchObject({
      leveringsvorm: "pgb",
      start: { mogelijk: true, datum: INGANG, reden: null },
    });

    const teVroeg = await opZaak("ao", z.zaakId, "levering/start", { datum: plusDagen(INGANG, -1) });
    expect(teVroeg.statusCode).toBe(422);
    expect(regelsIn(teVroeg)).toContain("start-vanaf-ingangsdatum");
    expect(teVroeg.json().errors).toEqual([
      expect.objectContaining({ veld: "datum", melding: expect.stringMatching(/ingangsdatum/) }),
    ]);
    const fout = await opZaak("ao", z.zaakId, "levering/start", { datum: "gisteren" });
    expect(fout.statusCode).toBe(400);
    expect((await zaakVan(z.zaakId)).status).toBe("besluit");

    const start = await opZaak("ao", z.zaakId, "levering/start", { datum: INGANG });
    expect(start.statusCode, start.body).toBe(200);
    expect(start.json().status).toBe("levering");
    expect(start.headers.etag).toBe(`"${start.json().versie}"`);
    expect((await verzoek("ao", "GET", `/api/zaken/${z.zaakId}/levering`)).json()).toMatchObject({
      gestartOp: INGANG,
      eindigtOp: EINDE,
    });

    // The day after the einddatum the daily job ends the levering.
    zetKlok(new Date(`${plusDagen(EINDE, 1)}T06:00:00+01:00`));
    const ronde = await voerSignaleringUit(t.database.db, vandaag());
    herstelKlok();
    expect(ronde.levering.beeindigd).toBeGreaterThanOrEqual(1);
    const zaak = await zaakVan(z.zaakId);
    expect(zaak.status).toBe("evaluatie");
    const laatste = (await historie(z.zaakId)).at(-1);
    expect(laatste).toMatchObject({ soort: "start-evaluatie", door: null });
    expect(laatste?.toelichting).toMatch(/einddatum van het besluit is verstreken/);
    const audit = await alsSysteem(t.database.db, (tx) =>
      rijen<{ gebruikersnaam: string }>(
        tx,
        sql`select gebruikersnaam from audit_log where reden = ${`start-evaluatie op zaak ${z.zaaknummer}`}`,
      ),
    );
    expect(audit).toEqual([{ gebruikersnaam: "systeem:dagelijkse-signalering" }]);
  });

  it("ZIN: de einddatum van de toewijzing verstreken zonder 307: de dagelijkse ronde beëindigt de levering", async () => {
    const z = await zaakMetToekenning("zin");
    await stuur("305", z);
    zetKlok(new Date(`${plusDagen(EINDE, 2)}T06:00:00+01:00`));
    await voerSignaleringUit(t.database.db, vandaag());
    herstelKlok();
    const levering = (await verzoek("wmo", "GET", `/api/zaken/${z.zaakId}/levering`)).json();
    expect(levering).toMatchObject({ status: "evaluatie", beeindigdOp: EINDE });
    expect(levering.einde).toMatch(/einddatum/);
  });
});

describe("op- en afschalen met vier ogen", () => {
  /**
   * A ZIN zaak in levering on the name of the Wmo consulent; `inVakgroep`: handed back from werkvoorraad A&O to
   * werkvoorraad Wmo, so every Wmo consulent (wmo.buurt too) works on it.
   */
  async function zaakInLevering(opties: { inVakgroep?: boolean } = {}) {
    const z = await zaakMetToekenning("zin");
    await stuur("305", z);
    if (opties.inVakgroep) {
      const terug = await opZaak("teamleider", z.zaakId, "overdracht", {
        naarWerkvoorraad: "wmo",
        reden: "Na het besluit terug naar de vakgroep Wmo",
      });
      expect(terug.statusCode, terug.body).toBe(200);
    }
    return z;
  }

  it("de consulent stelt afschalen voor; zijzelf en een consulent kunnen niet bevestigen; het buurtteam bevestigt; afsluiten met reden voorliggend veld", async () => {
    const z = await zaakInLevering();
    const voorstellen = (await verzoek("wmo", "GET", `/api/zaken/${z.zaakId}/schaalvoorstellen`)).json();
    expect(voorstellen).toMatchObject({ voorstellen: [], kanVoorstellen: { mogelijk: true, reden: null } });
    const alsBuurtteam = (await verzoek("buurtteam", "GET", `/api/zaken/${z.zaakId}/schaalvoorstellen`))
      .statusCode;
    // The buurtteam does not read the zaak itself, only the proposals (policy rules 5 and 16).
    expect(alsBuurtteam).toBe(403);

    const zonderMotivering = await opZaak("wmo", z.zaakId, "schaalvoorstellen", {
      richting: "afschalen-voorliggend-veld",
      motivering: "Klaar",
    });
    expect(zonderMotivering.statusCode).toBe(422);
    expect(zonderMotivering.json().errors).toEqual([
      expect.objectContaining({ veld: "motivering", melding: expect.stringMatching(/Motiveer/) }),
    ]);
    const onbekend = await opZaak("wmo", z.zaakId, "schaalvoorstellen", {
      richting: "wegschalen",
      motivering: "Dagstructuur bereikt, verder bij het buurthuis.",
    });
    expect(onbekend.statusCode).toBe(400);
    expect(onbekend.json().errors[0]).toMatchObject({ veld: "richting" });

    const voorstel = await opZaak("wmo", z.zaakId, "schaalvoorstellen", {
      richting: "afschalen-voorliggend-veld",
      motivering: "Dagstructuur bereikt; de inwoner gaat naar de inloop van het buurthuis.",
    });
    expect(voorstel.statusCode, voorstel.body).toBe(201);
    const v = voorstel.json();
    expect(v).toMatchObject({
      status: "voorgesteld",
      voorgesteldDoor: "Willem Molenaar",
      magBeoordelen: false,
    });
    expect((await zaakVan(z.zaakId)).versie).toBe(v.zaakVersie);
    const tweede = await opZaak("wmo", z.zaakId, "schaalvoorstellen", {
      richting: "opschalen",
      motivering: "Toch meer ondersteuning nodig bij de dagstructuur.",
    });
    expect(tweede.statusCode).toBe(422);
    expect(regelsIn(tweede)).toContain("een-open-voorstel");

    // The buurtteam finds it in "Voorstellen om te bevestigen", with the resident's name.
    const lijst = (await verzoek("buurtteam", "GET", "/api/schaalvoorstellen")).json();
    const item = lijst.items.find((i: { id: string }) => i.id === v.id);
    expect(item).toMatchObject({
      magBeoordelen: true,
      zaak: { zaaknummer: z.zaaknummer, status: "levering" },
    });
    expect(item.hoofdpersoon).toMatch(/^Hilje Lanting/);
    expect((await verzoek("iag", "GET", "/api/schaalvoorstellen")).statusCode).toBe(403);
    const detail = await verzoek("buurtteam", "GET", `/api/schaalvoorstellen/${v.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().ondersteuning[0]).toMatchObject({
      leveringsvorm: "zin",
      ingangsdatum: INGANG,
      einddatum: EINDE,
    });

    // Four eyes: not the proposer, not another consulent, not without If-Match or on a stale versie.
    const zelf = await verzoek(
      "wmo",
      "POST",
      `/api/schaalvoorstellen/${v.id}/beoordeling`,
      { beoordeling: "bevestigen" },
      v.versie,
    );
    expect(zelf.statusCode).toBe(403);
    const collega = await verzoek(
      "regie",
      "POST",
      `/api/schaalvoorstellen/${v.id}/beoordeling`,
      { beoordeling: "bevestigen" },
      v.versie,
    );
    expect(collega.statusCode).toBe(403);
    const zonderVersie = await verzoek("buurtteam", "POST", `/api/schaalvoorstellen/${v.id}/beoordeling`, {
      beoordeling: "bevestigen",
    });
    expect(zonderVersie.statusCode).toBe(428);
    const oud = await verzoek(
      "buurtteam",
      "POST",
      `/api/schaalvoorstellen/${v.id}/beoordeling`,
      { beoordeling: "bevestigen" },
      v.versie + 1,
    );
    expect(oud.statusCode).toBe(409);
    expect((await zaakVan(z.zaakId)).status).toBe("levering");

    const bevestigd = await verzoek(
      "buurtteam",
      "POST",
      `/api/schaalvoorstellen/${v.id}/beoordeling`,
      {
        beoordeling: "bevestigen",
        toelichting: "Samen besproken; de inloop past.",
      },
      v.versie,
    );
    expect(bevestigd.statusCode, bevestigd.body).toBe(200);
    expect(bevestigd.json()).toMatchObject({
      status: "bevestigd",
      beoordeeldDoor: "Bram Uiterwijk",
      magBeoordelen: false,
    });
    const nogEens = await verzoek(
      "buurtteam",
      "POST",
      `/api/schaalvoorstellen/${v.id}/beoordeling`,
      { beoordeling: "weigeren", toelichting: "x" },
      bevestigd.json().versie,
    );
    expect(nogEens.statusCode).toBe(422);
    expect(regelsIn(nogEens)).toContain("voorstel-al-beoordeeld");

    // The confirmed afschaling to the voorliggend veld: the zaak goes to evaluatie; the consulent closes it.
    const zaak = await zaakVan(z.zaakId);
    expect(zaak.status).toBe("evaluatie");
    // Events of one transaction share their timestamp (PostgreSQL's now()): compare without their order.
    expect(laatsteSoorten(await historie(z.zaakId), 3)).toEqual(
      ["schaalvoorstel", "schaalvoorstel-bevestigd", "start-evaluatie"].sort(),
    );
    const beeindiging = await opZaak("ao", z.zaakId, "besluiten", {
      soort: "beeindiging",
      besluitdatum: vandaag(),
      reden: "doelen-bereikt",
      einddatum: vandaag(),
    });
    expect(beeindiging.statusCode, beeindiging.body).toBe(201);
    const afgesloten = await opZaak("wmo", z.zaakId, "afsluiting", {
      datum: vandaag(),
      reden: "voorliggend-veld",
      enquete: "geen",
    });
    expect(afgesloten.statusCode, afgesloten.body).toBe(201);
    expect((await zaakVan(z.zaakId)).status).toBe("afgesloten");
  });

  it("een geweigerd voorstel verandert niets; afsluiten met reden voorliggend veld zonder bevestiging wordt geweigerd", async () => {
    const z = await zaakInLevering();
    const voor = await zaakVan(z.zaakId);
    const v = (
      await opZaak("wmo", z.zaakId, "schaalvoorstellen", {
        richting: "afschalen-voorliggend-veld",
        motivering: "Dagstructuur bereikt; de inwoner gaat naar de inloop van het buurthuis.",
      })
    ).json();
    const zonderReden = await verzoek(
      "buurtteam",
      "POST",
      `/api/schaalvoorstellen/${v.id}/beoordeling`,
      { beoordeling: "weigeren" },
      v.versie,
    );
    expect(zonderReden.statusCode).toBe(422);
    expect(zonderReden.json().errors).toEqual([expect.objectContaining({ veld: "toelichting" })]);
    const geweigerd = await verzoek(
      "buurtteam",
      "POST",
      `/api/schaalvoorstellen/${v.id}/beoordeling`,
      {
        beoordeling: "weigeren",
        toelichting: "Nog drie maanden dagbesteding; dan opnieuw bekijken.",
      },
      v.versie,
    );
    expect(geweigerd.statusCode, geweigerd.body).toBe(200);
    expect(geweigerd.json().status).toBe("geweigerd");

    const na = await zaakVan(z.zaakId);
    expect(na.status).toBe(voor.status);
    expect(na.meldingsdatum).toBe(voor.meldingsdatum);
    const feiten = await alsSysteem(t.database.db, (tx) =>
      rijen<{ feiten: unknown }>(tx, sql`select feiten from zaken where id = ${z.zaakId}`),
    );
    expect(feiten[0]?.feiten).not.toHaveProperty("leveringBeeindigdOp");
    expect(
      (await verzoek("buurtteam", "GET", "/api/schaalvoorstellen"))
        .json()
        .items.map((i: { id: string }) => i.id),
    ).not.toContain(v.id);

    // Without a confirmed afschaling, closing "to the voorliggend veld" after a levering is refused.
    await opZaak("wmo", z.zaakId, "acties", { actie: "start-evaluatie" });
    await opZaak("ao", z.zaakId, "besluiten", {
      soort: "beeindiging",
      besluitdatum: vandaag(),
      reden: "doelen-bereikt",
      einddatum: vandaag(),
    });
    const afsluiten = await opZaak("wmo", z.zaakId, "afsluiting", {
      datum: vandaag(),
      reden: "voorliggend-veld",
      enquete: "geen",
    });
    expect(afsluiten.statusCode).toBe(422);
    expect(regelsIn(afsluiten)).toContain("afschaling-bevestigd");
    expect(afsluiten.json().errors).toEqual([expect.objectContaining({ veld: "reden" })]);
    expect((await zaakVan(z.zaakId)).status).toBe("besluit");
  });

  it("opschalen, bevestigd door een collega met beide rollen, start de herindicatie; wie zelf voorstelt met beide rollen kan niet bevestigen", async () => {
    const z = await zaakInLevering();
    const v = (
      await opZaak("wmo", z.zaakId, "schaalvoorstellen", {
        richting: "opschalen",
        motivering: "Meer dagdelen nodig: de inwoner raakt thuis de structuur kwijt.",
      })
    ).json();
    const bevestigd = await verzoek(
      "wmo.buurt",
      "POST",
      `/api/schaalvoorstellen/${v.id}/beoordeling`,
      { beoordeling: "bevestigen" },
      v.versie,
    );
    expect(bevestigd.statusCode, bevestigd.body).toBe(200);
    const zaak = await zaakVan(z.zaakId);
    expect(zaak.status).toBe("melding");
    expect(zaak.meldingsdatum).toBe(vandaag());
    expect(laatsteSoorten(await historie(z.zaakId), 3)).toEqual(
      ["schaalvoorstel-bevestigd", "start-evaluatie", "herindicatie"].sort(),
    );

    // Someone with both roles proposes (on a zaak in their vakgroep) and may not confirm it.
    const ander = await zaakInLevering({ inVakgroep: true });
    const eigen = (
      await opZaak("wmo.buurt", ander.zaakId, "schaalvoorstellen", {
        richting: "afschalen-maatwerk",
        motivering: "Minder dagdelen volstaan: de dagstructuur is bereikt.",
      })
    ).json();
    expect(eigen.magBeoordelen).toBe(false);
    const zelf = await verzoek(
      "wmo.buurt",
      "POST",
      `/api/schaalvoorstellen/${eigen.id}/beoordeling`,
      { beoordeling: "bevestigen" },
      eigen.versie,
    );
    expect(zelf.statusCode).toBe(403);
    expect(zelf.json().detail).toMatch(/vier ogen/);
    expect((await zaakVan(ander.zaakId)).status).toBe("levering");
  });

  it("voorstellen kan alleen tijdens de ondersteuning, door een consulent, met If-Match", async () => {
    const z = await zaakMetToekenning("zin");
    const body = { richting: "opschalen", motivering: "Meer dagdelen nodig voor de dagstructuur." };
    const vooraf = await opZaak("wmo", z.zaakId, "schaalvoorstellen", body);
    expect(vooraf.statusCode).toBe(422);
    expect(regelsIn(vooraf)).toContain("voorstel-tijdens-ondersteuning");
    await stuur("305", z);
    expect((await verzoek("wmo", "POST", `/api/zaken/${z.zaakId}/schaalvoorstellen`, body)).statusCode).toBe(
      428,
    );
    const { versie } = await zaakVan(z.zaakId);
    expect(
      (await verzoek("wmo", "POST", `/api/zaken/${z.zaakId}/schaalvoorstellen`, body, versie - 1)).statusCode,
    ).toBe(409);
    expect(
      (await verzoek("ao", "POST", `/api/zaken/${z.zaakId}/schaalvoorstellen`, body, versie)).statusCode,
    ).toBe(403);
  });
});

describe("If-Match op de nieuwe routes", () => {
  it.each(["levering/start", "schaalvoorstellen"])(
    "POST /zaken/:id/%s: 428 zonder, 409 met een oude versie",
    async (pad) => {
      const z = await zaakMetToekenning("pgb");
      const body =
        pad === "levering/start"
          ? { datum: INGANG }
          : { richting: "opschalen", motivering: "Meer dagdelen nodig." };
      expect((await verzoek("ao", "POST", `/api/zaken/${z.zaakId}/${pad}`, body)).statusCode).toBe(428);
      const { versie } = await zaakVan(z.zaakId);
      const oud = await verzoek("ao", "POST", `/api/zaken/${z.zaakId}/${pad}`, body, versie - 1);
      expect(oud.statusCode).toBe(409);
      expect((await zaakVan(z.zaakId)).versie).toBe(versie);
    },
  );
});
