import { date, index, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { gebruikers } from "./gebruikers";
import { aangemaaktOp, gemeenteCode, id } from "./kolommen";

/**
 * A gemeente's version of a zaaktype, valid from a date: its own term lengths where the law leaves room.
 * A zaak takes a snapshot of the version valid at its melding, so later versions never rewrite it.
 */
export const zaaktypeVersies = pgTable(
  "zaaktype_versies",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaaktype: text("zaaktype").notNull(),
    geldigVanaf: date("geldig_vanaf", { mode: "string" }).notNull(),
    toelichting: text("toelichting").notNull(),
    termijnen: jsonb("termijnen").notNull().default({}),
    aangemaaktDoor: uuid("aangemaakt_door").references(() => gebruikers.id),
    aangemaaktOp: aangemaaktOp(),
  },
  (t) => [
    uniqueIndex("zaaktype_versies_uq").on(t.gemeenteCode, t.zaaktype, t.geldigVanaf),
    index("zaaktype_versies_zoek_idx").on(t.gemeenteCode, t.zaaktype, t.geldigVanaf),
  ],
);
