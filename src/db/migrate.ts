import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { type Db, type Executor, rijen } from "./client";
import { vulZoeksleutelsAan } from "./personen";

const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), "migrations");

interface JournalEntry {
  idx: number;
  tag: string;
}

/**
 * Data steps written in TypeScript that belong to a migration (derived values the SQL cannot compute, such as
 * the normalised search keys): run once, in the migration's transaction, right after its SQL.
 */
const NA_MIGRATIE: Record<string, (tx: Executor) => Promise<unknown>> = {
  "0023_persoon_zoeksleutels": vulZoeksleutelsAan,
};

/**
 * Applies the drizzle-kit migrations in order, each once, under an advisory lock so that
 * several app processes starting together do not race. Same code on PGlite and PostgreSQL.
 */
export async function migreer(db: Db): Promise<string[]> {
  const journal = JSON.parse(readFileSync(join(migrationsDir, "meta", "_journal.json"), "utf8")) as {
    entries: JournalEntry[];
  };
  const zonderMigratie = Object.keys(NA_MIGRATIE).filter(
    (tag) => !journal.entries.some((e) => e.tag === tag),
  );
  if (zonderMigratie.length > 0)
    throw new Error(`Gegevensstap voor onbekende migratie: ${zonderMigratie.join(", ")}`);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('voordeur:migraties'))`);
    await tx.execute(sql`create table if not exists voordeur_migraties (
      tag text primary key, hash text not null, toegepast_op timestamptz not null default now())`);
    const done = await rijen<{ tag: string; hash: string }>(
      tx,
      sql`select tag, hash from voordeur_migraties`,
    );
    const applied = new Map(done.map((r) => [r.tag, r.hash]));
    const nieuw: string[] = [];
    for (const entry of journal.entries.sort((a, b) => a.idx - b.idx)) {
      const text = readFileSync(join(migrationsDir, `${entry.tag}.sql`), "utf8");
      const hash = createHash("sha256").update(text).digest("hex");
      const known = applied.get(entry.tag);
      if (known !== undefined) {
        if (known !== hash) throw new Error(`Migratie ${entry.tag} is gewijzigd nadat hij is toegepast`);
        continue;
      }
      for (const statement of text.split("--> statement-breakpoint")) {
        if (statement.trim()) await tx.execute(sql.raw(statement));
      }
      await NA_MIGRATIE[entry.tag]?.(tx);
      await tx.execute(sql`insert into voordeur_migraties (tag, hash) values (${entry.tag}, ${hash})`);
      nieuw.push(entry.tag);
    }
    return nieuw;
  });
}
