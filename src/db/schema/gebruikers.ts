import { sql } from "drizzle-orm";
import {
  boolean,
  char,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { aangemaaktOp, gemeenteCode, gewijzigdOp, id, tijdstipNu, versie } from "./kolommen";

export const vakgroepen = pgTable(
  "vakgroepen",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    code: text("code").notNull(),
    naam: text("naam").notNull(),
    actief: boolean("actief").notNull().default(true),
    versie: versie(),
  },
  (t) => [uniqueIndex("vakgroepen_gemeente_code_uq").on(t.gemeenteCode, t.code)],
);

export const gebruikers = pgTable(
  "gebruikers",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    gebruikersnaam: text("gebruikersnaam").notNull(),
    naam: text("naam").notNull(),
    email: text("email"),
    wachtwoordHash: text("wachtwoord_hash"),
    oidcSubject: text("oidc_subject"),
    rollen: text("rollen").array().notNull().default(sql`'{}'::text[]`),
    actief: boolean("actief").notNull().default(true),
    versie: versie(),
    aangemaaktOp: aangemaaktOp(),
    gewijzigdOp: gewijzigdOp(),
    laatstIngelogdOp: timestamp("laatst_ingelogd_op", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("gebruikers_gebruikersnaam_uq").on(sql`lower(${t.gebruikersnaam})`),
    uniqueIndex("gebruikers_oidc_subject_uq").on(t.oidcSubject),
    index("gebruikers_gemeente_idx").on(t.gemeenteCode),
  ],
);

export const gebruikerVakgroepen = pgTable(
  "gebruiker_vakgroepen",
  {
    medewerkerId: uuid("gebruiker_id")
      .notNull()
      .references(() => gebruikers.id, { onDelete: "cascade" }),
    vakgroepId: uuid("vakgroep_id")
      .notNull()
      .references(() => vakgroepen.id, { onDelete: "cascade" }),
    gemeenteCode: gemeenteCode(),
  },
  (t) => [primaryKey({ columns: [t.medewerkerId, t.vakgroepId] })],
);

/**
 * Requests for access that wait for a second person (migration 0022, domain/gebruikers/vier-ogen.ts): roles and
 * vakgroep codes for one medewerker, asked by a beheerder, approved or refused by a teamleider or another beheerder.
 */
export const rolverzoeken = pgTable(
  "rolverzoeken",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    medewerkerId: uuid("gebruiker_id")
      .notNull()
      .references(() => gebruikers.id, { onDelete: "cascade" }),
    aangevraagdDoor: uuid("aangevraagd_door")
      .notNull()
      .references(() => gebruikers.id),
    rollen: text("rollen").array().notNull().default(sql`'{}'::text[]`),
    vakgroepen: text("vakgroepen").array().notNull().default(sql`'{}'::text[]`),
    aangevraagdOp: tijdstipNu("aangevraagd_op"),
    status: text("status", { enum: ["open", "goedgekeurd", "geweigerd", "ingetrokken"] })
      .notNull()
      .default("open"),
    beslistDoor: uuid("beslist_door").references(() => gebruikers.id),
    beslistOp: timestamp("beslist_op", { withTimezone: true }),
    versie: versie(),
  },
  (t) => [
    uniqueIndex("rolverzoeken_een_open_uq").on(t.medewerkerId).where(sql`${t.status} = 'open'`),
    index("rolverzoeken_status_idx").on(t.gemeenteCode, t.status, t.aangevraagdOp),
  ],
);

/** Server-side sessions: several app processes share them through the database. */
export const sessies = pgTable(
  "sessies",
  {
    /** SHA-256 of the cookie token; the token itself is never stored. */
    id: text("id").primaryKey(),
    medewerkerId: uuid("gebruiker_id")
      .notNull()
      .references(() => gebruikers.id, { onDelete: "cascade" }),
    gemeenteCode: char("gemeente_code", { length: 4 }).notNull(),
    aangemaaktOp: aangemaaktOp(),
    laatstActiefOp: tijdstipNu("laatst_actief_op"),
    verlooptOp: timestamp("verloopt_op", { withTimezone: true }).notNull(),
    methode: text("methode", { enum: ["wachtwoord", "oidc"] }).notNull(),
  },
  (t) => [index("sessies_gebruiker_idx").on(t.medewerkerId)],
);

/**
 * Login throttling: one counter per key (name+address, address, name over unknown clients, name+known
 * device), shared by all app processes. Migration 0020; see auth/inlogbeperking.ts.
 */
export const inlogtellers = pgTable(
  "inlogtellers",
  {
    sleutel: text("sleutel").primaryKey(),
    pogingen: integer("pogingen").notNull(),
    laatsteOp: timestamp("laatste_op", { withTimezone: true }).notNull(),
    /** When the beheerder was last alerted about this key (name keys only). */
    gemeldOp: timestamp("gemeld_op", { withTimezone: true }),
  },
  (t) => [index("inlogtellers_laatste_idx").on(t.laatsteOp)],
);

/** Devices (browsers) on which a user logged in: SHA-256 of the device cookie's token. */
export const inlogapparaten = pgTable(
  "inlogapparaten",
  {
    tokenHash: text("token_hash").notNull(),
    medewerkerId: uuid("gebruiker_id")
      .notNull()
      .references(() => gebruikers.id, { onDelete: "cascade" }),
    aangemaaktOp: aangemaaktOp(),
    laatstGebruiktOp: tijdstipNu("laatst_gebruikt_op"),
  },
  (t) => [
    primaryKey({ name: "inlogapparaten_pk", columns: [t.tokenHash, t.medewerkerId] }),
    index("inlogapparaten_gebruiker_idx").on(t.medewerkerId),
  ],
);

/** PKCE state of an OIDC login in progress (short-lived). */
export const oidcAanvragen = pgTable("oidc_aanvragen", {
  state: text("state").primaryKey(),
  codeVerifier: text("code_verifier").notNull(),
  nonce: text("nonce").notNull(),
  aangemaaktOp: aangemaaktOp(),
  /** Whose login: a medewerker's (SSO) or a resident's (Mijn Voordeur, DigiD broker), with the chosen gemeente. */
  doel: text("doel", { enum: ["medewerker", "inwoner"] })
    .notNull()
    .default("medewerker"),
  gemeenteCode: char("gemeente_code", { length: 4 }),
});
