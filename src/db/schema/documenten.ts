import { sql } from "drizzle-orm";
import {
  char,
  customType,
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
import { personen } from "./personen";
import { gemeenten } from "./tenancy";
import { zaken } from "./zaken";

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (waarde) => (Buffer.isBuffer(waarde) ? waarde : Buffer.from(waarde)),
});

const gemeenteCode = () =>
  char("gemeente_code", { length: 4 })
    .notNull()
    .references(() => gemeenten.code);

/** A document in the dossier: a letter (beschikking, bevestiging …), a signed scan. Stored exactly as made. */
export const documenten = pgTable(
  "documenten",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id").references(() => zaken.id),
    persoonId: uuid("persoon_id").references(() => personen.id),
    /** e.g. beschikking, bevestiging-afspraak, resultatenplan, ondertekend-plan, afsluitbrief. */
    soort: text("soort").notNull(),
    titel: text("titel").notNull(),
    contentType: text("content_type").notNull(),
    inhoud: bytea("inhoud").notNull(),
    grootte: integer("grootte").notNull(),
    aangemaaktDoor: uuid("aangemaakt_door").references(() => gebruikers.id),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("documenten_zaak_idx").on(t.zaakId, t.aangemaaktOp),
    index("documenten_persoon_idx").on(t.persoonId, t.aangemaaktOp),
  ],
);

/**
 * Text a beheerder maintains per gemeente: folder texts (onafhankelijke cliëntondersteuning, Infoblad Jeugd) and
 * letter templates with {{placeholders}} (see domain/documenten/sjabloon.ts).
 */
export const tekstblokken = pgTable(
  "tekstblokken",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    gemeenteCode: gemeenteCode(),
    code: text("code").notNull(),
    titel: text("titel").notNull(),
    tekst: text("tekst").notNull(),
    /** What the text is for and which placeholders it may use, shown to the beheerder. */
    toelichting: text("toelichting").notNull().default(""),
    versie: integer("versie").notNull().default(1),
    gewijzigdDoor: uuid("gewijzigd_door").references(() => gebruikers.id),
    gewijzigdOp: timestamp("gewijzigd_op", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("tekstblokken_code_uq").on(t.gemeenteCode, t.code)],
);

/**
 * Outgoing e-mail, queued in the same transaction as the change that causes it and delivered over SMTP after
 * commit by mail/verzender.ts (retries with back-off; nothing is lost when the process stops).
 */
export const mailUitgaand = pgTable(
  "mail_uitgaand",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    gemeenteCode: gemeenteCode(),
    aan: text("aan").notNull(),
    onderwerp: text("onderwerp").notNull(),
    tekst: text("tekst").notNull(),
    /** [{ bestandsnaam, contentType, base64 }] */
    bijlagen: jsonb("bijlagen").notNull().default([]),
    /** Why it was sent (e.g. "afspraak bevestigd"), without case content. */
    aanleiding: text("aanleiding").notNull(),
    status: text("status", { enum: ["wachtrij", "verzonden", "mislukt"] })
      .notNull()
      .default("wachtrij"),
    pogingen: integer("pogingen").notNull().default(0),
    laatsteFout: text("laatste_fout"),
    volgendePoging: timestamp("volgende_poging", { withTimezone: true }).notNull().defaultNow(),
    verzondenOp: timestamp("verzonden_op", { withTimezone: true }),
    aangemaaktOp: timestamp("aangemaakt_op", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("mail_uitgaand_wachtrij_idx").on(t.volgendePoging).where(sql`status = 'wachtrij'`)],
);
