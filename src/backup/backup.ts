/**
 * `npm run backup` and `npm run restore` for the embedded database (issue 19). A backup is a folder:
 * `pglite.tar.gz` (PGlite's own dump of the whole database), `manifest.json` (src/backup/manifest.ts), and a copy
 * of the data folder's other parts — the key files (`sleutels.json`, `audit-anker-sleutel.json`: keep the backup
 * as safe as the keys, or store that subfolder apart), the audit anchors and the berichten folders. The backup
 * is made with the app stopped (the database folder is locked by whoever opens it). Before writing, the chainer
 * links the open audit rows, so the manifest's audit count is the whole trail.
 * A PostgreSQL server is backed up with its own tools (docs/backup.md).
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { schakelAudit } from "../audit/schakelaar";
import { herstelPglite, openDatabase } from "../db/client";
import { leesManifest, leesToestand, MANIFEST_VERSIE, type Manifest, verschillen } from "./manifest";

const TARBALL = "pglite.tar.gz";
const MANIFEST = "manifest.json";
const BESTANDEN = "bestanden";
/** The parts of a data folder besides the database itself. */
const NAAST_DATABASE = ["sleutels.json", "audit-anker-sleutel.json", "audit-ankers", "berichten"];

const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

export type Voortgang = (stap: string) => void;

/** Makes a backup of the data folder into `naar` (a new folder); returns its manifest. */
export async function maakBackup(
  dataDir: string,
  naar: string,
  voortgang: Voortgang = () => {},
): Promise<Manifest> {
  if (existsSync(naar) && readdirSync(naar).length > 0)
    throw new Error(`De map ${naar} bestaat al en is niet leeg.`);
  const database = await openDatabase({ dataDir });
  try {
    if (!database.dump) throw new Error("Alleen de ingebouwde database wordt zo geback-upt.");
    voortgang("openstaande auditregels schakelen");
    await schakelAudit(database.db);
    voortgang("tabellen tellen en het auditlog controleren");
    const toestand = await leesToestand(database.db);
    voortgang("database wegschrijven");
    const tarball = Buffer.from(await (await database.dump()).arrayBuffer());
    mkdirSync(naar, { recursive: true });
    writeFileSync(join(naar, TARBALL), tarball);
    for (const deel of NAAST_DATABASE)
      if (existsSync(join(dataDir, deel)))
        cpSync(join(dataDir, deel), join(naar, BESTANDEN, deel), { recursive: true });
    const manifest: Manifest = {
      versie: MANIFEST_VERSIE,
      gemaaktOp: new Date().toISOString(),
      sha256: sha256(tarball),
      ...toestand,
    };
    writeFileSync(join(naar, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    await database.close();
  }
}

export interface Herstel {
  manifest: Manifest;
  /** Empty when the restored database holds exactly what the backup promised. */
  verschillen: string[];
  /** Where the data folder that was there before went (with `vervang`). */
  oudeMap: string | undefined;
}

/**
 * Restores a backup into `dataDir`. An existing, non-empty data folder is only replaced with `vervang`: it is
 * moved aside (never deleted). Then the restored database is opened and compared with the manifest.
 */
export async function herstelBackup(
  van: string,
  dataDir: string,
  opties: { vervang?: boolean; voortgang?: Voortgang } = {},
): Promise<Herstel> {
  const voortgang = opties.voortgang ?? (() => {});
  const manifest = leesManifest(readFileSync(join(van, MANIFEST), "utf8"));
  const tarball = readFileSync(join(van, TARBALL));
  if (sha256(tarball) !== manifest.sha256)
    throw new Error(`${TARBALL} is beschadigd of gewijzigd: de controlesom klopt niet met manifest.json.`);
  let oudeMap: string | undefined;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    if (!opties.vervang)
      throw new Error(`De map ${dataDir} is niet leeg. Kies een lege map, of vervang met --vervang.`);
    oudeMap = `${dataDir}.voor-herstel-${new Date().toISOString().replaceAll(":", "-")}`;
    renameSync(dataDir, oudeMap);
  }
  voortgang("database terugzetten");
  await herstelPglite(dataDir, new Blob([tarball]));
  if (existsSync(join(van, BESTANDEN))) cpSync(join(van, BESTANDEN), dataDir, { recursive: true });
  voortgang("herstelde database controleren");
  const database = await openDatabase({ dataDir });
  try {
    return { manifest, verschillen: verschillen(manifest, await leesToestand(database.db)), oudeMap };
  } finally {
    await database.close();
  }
}
