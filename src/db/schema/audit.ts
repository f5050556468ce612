import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  index,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { gemeenteCode } from "./kolommen";

/**
 * Append-only audit trail of every read and change of personal data (AVG). Each entry carries the hash of
 * its predecessor in the same gemeente (`vorigeHash`) and its own `hash` over its content, so editing or
 * deleting an entry breaks the chain (`npm run audit:verifieer`). The app role may only insert and select.
 * A request inserts its rows unlinked; the chainer (src/audit/schakelaar.ts) links committed rows off the
 * request path, in chain order `volgnummer`. A gemeente has several independent chains (`keten`,
 * 0…AANTAL_KETENS-1), each linked and verified on its own.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    gemeenteCode: gemeenteCode(),
    keten: smallint("keten").notNull().default(0),
    tijdstip: timestamp("tijdstip", { withTimezone: true, mode: "string" }).notNull(),
    medewerkerId: uuid("gebruiker_id"),
    gebruikersnaam: text("gebruikersnaam").notNull(),
    rollen: text("rollen").array().notNull(),
    actie: text("actie").notNull(),
    resource: text("resource").notNull(),
    persoonId: uuid("persoon_id"),
    reden: text("reden").notNull(),
    requestId: text("request_id"),
    /** Null until the chainer linked the row (src/audit/schakelaar.ts); then its position in the chain. */
    volgnummer: bigint("volgnummer", { mode: "number" }),
    vorigeHash: text("vorige_hash"),
    hash: text("hash"),
  },
  (t) => [
    index("audit_log_persoon_idx").on(t.gemeenteCode, t.persoonId, t.id),
    uniqueIndex("audit_log_keten_idx")
      .on(t.gemeenteCode, t.keten, t.volgnummer)
      .where(sql`volgnummer is not null`),
    index("audit_log_ongeschakeld_idx").on(t.gemeenteCode, t.keten, t.id).where(sql`hash is null`),
    index("audit_log_medewerker_idx").on(t.gemeenteCode, t.medewerkerId, t.id),
    index("audit_log_actie_idx").on(t.gemeenteCode, t.actie, t.id),
    index("audit_log_tijdstip_idx").on(t.gemeenteCode, t.tijdstip),
  ],
);
