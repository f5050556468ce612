import { char, index, jsonb, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { gebruikers } from "./gebruikers";
import { personen } from "./personen";
import { gemeenten } from "./tenancy";

/**
 * An inzage (AVG art. 15) as it was given: the per-document decisions with their motivation and a snapshot
 * of the content handed over, so it can be shown later exactly as provided.
 */
export const inzageExports = pgTable(
  "inzage_exports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    gemeenteCode: char("gemeente_code", { length: 4 })
      .notNull()
      .references(() => gemeenten.code),
    persoonId: uuid("persoon_id")
      .notNull()
      .references(() => personen.id),
    aangemaaktDoor: uuid("aangemaakt_door")
      .notNull()
      .references(() => gebruikers.id),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true }).notNull().defaultNow(),
    beslissingen: jsonb("beslissingen").notNull(),
    inhoud: jsonb("inhoud").notNull(),
  },
  (t) => [index("inzage_exports_persoon_idx").on(t.persoonId)],
);
