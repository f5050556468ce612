/**
 * Checkpoints of the audit chain heads (rules: domain/audit/anker.ts), written outside the database as
 * append-only JSON lines in `VOORDEUR_AUDIT_ANKER_DIR` (one file per month, `ankers-YYYY-MM.jsonl`): the export
 * an operator ships to WORM storage. Made every `VOORDEUR_AUDIT_ANKER_MINUTEN` by the app (main.ts), at
 * shutdown, and on demand (`npm run audit:anker`).
 *
 * An anchor never moves backwards: when an anchored head is gone or changed since the previous anchor, the
 * new anchor keeps the previous head for that chain (and the job logs it), so the verifier keeps reporting the
 * truncation instead of the next checkpoint blessing it.
 */
import { randomBytes } from "node:crypto";
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { AANTAL_KETENS, ketenkop, schakelVanRegel, telKeten } from "../db/audit";
import { type Db, rijen } from "../db/client";
import {
  ANKER_VERSIE,
  type Anker,
  echtAnker,
  type Ketenkop,
  leesAnkerregel,
  onderteken,
} from "../domain/audit/anker";
import { herhaal } from "../lib/herhaal";
import * as klok from "../lib/klok";
import { foutVoorLog } from "../lib/logger";
import { schakelAudit } from "./schakelaar";

const BESTAND = /^ankers-\d{4}-\d{2}\.jsonl$/;

/**
 * The HMAC key: `VOORDEUR_AUDIT_ANKER_SLEUTEL` (base64, 32 bytes: `openssl rand -base64 32`). Without it, on the
 * embedded database, a key is generated once into `<dataDir>/audit-anker-sleutel.json` (mode 0600), like the
 * BSN keys. On a PostgreSQL server it must be configured: every app host and the verifier need the same key.
 */
export function laadAuditAnkerSleutel(opties: {
  env: Record<string, string | undefined>;
  dataDir: string | null;
}): Buffer {
  const { env, dataDir } = opties;
  if (env.VOORDEUR_AUDIT_ANKER_SLEUTEL) {
    const sleutel = Buffer.from(env.VOORDEUR_AUDIT_ANKER_SLEUTEL, "base64");
    if (sleutel.length !== 32)
      throw new Error(
        "VOORDEUR_AUDIT_ANKER_SLEUTEL moet 32 bytes zijn, base64-gecodeerd (openssl rand -base64 32)",
      );
    return sleutel;
  }
  if (dataDir === null || dataDir === "memory") {
    throw new Error(
      "Stel VOORDEUR_AUDIT_ANKER_SLEUTEL in (openssl rand -base64 32): op een PostgreSQL-server wordt geen sleutel gegenereerd.",
    );
  }
  const bestand = join(dataDir, "audit-anker-sleutel.json");
  if (!existsSync(bestand)) {
    mkdirSync(dataDir, { recursive: true });
    try {
      writeFileSync(bestand, JSON.stringify({ sleutel: randomBytes(32).toString("base64") }, null, 2), {
        mode: 0o600,
        flag: "wx",
      });
    } catch (fout) {
      // Another process made it first: use theirs.
      if ((fout as { code?: string }).code !== "EEXIST") throw fout;
    }
  }
  const sleutel = Buffer.from(
    (JSON.parse(readFileSync(bestand, "utf8")) as { sleutel: string }).sleutel,
    "base64",
  );
  if (sleutel.length !== 32) throw new Error(`${bestand}: de sleutel is geen 32 bytes`);
  return sleutel;
}

export interface GelezenAnkers {
  /** The valid anchor with the latest tijdstip, and where it was found. */
  nieuwste: { anker: Anker; bestand: string; regel: number } | undefined;
  /** Lines that are no anchor or whose signature is not the key's (forged or damaged). */
  fouten: { bestand: string; regel: number; reden: string }[];
  aantal: number;
}

/** Reads every anchor file in the folder and checks every line's signature. */
export function leesAnkers(dir: string, sleutel: Buffer): GelezenAnkers {
  const uitkomst: GelezenAnkers = { nieuwste: undefined, fouten: [], aantal: 0 };
  if (!existsSync(dir)) return uitkomst;
  for (const naam of readdirSync(dir)
    .filter((n) => BESTAND.test(n))
    .sort()) {
    const regels = readFileSync(join(dir, naam), "utf8").split("\n");
    regels.forEach((tekst, i) => {
      if (!tekst.trim()) return;
      const plek = { bestand: naam, regel: i + 1 };
      const anker = leesAnkerregel(tekst);
      if (!anker) {
        uitkomst.fouten.push({ ...plek, reden: "geen leesbaar anker (beschadigd of ingevoegd)" });
        return;
      }
      if (!echtAnker(anker, sleutel)) {
        uitkomst.fouten.push({
          ...plek,
          reden: "de HMAC klopt niet: het anker is vervalst of met een andere sleutel gemaakt",
        });
        return;
      }
      uitkomst.aantal++;
      if (!uitkomst.nieuwste || anker.tijdstip >= uitkomst.nieuwste.anker.tijdstip) {
        uitkomst.nieuwste = { anker, ...plek };
      }
    });
  }
  return uitkomst;
}

