import {
  boolean,
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
import { aangemaaktOp, gemeenteCode, gewijzigdOp, id, versie } from "./kolommen";
import { personen } from "./personen";
import { zaken } from "./zaken";

/** Where appointments take place (gemeentehuis, wijklocatie, buurtteamruimte, huisbezoek). */
export const locaties = pgTable(
  "locaties",
  {
    id: id(),
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
    versie: versie(),
    aangemaaktOp: aangemaaktOp(),
  },
  (t) => [uniqueIndex("locaties_naam_uq").on(t.gemeenteCode, t.naam)],
);

/** A medewerker's agenda: carries the version of the weekly working pattern (optimistic locking). */
export const agendas = pgTable("agendas", {
  medewerkerId: uuid("medewerker_id")
    .primaryKey()
    .references(() => gebruikers.id),
  gemeenteCode: gemeenteCode(),
  versie: versie(),
  gewijzigdDoor: uuid("gewijzigd_door").references(() => gebruikers.id),
  gewijzigdOp: gewijzigdOp(),
});

/** Weekly working hours: ISO weekday (1 = maandag), Dutch wall-clock time, optionally at a location. */
export const werktijden = pgTable(
  "werktijden",
  {
    id: id(),
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
    id: id(),
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
    /** Null when the resident made it in Mijn Voordeur (gemaaktVia portaal). */
    aangemaaktDoor: uuid("aangemaakt_door").references(() => gebruikers.id),
    gemaaktVia: text("gemaakt_via", { enum: ["medewerker", "portaal"] })
      .notNull()
      .default("medewerker"),
    aangemaaktOp: aangemaaktOp(),
    geannuleerdDoor: uuid("geannuleerd_door").references(() => gebruikers.id),
    geannuleerdOp: timestamp("geannuleerd_op", { withTimezone: true }),
    redenAnnulering: text("reden_annulering"),
    versie: versie(),
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
    id: id(),
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
    aangemaaktOp: aangemaaktOp(),
  },
  (t) => [
    uniqueIndex("verwijsindex_zaak_persoon_uq").on(t.zaakId, t.persoonId),
    index("verwijsindex_persoon_idx").on(t.gemeenteCode, t.persoonId),
  ],
);
