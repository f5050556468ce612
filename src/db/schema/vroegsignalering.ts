import { date, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { gebruikers } from "./gebruikers";
import { aangemaaktOp, gemeenteCode, id, versie } from "./kolommen";
import { personen } from "./personen";

/** A signal of a payment arrear and its follow-up (domain/schuldhulp/vroegsignalering). */
export const vroegsignalen = pgTable(
  "vroegsignalen",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    persoonId: uuid("persoon_id")
      .notNull()
      .references(() => personen.id),
    bron: text("bron").notNull(),
    schuldeiser: text("schuldeiser").notNull(),
    achterstandCent: integer("achterstand_cent").notNull(),
    ontvangenOp: date("ontvangen_op", { mode: "string" }).notNull(),
    contactpogingOp: date("contactpoging_op", { mode: "string" }),
    contactpogingWijze: text("contactpoging_wijze"),
    uitkomst: text("uitkomst"),
    afgehandeldOp: date("afgehandeld_op", { mode: "string" }),
    versie: versie(),
    vastgelegdDoor: uuid("vastgelegd_door")
      .notNull()
      .references(() => gebruikers.id),
    aangemaaktOp: aangemaaktOp(),
  },
  (t) => [
    index("vroegsignalen_open_idx").on(t.gemeenteCode, t.afgehandeldOp, t.ontvangenOp, t.id),
    index("vroegsignalen_persoon_idx").on(t.persoonId),
  ],
);
