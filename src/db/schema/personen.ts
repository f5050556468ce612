import { sql } from "drizzle-orm";
import {
  boolean,
  char,
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
import { aangemaaktOp, gemeenteCode, gewijzigdOp, id, versie } from "./kolommen";

/** Per gemeente: which postcodes lie in which wijk/dorp (configurable by the beheerder). */
export const wijkPostcodes = pgTable(
  "wijk_postcodes",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    /** Inclusive range of normalised postcodes without space, e.g. 9301AA–9301ZZ. */
    postcodeVan: char("postcode_van", { length: 6 }).notNull(),
    postcodeTot: char("postcode_tot", { length: 6 }).notNull(),
    wijkCode: text("wijk_code").notNull(),
  },
  (t) => [index("wijk_postcodes_zoek_idx").on(t.gemeenteCode, t.postcodeVan)],
);

/** A resident (inwoner). The BSN is stored encrypted plus a keyed hash (blind index) for exact lookup. */
export const personen = pgTable(
  "personen",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    bsnVersleuteld: text("bsn_versleuteld"),
    bsnIndex: text("bsn_index"),
    bsnLaatste4: char("bsn_laatste4", { length: 4 }),
    zonderBsnReden: text("zonder_bsn_reden"),
    voornamen: text("voornamen").notNull(),
    voorvoegsel: text("voorvoegsel"),
    geslachtsnaam: text("geslachtsnaam").notNull(),
    geboortedatum: date("geboortedatum", { mode: "string" }).notNull(),
    geslacht: text("geslacht"),
    straat: text("straat"),
    huisnummer: integer("huisnummer").notNull(),
    huisletter: text("huisletter"),
    toevoeging: text("toevoeging"),
    postcode: char("postcode", { length: 6 }).notNull(),
    woonplaats: text("woonplaats").notNull(),
    wijkCode: text("wijk_code"),
    telefoon: text("telefoon"),
    email: text("email"),
    communicatie: jsonb("communicatie").notNull().default({}),
    /** The BRP's "geheimhouding persoonsgegevens" (Wet BRP art. 2.59), taken over from the BRP (migration 0042). */
    geheimhouding: boolean("geheimhouding").notNull().default(false),
    /** Search keys: lower case without diacritics (see domain/persoon/naam.ts#zoeksleutel). */
    zoekGeslachtsnaam: text("zoek_geslachtsnaam").notNull(),
    zoekVoornamen: text("zoek_voornamen").notNull(),
    versie: versie(),
    aangemaaktOp: aangemaaktOp(),
    gewijzigdOp: gewijzigdOp(),
  },
  (t) => [
    uniqueIndex("personen_bsn_uq").on(t.gemeenteCode, t.bsnIndex).where(sql`bsn_index is not null`),
    // The search keys have collation "C" (migration 0006). A name search runs on persoon_zoeksleutels
    // (migration 0023 dropped the index on these keys that it used before).
    index("personen_geboortedatum_idx").on(t.gemeenteCode, t.geboortedatum),
    index("personen_adres_idx").on(t.gemeenteCode, t.postcode, t.huisnummer),
  ],
);

/**
 * The surname search keys of a person (domain/persoon/naam.ts#naamZoeksleutels): one row per key, so that a
 * name search finds "Jansen-de Vries" by "vries" and by "jansen de v". Text in collation "C" (migration 0023):
 * the prefix range `>=`/`<` is leakproof and drives the (gemeente_code, sleutel, …) index under row-level
 * security. The result order (the person's sort keys, copied here) is in the same index, so a search reads
 * only the index and then the one page of persons. Rewritten with every insert of a person and every change of
 * its name or birth date (db/personen.ts).
 */
export const persoonZoeksleutels = pgTable(
  "persoon_zoeksleutels",
  {
    gemeenteCode: gemeenteCode(),
    persoonId: uuid("persoon_id")
      .notNull()
      .references(() => personen.id, { onDelete: "cascade" }),
    sleutel: text("sleutel").notNull(),
    /** Copies of personen.zoek_geslachtsnaam, zoek_voornamen and geboortedatum: the order of the results. */
    zoekGeslachtsnaam: text("zoek_geslachtsnaam").notNull(),
    zoekVoornamen: text("zoek_voornamen").notNull(),
    geboortedatum: date("geboortedatum", { mode: "string" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.persoonId, t.sleutel] }),
    index("persoon_zoeksleutels_zoek_idx").on(
      t.gemeenteCode,
      t.sleutel,
      t.zoekGeslachtsnaam,
      t.zoekVoornamen,
      t.geboortedatum,
      t.persoonId,
    ),
  ],
);

export const RELATIESOORTEN = [
  "partner",
  "ouder",
  "gezag",
  "wettelijk-vertegenwoordiger",
  "mantelzorger",
] as const;

/**
 * A relation between two residents, read as "persoon is <soort> van gerelateerde"
 * (ouder: persoon is parent of gerelateerde; gezag: persoon has parental authority over gerelateerde).
 */
export const persoonRelaties = pgTable(
  "persoon_relaties",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    persoonId: uuid("persoon_id")
      .notNull()
      .references(() => personen.id),
    gerelateerdeId: uuid("gerelateerde_id")
      .notNull()
      .references(() => personen.id),
    soort: text("soort", { enum: RELATIESOORTEN }).notNull(),
    aangemaaktOp: aangemaaktOp(),
    /** Ended relations stay (migration 0028); only current ones count for letters and signatures. */
    beeindigdOp: date("beeindigd_op"),
    redenBeeindiging: text("reden_beeindiging"),
    beeindigdDoor: uuid("beeindigd_door"),
  },
  (t) => [
    uniqueIndex("persoon_relaties_uq")
      .on(t.persoonId, t.gerelateerdeId, t.soort)
      .where(sql`${t.beeindigdOp} is null`),
    index("persoon_relaties_gerelateerde_idx").on(t.gerelateerdeId),
  ],
);

/** Informal network of a resident: people who are not (necessarily) registered as persons. */
export const netwerkleden = pgTable(
  "netwerkleden",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    persoonId: uuid("persoon_id")
      .notNull()
      .references(() => personen.id),
    naam: text("naam").notNull(),
    relatie: text("relatie").notNull(),
    telefoon: text("telefoon"),
    email: text("email"),
    mantelzorger: boolean("mantelzorger").notNull().default(false),
  },
  (t) => [index("netwerkleden_persoon_idx").on(t.persoonId)],
);
