import { jsonb, pgTable, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { gebruikers } from "./gebruikers";
import { gemeenteCode, id, tijdstipNu, versie } from "./kolommen";
import { zaken } from "./zaken";

/**
 * Veilig Opgroeien on a zaak (domain/veilig-opgroeien, seed 004 §8): the joint veiligheidsbeoordelingen, the steps
 * of the gedwongen kader, the Beschermtafels and the advice requests to the gedragswetenschapper. One per zaak;
 * never deleted. The lists keep every entry in the order recorded.
 */
export const veiligOpgroeienTrajecten = pgTable(
  "veilig_opgroeien_trajecten",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    /** [{ datum, procesregisseurId, casemanagerId, conclusie, toelichting, medewerkerId, vastgelegdOp }] */
    beoordelingen: jsonb("beoordelingen").notNull().default([]),
    /** [{ soort, datum, gronden?, tot?, gecertificeerdeInstelling?, toelichting, medewerkerId, vastgelegdOp }] */
    stappen: jsonb("stappen").notNull().default([]),
    /** [{ datum, deelnemers, uitkomst, medewerkerId, vastgelegdOp }] */
    beschermtafels: jsonb("beschermtafels").notNull().default([]),
    /** [{ id, beslissing, vraag, gevraagdDoor, gevraagdOp, advies: {tekst, door, op}?, besluit: {tekst, door, op}? }] */
    adviesvragen: jsonb("adviesvragen").notNull().default([]),
    aangemaaktDoor: uuid("aangemaakt_door")
      .notNull()
      .references(() => gebruikers.id),
    aangemaaktOp: tijdstipNu("aangemaakt_op"),
    gewijzigdOp: tijdstipNu("gewijzigd_op"),
    versie: versie(),
  },
  (t) => [uniqueIndex("veilig_opgroeien_trajecten_zaak_uq").on(t.zaakId)],
);
