import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { aangemaaktOp, id, samenwerkingsverbandCode } from "./kolommen";

/**
 * The regional product catalogue (NMD buys care jointly): products per law with their iWmo/iJw
 * productcategorie and productcode, interventieniveau and unit. Shared by the gemeenten of one
 * samenwerkingsverband (row-level security on `samenwerkingsverband_code`).
 */
export const producten = pgTable(
  "producten",
  {
    id: id(),
    samenwerkingsverbandCode: samenwerkingsverbandCode(),
    /** `wmo` or `jeugd` (the law the product is bought under). */
    wet: text("wet", { enum: ["wmo", "jeugd"] }).notNull(),
    /** iWmo WMO020 / iJw JZ020 productcategorie, 2 characters. */
    categorie: text("categorie").notNull(),
    /** Productcode, at most 5 characters (e.g. 45A33, 07A01). */
    code: text("code").notNull(),
    omschrijving: text("omschrijving").notNull(),
    /** Interventieniveau 1–8 of the Resultatenmatrix (null when not applicable). */
    interventieniveau: integer("interventieniveau"),
    /** Default unit (WJ756 Eenheid code), e.g. 04 = uur, 16 = dagdeel, 14 = etmaal, 83 = euro. */
    eenheid: text("eenheid"),
    geldigVanaf: date("geldig_vanaf", { mode: "string" }).notNull(),
    geldigTot: date("geldig_tot", { mode: "string" }),
    aangemaaktOp: aangemaaktOp(),
  },
  (t) => [
    uniqueIndex("producten_uq").on(t.samenwerkingsverbandCode, t.wet, t.code, t.geldigVanaf),
    index("producten_categorie_idx").on(t.samenwerkingsverbandCode, t.wet, t.categorie),
    check(
      "producten_niveau_ck",
      sql`${t.interventieniveau} is null or ${t.interventieniveau} between 1 and 8`,
    ),
  ],
);
