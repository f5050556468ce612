import { randomBytes } from "node:crypto";
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rijen } from "../db/client";
import { alsSysteem, inGemeente } from "../db/tenant";
import { onderteken } from "../domain/audit/anker";
import { login, startTestVoordeur, type TestVoordeur } from "../test/app";
import { laadAuditAnkerSleutel, leesAnkers, verankerNu } from "./anker";
import { verifieerAuditketens, verifieerMetAnkers } from "./verifieer";

/** Issue "Vertrouwen" item 11: deleting the newest audit rows (or all of a gemeente's) must be seen. */
let t: TestVoordeur;
let dir: string;
const sleutel = randomBytes(32);
const logboek = { fouten: [] as string[] };
const log = { info: () => {}, error: (_o: object, melding: string) => logboek.fouten.push(melding) };

beforeAll(async () => {
  t = await startTestVoordeur();
  dir = mkdtempSync(join(tmpdir(), "voordeur-ankers-"));
  // Audit rows in both gemeenten: creating and reading residents.
  const iag = await login(t.app, "iag");
  const assen = await login(t.app, "assen-iag");
  const maak = async (cookie: string, bsn: string, naam: string) => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/personen",
      headers: { cookie },
      payload: {
        bsn,
        voornamen: "Jan",
        geslachtsnaam: naam,
        geboortedatum: "1960-01-01",
        adres: { huisnummer: 1, postcode: "9331 AB", woonplaats: "Norg" },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    await t.app.inject({ method: "GET", url: `/api/personen/${id}`, headers: { cookie } });
  };
  for (const [bsn, naam] of [
    ["999990019", "Anker"],
    ["999990020", "Boei"],
    ["999990032", "Kade"],
    ["999990044", "Steiger"],
  ] as const)
    await maak(iag, bsn, naam);
  await maak(assen, "999990056", "Vaart");
});
afterAll(async () => {
  await t.sluit();
  rmSync(dir, { recursive: true, force: true });
});

const alsEigenaar = (query: ReturnType<typeof sql>) => alsSysteem(t.database.db, (tx) => tx.execute(query));
const aantalRegels = async (gemeente: string) =>
  alsSysteem(t.database.db, async (tx) =>
    Number(
      (
        await rijen<{ n: number }>(
          tx,
          sql`select count(*)::int as n from audit_log where gemeente_code = ${gemeente}`,
        )
      )[0]?.n,
    ),
  );

describe("ankers van de auditketens", () => {
  it("een intacte keten met een anker is in orde; het anker staat als één JSON-regel buiten de database", async () => {
    const { bestand, checkpoint } = await verankerNu(t.database.db, { dir, sleutel }, log);
    expect(bestand).toBeDefined();
    const regels = readFileSync(String(bestand), "utf8").trim().split("\n");
    expect(regels).toHaveLength(1);
    const anker = JSON.parse(regels[0] ?? "{}");
    expect(anker.hmac).toMatch(/^[0-9a-f]{64}$/);
    const gemeenten = new Set(checkpoint.anker.ketens.map((k) => k.gemeenteCode));
    expect([...gemeenten].sort()).toEqual(["0106", "1699"]);
    const totaal = checkpoint.anker.ketens.reduce((s, k) => s + k.aantal, 0);
    expect(totaal).toBe((await aantalRegels("1699")) + (await aantalRegels("0106")));

    const rapport = await verifieerMetAnkers(t.database.db, { dir, sleutel });
    expect(rapport.intact).toBe(true);
    expect(rapport.anker?.tijdstip).toBe(checkpoint.anker.tijdstip);
    expect(rapport.verificaties.every((v) => v.fouten.length === 0)).toBe(true);

    // Nothing new: no second line (the file only grows when a head moved).
    expect((await verankerNu(t.database.db, { dir, sleutel }, log)).bestand).toBeUndefined();
    expect(readFileSync(String(bestand), "utf8").trim().split("\n")).toHaveLength(1);
  });

  it("de applicatierol kan geen auditregels verwijderen: alleen de database-eigenaar kan dat", async () => {
    await expect(
      inGemeente(t.database.db, { gemeenteCode: "1699", samenwerkingsverbandCode: "NMD" }, (tx) =>
        tx.execute(sql`delete from audit_log`),
      ),
    ).rejects.toThrow();
  });

  it("de nieuwste regels verwijderen (als eigenaar) ziet de hash-keten niet, het anker wel: afgekapt", async () => {
    // New entries after the anchor, then a second anchor; then the owner deletes the newest rows of a chain.
    const wmo = await login(t.app, "wmo");
    await t.app.inject({ method: "GET", url: "/api/personen?zoek=Anker", headers: { cookie: wmo } });
    expect((await verankerNu(t.database.db, { dir, sleutel }, log)).bestand).toBeDefined();
    const [kop] = await alsSysteem(t.database.db, (tx) =>
      rijen<{ keten: number; id: number }>(
        tx,
        sql`select keten, max(id)::int as id from audit_log where gemeente_code = '1699'
            group by keten order by count(*) desc limit 1`,
      ),
    );
    if (!kop) throw new Error("geen auditregels");
    await alsEigenaar(
      sql`delete from audit_log where id in (
            select id from audit_log where gemeente_code = '1699' and keten = ${kop.keten} order by id desc limit 2)`,
    );

    // The chain alone still looks perfect: what is left is a valid chain. That was the defect.
    const alleenKeten = await verifieerAuditketens(t.database.db);
    expect(alleenKeten.find((v) => v.gemeenteCode === "1699")?.fouten).toEqual([]);

    const rapport = await verifieerMetAnkers(t.database.db, { dir, sleutel });
    expect(rapport.intact).toBe(false);
    const fouten = rapport.verificaties.find((v) => v.gemeenteCode === "1699")?.fouten ?? [];
    expect(fouten.map((f) => f.id)).toContain(kop.id);
    expect(fouten[0]?.reden).toMatch(new RegExp(`Keten ${kop.keten} is (afgekapt|leeg)`));
  });

  it("een volgend checkpoint zegent de afgekapte keten niet: het anker blijft op het oude einde", async () => {
    logboek.fouten.length = 0;
    const bestandenVoor = readdirSync(dir).map((f) => statSync(join(dir, f)).size);
    await verankerNu(t.database.db, { dir, sleutel }, log);
    expect(logboek.fouten.some((f) => f.includes("verankerde einde van de keten ontbreekt"))).toBe(true);
    expect(readdirSync(dir).map((f) => statSync(join(dir, f)).size)).toEqual(bestandenVoor);
    // Even after new entries are appended to the truncated chain and anchored, the old head stays demanded.
    const wmo = await login(t.app, "wmo");
    for (let i = 0; i < 12; i++)
      await t.app.inject({ method: "GET", url: "/api/personen?zoek=Boei", headers: { cookie: wmo } });
    await verankerNu(t.database.db, { dir, sleutel }, log);
    expect((await verifieerMetAnkers(t.database.db, { dir, sleutel })).intact).toBe(false);
  });

  it("een gemeente waarvan alle regels weg zijn wordt gemeld", async () => {
    expect(await aantalRegels("0106")).toBeGreaterThan(0);
    await alsEigenaar(sql`delete from audit_log where gemeente_code = '0106'`);
    const rapport = await verifieerMetAnkers(t.database.db, { dir, sleutel });
    const assen = rapport.verificaties.find((v) => v.gemeenteCode === "0106");
    expect(assen?.aantal).toBe(0);
    expect(assen?.fouten.length).toBeGreaterThan(0);
    expect(assen?.fouten.every((f) => /is leeg, maar het anker telt \d+ regel/.test(f.reden))).toBe(true);
  });
});

