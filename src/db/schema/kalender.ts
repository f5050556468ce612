import { date, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { aangemaaktOp, id, versie } from "./kolommen";

/**
 * Days equated with an algemeen erkende feestdag by Koninklijk Besluit (Algemene termijnenwet art. 3 lid 3),
 * with the besluit and its Staatscourant publication as `bron`. National data, no gemeente column: every
 * medewerker reads it, only the beheerder changes it (the policy, `kalender`); migration 0020.
 */
export const gelijkgesteldeDagen = pgTable(
  "gelijkgestelde_dagen",
  {
    id: id(),
    datum: date("datum", { mode: "string" }).notNull(),
    omschrijving: text("omschrijving").notNull(),
    bron: text("bron").notNull(),
    versie: versie(),
    aangemaaktOp: aangemaaktOp(),
  },
  (t) => [uniqueIndex("gelijkgestelde_dagen_datum_uq").on(t.datum)],
);
