import { index, jsonb, pgTable, uuid } from "drizzle-orm/pg-core";
import { gebruikers } from "./gebruikers";
import { aangemaaktOp, gemeenteCode, id } from "./kolommen";
import { personen } from "./personen";

/**
 * An inzage (AVG art. 15) as it was given: the per-document decisions with their motivation and a snapshot
 * of the content handed over, so it can be shown later exactly as provided.
 */
export const inzageExports = pgTable(
  "inzage_exports",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    persoonId: uuid("persoon_id")
      .notNull()
      .references(() => personen.id),
    aangemaaktDoor: uuid("aangemaakt_door")
      .notNull()
      .references(() => gebruikers.id),
    aangemaaktOp: aangemaaktOp(),
    beslissingen: jsonb("beslissingen").notNull(),
    inhoud: jsonb("inhoud").notNull(),
  },
  (t) => [index("inzage_exports_persoon_idx").on(t.persoonId)],
);
