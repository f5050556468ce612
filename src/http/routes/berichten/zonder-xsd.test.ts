/**
 * Voordeur without the iStandaarden folder (VOORDEUR_ISTANDAARDEN_DIR points at an empty folder), as a
 * new installation starts: a ZIN toekenning is still taken, its 301 waits unvalidated and is never sent,
 * the health check says so, incoming messages are refused with 503; once the folder is there the waiting
 * messages are validated (klaar → sent, or afgekeurd with the reasons).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stelBerichtenIn } from "../../../berichten/omgeving";
import { voorbeeld, xmllint } from "../../../berichten/testhulp";
import { BestandVerzender } from "../../../berichten/transport/bestand";
import { WACHT_OP_VALIDATIE } from "../../../berichten/uitgaand";
import { maakBerichtenronde, meldIstandaarden } from "../../../berichten/verkeer";
import { verstuurOutbox } from "../../../berichten/verzender";
import { istandaardenStaat, NOG_ONBEKENDE_XSD_VERSIES } from "../../../berichten/xsd";
import { pdfTekst } from "../../../besluiten/pdf-tekst";
import { laadConfig } from "../../../config";
import { rijen } from "../../../db/client";
import { berichten } from "../../../db/schema";
import { alsSysteem } from "../../../db/tenant";
import { vandaag } from "../../../lib/klok";
import { alsMedewerker, login, startTestVoordeur, type TestVoordeur } from "../../../test/app";
import { DAGBESTEDING, EINDE, INGANG, zaakMetOndertekendWmoPlan } from "../../../test/wmo-plan";

const ECHTE_MAP = laadConfig().istandaardenDir;
const LEGE_MAP = mkdtempSync(join(tmpdir(), "voordeur-geen-xsd-"));
const UIT = mkdtempSync(join(tmpdir(), "voordeur-uit-"));
const IN = mkdtempSync(join(tmpdir(), "voordeur-in-"));

let t: TestVoordeur;
const sessies: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestVoordeur({ istandaardenDir: LEGE_MAP, berichten: { uitDir: UIT, inDir: IN } });
  for (const naam of ["iag", "wmo", "ao"]) sessies[naam] = await login(t.app, naam);
});
afterAll(async () => {
  stelBerichtenIn({ istandaardenDir: ECHTE_MAP });
  await t.sluit();
});

const verzoek = alsMedewerker(() => t.app, sessies);

const telBerichten = (waar: ReturnType<typeof sql>) =>
  alsSysteem(t.database.db, async (tx) => {
    const [r] = await rijen<{ n: number }>(tx, sql`select count(*)::int as n from berichten where ${waar}`);
    return Number(r?.n);
  });

/** A Wmo zaak with a signed resultatenplan (dagbesteding 07A01 in natura at De Hooiberg): with A&O now. */
async function zaakMetOndertekendPlan() {
  const persoon = (
    await verzoek("iag", "POST", "/api/personen", {
      bsn: "999800024",
      voornamen: "Grietje",
      geslachtsnaam: "Hadders",
      geboortedatum: "1948-09-12",
      adres: { huisnummer: 4, postcode: "9331 AB", woonplaats: "Norg" },
    })
  ).json() as { id: string };
  return (await zaakMetOndertekendWmoPlan(verzoek, persoon.id)).id;
}

let zaakId: string;
let berichtId: string;

