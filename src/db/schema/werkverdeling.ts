import { sql } from "drizzle-orm";
import { date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { gebruikers } from "./gebruikers";
import { aangemaaktOp, gemeenteCode, id, tijdstipNu, versie } from "./kolommen";
import { zaken } from "./zaken";

/** A casuïstiekoverleg (meeting in which zaken are discussed, anonymously unless consent was given). */
export const casuistiekOverleggen = pgTable(
  "casuistiek_overleggen",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    datum: date("datum", { mode: "string" }).notNull(),
    titel: text("titel").notNull(),
    aangemaaktDoor: uuid("aangemaakt_door")
      .notNull()
      .references(() => gebruikers.id),
    aangemaaktOp: aangemaaktOp(),
    versie: versie(),
  },
  (t) => [index("casuistiek_overleggen_datum_idx").on(t.gemeenteCode, t.datum, t.id)],
);

/** A zaak on the agenda of an overleg, with the outcome (advies, besluiten) once discussed. */
export const casuistiekAgendapunten = pgTable(
  "casuistiek_agendapunten",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    overlegId: uuid("overleg_id")
      .notNull()
      .references(() => casuistiekOverleggen.id),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    vraag: text("vraag").notNull().default(""),
    ingebrachtDoor: uuid("ingebracht_door")
      .notNull()
      .references(() => gebruikers.id),
    ingebrachtOp: tijdstipNu("ingebracht_op"),
    advies: text("advies"),
    besluiten: jsonb("besluiten").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    uitkomstDoor: uuid("uitkomst_door").references(() => gebruikers.id),
    uitkomstOp: timestamp("uitkomst_op", { withTimezone: true }),
    versie: versie(),
  },
  (t) => [
    uniqueIndex("casuistiek_agendapunten_uq").on(t.overlegId, t.zaakId),
    index("casuistiek_agendapunten_zaak_idx").on(t.zaakId),
  ],
);

/** The resident's consent to discuss a zaak by name in the casuïstiekoverleg (history kept). */
export const casuistiekToestemmingen = pgTable(
  "casuistiek_toestemmingen",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    gegevenDoor: text("gegeven_door").notNull(),
    op: date("op", { mode: "string" }).notNull(),
    wijze: text("wijze").notNull(),
    toelichting: text("toelichting"),
    vastgelegdDoor: uuid("vastgelegd_door")
      .notNull()
      .references(() => gebruikers.id),
    vastgelegdOp: tijdstipNu("vastgelegd_op"),
    ingetrokkenOp: date("ingetrokken_op", { mode: "string" }),
  },
  (t) => [index("casuistiek_toestemmingen_zaak_idx").on(t.zaakId, t.vastgelegdOp)],
);
