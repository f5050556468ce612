import { sql } from "drizzle-orm";
import {
  customType,
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
import { aangemaaktOp, gemeenteCode, gewijzigdOp, id, tijdstipNu, versie } from "./kolommen";
import { personen } from "./personen";
import { zaken } from "./zaken";

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (waarde) => (Buffer.isBuffer(waarde) ? waarde : Buffer.from(waarde)),
});

/** A document in the dossier: a letter (beschikking, bevestiging …), a signed scan. Stored exactly as made. */
export const documenten = pgTable(
  "documenten",
  {
    id: id(),
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
    /** The persons a letter is addressed to (null: not a letter, or from before the column). */
    aanPersoonIds: uuid("aan_persoon_ids").array(),
    aangemaaktOp: aangemaaktOp(),
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
    id: id(),
    gemeenteCode: gemeenteCode(),
    code: text("code").notNull(),
    titel: text("titel").notNull(),
    tekst: text("tekst").notNull(),
    /** What the text is for and which placeholders it may use, shown to the beheerder. */
    toelichting: text("toelichting").notNull().default(""),
    versie: versie(),
    gewijzigdDoor: uuid("gewijzigd_door").references(() => gebruikers.id),
    gewijzigdOp: gewijzigdOp(),
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
    id: id(),
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
    volgendePoging: tijdstipNu("volgende_poging"),
    verzondenOp: timestamp("verzonden_op", { withTimezone: true }),
    aangemaaktOp: aangemaaktOp(),
  },
  (t) => [index("mail_uitgaand_wachtrij_idx").on(t.volgendePoging).where(sql`status = 'wachtrij'`)],
);

/** A document the consulent asked the resident for (Mijn Voordeur); the upload answers it. */
export const documentverzoeken = pgTable(
  "documentverzoeken",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    /** What is asked for, in the resident's words ("uw loonstrook van oktober"). */
    omschrijving: text("omschrijving").notNull(),
    uiterlijk: date("uiterlijk", { mode: "string" }),
    gevraagdDoor: uuid("gevraagd_door")
      .notNull()
      .references(() => gebruikers.id),
    gevraagdOp: tijdstipNu("gevraagd_op"),
    documentId: uuid("document_id").references(() => documenten.id),
    aangeleverdDoor: uuid("aangeleverd_door").references(() => personen.id),
    aangeleverdOp: timestamp("aangeleverd_op", { withTimezone: true }),
  },
  (t) => [index("documentverzoeken_zaak_idx").on(t.zaakId, t.gevraagdOp)],
);
