import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { gebruikers } from "./gebruikers";
import { gemeenteCode, id, tijdstipNu, versie } from "./kolommen";
import { zaken } from "./zaken";

/**
 * An op- or afschaalvoorstel (four eyes, DOMAIN §2.5): proposed by the consulent with a motivation, confirmed
 * or refused by a buurtteam medewerker who is not the proposer. One open proposal per zaak.
 */
export const schaalvoorstellen = pgTable(
  "schaalvoorstellen",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    /** opschalen | afschalen-maatwerk | afschalen-voorliggend-veld */
    richting: text("richting").notNull(),
    motivering: text("motivering").notNull(),
    /** voorgesteld | bevestigd | geweigerd */
    status: text("status").notNull().default("voorgesteld"),
    voorgesteldDoor: uuid("voorgesteld_door")
      .notNull()
      .references(() => gebruikers.id),
    voorgesteldOp: tijdstipNu("voorgesteld_op"),
    beoordeeldDoor: uuid("beoordeeld_door").references(() => gebruikers.id),
    beoordeeldOp: timestamp("beoordeeld_op", { withTimezone: true }),
    toelichting: text("toelichting").notNull().default(""),
    versie: versie(),
  },
  (t) => [
    index("schaalvoorstellen_zaak_idx").on(t.zaakId, t.voorgesteldOp),
    uniqueIndex("schaalvoorstellen_open_uq").on(t.zaakId).where(sql`status = 'voorgesteld'`),
    index("schaalvoorstellen_open_idx")
      .on(t.gemeenteCode, t.voorgesteldOp)
      .where(sql`status = 'voorgesteld'`),
    check(
      "schaalvoorstellen_richting_ck",
      sql`${t.richting} in ('opschalen', 'afschalen-maatwerk', 'afschalen-voorliggend-veld')`,
    ),
    check("schaalvoorstellen_status_ck", sql`${t.status} in ('voorgesteld', 'bevestigd', 'geweigerd')`),
    check(
      "schaalvoorstellen_vier_ogen_ck",
      sql`${t.beoordeeldDoor} is null or ${t.beoordeeldDoor} <> ${t.voorgesteldDoor}`,
    ),
  ],
);
