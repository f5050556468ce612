import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rijen } from "../../db/client";
import { GELIJKGESTELD_2023_2028 } from "../../domain/termijnen/gelijkgesteld.testdata";
import { atwVerschuiving } from "../../domain/termijnen/kalender";
import { huidigeKalender } from "../../kalender/kalender";
import { login, startTestVoordeur, type TestVoordeur } from "../../test/app";

let t: TestVoordeur;
const sessies: Record<string, string> = {};
beforeAll(async () => {
  t = await startTestVoordeur();
  for (const naam of ["wmo", "teamleider", "beheerder", "assen-iag"])
    sessies[naam] = await login(t.app, naam);
});
afterAll(() => t.sluit());

const URL = "/api/kalender/gelijkgestelde-dagen";
const BRON =
  "Besluit gelijkstelling van 11 mei 2029 met een algemeen erkende feestdag (Staatscourant, testbron)";

const lijst = async (wie = "wmo") => {
  const res = await t.app.inject({ method: "GET", url: URL, headers: { cookie: sessies[wie] ?? "" } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { id: string; datum: string; omschrijving: string; bron: string; versie: number }[];
};
const voegToe = (wie: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: "POST", url: URL, headers: { cookie: sessies[wie] ?? "" }, payload });
const verwijder = (wie: string, id: string, versie?: number) =>
  t.app.inject({
    method: "DELETE",
    url: `${URL}/${id}`,
    headers: { cookie: sessies[wie] ?? "", ...(versie === undefined ? {} : { "if-match": `"${versie}"` }) },
  });
const auditRegels = async () =>
  (
    await rijen<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where resource = 'kalender'`,
    )
  )[0]?.n;

describe("gelijkgestelde dagen (Algemene termijnenwet art. 3 lid 3)", () => {
  it("iedere medewerker leest de lijst; die bevat de geverifieerde Koninklijke Besluiten met hun bron", async () => {
    const dagen = await lijst("wmo");
    const data = dagen.map((d) => d.datum);
    for (const d of GELIJKGESTELD_2023_2028) expect(data).toContain(d.datum);
    expect(data).toContain("2019-12-27");
    expect(data).toEqual([...data].sort());
    expect(dagen.find((d) => d.datum === "2018-12-24")?.bron).toContain("Stcrt. 2016, 58653");
    expect(dagen.every((d) => d.bron.length > 10 && d.omschrijving.length > 0)).toBe(true);
    // The process calendar is the same list.
    expect([...huidigeKalender().gelijkgesteld.keys()]).toEqual(data);
    expect((await lijst("assen-iag")).length).toBe(dagen.length);
    expect((await t.app.inject({ method: "GET", url: URL })).statusCode).toBe(401);
  });

  it("alleen de beheerder voegt een dag toe; de Wmo-consulent en de teamleider niet, en er verandert niets", async () => {
    const voor = await lijst();
    const wmo = await voegToe("wmo", {
      datum: "2029-05-11",
      omschrijving: "Vrijdag na Hemelvaartsdag",
      bron: BRON,
    });
    expect(wmo.statusCode).toBe(403);
    expect(wmo.headers["content-type"]).toContain("application/problem+json");
    expect(
      (await voegToe("teamleider", { datum: "2029-05-11", omschrijving: "x", bron: BRON })).statusCode,
    ).toBe(403);
    expect(await lijst()).toEqual(voor);
    expect(await auditRegels()).toBe(0);
  });

  it("weigert foute invoer met 4xx en verandert niets", async () => {
    const voor = await lijst();
    const gevallen: [Record<string, unknown>, number, string][] = [
      [{ datum: "2029-02-30", omschrijving: "x", bron: BRON }, 400, "datum"],
      [{ datum: "11-5-2029", omschrijving: "x", bron: BRON }, 400, "datum"],
      [{ datum: "2029-05-11", omschrijving: "  ", bron: BRON }, 400, "omschrijving"],
      [{ datum: "2029-05-11", omschrijving: "Vrijdag na Hemelvaartsdag" }, 400, "bron"],
      [{ datum: "2029-05-11", omschrijving: "x", bron: BRON, gemeente: "1699" }, 400, ""],
      // Atw art. 3 lid 2: Goede Vrijdag is already equated by the law itself.
      [{ datum: "2027-03-26", omschrijving: "Goede Vrijdag", bron: BRON }, 422, "datum"],
      [{ datum: "2029-05-12", omschrijving: "Zaterdag", bron: BRON }, 422, "datum"],
      [{ datum: "2026-12-25", omschrijving: "Kerst", bron: BRON }, 422, "datum"],
      // Already in the list (KB 2026–2028).
      [{ datum: "2026-05-15", omschrijving: "Vrijdag na Hemelvaartsdag", bron: BRON }, 409, "datum"],
    ];
    for (const [payload, status, veld] of gevallen) {
      const res = await voegToe("beheerder", payload);
      expect(res.statusCode, `${JSON.stringify(payload)}: ${res.body}`).toBe(status);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      if (veld) expect(res.json().errors.map((e: { veld: string }) => e.veld)).toContain(veld);
    }
    const goedeVrijdag = await voegToe("beheerder", { datum: "2027-03-26", omschrijving: "x", bron: BRON });
    expect(goedeVrijdag.json().detail).toContain("Goede Vrijdag");
    expect(await lijst()).toEqual(voor);
    expect(await auditRegels()).toBe(0);
  });

  it("de beheerder voegt een dag toe en verwijdert hem: gelogd, en termijnen rekenen er meteen mee", async () => {
    // Hemelvaartsdag 2029 is Thursday 10 May; without the KB a term ending then runs to Friday 11 May.
    expect(atwVerschuiving(huidigeKalender(), "2029-05-10")).toBe("2029-05-11");
    const res = await voegToe("beheerder", {
      datum: "2029-05-11",
      omschrijving: " Vrijdag na Hemelvaartsdag ",
      bron: BRON,
    });
    expect(res.statusCode, res.body).toBe(201);
    const dag = res.json();
    expect(dag).toMatchObject({
      datum: "2029-05-11",
      omschrijving: "Vrijdag na Hemelvaartsdag",
      bron: BRON,
      versie: 1,
    });
    expect(res.headers.etag).toBe('"1"');
    expect((await lijst()).map((d) => d.datum)).toContain("2029-05-11");
    expect(atwVerschuiving(huidigeKalender(), "2029-05-10")).toBe("2029-05-14");
    expect(await auditRegels()).toBe(1);

    expect((await verwijder("beheerder", dag.id)).statusCode).toBe(428);
    expect((await verwijder("wmo", dag.id, 1)).statusCode).toBe(403);
    expect((await verwijder("beheerder", dag.id, 2)).statusCode).toBe(409);
    expect((await lijst()).map((d) => d.datum)).toContain("2029-05-11");
    expect(await auditRegels()).toBe(1);

    const weg = await verwijder("beheerder", dag.id, 1);
    expect(weg.statusCode, weg.body).toBe(204);
    expect((await lijst()).map((d) => d.datum)).not.toContain("2029-05-11");
    expect(atwVerschuiving(huidigeKalender(), "2029-05-10")).toBe("2029-05-11");
    expect(await auditRegels()).toBe(2);
    expect((await verwijder("beheerder", dag.id, 1)).statusCode).toBe(404);
    expect((await verwijder("beheerder", "geen-uuid", 1)).statusCode).toBe(400);
  });
});
