import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { gebruikers } from "./gebruikers";
import { aangemaaktOp, gemeenteCode, gewijzigdOp, id, versie } from "./kolommen";

/**
 * De sociale kaart (issue 16, domain/sociale-kaart): the algemene voorzieningen, the voorliggend veld and the
 * minimaregelingen of a gemeente, kept by the beheerder and the buurtteam. Never deleted: an archived one is off
 * the public kaart but stays readable where a resultatenplan chose it. `extern_id` is the key of the CSV/JSON
 * exchange (an import with the same id updates).
 */
export const voorzieningen = pgTable(
  "voorzieningen",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    externId: text("extern_id").notNull(),
    /** algemene-voorziening | voorliggend-veld | minimaregeling */
    soort: text("soort").notNull(),
    naam: text("naam").notNull(),
    aanbieder: text("aanbieder").notNull().default(""),
    omschrijving: text("omschrijving").notNull().default(""),
    categorieen: text("categorieen").array().notNull(),
    /** Wijk codes (wijken.code); empty: the whole gemeente. */
    wijken: text("wijken").array().notNull().default(sql`'{}'::text[]`),
    adres: text("adres").notNull().default(""),
    telefoon: text("telefoon").notNull().default(""),
    email: text("email").notNull().default(""),
    website: text("website").notNull().default(""),
    openingstijden: text("openingstijden").notNull().default(""),
    doelgroep: text("doelgroep").notNull().default(""),
    /** null: not known (the source does not say). */
    gratis: boolean("gratis"),
    kosten: text("kosten").notNull().default(""),
    gearchiveerd: boolean("gearchiveerd").notNull().default(false),
    versie: versie(),
    /** null: put in by the base seed or an import without a person (never: every act records who). */
    gewijzigdDoor: uuid("gewijzigd_door").references(() => gebruikers.id),
    aangemaaktOp: aangemaaktOp(),
    gewijzigdOp: gewijzigdOp(),
  },
  (t) => [
    uniqueIndex("voorzieningen_extern_id_uq").on(t.gemeenteCode, t.externId),
    index("voorzieningen_naam_idx").on(t.gemeenteCode, t.gearchiveerd, t.naam),
    check(
      "voorzieningen_soort_ck",
      sql`${t.soort} in ('algemene-voorziening', 'voorliggend-veld', 'minimaregeling')`,
    ),
    check("voorzieningen_kosten_ck", sql`${t.gratis} is distinct from false or ${t.kosten} <> ''`),
  ],
);
