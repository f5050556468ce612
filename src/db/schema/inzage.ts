import { index, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
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