describe("vervalste ankers", () => {
  it("een anker met een verkeerde HMAC wordt gemeld en niet gebruikt", async () => {
    const eigen = mkdtempSync(join(tmpdir(), "voordeur-ankers-vervalst-"));
    try {
      const { bestand, checkpoint } = await verankerNu(t.database.db, { dir: eigen, sleutel }, log);
      const echt = checkpoint.anker;
      // The forger lowers the anchored heads (to hide deleted rows) and keeps the old signature …
      const verlaagd = { ...echt, tijdstip: new Date(Date.parse(echt.tijdstip) + 60_000).toISOString() };
      verlaagd.ketens = echt.ketens.map((k) => ({ ...k, aantal: 0 }));
      appendFileSync(String(bestand), `${JSON.stringify(verlaagd)}\n`);
      // … or signs with a key of their own.
      const anderKey = onderteken(
        { ...verlaagd, tijdstip: new Date(Date.parse(echt.tijdstip) + 120_000).toISOString() },
        randomBytes(32),
      );
      appendFileSync(String(bestand), `${JSON.stringify(anderKey)}\nniet eens json\n`);

      const gelezen = leesAnkers(eigen, sleutel);
      expect(gelezen.fouten.map((f) => f.regel)).toEqual([2, 3, 4]);
      expect(gelezen.fouten[0]?.reden).toMatch(/HMAC klopt niet/);
      expect(gelezen.nieuwste?.anker.tijdstip).toBe(echt.tijdstip);

      const rapport = await verifieerMetAnkers(t.database.db, { dir: eigen, sleutel });
      expect(rapport.ankerFouten).toHaveLength(3);
      expect(rapport.intact).toBe(false);
      expect(rapport.anker?.tijdstip).toBe(echt.tijdstip);
    } finally {
      rmSync(eigen, { recursive: true, force: true });
    }
  });
});

describe("de ankersleutel", () => {
  it("komt uit VOORDEUR_AUDIT_ANKER_SLEUTEL, of wordt bij de ingebouwde database eenmalig gegenereerd", () => {
    const waarde = randomBytes(32);
    expect(
      laadAuditAnkerSleutel({
        env: { VOORDEUR_AUDIT_ANKER_SLEUTEL: waarde.toString("base64") },
        dataDir: null,
      }),
    ).toEqual(waarde);
    expect(() =>
      laadAuditAnkerSleutel({ env: { VOORDEUR_AUDIT_ANKER_SLEUTEL: "kort" }, dataDir: null }),
    ).toThrow(/32 bytes/);
    expect(() => laadAuditAnkerSleutel({ env: {}, dataDir: null })).toThrow(/VOORDEUR_AUDIT_ANKER_SLEUTEL/);
    const data = mkdtempSync(join(tmpdir(), "voordeur-data-"));
    try {
      const eerste = laadAuditAnkerSleutel({ env: {}, dataDir: data });
      expect(eerste).toHaveLength(32);
      expect(laadAuditAnkerSleutel({ env: {}, dataDir: data })).toEqual(eerste);
      expect(statSync(join(data, "audit-anker-sleutel.json")).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });
});
