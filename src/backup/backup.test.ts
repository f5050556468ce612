/**
 * Issue 19: `npm run backup` / `npm run restore` of the embedded database. A data folder with residents, zaken and
 * audit rows is backed up and restored into a new folder: the restored database holds every row, the migrations
 * and an intact audit chain; the keys and anchors come along. A damaged tarball, a non-empty target and a
 * database that differs from its manifest are refused or reported.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schrijfAudit } from "../db/audit";
import { openDatabase, rijen } from "../db/client";
import { migreer } from "../db/migrate";
import { zaaiBasisgegevens } from "../seed";
import { herstelBackup, maakBackup } from "./backup";
import { verschillen } from "./manifest";

let map: string;
const bron = () => join(map, "data");
const backup = () => join(map, "backup");

beforeAll(async () => {
  map = mkdtempSync(join(tmpdir(), "voordeur-backup-"));
  const database = await openDatabase({ dataDir: bron() });
  await migreer(database.db);
  await zaaiBasisgegevens(database.db);
  await database.db.transaction((tx) =>
    schrijfAudit(
      tx,
      { gemeenteCode: "1699", medewerkerId: null, gebruikersnaam: "systeem", rollen: [], requestId: null },
      Array.from({ length: 12 }, (_, i) => ({
        actie: "lezen" as const,
        resource: "persoon",
        persoonId: null,
        reden: `regel ${i}`,
      })),
    ),
  );
  await database.close();
  writeFileSync(join(bron(), "sleutels.json"), '{"test":true}');
}, 120_000);
afterAll(() => {
  rmSync(map, { recursive: true, force: true });
});

describe("back-up en herstel van de ingebouwde database", () => {
  it("maakt een back-up met manifest; het herstel in een nieuwe map klopt tabel voor tabel", async () => {
    const stappen: string[] = [];
    const manifest = await maakBackup(bron(), backup(), (s) => stappen.push(s));
    expect(stappen.length).toBeGreaterThan(2);
    expect(manifest.auditRegels).toBe(12);
    expect(manifest.auditIntact).toBe(true);
    expect(manifest.tabellen.gemeenten).toBeGreaterThan(0);
    expect(manifest.migraties.length).toBeGreaterThan(30);
    expect(readdirSync(backup()).sort()).toEqual(["bestanden", "manifest.json", "pglite.tar.gz"]);

    const doel = join(map, "hersteld");
    const herstel = await herstelBackup(backup(), doel);
    expect(herstel.verschillen).toEqual([]);
    expect(readFileSync(join(doel, "sleutels.json"), "utf8")).toBe('{"test":true}');
    const database = await openDatabase({ dataDir: doel });
    const [r] = await rijen<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from audit_log where hash is not null`,
    );
    expect(r?.n).toBe(12);
    await database.close();
  }, 120_000);

  it("weigert een niet-lege doelmap zonder --vervang, en zet de oude map opzij met --vervang", async () => {
    const doel = join(map, "hersteld");
    await expect(herstelBackup(backup(), doel)).rejects.toThrow(/is niet leeg/);
    const herstel = await herstelBackup(backup(), doel, { vervang: true });
    expect(herstel.verschillen).toEqual([]);
    expect(herstel.oudeMap && existsSync(join(herstel.oudeMap, "pglite"))).toBe(true);
  }, 120_000);

  it("weigert een beschadigde back-up (controlesom) en een back-up naar een niet-lege map", async () => {
    await expect(maakBackup(bron(), backup())).rejects.toThrow(/bestaat al en is niet leeg/);
    const tarball = join(backup(), "pglite.tar.gz");
    const goed = readFileSync(tarball);
    const kapot = Buffer.from(goed);
    const midden = kapot.length >> 1;
    kapot.writeUInt8((kapot.readUInt8(midden) ^ 0xff) & 0xff, midden);
    writeFileSync(tarball, kapot);
    await expect(herstelBackup(backup(), join(map, "kapot"))).rejects.toThrow(/controlesom/);
    expect(existsSync(join(map, "kapot"))).toBe(false);
    writeFileSync(tarball, goed);
  });

  it("de vergelijking noemt elke afwijking van het manifest", () => {
    const beloofd = { tabellen: { a: 1, b: 2 }, migraties: ["0001"], auditRegels: 3, auditIntact: true };
    expect(verschillen(beloofd, beloofd)).toEqual([]);
    expect(
      verschillen(beloofd, { tabellen: { a: 1, c: 0 }, migraties: [], auditRegels: 2, auditIntact: false }),
    ).toEqual([
      "tabel b ontbreekt na het herstel",
      "tabel c staat niet in de back-up",
      "de toegepaste migraties verschillen van de back-up",
      "auditlog: 2 geschakelde regels, de back-up had er 3",
      "de hash-keten van het auditlog is niet intact",
    ]);
  });
});
