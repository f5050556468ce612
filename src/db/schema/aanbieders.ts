import { boolean, char, index, jsonb, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { aangemaaktOp, gewijzigdOp, id, samenwerkingsverbandCode, versie } from "./kolommen";

/**
 * A care provider (aanbieder), shared by the gemeenten of a samenwerkingsverband (NMD: ≈230).
 * Identified in iWmo/iJw messages by its 8-digit AGB-code. Contracts, cliëntenstops and signals
 * hang off this row (see the aanbieders area).
 */
export const aanbieders = pgTable(
  "aanbieders",
  {
    id: id(),
    samenwerkingsverbandCode: samenwerkingsverbandCode(),
    agbCode: char("agb_code", { length: 8 }).notNull(),
    naam: text("naam").notNull(),
    kvkNummer: text("kvk_nummer"),
    /** { email?, telefoon?, adres?, contactpersoon? } */
    contact: jsonb("contact").notNull().default({}),
    actief: boolean("actief").notNull().default(true),
    versie: versie(),
    aangemaaktOp: aangemaaktOp(),
    gewijzigdOp: gewijzigdOp(),
  },
  (t) => [
    uniqueIndex("aanbieders_agb_uq").on(t.samenwerkingsverbandCode, t.agbCode),
    index("aanbieders_naam_idx").on(t.samenwerkingsverbandCode, t.naam),
  ],
);