describe("zonder de map met iStandaarden-XSD's", () => {
  it("de startlog noemt de ontbrekende map (alleen het pad)", () => {
    const regels: { niveau: string; obj: object; msg: string }[] = [];
    const log = {
      info: (obj: object, msg: string) => regels.push({ niveau: "info", obj, msg }),
      warn: (obj: object, msg: string) => regels.push({ niveau: "warn", obj, msg }),
    };
    meldIstandaarden(log, istandaardenStaat(LEGE_MAP));
    meldIstandaarden(log, istandaardenStaat(join(LEGE_MAP, "bestaat-niet")));
    expect(regels).toEqual([
      { niveau: "warn", obj: { map: LEGE_MAP }, msg: expect.stringContaining("XSD's ontbreekt of is leeg") },
      {
        niveau: "warn",
        obj: { map: join(LEGE_MAP, "bestaat-niet") },
        msg: expect.stringContaining("VOORDEUR_ISTANDAARDEN_DIR"),
      },
    ]);
  });

  it("GET /api/gezondheid: 200, status beperkt met een Nederlandse melding over de istandaarden", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/gezondheid" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: "beperkt",
      database: t.database.soort,
      versie: "test",
      meldingen: [
        {
          onderdeel: "istandaarden",
          melding: expect.stringMatching(
            /^De map met iWmo\/iJw-XSD's ontbreekt.*Berichten worden pas verstuurd als de map er is/,
          ),
        },
      ],
    });
    // The public health check does not tell the server's folder layout.
    expect(res.body).not.toContain(LEGE_MAP);
  });

  it("een ZIN-toekenning wordt genomen (beschikking, toewijzing); de 301 wacht ongevalideerd", async () => {
    zaakId = await zaakMetOndertekendPlan();
    const { versie: zaakVersie } = (await verzoek("ao", "GET", `/api/zaken/${zaakId}`)).json();
    const res = await verzoek(
      "ao",
      "POST",
      `/api/zaken/${zaakId}/besluiten`,
      {
        soort: "toekenning",
        besluitdatum: vandaag(),
        leveringsvorm: "zin",
        producten: [
          {
            categorie: "07",
            productcode: "07A01",
            aanbiederAgb: DAGBESTEDING,
            ingangsdatum: INGANG,
            einddatum: EINDE,
            omvang: { volume: 3, eenheid: "16", frequentie: "2" },
          },
        ],
      },
      zaakVersie,
    );
    expect(res.statusCode, res.body).toBe(201);
    const besluit = res.json();
    expect(besluit.toewijzingen).toHaveLength(1);
    expect(besluit.berichten).toHaveLength(1);
    berichtId = besluit.berichten[0];
    const pdf = await verzoek("ao", "GET", `/api/documenten/${besluit.documentId}/inhoud`);
    expect(pdf.statusCode).toBe(200);
    expect(await pdfTekst(pdf.rawPayload)).toContain("Dagbesteding De Hooiberg");

    const lijst = (await verzoek("ao", "GET", `/api/berichten?zaakId=${zaakId}`)).json();
    expect(lijst.items).toEqual([
      expect.objectContaining({
        id: berichtId,
        berichttype: "301",
        status: WACHT_OP_VALIDATIE,
        meldingen: [expect.stringContaining("Nog niet gecontroleerd tegen het XSD")],
        verzondenOp: null,
      }),
    ]);
  });

  it("de outbox verstuurt een wachtend bericht niet", async () => {
    expect(await verstuurOutbox(t.database.db, new BestandVerzender(UIT))).toBe(0);
    const ronde = maakBerichtenronde(t.database.db, t.config, t.app.voordeur.bsnSleutels, stil);
    await ronde();
    expect(readdirSync(UIT)).toEqual([]);
    expect(await telBerichten(sql`id = ${berichtId} and status = ${WACHT_OP_VALIDATIE}`)).toBe(1);
  });

  it("POST /api/berichten/inkomend → 503 problem+json, er wordt niets opgeslagen", async () => {
    const voor = await telBerichten(sql`richting = 'inkomend'`);
    const res = await t.app.inject({
      method: "POST",
      url: "/api/berichten/inkomend",
      headers: { cookie: sessies.ao ?? "", "content-type": "application/xml" },
      payload: voorbeeld("JW315"),
    });
    expect(res.statusCode, res.body).toBe(503);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json().detail).toContain("het XSD van de iStandaard ontbreekt");
    expect(await telBerichten(sql`richting = 'inkomend'`)).toBe(voor);
  });
});

const stil = { info() {}, warn() {} };

