import { char, date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { gebruikers } from "./gebruikers";
import { gemeenten } from "./tenancy";

/**
 * A gemeente's version of a zaaktype, valid from a date: its own term lengths where the law leaves room.
 * A zaak takes a snapshot of the version valid at its melding, so later versions never rewrite it.
 */
export const zaaktypeVersies = pgTable(
  "zaaktype_versies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    gemeenteCode: char("gemeente_code", { length: 4 })
      .notNull()
      .references(() => gemeenten.code),
    zaaktype: text("zaaktype").notNull(),
    geldigVanaf: date("geldig_vanaf", { mode: "string" }).notNull(),
    toelichting: text("toelichting").notNull(),
    termijnen: jsonb("termijnen").notNull().default({}),
    aangemaaktDoor: uuid("aangemaakt_door").references(() => gebruikers.id),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("zaaktype_versies_uq").on(t.gemeenteCode, t.zaaktype, t.geldigVanaf),
    index("zaaktype_versies_zoek_idx").on(t.gemeenteCode, t.zaaktype, t.geldigVanaf),
  ],
);