/** Appends one anchor as one line (and syncs it to disk): the file is only ever appended to. */
export function schrijfAnker(dir: string, anker: Anker): string {
  mkdirSync(dir, { recursive: true });
  const bestand = join(dir, `ankers-${anker.tijdstip.slice(0, 7)}.jsonl`);
  const fd = openSync(bestand, "a", 0o640);
  try {
    writeSync(fd, `${JSON.stringify(anker)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return bestand;
}

/** A chain whose anchored head is gone or changed since the previous anchor (kept, not moved). */
export interface Ankerafwijking {
  gemeenteCode: string;
  keten: number;
  laatsteId: number;
  reden: string;
}

export interface Checkpoint {
  anker: Anker;
  /** False when every head is where the previous anchor left it (nothing to write). */
  gewijzigd: boolean;
  afwijkingen: Ankerafwijking[];
}

const sleutelVan = (g: string, k: number) => `${g}/${k}`;

/**
 * Reads every chain head in one read-only snapshot (repeatable read): a chain only grows by the chainer's
 * committed batches (src/audit/schakelaar.ts), so the snapshot holds a complete prefix of each chain; rows not
 * linked yet are anchored by a later checkpoint. Counts incrementally from the previous anchor, in chain order.
 */
export async function maakCheckpoint(
  db: Db,
  vorige: Anker | undefined,
  sleutel: Buffer,
  nu = klok.nu(),
): Promise<Checkpoint> {
  const oud = new Map((vorige?.ketens ?? []).map((k) => [sleutelVan(k.gemeenteCode, k.keten), k]));
  return db.transaction(
    async (tx) => {
      const gemeenten = await rijen<{ code: string }>(tx, sql`select code from gemeenten order by code`);
      const ketens = new Map<string, { gemeenteCode: string; keten: number }>();
      for (const g of gemeenten)
        for (let k = 0; k < AANTAL_KETENS; k++)
          ketens.set(sleutelVan(g.code, k), { gemeenteCode: g.code, keten: k });
      for (const k of oud.values()) ketens.set(sleutelVan(k.gemeenteCode, k.keten), k);

      const koppen: Ketenkop[] = [];
      const afwijkingen: Ankerafwijking[] = [];
      let gewijzigd = !vorige;
      for (const { gemeenteCode, keten } of ketens.values()) {
        const eerder = oud.get(sleutelVan(gemeenteCode, keten));
        const kop = await ketenkop(tx, gemeenteCode, keten);
        if (eerder) {
          const vorigeKop = await schakelVanRegel(tx, gemeenteCode, keten, eerder.laatsteId);
          if (vorigeKop?.hash !== eerder.hash) {
            afwijkingen.push({
              gemeenteCode,
              keten,
              laatsteId: eerder.laatsteId,
              reden:
                vorigeKop === undefined
                  ? "het verankerde einde van de keten ontbreekt (regels verwijderd)"
                  : "het verankerde einde van de keten is gewijzigd",
            });
            koppen.push(eerder);
            continue;
          }
          if (!kop || kop.id === eerder.laatsteId || !vorigeKop) {
            koppen.push(eerder);
            continue;
          }
          const erbij = await telKeten(tx, gemeenteCode, keten, vorigeKop.volgnummer, kop.volgnummer);
          koppen.push({
            gemeenteCode,
            keten,
            laatsteId: kop.id,
            hash: kop.hash,
            aantal: eerder.aantal + erbij,
          });
          gewijzigd = true;
          continue;
        }
        if (!kop) continue;
        koppen.push({
          gemeenteCode,
          keten,
          laatsteId: kop.id,
          hash: kop.hash,
          aantal: await telKeten(tx, gemeenteCode, keten, 0, kop.volgnummer),
        });
        gewijzigd = true;
      }
      const anker = onderteken({ versie: ANKER_VERSIE, tijdstip: nu.toISOString(), ketens: koppen }, sleutel);
      return { anker, gewijzigd, afwijkingen };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

export interface AnkerOpties {
  dir: string;
  sleutel: Buffer;
}

export interface Ankerlogboek {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/**
 * One checkpoint against the newest anchor in the folder (so several app processes sharing the folder, and the
 * on-demand command, continue each other's anchors); writes it when a head moved. Returns the file or undefined.
 */
export async function verankerNu(
  db: Db,
  opties: AnkerOpties,
  log: Ankerlogboek,
  nu = klok.nu(),
): Promise<{ bestand: string | undefined; checkpoint: Checkpoint }> {
  const gelezen = leesAnkers(opties.dir, opties.sleutel);
  for (const f of gelezen.fouten)
    log.error({ bestand: f.bestand, regel: f.regel }, `audit-anker: ${f.reden}`);
  // Link what is open first, so the checkpoint covers every committed row.
  await schakelAudit(db);
  const checkpoint = await maakCheckpoint(db, gelezen.nieuwste?.anker, opties.sleutel, nu);
  for (const a of checkpoint.afwijkingen)
    log.error(
      { gemeenteCode: a.gemeenteCode, keten: a.keten, regel: a.laatsteId },
      `audit-anker: ${a.reden}; het anker blijft op het vorige einde staan`,
    );
  if (!checkpoint.gewijzigd) return { bestand: undefined, checkpoint };
  const bestand = schrijfAnker(opties.dir, checkpoint.anker);
  log.info({ ketens: checkpoint.anker.ketens.length }, "audit-anker geschreven");
  return { bestand, checkpoint };
}

/** The periodic checkpoint of main.ts; `stop` ends the timer and writes a last checkpoint. */
export function startAuditAnkers(
  db: Db,
  opties: AnkerOpties & { minuten: number },
  log: Ankerlogboek,
): { stop(): Promise<void> } {
  return herhaal(
    () => verankerNu(db, opties, log),
    opties.minuten * 60_000,
    (fout) => log.error({ fout: foutVoorLog(fout) }, "audit-anker mislukt"),
    { direct: true },
  );
}
