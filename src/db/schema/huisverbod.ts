import { sql } from "drizzle-orm";
import { check, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { gebruikers } from "./gebruikers";
import { gemeenteCode, id, tijdstipNu, versie } from "./kolommen";
import { personen } from "./personen";
import { zaken } from "./zaken";

/**
 * A tijdelijk huisverbod on a zaak of the Regiegroep (domain/huisverbod, Wet tijdelijk huisverbod): when the
 * burgemeester imposed it and the kenmerk of the besluit, the uithuisgeplaatste and the achterblijvers, the
 * extension (decided when, until when), the withdrawal, the contacts with the GGD and the support zaken of both
 * sides. One per zaak; never deleted.
 */
export const huisverboden = pgTable(
  "huisverboden",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    opgelegdOp: timestamp("opgelegd_op", { withTimezone: true }).notNull(),
    besluitKenmerk: text("besluit_kenmerk").notNull(),
    uithuisgeplaatsteId: uuid("uithuisgeplaatste_id")
      .notNull()
      .references(() => personen.id),
    /** [{ persoonId }] in the order recorded (adults and children; age follows from the persoon). */
    achterblijvers: jsonb("achterblijvers").notNull().default([]),
    verlengingBeslotenOp: timestamp("verlenging_besloten_op", { withTimezone: true }),
    verlengdTot: timestamp("verlengd_tot", { withTimezone: true }),
    verlengingKenmerk: text("verlenging_kenmerk"),
    beeindigdOp: timestamp("beeindigd_op", { withTimezone: true }),
    beeindigingReden: text("beeindiging_reden"),
    /** [{ op, wie, notitie, medewerkerId }] — domain/huisverbod#GgdContact */
    ggdContacten: jsonb("ggd_contacten").notNull().default([]),
    zaakUithuisgeplaatsteId: uuid("zaak_uithuisgeplaatste_id").references(() => zaken.id),
    zaakAchterblijversId: uuid("zaak_achterblijvers_id").references(() => zaken.id),
    geregistreerdDoor: uuid("geregistreerd_door")
      .notNull()
      .references(() => gebruikers.id),
    geregistreerdOp: tijdstipNu("geregistreerd_op"),
    gewijzigdOp: tijdstipNu("gewijzigd_op"),
    versie: versie(),
  },
  (t) => [
    uniqueIndex("huisverboden_zaak_uq").on(t.zaakId),
    check(
      "huisverboden_verlenging_ck",
      sql`(${t.verlengingBeslotenOp} is null) = (${t.verlengdTot} is null) and (${t.verlengdTot} is null or ${t.verlengdTot} > ${t.opgelegdOp})`,
    ),
    check(
      "huisverboden_beeindiging_ck",
      sql`(${t.beeindigdOp} is null) = (${t.beeindigingReden} is null) and (${t.beeindigdOp} is null or ${t.beeindigdOp} >= ${t.opgelegdOp})`,
    ),
  ],
);
