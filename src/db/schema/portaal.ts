import { sql } from "drizzle-orm";
import {
  boolean,
  char,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { contacten } from "./aanmelden";
import { gebruikers } from "./gebruikers";
import { aangemaaktOp, gemeenteCode, id, tijdstipNu, versie } from "./kolommen";
import { personen } from "./personen";
import { resultatenplannen } from "./resultatenplan";
import { zaken } from "./zaken";

/** A resident's session in Mijn Voordeur (auth/portaal-sessies.ts); the token itself is never stored. */
export const portaalSessies = pgTable(
  "portaal_sessies",
  {
    /** SHA-256 of the cookie token. */
    id: text("id").primaryKey(),
    gemeenteCode: char("gemeente_code", { length: 4 }).notNull(),
    persoonId: uuid("persoon_id")
      .notNull()
      .references(() => personen.id, { onDelete: "cascade" }),
    /** For whom the resident acts now: themselves or a person they represent (domain/autorisatie/inwoner.ts). */
    namensPersoonId: uuid("namens_persoon_id")
      .notNull()
      .references(() => personen.id, { onDelete: "cascade" }),
    methode: text("methode", { enum: ["oidc", "demo"] }).notNull(),
    aangemaaktOp: aangemaaktOp(),
    laatstActiefOp: tijdstipNu("laatst_actief_op"),
    verlooptOp: timestamp("verloopt_op", { withTimezone: true }).notNull(),
  },
  (t) => [index("portaal_sessies_persoon_idx").on(t.persoonId)],
);

/** A request for help sent from Mijn Voordeur; the IAG picks it up into a contactregistratie (channel portaal). */
export const portaalHulpvragen = pgTable(
  "portaal_hulpvragen",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    /** About whom. */
    persoonId: uuid("persoon_id")
      .notNull()
      .references(() => personen.id),
    /** Who sent it (the resident, or a parent or representative for them). */
    ingediendDoor: uuid("ingediend_door")
      .notNull()
      .references(() => personen.id),
    ingediendOp: tijdstipNu("ingediend_op"),
    thema: text("thema").notNull(),
    leefgebieden: text("leefgebieden").array().notNull().default(sql`'{}'::text[]`),
    vraag: text("vraag").notNull(),
    spoed: boolean("spoed").notNull(),
    onveilig: boolean("onveilig").notNull(),
    contactwijze: text("contactwijze", { enum: ["telefoon", "email", "portaal"] }).notNull(),
    telefoon: text("telefoon"),
    email: text("email"),
    contactId: uuid("contact_id").references(() => contacten.id),
    opgepaktDoor: uuid("opgepakt_door").references(() => gebruikers.id),
    opgepaktOp: timestamp("opgepakt_op", { withTimezone: true }),
    versie: versie(),
  },
  (t) => [
    index("portaal_hulpvragen_open_idx").on(t.gemeenteCode, t.opgepaktOp, t.spoed, t.ingediendOp, t.id),
    index("portaal_hulpvragen_persoon_idx").on(t.persoonId, t.ingediendOp),
  ],
);

/**
 * A resident's digital signature on one version of a resultatenplan (domain/portaal/ondertekening.ts): who signed
 * (logged in with DigiD), for whom and in which capacity, and the hash of the version they read.
 */
export const planHandtekeningen = pgTable(
  "plan_handtekeningen",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => resultatenplannen.id),
    planVersie: integer("plan_versie").notNull(),
    planHash: char("plan_hash", { length: 64 }).notNull(),
    persoonId: uuid("persoon_id")
      .notNull()
      .references(() => personen.id),
    namensPersoonId: uuid("namens_persoon_id")
      .notNull()
      .references(() => personen.id),
    /** zelf, gezaghebbende, wettelijk-vertegenwoordiger … (domain/persoon/vertegenwoordiging.ts). */
    hoedanigheid: text("hoedanigheid").notNull(),
    inlogmiddel: text("inlogmiddel", { enum: ["digid", "demo"] }).notNull(),
    getekendOp: tijdstipNu("getekend_op"),
  },
  (t) => [uniqueIndex("plan_handtekeningen_uq").on(t.planId, t.planVersie, t.persoonId)],
);

/** A message in the secure conversation of a zaak between the resident and its medewerkers (Mijn Voordeur). */
export const inwonerberichten = pgTable(
  "inwonerberichten",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    van: text("van", { enum: ["inwoner", "medewerker"] }).notNull(),
    /** The resident who wrote it (themselves, or a parent or representative for the hoofdpersoon). */
    afzenderPersoonId: uuid("afzender_persoon_id").references(() => personen.id),
    afzenderMedewerkerId: uuid("afzender_medewerker_id").references(() => gebruikers.id),
    tekst: text("tekst").notNull(),
    verzondenOp: tijdstipNu("verzonden_op"),
    /** When the other side first read it. */
    gelezenOp: timestamp("gelezen_op", { withTimezone: true }),
  },
  (t) => [index("inwonerberichten_zaak_idx").on(t.zaakId, t.verzondenOp, t.id)],
);
