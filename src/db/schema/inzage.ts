import { date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { gebruikers } from "./gebruikers";
import { aangemaaktOp, gemeenteCode, id, tijdstipNu } from "./kolommen";
import { personen } from "./personen";
import { zaken } from "./zaken";

/**
 * An inzage (AVG art. 15) as it was given: the per-document decisions with their motivation and a snapshot
 * of the content handed over, so it can be shown later exactly as provided.
 */
export const inzageExports = pgTable(
  "inzage_exports",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    persoonId: uuid("persoon_id")
      .notNull()
      .references(() => personen.id),
    aangemaaktDoor: uuid("aangemaakt_door")
      .notNull()
      .references(() => gebruikers.id),
    aangemaaktOp: aangemaaktOp(),
    beslissingen: jsonb("beslissingen").notNull(),
    inhoud: jsonb("inhoud").notNull(),
  },
  (t) => [index("inzage_exports_persoon_idx").on(t.persoonId)],
);

/**
 * One decision of an inzage per document (DOMAIN.md §6): the zaak data, a stored document or a dossier note is
 * given (`verstrekt`) or withheld (`geweigerd`) with a ground from the fixed list and a motivation
 * (domain/inzage/inzage.ts). Insert-only for the app role.
 */
export const inzageBeslissingen = pgTable(
  "inzage_beslissingen",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    inzageId: uuid("inzage_id")
      .notNull()
      .references(() => inzageExports.id),
    zaakId: uuid("zaak_id").references(() => zaken.id),
    documentSleutel: text("document_sleutel").notNull(),
    soort: text("soort", { enum: ["zaakgegevens", "document", "journaal"] }).notNull(),
    titel: text("titel").notNull(),
    uitkomst: text("uitkomst", { enum: ["verstrekt", "geweigerd"] }).notNull(),
    grond: text("grond"),
    toelichting: text("toelichting").notNull().default(""),
    beslotenDoor: uuid("besloten_door")
      .notNull()
      .references(() => gebruikers.id),
    beslotenOp: tijdstipNu("besloten_op"),
  },
  (t) => [uniqueIndex("inzage_beslissingen_document_uq").on(t.inzageId, t.documentSleutel)],
);

/** A resident's request for inzage from Mijn Voordeur; the inzage given for that person closes it. */
export const inzageverzoeken = pgTable(
  "inzageverzoeken",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    /** Whose data. */
    persoonId: uuid("persoon_id")
      .notNull()
      .references(() => personen.id),
    /** Who asked (themselves, a parent with gezag, a curator or mentor). */
    ingediendDoor: uuid("ingediend_door")
      .notNull()
      .references(() => personen.id),
    ingediendOp: tijdstipNu("ingediend_op"),
    ontvangenOp: date("ontvangen_op", { mode: "string" }).notNull(),
    /** AVG art. 12 lid 3 (domain/inzage/verzoek.ts). */
    uiterlijk: date("uiterlijk", { mode: "string" }).notNull(),
    toelichting: text("toelichting").notNull().default(""),
    inzageId: uuid("inzage_id").references(() => inzageExports.id),
    afgehandeldOp: timestamp("afgehandeld_op", { withTimezone: true }),
  },
  (t) => [
    index("inzageverzoeken_open_idx").on(t.gemeenteCode, t.afgehandeldOp, t.uiterlijk, t.id),
    index("inzageverzoeken_persoon_idx").on(t.persoonId, t.ingediendOp),
  ],
);
