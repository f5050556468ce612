/**
 * Signs of Safety through the API (issue 14; DOMAIN §5): started on a zaak with If-Match, the mapping in three
 * columns with every gevaar paired with a veiligheidsdoel, three rounds on the veiligheidsschaal kept in order, the
 * veiligheidsplan from the doelen made definitief, signed by the child (13) and the gezaghebbende, and evaluated
 * with a new round; bad input 4xx with nothing changed, a stale If-Match 409; the content only for those of
 * policy rule 23 (a colleague of the vakgroep and another vakgroep see no content); audited without content.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { herstelKlok, zetKlok } from "../../lib/klok";
import { alsMedewerker, login, rijenUit, startTestVoordeur, type TestVoordeur } from "../../test/app";

// "Now" is Wednesday 20 May 2026, 12:00 Dutch time.
const NU = new Date("2026-05-20T10:00:00.000Z");
let t: TestVoordeur;
const sessies: Record<string, string> = {};

const verzoek = alsMedewerker(() => t.app, sessies);

const rijen = <T>(query: ReturnType<typeof sql>) => rijenUit<T>(t, query);

async function persoon(bsn: string, voornamen: string, geboortedatum: string): Promise<string> {
  const res = await verzoek("iag", "POST", "/api/personen", {
    bsn,
    voornamen,
    geslachtsnaam: "Veilig",
    geboortedatum,
    adres: { huisnummer: 3, postcode: "9331 AB", woonplaats: "Norg" },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

let zaakId: string;
let kind: string;
let moeder: string;
const url = (pad = "") => `/api/zaken/${zaakId}/signs-of-safety${pad}`;
const huidig = async (wie = "regie") => (await verzoek(wie, "GET", url())).json().signsOfSafety;

beforeAll(async () => {
  zetKlok(NU);
  t = await startTestVoordeur();
  for (const naam of ["iag", "wmo", "jeugd", "regie", "teamleider", "assen-iag"])
    sessies[naam] = await login(t.app, naam);
  kind = await persoon("999990044", "Kim", "2013-01-15");
  moeder = await persoon("999990056", "Anna", "1985-04-02");
  const res = await verzoek("iag", "POST", "/api/zaken", {
    zaaktype: "jeugd",
    meldingsdatum: "2026-05-01",
    kanaal: "telefoon",
    omschrijving: "Zorgen over de veiligheid van Kim",
    personen: [
      { persoonId: kind, rol: "hoofdpersoon" },
      { persoonId: moeder, rol: "gezaghebbende" },
    ],
    veiligheid: "zorgen",
    leefgebieden: [],
  });
  expect(res.statusCode, res.body).toBe(201);
  zaakId = res.json().id;
});
afterAll(async () => {
  await t.sluit();
  herstelKlok();
});

const GEVAAR = randomUUID();
const GEVAAR2 = randomUUID();
const DOEL = randomUUID();
const DOEL2 = randomUUID();
const mapping = (...extra: object[]) => ({
  items: [
    { id: GEVAAR, soort: "gevaar", tekst: "Vader slaat als hij gedronken heeft" },
    { id: randomUUID(), soort: "schade", tekst: "Kim had in maart een blauwe plek" },
    { id: randomUUID(), soort: "sterkte", tekst: "Oma haalt Kim op als het thuis onrustig is" },
    { id: DOEL, soort: "veiligheidsdoel", tekst: "Kim is veilig als vader drinkt", gevaarId: GEVAAR },
    ...extra,
  ],
});
const ronde = (datum: string, gezin: number, netwerk: number, professional: number) => ({
  datum,
  scores: [
    { partij: "gezin", wie: "moeder", score: gezin },
    { partij: "netwerk", wie: "oma", score: netwerk },
    { partij: "professional", wie: "casemanager", score: professional },
  ],
});

describe("Signs of Safety starten", () => {
  it("weigert zonder If-Match, op een oude versie en voor wie de inhoud niet mag zien; dan start de Regiegroep", async () => {
    const zaak = (await verzoek("regie", "GET", `/api/zaken/${zaakId}`)).json();
    expect((await huidig()) ?? null).toBeNull();
    expect((await verzoek("regie", "POST", url(), {})).statusCode).toBe(428);
    expect((await verzoek("regie", "POST", url(), {}, zaak.versie + 5)).statusCode).toBe(409);
    // A colleague of the zaak's vakgroep may read the zaak, but not start the safety work.
    expect((await verzoek("jeugd", "POST", url(), {}, zaak.versie)).statusCode).toBe(403);
    expect(await rijen(sql`select id from signs_of_safety`)).toEqual([]);
    const res = await verzoek("regie", "POST", url(), {}, zaak.versie);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.json().inhoud).toMatchObject({ mapping: { items: [] }, schaal: [], plan: null });
    const nogEens = (await verzoek("regie", "GET", `/api/zaken/${zaakId}`)).json();
    expect((await verzoek("regie", "POST", url(), {}, nogEens.versie)).statusCode).toBe(409);
  });
});

describe("de mapping en de veiligheidsschaal", () => {
  it("weigert slechte invoer met 4xx en verandert niets", async () => {
    const { versie } = await huidig();
    /** null: without If-Match. */
    const poging = (body: object, v: number | null = versie) =>
      verzoek("regie", "PUT", url("/mapping"), body, v ?? undefined);
    const zonderGevaar = await poging(
      mapping({ id: randomUUID(), soort: "veiligheidsdoel", tekst: "x", gevaarId: null }),
    );
    expect(zonderGevaar.statusCode).toBe(400);
    expect(zonderGevaar.json().errors[0]).toMatchObject({
      veld: "items.4.gevaarId",
      regel: "doel-bij-gevaar",
    });
    const leeg = await poging(mapping({ id: randomUUID(), soort: "sterkte", tekst: "" }));
    expect(leeg.statusCode).toBe(400);
    expect(leeg.json().errors[0].melding).toMatch(/tekst/i);
    expect((await poging({ items: [{ id: "geen-uuid", soort: "gevaar", tekst: "x" }] })).statusCode).toBe(
      400,
    );
    expect((await poging({ items: [{ id: GEVAAR, soort: "onbekend", tekst: "x" }] })).statusCode).toBe(400);
    expect((await poging(mapping(), versie + 1)).statusCode).toBe(409);
    expect((await poging(mapping(), null)).statusCode).toBe(428);
    const schaal = (body: object) => verzoek("regie", "POST", url("/schaal"), body, versie);
    expect((await schaal(ronde("2026-05-21", 5, 5, 5))).statusCode).toBe(400);
    const elf = await schaal(ronde("2026-05-01", 11, 5, 5));
    expect(elf.statusCode).toBe(400);
    expect(elf.json().errors[0].melding).toMatch(/0 tot en met 10/);
    const zonderNetwerk = await schaal({
      datum: "2026-05-01",
      scores: ronde("2026-05-01", 3, 3, 3).scores.slice(0, 1),
    });
    expect(zonderNetwerk.statusCode).toBe(400);
    expect(zonderNetwerk.json().detail).toMatch(/netwerk/);
    expect((await huidig()).versie).toBe(versie);
    expect(await rijen(sql`select id from veiligheidsschaalscores`)).toEqual([]);
  });

  it("bewaart de mapping; een gevaar zonder doel blijft zichtbaar als ongekoppeld", async () => {
    const { versie } = await huidig();
    const extra = { id: GEVAAR2, soort: "gevaar", tekst: "Moeder laat Kim 's nachts alleen" };
    const res = await verzoek("regie", "PUT", url("/mapping"), mapping(extra), versie);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().inhoud.mapping.items).toHaveLength(5);
    expect(res.json().inhoud.ongekoppeldeGevaren).toEqual([GEVAAR2]);
    expect(res.json().inhoud.definitiefBezwaren.join(" ")).toMatch(/nog geen veiligheidsdoel/);
  });

  it("drie bijeenkomsten op de schaal, in volgorde; een eerdere datum daarna wordt geweigerd", async () => {
    for (const [datum, g, n, p] of [
      ["2026-04-01", 3, 4, 2],
      ["2026-04-22", 5, 5, 4],
      ["2026-05-13", 7, 6, 6],
    ] as const) {
      const { versie } = await huidig();
      const res = await verzoek("regie", "POST", url("/schaal"), ronde(datum, g, n, p), versie);
      expect(res.statusCode, res.body).toBe(200);
    }
    const { versie, inhoud } = await huidig();
    expect(inhoud.schaal.map((r: { datum: string }) => r.datum)).toEqual([
      "2026-04-01",
      "2026-04-22",
      "2026-05-13",
    ]);
    expect(inhoud.schaal[2].scores).toEqual(ronde("2026-05-13", 7, 6, 6).scores);
    const terug = await verzoek("regie", "POST", url("/schaal"), ronde("2026-05-01", 5, 5, 5), versie);
    expect(terug.statusCode).toBe(400);
    expect(terug.json().errors[0]).toMatchObject({ veld: "datum", regel: "schaal-op-volgorde" });
  });

  it("de scores kan de app niet wijzigen of verwijderen (alleen toevoegen)", async () => {
    const rechten = await rijen<{ privilege_type: string }>(
      sql`select privilege_type from information_schema.role_table_grants
          where table_name = 'veiligheidsschaalscores' and grantee = 'voordeur_app' order by privilege_type`,
    );
    expect(rechten.map((r) => r.privilege_type)).toEqual(["INSERT", "SELECT"]);
  });
});

