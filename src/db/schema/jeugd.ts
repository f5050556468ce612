import { sql } from "drizzle-orm";
import {
  boolean,
  char,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { gebruikers } from "./gebruikers";
import { gemeenteCode, id, tijdstipNu, versie } from "./kolommen";
import { personen } from "./personen";
import { zaken } from "./zaken";

/** A school in the gemeente (BRIN code, soort po/so/vo/mbo), kept by the beheerder, with its SMW'ers (rule 25b). */
export const scholen = pgTable(
  "scholen",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    brin: char("brin", { length: 4 }).notNull(),
    naam: text("naam").notNull(),
    soort: text("soort").notNull(),
    /** The schoolmaatschappelijk werkers linked to this school. */
    smwIds: uuid("smw_ids").array().notNull().default(sql`'{}'::uuid[]`),
    actief: boolean("actief").notNull().default(true),
    aangemaaktOp: tijdstipNu("aangemaakt_op"),
    gewijzigdOp: tijdstipNu("gewijzigd_op"),
    versie: versie(),
  },
  (t) => [
    uniqueIndex("scholen_brin_uq").on(t.gemeenteCode, t.brin),
    check("scholen_brin_ck", sql`${t.brin} ~ '^[0-9]{2}[A-Z]{2}$'`),
    check("scholen_soort_ck", sql`${t.soort} in ('po', 'so', 'vo', 'mbo')`),
  ],
);

/**
 * The verzuimaanpak on a leerplicht zaak (domain/leerplicht/verzuim): the melding (leerling, school, kind of
 * verzuim, hours), the steps in the order recorded (the melding first) and the hand-overs for onderliggende
 * problematiek. One per zaak; never deleted.
 */
export const leerplichtTrajecten = pgTable(
  "leerplicht_trajecten",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    leerlingId: uuid("leerling_id")
      .notNull()
      .references(() => personen.id),
    schoolId: uuid("school_id").references(() => scholen.id),
    verzuimsoort: text("verzuimsoort").notNull(),
    uren: integer("uren"),
    /** [{ soort, datum, toelichting?, medewerkerId, vastgelegdOp }] */
    stappen: jsonb("stappen").notNull().default([]),
    /** [{ soort, datum, toelichting, casemanagerId?, meldcodeId?, medewerkerId, vastgelegdOp }] */
    doorverwijzingen: jsonb("doorverwijzingen").notNull().default([]),
    aangemaaktDoor: uuid("aangemaakt_door")
      .notNull()
      .references(() => gebruikers.id),
    aangemaaktOp: tijdstipNu("aangemaakt_op"),
    gewijzigdOp: tijdstipNu("gewijzigd_op"),
    versie: versie(),
  },
  (t) => [
    uniqueIndex("leerplicht_trajecten_zaak_uq").on(t.zaakId),
    check("leerplicht_trajecten_uren_ck", sql`${t.uren} is null or ${t.uren} >= 0`),
  ],
);

/** A short support contact or a training of schoolmaatschappelijk werk at a school (a count, no personal data). */
export const smwRegistraties = pgTable(
  "smw_registraties",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    schoolId: uuid("school_id")
      .notNull()
      .references(() => scholen.id),
    soort: text("soort").notNull(),
    datum: date("datum", { mode: "string" }).notNull(),
    deelnemers: integer("deelnemers").notNull(),
    onderwerp: text("onderwerp").notNull(),
    medewerkerId: uuid("medewerker_id")
      .notNull()
      .references(() => gebruikers.id),
    geregistreerdOp: timestamp("geregistreerd_op", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("smw_registraties_school_idx").on(t.schoolId),
    check("smw_registraties_soort_ck", sql`${t.soort} in ('kort-contact', 'training')`),
    check("smw_registraties_deelnemers_ck", sql`${t.deelnemers} >= 1`),
  ],
);

/** One jeugdige's short help by the POH-jeugd at a huisartsenpraktijk: contacts and outcome (no personal data). */
export const pohRegistraties = pgTable(
  "poh_registraties",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    huisartsenpraktijk: text("huisartsenpraktijk").notNull(),
    datum: date("datum", { mode: "string" }).notNull(),
    contacten: integer("contacten").notNull(),
    uitkomst: text("uitkomst").notNull(),
    verwezenNaar: text("verwezen_naar"),
    medewerkerId: uuid("medewerker_id")
      .notNull()
      .references(() => gebruikers.id),
    geregistreerdOp: timestamp("geregistreerd_op", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("poh_registraties_contacten_ck", sql`${t.contacten} >= 1`),
    check(
      "poh_registraties_uitkomst_ck",
      sql`(${t.uitkomst} = 'afgesloten' and ${t.verwezenNaar} is null) or (${t.uitkomst} = 'verwezen' and ${t.verwezenNaar} is not null)`,
    ),
  ],
);
