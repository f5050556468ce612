/**
 * Writes generated rows in bulk: COPY on a PostgreSQL server (streamed), batched multi-row INSERTs on
 * PGlite. Runs as the database owner (system work, outside the per-request row-level security).
 */

import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { from as copyFrom } from "pg-copy-streams";
import type { Database } from "../db/client";
import { personen, persoonRelaties } from "../db/schema";

type Waarde = string | number | boolean | null;

function copyVeld(waarde: Waarde): string {
  if (waarde === null) return "\\N";
  return String(waarde)
    .replace(/\\/g, "\\\\")
    .replace(/\t/g, "\\t")
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r");
}

export interface Tabel {
  naam: "personen" | "persoon_relaties";
  kolommen: string[];
}

export const PERSONEN_TABEL: Tabel = {
  naam: "personen",
  kolommen: [
    "id",
    "gemeente_code",
    "bsn_versleuteld",
    "bsn_index",
    "bsn_laatste4",
    "voornamen",
    "voorvoegsel",
    "geslachtsnaam",
    "geboortedatum",
    "geslacht",
    "straat",
    "huisnummer",
    "huisletter",
    "postcode",
    "woonplaats",
    "wijk_code",
    "telefoon",
    "zoek_geslachtsnaam",
    "zoek_voornamen",
  ],
};

export const RELATIES_TABEL: Tabel = {
  naam: "persoon_relaties",
  kolommen: ["id", "gemeente_code", "persoon_id", "gerelateerde_id", "soort"],
};

/** Column values in the order of `tabel.kolommen`. */
export type Rij = Waarde[];

const DRIZZLE = { personen, persoon_relaties: persoonRelaties } as const;

const camel = (kolom: string) => kolom.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** Writes one batch of rows. */
export async function schrijfBatch(database: Database, tabel: Tabel, rijen: Rij[]): Promise<void> {
  if (rijen.length === 0) return;
  if (database.pool) {
    const client = await database.pool.connect();
    try {
      const tekst = `${rijen.map((r) => r.map(copyVeld).join("\t")).join("\n")}\n`;
      const stroom = client.query(copyFrom(`COPY ${tabel.naam} (${tabel.kolommen.join(", ")}) FROM STDIN`));
      await pipeline(Readable.from([tekst]), stroom);
    } finally {
      client.release();
    }
    return;
  }
  const sleutels = tabel.kolommen.map(camel);
  const waarden = rijen.map((r) => Object.fromEntries(sleutels.map((k, i) => [k, r[i]])));
  const doel = DRIZZLE[tabel.naam];
  // PGlite: multi-row INSERTs of at most 1000 rows (stays under the bind-parameter limit).
  for (let i = 0; i < waarden.length; i += 1000) {
    await database.db.insert(doel).values(waarden.slice(i, i + 1000) as never);
  }
}