describe("het veiligheidsplan", () => {
  const afspraak = (doelId: string) => ({
    doelId,
    wat: "Kim slaapt bij oma als vader drinkt",
    wie: "Moeder en oma",
    uiterlijk: "2026-06-30",
  });

  it("definitief wordt geweigerd (422) zolang een gevaar geen doel heeft; daarna lukt het", async () => {
    let { versie } = await huidig();
    const opgeslagen = await verzoek("regie", "PUT", url("/plan"), { afspraken: [afspraak(DOEL)] }, versie);
    expect(opgeslagen.statusCode, opgeslagen.body).toBe(200);
    expect(opgeslagen.json().inhoud.plan).toMatchObject({
      status: "concept",
      afspraken: [
        {
          doelId: DOEL,
          doel: "Kim is veilig als vader drinkt",
          gevaar: "Vader slaat als hij gedronken heeft",
        },
      ],
    });
    versie = opgeslagen.json().versie;
    const teVroeg = await verzoek("regie", "POST", url("/plan/definitief"), {}, versie);
    expect(teVroeg.statusCode).toBe(422);
    expect(teVroeg.json()).toMatchObject({ regel: "gevaar-met-veiligheidsdoel" });
    expect(teVroeg.json().detail).toMatch(/'s nachts alleen/);
    expect((await huidig()).versie).toBe(versie);

    const tweedeDoel = {
      id: DOEL2,
      soort: "veiligheidsdoel",
      tekst: "Er is 's nachts altijd een volwassene",
      gevaarId: GEVAAR2,
    };
    const gekoppeld = await verzoek(
      "regie",
      "PUT",
      url("/mapping"),
      mapping({ id: GEVAAR2, soort: "gevaar", tekst: "Moeder laat Kim 's nachts alleen" }, tweedeDoel),
      versie,
    );
    expect(gekoppeld.json().inhoud.ongekoppeldeGevaren).toEqual([]);
    versie = gekoppeld.json().versie;
    const zonderAfspraak = await verzoek("regie", "POST", url("/plan/definitief"), {}, versie);
    expect(zonderAfspraak.json()).toMatchObject({ regel: "afspraak-volledig" });
    const beide = await verzoek(
      "regie",
      "PUT",
      url("/plan"),
      { afspraken: [afspraak(DOEL), afspraak(DOEL2)] },
      versie,
    );
    versie = beide.json().versie;
    const definitief = await verzoek("regie", "POST", url("/plan/definitief"), {}, versie);
    expect(definitief.statusCode, definitief.body).toBe(200);
    expect(definitief.json().inhoud.plan.status).toBe("definitief");
    const wijzigen = await verzoek("regie", "PUT", url("/plan"), { afspraken: [] }, definitief.json().versie);
    expect(wijzigen.json()).toMatchObject({ regel: "plan-alleen-concept" });
  });

  it("ondertekenen: Kim (13) en haar moeder met gezag; alleen de moeder is niet genoeg", async () => {
    const { versie, inhoud } = await huidig();
    expect(inhoud.ondertekenaars.vereist.map((p: { persoonId: string }) => p.persoonId)).toEqual([
      kind,
      moeder,
    ]);
    expect(inhoud.ondertekenaars.uitleg).toMatch(/12 tot 16/);
    const poging = (body: object) => verzoek("regie", "POST", url("/plan/ondertekening"), body, versie);
    const alleenMoeder = await poging({ datum: "2026-05-19", ondertekenaars: [moeder] });
    expect(alleenMoeder.statusCode).toBe(400);
    expect(alleenMoeder.json().detail).toMatch(/Kim Veilig/);
    expect((await poging({ datum: "2026-05-21", ondertekenaars: [kind, moeder] })).statusCode).toBe(400);
    expect((await huidig()).inhoud.plan.status).toBe("definitief");
    const res = await poging({ datum: "2026-05-19", ondertekenaars: [moeder, kind] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().inhoud.plan).toMatchObject({
      status: "ondertekend",
      ondertekening: {
        datum: "2026-05-19",
        ondertekenaars: [{ naam: "Kim Veilig" }, { naam: "Anna Veilig" }],
      },
    });
  });

  it("evalueren: per doel bereikt, deels of niet, met een nieuwe ronde op de schaal", async () => {
    const { versie } = await huidig();
    const evaluatie = (over: object = {}) => ({
      datum: "2026-05-20",
      doelen: [
        { doelId: DOEL, uitkomst: "bereikt" },
        { doelId: DOEL2, uitkomst: "deels" },
      ],
      toelichting: "Oma is er elke nacht.",
      scores: ronde("2026-05-20", 8, 7, 7).scores,
      ...over,
    });
    const half = await verzoek(
      "regie",
      "POST",
      url("/plan/evaluatie"),
      evaluatie({ doelen: [{ doelId: DOEL, uitkomst: "bereikt" }] }),
      versie,
    );
    expect(half.statusCode).toBe(400);
    expect(half.json().errors[0]).toMatchObject({ regel: "evaluatie-elk-doel" });
    const zonderSchaal = await verzoek(
      "regie",
      "POST",
      url("/plan/evaluatie"),
      evaluatie({ scores: [] }),
      versie,
    );
    expect(zonderSchaal.statusCode).toBe(400);
    expect((await huidig()).inhoud.schaal).toHaveLength(3);
    const res = await verzoek("regie", "POST", url("/plan/evaluatie"), evaluatie(), versie);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().inhoud.plan).toMatchObject({
      status: "geevalueerd",
      evaluaties: [{ datum: "2026-05-20" }],
    });
    expect(res.json().inhoud.schaal.at(-1)).toMatchObject({ datum: "2026-05-20", aanleiding: "evaluatie" });
  });
});

describe("wie ziet wat (regel 23)", () => {
  it("de teamleider ziet de inhoud; een collega van de vakgroep alleen dat het loopt; een andere vakgroep niets", async () => {
    expect((await huidig("teamleider")).inhoud.plan.status).toBe("geevalueerd");
    const collega = await huidig("jeugd");
    expect(collega.inhoud).toBeNull();
    expect(collega.id).toEqual(expect.any(String));
    const werkblad = (await verzoek("jeugd", "GET", `/api/zaken/${zaakId}/werkblad`)).json();
    expect(werkblad.signsOfSafety.signsOfSafety.inhoud).toBeNull();
    expect((await verzoek("wmo", "GET", url())).statusCode).toBe(403);
    const wijzig = await verzoek("jeugd", "PUT", url("/mapping"), mapping(), collega.versie);
    expect(wijzig.statusCode).toBe(403);
    expect((await verzoek("assen-iag", "GET", url())).statusCode).toBe(404);
  });

  it("elke lezing en wijziging staat in het auditlog, zonder inhoud", async () => {
    const regels = await rijen<{ actie: string; reden: string }>(
      sql`select actie, reden from audit_log where resource = 'signs-of-safety' order by id`,
    );
    expect(regels.some((r) => r.actie === "aanmaken")).toBe(true);
    expect(regels.some((r) => r.reden.includes("zonder inhoud"))).toBe(true);
    expect(regels.every((r) => !r.reden.includes("gedronken") && !r.reden.includes("oma"))).toBe(true);
  });
});
