/**
 * What a backup of the embedded database promises (issue 19): per table its number of rows, the migrations
 * applied, whether every audit chain was intact, and the tarball's checksum. A restore is only called good when
 * the restored database shows exactly this again (src/backup/herstel.ts).
 */
import { sql } from "drizzle-orm";
import { verifieerAuditketens } from "../audit/verifieer";
import { type Executor, rijen } from "../db/client";

export const MANIFEST_VERSIE = 1;

export interface Manifest {
  versie: number;
  /** ISO 8601, UTC. */
  gemaaktOp: string;
  /** SHA-256 (hex) of pglite.tar.gz. */
  sha256: string;
  tabellen: Record<string, number>;
  migraties: string[];
  auditRegels: number;
  auditIntact: boolean;
}

export type Toestand = Omit<Manifest, "versie" | "gemaaktOp" | "sha256">;

/** Counts every table of the public schema (as the owner: row-level security does not hide rows). */
export async function leesToestand(db: Executor): Promise<Toestand> {
  const namen = await rijen<{ naam: string }>(
    db,
    sql`select c.relname as naam from pg_class c
        where c.relkind in ('r', 'p') and c.relnamespace = 'public'::regnamespace order by 1`,
  );
  const tabellen: Record<string, number> = {};
  for (const { naam } of namen) {
    const [r] = await rijen<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(naam)}`);
    tabellen[naam] = Number(r?.n ?? 0);
  }
  const migraties = tabellen.voordeur_migraties
    ? (await rijen<{ tag: string }>(db, sql`select tag from voordeur_migraties order by tag`)).map(
        (r) => r.tag,
      )
    : [];
  const audit = tabellen.audit_log === undefined ? [] : await verifieerAuditketens(db);
  return {
    tabellen,
    migraties,
    auditRegels: audit.reduce((n, v) => n + v.aantal, 0),
    auditIntact: audit.every((v) => v.fouten.length === 0),
  };
}

/** The differences between what the manifest promised and what the restored database holds (empty: equal). */
export function verschillen(beloofd: Toestand, gevonden: Toestand): string[] {
  const uit: string[] = [];
  const tabellen = new Set([...Object.keys(beloofd.tabellen), ...Object.keys(gevonden.tabellen)]);
  for (const t of [...tabellen].sort()) {
    const b = beloofd.tabellen[t];
    const g = gevonden.tabellen[t];
    if (b === undefined) uit.push(`tabel ${t} staat niet in de back-up`);
    else if (g === undefined) uit.push(`tabel ${t} ontbreekt na het herstel`);
    else if (b !== g) uit.push(`tabel ${t}: ${g} rijen, de back-up had er ${b}`);
  }
  if (beloofd.migraties.join(",") !== gevonden.migraties.join(","))
    uit.push("de toegepaste migraties verschillen van de back-up");
  if (beloofd.auditRegels !== gevonden.auditRegels)
    uit.push(
      `auditlog: ${gevonden.auditRegels} geschakelde regels, de back-up had er ${beloofd.auditRegels}`,
    );
  if (!gevonden.auditIntact) uit.push("de hash-keten van het auditlog is niet intact");
  return uit;
}

export function leesManifest(tekst: string): Manifest {
  const m = JSON.parse(tekst) as Partial<Manifest>;
  if (
    m.versie !== MANIFEST_VERSIE ||
    typeof m.sha256 !== "string" ||
    typeof m.tabellen !== "object" ||
    m.tabellen === null ||
    !Array.isArray(m.migraties) ||
    typeof m.auditRegels !== "number" ||
    typeof m.auditIntact !== "boolean"
  )
    throw new Error("manifest.json is geen Voordeur-back-up (of van een andere versie)");
  return m as Manifest;
}
