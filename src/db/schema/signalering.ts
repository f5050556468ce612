import { date, integer, pgTable, timestamp } from "drizzle-orm/pg-core";
import { tijdstipNu } from "./kolommen";

/**
 * One row per day the daily deadline job ran (system table, no gemeente): the primary key on `datum` lets
 * exactly one of several app processes claim the day's run.
 */
export const signaleringsrondes = pgTable("signaleringsrondes", {
  datum: date("datum", { mode: "string" }).primaryKey(),
  gestartOp: tijdstipNu("gestart_op"),
  klaarOp: timestamp("klaar_op", { withTimezone: true }),
  zaken: integer("zaken").notNull().default(0),
  bijgewerkt: integer("bijgewerkt").notNull().default(0),
  verlopen: integer("verlopen").notNull().default(0),
});
