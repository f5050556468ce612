import { date, index, integer, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { gebruikers } from "./gebruikers";
import { gemeenteCode, id, tijdstipNu } from "./kolommen";
import { zaken } from "./zaken";

/**
 * The plan van aanpak's steps on the schuldhulp ladder (domain/schuldhulp#TREDEN), appended only: the current step is
 * the latest; a step that skips a lighter one carries its motivation.
 */
export const schuldhulpTreden = pgTable(
  "schuldhulp_treden",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    trede: text("trede").notNull(),
    gestartOp: date("gestart_op", { mode: "string" }).notNull(),
    motivatie: text("motivatie"),
    vastgelegdDoor: uuid("vastgelegd_door")
      .notNull()
      .references(() => gebruikers.id),
    vastgelegdOp: tijdstipNu("vastgelegd_op"),
  },
  (t) => [index("schuldhulp_treden_zaak_idx").on(t.zaakId, t.gestartOp)],
);

/** Participatiewet art. 52 voorschotten (amounts in cents) with the letters sent about them. */
export const voorschotten = pgTable(
  "voorschotten",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    verleendOp: date("verleend_op", { mode: "string" }).notNull(),
    bedragCent: integer("bedrag_cent").notNull(),
    normCent: integer("norm_cent").notNull(),
    documentIds: jsonb("document_ids").$type<string[]>().notNull().default([]),
    vastgelegdDoor: uuid("vastgelegd_door")
      .notNull()
      .references(() => gebruikers.id),
    vastgelegdOp: tijdstipNu("vastgelegd_op"),
  },
  (t) => [index("voorschotten_zaak_idx").on(t.zaakId, t.verleendOp)],
);