describe("zodra de map er is", () => {
  let kapotId: string;

  it("worden wachtende berichten gecontroleerd: geldig → klaar en verstuurd, ongeldig → afgekeurd met redenen", async () => {
    // A second waiting message that breaks the XSD (a BSN of 3 digits), as if made from corrupted data.
    const kapot = voorbeeld("WMO301")
      .replace(/(<(\w+:)?Bsn>)\d+(<)/, "$1123$3")
      .replace(/(<(\w+:)?BasisschemaXsdVersie>)[^<]*(<)/, `$1${NOG_ONBEKENDE_XSD_VERSIES.basisschema}$3`);
    kapotId = await alsSysteem(t.database.db, async (tx) => {
      const [rij] = await tx
        .insert(berichten)
        .values({
          gemeenteCode: "1699",
          richting: "uitgaand",
          standaard: "iwmo",
          berichttype: "301",
          berichtcode: 414,
          afzender: "1699",
          ontvanger: "42420001",
          identificatie: "KAPOT-1",
          dagtekening: vandaag(),
          aanbiederAgb: "42420001",
          status: WACHT_OP_VALIDATIE,
          xml: kapot,
        })
        .returning({ id: berichten.id });
      return rij?.id ?? "";
    });

    const ronde = maakBerichtenronde(t.database.db, t.config, t.app.voordeur.bsnSleutels, stil);
    await ronde(); // the folder is still empty: both keep waiting
    expect(await telBerichten(sql`status = ${WACHT_OP_VALIDATIE}`)).toBe(2);

    stelBerichtenIn({ istandaardenDir: ECHTE_MAP });
    await ronde(); // the folder appeared: validated, and the valid one is sent in the same round

    const lijst = (await verzoek("ao", "GET", "/api/berichten?richting=uitgaand&perPagina=50")).json();
    const goed = lijst.items.find((b: { id: string }) => b.id === berichtId);
    expect(goed).toMatchObject({
      status: "verzonden",
      meldingen: [expect.stringContaining("goed; het bericht wordt verstuurd")],
    });
    const bestanden = readdirSync(join(UIT, "1699", DAGBESTEDING));
    expect(bestanden).toHaveLength(1);
    const verstuurd = readFileSync(join(UIT, "1699", DAGBESTEDING, bestanden[0] ?? ""), "utf8");
    // The header carries the XSD versions of the schema's annotation, not the placeholder.
    expect(verstuurd).toContain("<iwmo:BasisschemaXsdVersie>1.0.0</iwmo:BasisschemaXsdVersie>");
    expect(verstuurd).toContain("<iwmo:BerichtXsdVersie>1.0.0</iwmo:BerichtXsdVersie>");
    expect(xmllint("iwmo", "301", verstuurd)).toBeNull();

    const fout = lijst.items.find((b: { id: string }) => b.id === kapotId);
    expect(fout).toMatchObject({
      status: "afgekeurd",
      verzondenOp: null,
      aandacht: expect.stringContaining("voldoet niet aan het XSD van de iStandaard en is niet verstuurd"),
    });
    expect(fout.meldingen[0]).toContain("is niet verstuurd");
    expect(fout.meldingen.join(" ")).toMatch(/Bsn/);
    expect(existsSync(join(UIT, "1699", "42420001"))).toBe(false);
  });

  it("GET /api/gezondheid is weer ok, inkomende berichten worden weer aangenomen", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/gezondheid" });
    expect(res.json()).toEqual({ status: "ok", database: t.database.soort, versie: "test" });
    const inkomend = (naam: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/berichten/inkomend",
        headers: { cookie: sessies.ao ?? "", "content-type": "application/xml" },
        payload: voorbeeld(naam),
      });
    // Checked against its XSD again: the published JW315 sample has an impossible date (README) → 422.
    const ongeldig = await inkomend("JW315");
    expect(ongeldig.statusCode, ongeldig.body).toBe(422);
    expect(ongeldig.json().detail).toContain("voldoet niet aan het XSD van IJW 315");
    const geldig = await inkomend("WMO315");
    expect(geldig.statusCode, geldig.body).toBe(201);
  });
});
