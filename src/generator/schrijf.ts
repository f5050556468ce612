/**
 * Writes generated rows in bulk: COPY on a PostgreSQL server (streamed), batched multi-row INSERTs on
 * PGlite. Runs as the database owner (system work, outside the per-request row-level security).
 */

import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { from as copyFrom } from "pg-copy-streams";
import type { Database } from "../db/client";
import {
  personen,
  persoonRelaties,
  persoonZoeksleutels,
  zaakGebeurtenissen,
  zaakPersonen,
  zaken,
} from "../db/schema";

type Waarde = string | number | boolean | null | string[] | Record<string, unknown>;

const copyEscape = (tekst: string) =>
  tekst.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");

/** A value in COPY text format: \N for null, {"a","b"} for text arrays, JSON for objects. */
function copyVeld(waarde: Waarde): string {
  if (waarde === null) return "\\N";
  if (Array.isArray(waarde))
    return copyEscape(`{${waarde.map((w) => `"${w.replace(/["\\]/g, "\\$&")}"`).join(",")}}`);
  if (typeof waarde === "object") return copyEscape(JSON.stringify(waarde));
  return copyEscape(String(waarde));
}

export interface Tabel {
  naam: keyof typeof DRIZZLE;
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
    "email",
    "zoek_geslachtsnaam",
    "zoek_voornamen",
  ],
};

/** The surname search keys of the residents (rows from db/personen.ts#zoeksleutelRijen), after their persons. */
export const ZOEKSLEUTELS_TABEL: Tabel = {
  naam: "persoon_zoeksleutels",
  kolommen: [
    "gemeente_code",
    "persoon_id",
    "sleutel",
    "zoek_geslachtsnaam",
    "zoek_voornamen",
    "geboortedatum",
  ],
};

export const ZAKEN_TABEL: Tabel = {
  naam: "zaken",
  kolommen: [
    "id",
    "gemeente_code",
    "zaaknummer",
    "zaaktype",
    "status",
    "werkvoorraad",
    "behandelaar_id",
    "meldingsdatum",
    "kanaal",
    "omschrijving",
    "veiligheid",
    "leefgebieden",
    "wijk_code",
    "feiten",
    "volgende_termijn_datum",
    "volgende_termijn_soort",
    "afgesloten_op",
  ],
};

export const ZAAK_PERSONEN_TABEL: Tabel = {
  naam: "zaak_personen",
  kolommen: ["gemeente_code", "zaak_id", "persoon_id", "rol"],
};

export const GEBEURTENISSEN_TABEL: Tabel = {
  naam: "zaak_gebeurtenissen",
  kolommen: [
    "id",
    "gemeente_code",
    "zaak_id",
    "tijdstip",
    "gebruiker_id",
    "soort",
    "van_status",
    "naar_status",
    "toelichting",
  ],
};

export const RELATIES_TABEL: Tabel = {
  naam: "persoon_relaties",
  kolommen: ["id", "gemeente_code", "persoon_id", "gerelateerde_id", "soort"],
};

/** Column values in the order of `tabel.kolommen`. */
export type Rij = Waarde[];

const DRIZZLE = {
  personen,
  persoon_relaties: persoonRelaties,
  persoon_zoeksleutels: persoonZoeksleutels,
  zaken,
  zaak_personen: zaakPersonen,
  zaak_gebeurtenissen: zaakGebeurtenissen,
} as const;

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
  const doel = DRIZZLE[tabel.naam];
  // Drizzle maps timestamp columns from Date objects; the generator produces ISO strings (as COPY wants).
  const kolommen = doel as unknown as Record<string, { columnType?: string }>;
  const alsDatum = sleutels.map((k) => kolommen[k]?.columnType === "PgTimestamp");
  const waarden = rijen.map((r) =>
    Object.fromEntries(
      sleutels.map((k, i) => [k, alsDatum[i] && typeof r[i] === "string" ? new Date(r[i] as string) : r[i]]),
    ),
  );
  // PGlite: multi-row INSERTs of at most 1000 rows (stays under the bind-parameter limit).
  for (let i = 0; i < waarden.length; i += 1000) {
    await database.db.insert(doel).values(waarden.slice(i, i + 1000) as never);
  }
}
