import {
  boolean,
  char,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { samenwerkingsverbanden } from "./tenancy";

/**
 * A care provider (aanbieder), shared by the gemeenten of a samenwerkingsverband (NMD: ≈230).
 * Identified in iWmo/iJw messages by its 8-digit AGB-code. Contracts, cliëntenstops and signals
 * hang off this row (see the aanbieders area).
 */
export const aanbieders = pgTable(
  "aanbieders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    samenwerkingsverbandCode: text("samenwerkingsverband_code")
      .notNull()
      .references(() => samenwerkingsverbanden.code),
    agbCode: char("agb_code", { length: 8 }).notNull(),
    naam: text("naam").notNull(),
    kvkNummer: text("kvk_nummer"),
    /** { email?, telefoon?, adres?, contactpersoon? } */
    contact: jsonb("contact").notNull().default({}),
    actief: boolean("actief").notNull().default(true),
    versie: integer("versie").notNull().default(1),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true }).notNull().defaultNow(),
    gewijzigdOp: timestamp("gewijzigd_op", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("aanbieders_agb_uq").on(t.samenwerkingsverbandCode, t.agbCode),
    index("aanbieders_naam_idx").on(t.samenwerkingsverbandCode, t.naam),
  ],
);
