/**
 * Issue 17: tariffs per contract product → expected cost of a toewijzing → a 323 with one valid and one
 * over-volume line → a JW325 with the WJ001 retourcodes, valid against the XSD (libxml2-wasm and xmllint) →
 * the spending figures. Plus idempotency, the whole-declaratie refusal (9333), credit lines, and the
 * published 323/325 samples.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { voorbeeld, xmllint } from "../../berichten/testhulp";
import { valideerXsd } from "../../berichten/xsd";
import { toewijzingen } from "../../db/schema";
import { inGemeente } from "../../db/tenant";
import { nieuwToewijzingnummer } from "../../db/toewijzingnummer";
import { herstelKlok, zetKlok } from "../../lib/klok";
import { alsMedewerker, login, rijenUit, startTestVoordeur, type TestVoordeur } from "../../test/app";

let t: TestVoordeur;
const sessies: Record<string, string> = {};
const api = alsMedewerker(() => t.app, sessies);
const NMD = { gemeenteCode: "1699", samenwerkingsverbandCode: "NMD" };
const AGB = "42420001";
const BSN = "999990019";
let aanbiederId: string;
let contractId: string;
let nummer: number;
let persoonId: string;

const stuurXml = (xml: string) =>
  t.app.inject({
    method: "POST",
    url: "/api/berichten/inkomend",
    headers: { "content-type": "application/xml", cookie: sessies.ao ?? "" },
    payload: xml,
  });

interface Regel {
  ref: string;
  van: string;
  tot: string;
  volume: number;
  bedrag?: number;
  dc?: "D" | "C";
  nummer?: number;
}

/** A JW323 of Zorggroep Drentse Aa for one client, built like the published sample. */
function declaratie(id: string, declaratienummer: string, periode: [string, string], regels: Regel[]) {
  const totaal = regels.reduce((s, r) => s + (r.dc === "C" ? -1 : 1) * (r.bedrag ?? r.volume * 6500), 0);
  const prestaties = regels
    .map(
      (r) => `<jw323:Prestatie>
        <jw323:ProductReferentie><ijw:ReferentieNummer>${r.ref}</ijw:ReferentieNummer></jw323:ProductReferentie>
        <jw323:ToewijzingNummer>${r.nummer ?? nummer}</jw323:ToewijzingNummer>
        <jw323:ProductCategorie>45</jw323:ProductCategorie>
        <jw323:ProductCode>45A33</jw323:ProductCode>
        <jw323:ProductPeriode><ijw:Begindatum>${r.van}</ijw:Begindatum><ijw:Einddatum>${r.tot}</ijw:Einddatum></jw323:ProductPeriode>
        <jw323:GeleverdVolume>${r.volume}</jw323:GeleverdVolume>
        <jw323:Eenheid>04</jw323:Eenheid>
        <jw323:ProductTarief>6500</jw323:ProductTarief>
        <jw323:IngediendBedrag><ijw:Bedrag>${r.bedrag ?? r.volume * 6500}</ijw:Bedrag><ijw:DebetCredit>${r.dc ?? "D"}</ijw:DebetCredit></jw323:IngediendBedrag>
      </jw323:Prestatie>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?>
<jw323:Bericht xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema" xmlns:jw323="http://www.istandaarden.nl/ijw/3_2/jw323/schema">
  <jw323:Header>
    <jw323:BerichtCode>490</jw323:BerichtCode><jw323:BerichtVersie>3</jw323:BerichtVersie><jw323:BerichtSubversie>2</jw323:BerichtSubversie>
    <jw323:Afzender>${AGB}</jw323:Afzender><jw323:Ontvanger>1699</jw323:Ontvanger>
    <jw323:BerichtIdentificatie><ijw:Identificatie>${id}</ijw:Identificatie><ijw:Dagtekening>2026-06-02</ijw:Dagtekening></jw323:BerichtIdentificatie>
    <jw323:XsdVersie><ijw:BasisschemaXsdVersie>1.0.0</ijw:BasisschemaXsdVersie><ijw:BerichtXsdVersie>1.0.0</ijw:BerichtXsdVersie></jw323:XsdVersie>
  </jw323:Header>
  <jw323:Declaratie>
    <jw323:DeclaratieNummer>${declaratienummer}</jw323:DeclaratieNummer>
    <jw323:DeclaratiePeriode><ijw:Begindatum>${periode[0]}</ijw:Begindatum><ijw:Einddatum>${periode[1]}</ijw:Einddatum></jw323:DeclaratiePeriode>
    <jw323:DeclaratieDagtekening>2026-06-02</jw323:DeclaratieDagtekening>
    <jw323:TotaalIngediendBedrag><ijw:TotaalBedrag>${Math.abs(totaal)}</ijw:TotaalBedrag><ijw:DebetCredit>${totaal < 0 ? "C" : "D"}</ijw:DebetCredit></jw323:TotaalIngediendBedrag>
    <jw323:Clienten><jw323:Client><jw323:Bsn>${BSN}</jw323:Bsn><jw323:Prestaties>${prestaties}</jw323:Prestaties></jw323:Client></jw323:Clienten>
  </jw323:Declaratie>
</jw323:Bericht>`;
}

/** The 325 answering an incoming message, straight from the outbox. */
async function antwoordOp(heenId: string) {
  const [rij] = await rijenUit<{ xml: string; status: string }>(
    t,
    sql`select xml, status from berichten where berichttype = '325' and heenbericht_id = ${heenId}`,
  );
  return rij;
}

function geldig325(xml: string) {
  expect(valideerXsd("ijw", "325", xml)).toEqual([]);
  expect(xmllint("ijw", "325", xml)).toBeNull();
}

/** The RetourCodes of the Prestatie with this reference in a 325 (none when the line is not in it). */
function codesVan(xml: string, ref: string): string[] {
  const blok = new RegExp(
    `<jw325:Prestatie>(?:(?!</jw325:Prestatie>)[\\s\\S])*?>${ref}<[\\s\\S]*?</jw325:Prestatie>`,
  ).exec(xml);
  return blok ? [...blok[0].matchAll(/<jw325:RetourCode>(\w+)</g)].map((m) => m[1] ?? "") : [];
}

const besteding = async () => {
  const res = await api("ao", "GET", `/api/aanbieders/${aanbiederId}/besteding`);
  expect(res.statusCode).toBe(200);
  return res.json();
};

beforeAll(async () => {
  zetKlok(new Date("2026-06-03T10:00:00+02:00"));
  t = await startTestVoordeur();
  for (const naam of ["iag", "ao", "wmo", "teamleider", "beheerder"])
    sessies[naam] = await login(t.app, naam);
  const zoek = await api("ao", "GET", `/api/aanbieders?zoek=${AGB}`);
  aanbiederId = zoek.json().items[0].id;
  contractId = (await api("ao", "GET", `/api/aanbieders/${aanbiederId}`)).json().contracten[0].id;
  const p = await api("iag", "POST", "/api/personen", {
    bsn: BSN,
    voornamen: "Aaltje",
    geslachtsnaam: "Hoving",
    geboortedatum: "2014-02-11",
    adres: { huisnummer: 3, postcode: "9331 AB", woonplaats: "Norg" },
  });
  persoonId = p.json().id;
  const zaak = await api("iag", "POST", "/api/zaken", {
    zaaktype: "jeugd",
    meldingsdatum: "2026-02-02",
    kanaal: "telefoon",
    omschrijving: "Begeleiding",
    personen: [{ persoonId, rol: "hoofdpersoon" }],
    veiligheid: "veilig",
    leefgebieden: ["gezondheid"],
  });
  nummer = await inGemeente(t.database.db, NMD, async (tx) => {
    const n = await nieuwToewijzingnummer(tx, "jeugd");
    await tx.insert(toewijzingen).values({
      gemeenteCode: "1699",
      zaakId: zaak.json().id,
      persoonId,
      wet: "jeugd",
      toewijzingnummer: n,
      aanbiederAgb: AGB,
      productCategorie: "45",
      productCode: "45A33",
      ingangsdatum: "2026-03-01",
      einddatum: "2026-06-30",
      omvang: { volume: 2, eenheid: "04", frequentie: "2" },
    });
    return n;
  });
});
afterAll(async () => {
  herstelKlok();
  await t.sluit();
});

const tarief = {
  wet: "jeugd",
  productCode: "45A33",
  eenheid: "04",
  bedrag: 6500,
  van: "2026-01-01",
  tot: null,
};

describe("tarieven (regel 27)", () => {
  it("de beheerder legt een tarief per contractproduct vast; iedere medewerker leest het", async () => {
    const res = await api("beheerder", "POST", `/api/aanbieders/${aanbiederId}/tarieven`, {
      ...tarief,
      contractId,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      soort: "zin",
      productCategorie: "45",
      eenheidOmschrijving: "Uur",
      bedrag: 6500,
    });
    const lijst = await api("wmo", "GET", `/api/aanbieders/${aanbiederId}/tarieven`);
    expect(lijst.statusCode).toBe(200);
    const contract = lijst.json().contracten.find((c: { contractId: string }) => c.contractId === contractId);
    expect(contract.tarieven).toHaveLength(1);
    expect(lijst.json().eenheden.map((e: { code: string }) => e.code)).not.toContain("83");
  });

  it.each([
    [
      "een overlappend tarief (422)",
      "beheerder",
      { van: "2026-06-01", bedrag: 7000 },
      422,
      "tarief-overlapt",
    ],
    ["een product buiten het contract (400)", "beheerder", { wet: "wmo", productCode: "07A01" }, 400, null],
    ["eenheid 83 euro's (400)", "beheerder", { eenheid: "83", van: "2027-01-01" }, 400, null],
    ["een halve cent (400)", "beheerder", { bedrag: 12.5, van: "2027-01-01" }, 400, null],
    ["door een consulent (403)", "wmo", { van: "2027-01-01" }, 403, null],
  ])("weigert %s en slaat niets op", async (_naam, wie, over, status, regel) => {
    const res = await api(wie, "POST", `/api/aanbieders/${aanbiederId}/tarieven`, {
      ...tarief,
      contractId,
      ...over,
    });
    expect(res.statusCode).toBe(status);
    if (regel) expect(res.json().regel).toBe(regel);
    expect(res.json().detail ?? res.json().title).toBeTruthy();
    const [rij] = await rijenUit<{ n: number }>(
      t,
      sql`select count(*)::int as n from tarieven where soort = 'zin'`,
    );
    expect(rij?.n).toBe(1);
  });

  it("een pgb-tarief per product; wijzigen met een oude versie geeft 409", async () => {
    const pgb = await api("beheerder", "POST", `/api/aanbieders/${aanbiederId}/tarieven`, {
      ...tarief,
      contractId: null,
      bedrag: 2500,
    });
    expect(pgb.statusCode).toBe(201);
    expect(pgb.json().soort).toBe("pgb");
    const id = pgb.json().id;
    const eind = { ...tarief, contractId: null, bedrag: 2500, tot: "2026-12-31" };
    expect((await api("beheerder", "PUT", `/api/tarieven/${id}`, eind, 7)).statusCode).toBe(409);
    const goed = await api("beheerder", "PUT", `/api/tarieven/${id}`, eind, 1);
    expect(goed.statusCode).toBe(200);
    expect(goed.json()).toMatchObject({ tot: "2026-12-31", versie: 2 });
  });
});

describe("323 → 325 → besteding", () => {
  it("de verwachte kosten van de toewijzing: 2 uur per week × 122 dagen / 7 × € 65", async () => {
    expect((await api("wmo", "GET", `/api/aanbieders/${aanbiederId}/besteding`)).statusCode).toBe(403);
    const b = await besteding();
    const regel = b.perToewijzing.find((r: { toewijzingnummer: number }) => r.toewijzingnummer === nummer);
    expect(regel).toMatchObject({ toegewezen: 226571, gedeclareerd: 0 });
    const [kosten] = await rijenUit<{ bedrag: string }>(t, sql`select bedrag from toewijzing_kosten`);
    expect(Number(kosten?.bedrag)).toBe(226571);
  });

  let heenId: string;
  const eerste = () =>
    declaratie(
      "DEC1",
      "D20261",
      ["2026-04-01", "2026-05-31"],
      [
        { ref: "RN1", van: "2026-04-01", tot: "2026-04-30", volume: 8 },
        { ref: "RN2", van: "2026-05-01", tot: "2026-05-31", volume: 10 },
      ],
    );

  it("een geldige en een te grote regel: RN1 goedgekeurd, RN2 afgekeurd met 9321; de 325 is XSD-geldig", async () => {
    const res = await stuurXml(eerste());
    expect(res.statusCode).toBe(201);
    heenId = res.json().id;
    expect(res.json().status).toBe("deels-verwerkt");
    expect(res.json().verwerking.retouren.map((r: { code: string }) => r.code)).toEqual(["9321"]);
    const antwoord = await antwoordOp(heenId);
    expect(antwoord?.status).toBe("klaar");
    const xml = antwoord?.xml ?? "";
    geldig325(xml);
    expect(codesVan(xml, "RN2")).toEqual(["9321"]);
    expect(codesVan(xml, "RN1")).toEqual([]);
    expect(xml).toContain("<jw325:Afzender>1699</jw325:Afzender>");
    expect(xml).toMatch(/<jw325:DeclaratieIdentificatie>\s*<ijw:Identificatie>DEC1</);
    expect(xml).toMatch(/<jw325:TotaalToegekendBedrag>\s*<ijw:TotaalBedrag>52000</);
    const [d] = await rijenUit<Record<string, unknown>>(
      t,
      sql`select status, antwoord_uiterlijk::text as uiterlijk, beantwoord_op::text as beantwoord, antwoord_bericht_id from declaraties`,
    );
    // Received Wednesday 3 June 2026: 10 working days → Wednesday 17 June.
    expect(d).toMatchObject({
      status: "deels-goedgekeurd",
      uiterlijk: "2026-06-17",
      beantwoord: "2026-06-03",
    });
    expect(d?.antwoord_bericht_id).toBeTruthy();
  });

  it("hetzelfde bericht nog eens: 200 en niets dubbel", async () => {
    const res = await stuurXml(eerste());
    expect(res.statusCode).toBe(200);
    const [aantallen] = await rijenUit<{ d: number; p: number; a: number }>(
      t,
      sql`select (select count(*)::int from declaraties) as d, (select count(*)::int from prestaties) as p,
            (select count(*)::int from berichten where berichttype = '325') as a`,
    );
    expect(aantallen).toEqual({ d: 1, p: 2, a: 1 });
  });

  it("hetzelfde declaratienummer in een nieuw bericht: de hele declaratie 9333", async () => {
    const res = await stuurXml(
      declaratie(
        "DEC2",
        "D20261",
        ["2026-04-01", "2026-04-30"],
        [{ ref: "RN9", van: "2026-04-01", tot: "2026-04-30", volume: 1 }],
      ),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().status).toBe("afgekeurd");
    const xml = (await antwoordOp(res.json().id))?.xml ?? "";
    geldig325(xml);
    expect(xml).toMatch(/<jw325:RetourCodes>\s*<jw325:RetourCode>9333</);
  });

  it("eerder goedgekeurde regels tellen mee (9322), een referentie maar één keer (8021); een credit geeft ruimte terug", async () => {
    const tweede = await stuurXml(
      declaratie(
        "DEC3",
        "D20262",
        ["2026-04-01", "2026-04-30"],
        [
          { ref: "RN3", van: "2026-04-01", tot: "2026-04-30", volume: 1 },
          { ref: "RN1", van: "2026-04-01", tot: "2026-04-30", volume: 1 },
        ],
      ),
    );
    const xml = (await antwoordOp(tweede.json().id))?.xml ?? "";
    geldig325(xml);
    expect(codesVan(xml, "RN3")).toEqual(["9322"]);
    expect(codesVan(xml, "RN1")).toContain("8021");
    // Credit RN1 (8 uur), then 8 uur again under a new reference: fits once the credit is counted.
    const derde = await stuurXml(
      declaratie(
        "DEC4",
        "D20263",
        ["2026-04-01", "2026-04-30"],
        [
          { ref: "RN1", van: "2026-04-01", tot: "2026-04-30", volume: 8, dc: "C" },
          { ref: "RN4", van: "2026-04-01", tot: "2026-04-30", volume: 8 },
        ],
      ),
    );
    expect(derde.json().status).toBe("verwerkt");
    const antwoord = (await antwoordOp(derde.json().id))?.xml ?? "";
    geldig325(antwoord);
    expect(antwoord).not.toContain("<jw325:Clienten>");
    expect(antwoord).toMatch(/<jw325:RetourCode>8001</);
  });

  it("de besteding: gedeclareerd tegenover toegewezen, per toewijzing, product en totaal, met de termijn", async () => {
    const b = await besteding();
    expect(b.totaal).toMatchObject({ toegewezen: expect.any(Number), gedeclareerd: 52000 });
    expect(
      b.perToewijzing.find((r: { toewijzingnummer: number }) => r.toewijzingnummer === nummer),
    ).toMatchObject({
      toegewezen: 226571,
      gedeclareerd: 52000,
    });
    expect(b.perProduct.find((p: { productCode: string }) => p.productCode === "45A33")).toMatchObject({
      gedeclareerd: 52000,
    });
    expect(b.declaraties.map((d: { termijn: string }) => d.termijn)).toEqual([
      "gehaald",
      "gehaald",
      "gehaald",
      "gehaald",
    ]);
    const audit = await rijenUit<{ n: number }>(
      t,
      sql`select count(*)::int as n from audit_log where resource = 'besteding'`,
    );
    expect(audit[0]?.n).toBeGreaterThan(0);
  });

  it("een wijziging van het tarief maakt de opgeslagen verwachte kosten opnieuw", async () => {
    const lijst = (await api("beheerder", "GET", `/api/aanbieders/${aanbiederId}/tarieven`)).json();
    const zin = lijst.contracten.find((c: { contractId: string }) => c.contractId === contractId).tarieven[0];
    const res = await api(
      "beheerder",
      "PUT",
      `/api/tarieven/${zin.id}`,
      { ...tarief, contractId, bedrag: 7000 },
      zin.versie,
    );
    expect(res.statusCode).toBe(200);
    const b = await besteding();
    // 2 × 122/7 × 7000 = 244000
    expect(
      b.perToewijzing.find((r: { toewijzingnummer: number }) => r.toewijzingnummer === nummer).toegewezen,
    ).toBe(244000);
  });
});

describe("gepubliceerde voorbeelden", () => {
  it("het gepubliceerde JW325-voorbeeld is XSD-geldig (zo ziet ons antwoord eruit)", () => {
    geldig325(voorbeeld("JW325"));
  });

  it.each(["JW323", "WMO323"])(
    "%s: geaccepteerd, iedere prestatie afgekeurd (toewijzingen onbekend: 9338)",
    async (naam) => {
      const res = await stuurXml(voorbeeld(naam).replace(/(Identificatie>)(\w+)</, `$1v${naam}<`));
      expect(res.statusCode).toBe(201);
      expect(res.json().status).toBe("afgekeurd");
      const codes = new Set(res.json().verwerking.retouren.map((r: { code: string }) => r.code));
      expect(codes.has("9338")).toBe(true);
      const antwoord = await antwoordOp(res.json().id);
      if (naam === "JW323") {
        geldig325(antwoord?.xml ?? "");
        expect(codesVan(antwoord?.xml ?? "", "RN001")).toEqual(["9338"]);
      } else expect(antwoord).toBeUndefined(); // no WMO325 schema in iWmo 3.2 here
    },
  );
});
