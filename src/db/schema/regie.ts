import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { gebruikers } from "./gebruikers";
import { gemeenteCode, id, tijdstipNu, versie } from "./kolommen";
import { zaken } from "./zaken";

/**
 * A Regiegroep theme record on a zaak (domain/regie): a Spoed voor Jeugd hand-over, the nazorg of an
 * ex-gedetineerde, an MDO 23+ or a Wet verplichte GGZ procedure. The theme's facts in `gegevens`; a hand-over's
 * return moment in `terug_op` and when the zaak was put back in `teruggezet_op`. One of each theme per zaak except
 * hand-overs (as often as needed); never deleted.
 */
export const regieThemas = pgTable(
  "regie_themas",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    thema: text("thema").notNull(),
    gegevens: jsonb("gegevens").notNull().default({}),
    terugOp: timestamp("terug_op", { withTimezone: true }),
    teruggezetOp: timestamp("teruggezet_op", { withTimezone: true }),
    gestartDoor: uuid("gestart_door")
      .notNull()
      .references(() => gebruikers.id),
    gestartOp: tijdstipNu("gestart_op"),
    gewijzigdOp: tijdstipNu("gewijzigd_op"),
    versie: versie(),
  },
  (t) => [
    uniqueIndex("regie_themas_een_per_zaak_uq").on(t.zaakId, t.thema).where(sql`${t.thema} <> 'spoed-jeugd'`),
    index("regie_themas_zaak_idx").on(t.zaakId, t.gestartOp),
    index("regie_themas_terug_idx").on(t.terugOp).where(sql`${t.teruggezetOp} is null`),
    check("regie_themas_thema_ck", sql`${t.thema} in ('spoed-jeugd', 'nazorg', 'mdo-23', 'wvggz')`),
    check("regie_themas_terug_ck", sql`(${t.thema} = 'spoed-jeugd') = (${t.terugOp} is not null)`),
  ],
);
