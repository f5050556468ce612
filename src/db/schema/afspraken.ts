import {
  boolean,
  char,
  date,
  index,
  integer,
  pgTable,
  smallint,
  text,
  time,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { documenten, mailUitgaand } from "./documenten";
import { gebruikers } from "./gebruikers";
import { personen } from "./personen";
import { gemeenten } from "./tenancy";
import { zaken } from "./zaken";

const gemeenteCode = () =>
  char("gemeente_code", { length: 4 })
    .notNull()
    .references(() => gemeenten.code);

/** Where appointments take place (gemeentehuis, wijklocatie, buurtteamruimte, huisbezoek). */
export const locaties = pgTable(
  "locaties",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    gemeenteCode: gemeenteCode(),
    naam: text("naam").notNull(),
    soort: text("soort", {
      enum: ["gemeentehuis", "wijklocatie", "buurtteamruimte", "huisbezoek"],
    }).notNull(),
    adres: text("adres").notNull().default(""),
    wijkCode: text("wijk_code"),
    /** How many appointments at once; null = unlimited (e.g. huisbezoek). */
    capaciteit: integer("capaciteit"),
    actief: boolean("actief").notNull().default(true),
    versie: integer("versie").notNull().default(1),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("locaties_naam_uq").on(t.gemeenteCode, t.naam)],
);

/** A medewerker's agenda: carries the version of the weekly working pattern (optimistic locking). */
export const agendas = pgTable("agendas", {
  medewerkerId: uuid("medewerker_id")
    .primaryKey()
    .references(() => gebruikers.id),
  gemeenteCode: gemeenteCode(),
  versie: integer("versie").notNull().default(1),
  gewijzigdDoor: uuid("gewijzigd_door").references(() => gebruikers.id),
  gewijzigdOp: timestamp("gewijzigd_op", { withTimezone: true }).notNull().defaultNow(),
});

/** Weekly working hours: ISO weekday (1 = maandag), Dutch wall-clock time, optionally at a location. */
export const werktijden = pgTable(
  "werktijden",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    gemeenteCode: gemeenteCode(),
    medewerkerId: uuid("medewerker_id")
      .notNull()
      .references(() => agendas.medewerkerId),
    weekdag: smallint("weekdag").notNull(),
    van: time("van").notNull(),
    tot: time("tot").notNull(),
    locatieId: uuid("locatie_id").references(() => locaties.id),
  },
  (t) => [index("werktijden_medewerker_idx").on(t.gemeenteCode, t.medewerkerId, t.weekdag)],
);

/** An appointment for a zaak, with the confirmation letter and (when the resident has e-mail) the mail. */
export const afspraken = pgTable(
  "afspraken",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    medewerkerId: uuid("medewerker_id")
      .notNull()
      .references(() => gebruikers.id),
    locatieId: uuid("locatie_id")
      .notNull()
      .references(() => locaties.id),
    begin: timestamp("begin", { withTimezone: true }).notNull(),
    eind: timestamp("eind", { withTimezone: true }).notNull(),
    onderwerp: text("onderwerp").notNull(),
    status: text("status", { enum: ["gepland", "geannuleerd"] })
      .notNull()
      .default("gepland"),
    ontvangerPersoonId: uuid("ontvanger_persoon_id").references(() => personen.id),
    ontvangerEmail: text("ontvanger_email"),
    documentId: uuid("document_id").references(() => documenten.id),
    mailId: uuid("mail_id").references(() => mailUitgaand.id),
    aangemaaktDoor: uuid("aangemaakt_door")
      .notNull()
      .references(() => gebruikers.id),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true }).notNull().defaultNow(),
    geannuleerdDoor: uuid("geannuleerd_door").references(() => gebruikers.id),
    geannuleerdOp: timestamp("geannuleerd_op", { withTimezone: true }),
    redenAnnulering: text("reden_annulering"),
    versie: integer("versie").notNull().default(1),
  },
  (t) => [
    index("afspraken_medewerker_idx").on(t.gemeenteCode, t.medewerkerId, t.begin),
    index("afspraken_locatie_idx").on(t.gemeenteCode, t.locatieId, t.begin),
    index("afspraken_zaak_idx").on(t.zaakId, t.begin),
  ],
);

/** That (and when, by whom) a jeugdige of a zaak was registered in the Verwijsindex. */
export const verwijsindexRegistraties = pgTable(
  "verwijsindex_registraties",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    persoonId: uuid("persoon_id")
      .notNull()
      .references(() => personen.id),
    geregistreerdOp: date("geregistreerd_op", { mode: "string" }).notNull(),
    door: uuid("door")
      .notNull()
      .references(() => gebruikers.id),
    toelichting: text("toelichting"),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("verwijsindex_zaak_persoon_uq").on(t.zaakId, t.persoonId),
    index("verwijsindex_persoon_idx").on(t.gemeenteCode, t.persoonId),
  ],
);
