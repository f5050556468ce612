import { boolean, char, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/** A cooperation of gemeenten that shares providers and the catalogue (NMD). */
export const samenwerkingsverbanden = pgTable("samenwerkingsverbanden", {
  code: text("code").primaryKey(),
  naam: text("naam").notNull(),
});

/** A tenant: one municipality, identified by its CBS code. */
export const gemeenten = pgTable("gemeenten", {
  code: char("code", { length: 4 }).primaryKey(),
  naam: text("naam").notNull(),
  samenwerkingsverbandCode: text("samenwerkingsverband_code")
    .notNull()
    .references(() => samenwerkingsverbanden.code),
  /** The Assen routing model (seed 000 §4): the buurtteam / voorliggend veld first (domain/routering). */
  voorliggendVeldEerst: boolean("voorliggend_veld_eerst").notNull().default(false),
});

/** Wijken, dorpen and buurtteam areas of a gemeente. */
export const wijken = pgTable(
  "wijken",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    gemeenteCode: char("gemeente_code", { length: 4 })
      .notNull()
      .references(() => gemeenten.code),
    code: text("code").notNull(),
    naam: text("naam").notNull(),
    soort: text("soort", { enum: ["wijk", "dorp", "buurtteamgebied"] }).notNull(),
  },
  (t) => [uniqueIndex("wijken_gemeente_code_uq").on(t.gemeenteCode, t.code)],
);
