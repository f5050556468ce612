/**
 * MDO 23+ and the Wet verplichte GGZ through the API (issue 14; seed 004 §7.1.2): started on the zaak's versie, then
 * kept up to date on the record's own; one of each per zaak (409); the domain's rules as 400/422 with the field;
 * bad input changes nothing; content only for the Regiegroep and the teamleider (policy rule 21); audited without
 * content; another gemeente sees nothing.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { herstelKlok, zetKlok } from "../../lib/klok";
import { alsMedewerker, login, rijenUit, startTestVoordeur, type TestVoordeur } from "../../test/app";

// "Now" is Wednesday 20 May 2026, 10:00 Dutch time.
const WOENSDAG = new Date("2026-05-20T08:00:00.000Z");
let t: TestVoordeur;
const sessies: Record<string, string> = {};
const verzoek = alsMedewerker(() => t.app, sessies);

let zaak: { id: string; versie: number };
let moeder: string;
let zoon: string;
const zaakVersie = async () => (await verzoek("teamleider", "GET", `/api/zaken/${zaak.id}`)).json().versie;
const aantal = async (thema: string) =>
  (
    await rijenUit<{ n: number }>(t, sql`select count(*)::int as n from regie_themas where thema = ${thema}`)
  )[0]?.n;

beforeAll(async () => {
  zetKlok(WOENSDAG);
  t = await startTestVoordeur();
  for (const naam of ["iag", "wmo", "regie", "teamleider", "assen-iag"])
    sessies[naam] = await login(t.app, naam);
  const persoon = async (bsn: string, voornamen: string, geboortedatum: string) => {
    const res = await verzoek("iag", "POST", "/api/personen", {
      bsn,
      voornamen,
      geslachtsnaam: "Mdoma",
      geboortedatum,
      adres: { huisnummer: 8, postcode: "9331 AB", woonplaats: "Norg" },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  moeder = await persoon("999990020", "Ria", "1979-01-15");
  zoon = await persoon("999990032", "Tim", "2008-07-01");
  const res = await verzoek("iag", "POST", "/api/zaken", {
    zaaktype: "regie",
    meldingsdatum: "2026-05-04",
    kanaal: "telefoon",
    omschrijving: "Zorgen om verward gedrag",
    personen: [
      { persoonId: moeder, rol: "hoofdpersoon" },
      { persoonId: zoon, rol: "gezinslid" },
    ],
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

const actie = {
  wie: "GGZ",
  wat: "Huisbezoek samen met de wijkconsulent",
  uiterlijk: "2026-05-19",
  gedaan: false,
};
const overleg = (wijziging: object = {}) => ({
  datum: "2026-05-12",
  persoonIds: [moeder],
  deelnemers: [
    { organisatie: "Regiegroep (gemeente)", rol: "procesregisseur" },
    { organisatie: "GGZ", rol: "SPV" },
    { organisatie: "Woningcorporatie", rol: "wijkconsulent" },
  ],
  acties: [actie],
  vervolgOp: "2026-06-09" as string | null,
  ...wijziging,
});
const mdo = (...overleggen: object[]) => ({
  aangemeldOp: "2026-05-06",
  aanleiding: "Buren melden verward gedrag en vervuiling",
  overleggen: overleggen.length > 0 ? overleggen : [overleg()],
});

describe("MDO 23+", () => {
  it("weigert slechte invoer (400/422), zonder If-Match (428), voor Wmo (403): niets opgeslagen", async () => {
    const pad = `/api/zaken/${zaak.id}/regie/mdo-23`;
    const versie = await zaakVersie();
    const alleenZoon = mdo(overleg({ persoonIds: [zoon] }));
    const jong = await verzoek("regie", "POST", pad, alleenZoon, versie);
    expect(jong.statusCode).toBe(422);
    expect(jong.json().errors[0]).toMatchObject({ veld: "overleggen.0.persoonIds", regel: "mdo-23-plus" });
    const vreemd = mdo(overleg({ persoonIds: ["00000000-0000-4000-8000-000000000000"] }));
    expect((await verzoek("regie", "POST", pad, vreemd, versie)).statusCode).toBe(400);
    const toekomst = await verzoek("regie", "POST", pad, { ...mdo(), aangemeldOp: "2026-05-21" }, versie);
    expect(toekomst.statusCode).toBe(400);
    const zonderOrganisatie = mdo(overleg({ deelnemers: [{ organisatie: " ", rol: "SPV" }] }));
    const leeg = await verzoek("regie", "POST", pad, zonderOrganisatie, versie);
    expect(leeg.statusCode).toBe(400);
    expect(leeg.json().errors[0].melding).toMatch(/organisatie/i);
    expect((await verzoek("regie", "POST", pad, { ...mdo(), extra: 1 }, versie)).statusCode).toBe(400);
    expect((await verzoek("regie", "POST", pad, mdo())).statusCode).toBe(428);
    expect((await verzoek("wmo", "POST", pad, mdo(), versie)).statusCode).toBe(403);
    expect((await verzoek("regie", "POST", pad, mdo(), versie + 7)).statusCode).toBe(409);
    expect(await aantal("mdo-23")).toBe(0);
  });

  it("meldt aan, weigert een tweede (409), werkt bij op If-Match met een vervolgoverleg", async () => {
    const pad = `/api/zaken/${zaak.id}/regie/mdo-23`;
    const res = await verzoek("teamleider", "POST", pad, mdo(), await zaakVersie());
    expect(res.statusCode, res.body).toBe(201);
    const gestart = res.json();
    expect(gestart.mdo).toMatchObject({
      status: "acties-lopen",
      openActies: 1,
      teLaat: 1,
      volgendOverleg: "2026-06-09",
    });
    expect((await verzoek("regie", "POST", pad, mdo(), await zaakVersie())).statusCode).toBe(409);

    const bij = `/api/regie-themas/${gestart.id}/mdo-23`;
    const gedaan = overleg({ acties: [{ ...actie, gedaan: true }] });
    const tweede = {
      datum: "2026-06-09",
      persoonIds: [moeder, zoon],
      deelnemers: [{ organisatie: "Verslavingszorg", rol: "casemanager" }],
      acties: [],
      vervolgOp: null,
    };
    const verder = mdo(gedaan, tweede);
    const metActie = mdo(gedaan, {
      ...tweede,
      acties: [{ wie: "Politie", wat: "Wijkagent loopt langs", uiterlijk: "2026-06-20", gedaan: false }],
    });
    const tevroeg = await verzoek("regie", "POST", bij, metActie, gestart.versie);
    expect(tevroeg.statusCode).toBe(422);
    expect(tevroeg.json().errors[0]).toMatchObject({ veld: "overleggen.1.acties" });
    expect((await verzoek("regie", "POST", bij, verder)).statusCode).toBe(428);
    const goed = await verzoek("regie", "POST", bij, verder, gestart.versie);
    expect(goed.statusCode, goed.body).toBe(200);
    expect(goed.json().mdo).toMatchObject({ status: "gepland", openActies: 0, volgendOverleg: "2026-06-09" });
    expect((await verzoek("regie", "POST", bij, verder, gestart.versie)).statusCode).toBe(409);
    expect((await verzoek("wmo", "POST", bij, verder, goed.json().versie)).statusCode).toBe(403);
  });
});

const wvggz = () => ({
  betrokkeneId: moeder,
  melding: {
    op: "2026-05-07",
    door: "J. de Buur",
    melder: "buurtbewoner",
    zorgen: "Roept 's nachts, eet niet",
  },
  onderzoek: null as null | { door: string; afgerondOp: string; bevindingen: string },
  besluit: null as null | { op: string; aanvraag: boolean; motivering: string },
  betrokkenen: [{ rol: "familie", naam: "Zus, K. Mdoma" }],
  crisismaatregel: null as null | { op: string; toelichting: string },
});

describe("Wet verplichte GGZ", () => {
  it("legt de melding vast, dan onderzoek en besluit op volgorde; slechte invoer verandert niets", async () => {
    const pad = `/api/zaken/${zaak.id}/regie/wvggz`;
    const versie = await zaakVersie();
    const zonderOnderzoek = { ...wvggz(), besluit: { op: "2026-05-18", aanvraag: true, motivering: "x" } };
    const besluit = await verzoek("regie", "POST", pad, zonderOnderzoek, versie);
    expect(besluit.statusCode).toBe(422);
    expect(besluit.json().errors[0]).toMatchObject({ veld: "besluit", regel: "wvggz-besluit-na-onderzoek" });
    expect(
      (
        await verzoek(
          "regie",
          "POST",
          pad,
          { ...wvggz(), betrokkeneId: "00000000-0000-4000-8000-000000000000" },
          versie,
        )
      ).statusCode,
    ).toBe(400);
    const melder = await verzoek(
      "regie",
      "POST",
      pad,
      { ...wvggz(), melding: { ...wvggz().melding, melder: "buurman" } },
      versie,
    );
    expect(melder.statusCode).toBe(400);
    expect(
      (
        await verzoek(
          "regie",
          "POST",
          pad,
          { ...wvggz(), melding: { ...wvggz().melding, op: "2026-05-21" } },
          versie,
        )
      ).statusCode,
    ).toBe(400);
    expect(await aantal("wvggz")).toBe(0);

    const res = await verzoek("regie", "POST", pad, wvggz(), versie);
    expect(res.statusCode, res.body).toBe(201);
    const gestart = res.json();
    expect(gestart.wvggz).toMatchObject({ status: "onderzoek", melding: { melder: "buurtbewoner" } });
    expect((await verzoek("regie", "POST", pad, wvggz(), await zaakVersie())).statusCode).toBe(409);

    const bij = `/api/regie-themas/${gestart.id}/wvggz`;
    const verder = {
      ...wvggz(),
      onderzoek: {
        door: "GGD, SPV",
        afgerondOp: "2026-05-15",
        bevindingen: "Ernstig nadeel dreigt; zorg geweigerd",
      },
      besluit: { op: "2026-05-18", aanvraag: true, motivering: "Vrijwillige zorg lukt niet" },
      betrokkenen: [...wvggz().betrokkenen, { rol: "officier-van-justitie", naam: "Mr. A. de Vries" }],
      crisismaatregel: { op: "2026-05-19", toelichting: "Burgemeester na escalatie thuis" },
    };
    const vroeg = await verzoek(
      "regie",
      "POST",
      bij,
      { ...verder, besluit: { ...verder.besluit, op: "2026-05-14" } },
      gestart.versie,
    );
    expect(vroeg.statusCode).toBe(422);
    expect(vroeg.json().errors[0]).toMatchObject({ veld: "besluit.op" });
    const goed = await verzoek("teamleider", "POST", bij, verder, gestart.versie);
    expect(goed.statusCode, goed.body).toBe(200);
    expect(goed.json().wvggz).toMatchObject({
      status: "aanvraag-ingediend",
      crisismaatregel: { op: "2026-05-19" },
    });
  });
});

describe("wie ziet wat", () => {
  it("de inhoud alleen voor de Regiegroep en de teamleider; de IAG niet meer; andere gemeente niets", async () => {
    const regie = (await verzoek("regie", "GET", `/api/zaken/${zaak.id}/regie`)).json();
    expect(regie.themas.map((t: { thema: string }) => t.thema).sort()).toEqual(["mdo-23", "wvggz"]);
    expect(regie.themas.every((t: { mdo: unknown; wvggz: unknown }) => t.mdo || t.wvggz)).toBe(true);
    // The IAG handed the zaak to the Regiegroep: it may not read it any more (the zaak's own policy).
    expect((await verzoek("iag", "GET", `/api/zaken/${zaak.id}/regie`)).statusCode).toBe(403);
    expect((await verzoek("assen-iag", "GET", `/api/zaken/${zaak.id}/regie`)).statusCode).toBe(404);
    const redenen = (
      await rijenUit<{ reden: string }>(t, sql`select reden from audit_log where resource = 'regiethema'`)
    ).map((r) => r.reden);
    expect(redenen).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/MDO 23\+: aangemeld bij het MDO/),
        expect.stringMatching(/Wet verplichte GGZ: procedure bijgewerkt/),
      ]),
    );
    expect(redenen.join(" ")).not.toMatch(/Buur|verward|Vries|Huisbezoek|escalatie/i);
  });
});
