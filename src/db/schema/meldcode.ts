import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { gebruikers } from "./gebruikers";
import { gemeenteCode, id, tijdstipNu, versie } from "./kolommen";
import { zaken } from "./zaken";

/**
 * A Meldcode huiselijk geweld en kindermishandeling on a zaak (DOMAIN §5, domain/meldcode): the five steps as
 * recorded (`stappen`), the melding at Veilig Thuis, and its closing. One running Meldcode per zaak.
 */
export const meldcodes = pgTable(
  "meldcodes",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    /** loopt | afgesloten */
    status: text("status").notNull().default("loopt"),
    auteurId: uuid("auteur_id")
      .notNull()
      .references(() => gebruikers.id),
    gestartOp: tijdstipNu("gestart_op"),
    /** domain/meldcode#Stappen */
    stappen: jsonb("stappen").notNull().default({}),
    /** domain/meldcode#Melding, once recorded */
    melding: jsonb("melding"),
    afgeslotenDoor: uuid("afgesloten_door").references(() => gebruikers.id),
    afgeslotenOp: timestamp("afgesloten_op", { withTimezone: true }),
    afsluiting: text("afsluiting").notNull().default(""),
    gewijzigdOp: tijdstipNu("gewijzigd_op"),
    versie: versie(),
  },
  (t) => [
    index("meldcodes_zaak_idx").on(t.zaakId, t.gestartOp),
    uniqueIndex("meldcodes_loopt_uq").on(t.zaakId).where(sql`status = 'loopt'`),
    check("meldcodes_status_ck", sql`${t.status} in ('loopt', 'afgesloten')`),
    check("meldcodes_afgesloten_ck", sql`(${t.status} = 'afgesloten') = (${t.afgeslotenOp} is not null)`),
  ],
);
