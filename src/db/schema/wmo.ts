import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { gebruikers } from "./gebruikers";
import { gemeenteCode, id, tijdstipNu } from "./kolommen";
import { zaken } from "./zaken";

/**
 * The Wmo themes on a zaak (domain/wmo/themas): per theme the answers to its questions in the onderzoek and, for
 * huishoudelijke hulp, the chosen normenkader factors with the hours computed from them (and the normenkader version).
 */
export const wmoThemas = pgTable(
  "wmo_themas",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    thema: text("thema").notNull(),
    antwoorden: jsonb("antwoorden").$type<Record<string, boolean | number | string>>().notNull().default({}),
    /** { normenkaderVersie, keuzes, berekening } for huishoudelijke hulp; null otherwise. */
    huishouden: jsonb("huishouden"),
    vastgelegdDoor: uuid("vastgelegd_door")
      .notNull()
      .references(() => gebruikers.id),
    gewijzigdOp: tijdstipNu("gewijzigd_op"),
  },
  (t) => [uniqueIndex("wmo_themas_uq").on(t.zaakId, t.thema)],
);

/** The gemeente's normenkader huishoudelijke hulp, one row per version (the newest applies; none: the example). */
export const hhNormenkaders = pgTable(
  "hh_normenkaders",
  {
    gemeenteCode: gemeenteCode(),
    versie: integer("versie").notNull(),
    kader: jsonb("kader").notNull(),
    vastgesteldDoor: uuid("vastgesteld_door")
      .notNull()
      .references(() => gebruikers.id),
    vastgesteldOp: tijdstipNu("vastgesteld_op"),
  },
  (t) => [primaryKey({ columns: [t.gemeenteCode, t.versie] })],
);

/** A hulpmiddel verstrekt after a toekenning (domain/wmo/verstrekking): bruikleen, eigendom or pgb. */
export const hulpmiddelVerstrekkingen = pgTable(
  "hulpmiddel_verstrekkingen",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    soort: text("soort").notNull(),
    vorm: text("vorm").notNull(),
    leverancier: text("leverancier"),
    geleverdOp: date("geleverd_op", { mode: "string" }),
    ingenomenOp: date("ingenomen_op", { mode: "string" }),
    vastgelegdDoor: uuid("vastgelegd_door")
      .notNull()
      .references(() => gebruikers.id),
    vastgelegdOp: tijdstipNu("vastgelegd_op"),
  },
  (t) => [index("hulpmiddel_verstrekkingen_zaak_idx").on(t.zaakId)],
);

/** The notices to the CAK that a maatwerkvoorziening started or stopped (Wmo 2015 art. 2.1.4), once each per zaak. */
export const cakMeldingen = pgTable(
  "cak_meldingen",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    soort: text("soort").notNull(),
    ingangsdatum: date("ingangsdatum", { mode: "string" }).notNull(),
    gemeldOp: date("gemeld_op", { mode: "string" }).notNull(),
    vastgelegdDoor: uuid("vastgelegd_door")
      .notNull()
      .references(() => gebruikers.id),
    vastgelegdOp: tijdstipNu("vastgelegd_op"),
  },
  (t) => [uniqueIndex("cak_meldingen_uq").on(t.zaakId, t.soort)],
);
