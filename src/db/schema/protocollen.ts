import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { gebruikers } from "./gebruikers";
import { gemeenteCode, id, tijdstipNu, versie } from "./kolommen";
import { zaken } from "./zaken";

/**
 * The texts of the veiligheidsprotocollen (domain/protocollen), one row per version: a change is a new row, so
 * every earlier text stays (append-only; the app role may only insert and select). The current text is the
 * highest versie of its soort.
 */
export const protocolteksten = pgTable(
  "protocolteksten",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    /** alarm | agressie | calamiteiten | pshi */
    soort: text("soort").notNull(),
    versie: integer("versie").notNull(),
    titel: text("titel").notNull(),
    tekst: text("tekst").notNull(),
    /** null for the example text the base seed put in. */
    gewijzigdDoor: uuid("gewijzigd_door").references(() => gebruikers.id),
    gewijzigdOp: tijdstipNu("gewijzigd_op"),
  },
  (t) => [
    uniqueIndex("protocolteksten_versie_uq").on(t.gemeenteCode, t.soort, t.versie),
    check("protocolteksten_soort_ck", sql`${t.soort} in ('alarm', 'agressie', 'calamiteiten', 'pshi')`),
  ],
);

/** A calamiteit threat or PSHI incident reported to the teamleider, and the protocol it started. */
export const protocolmeldingen = pgTable(
  "protocolmeldingen",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    /** calamiteiten | pshi */
    protocol: text("protocol").notNull(),
    /** gemeld | opgestart | afgesloten */
    status: text("status").notNull().default("gemeld"),
    wat: text("wat").notNull(),
    waar: text("waar").notNull(),
    wanneer: timestamp("wanneer", { withTimezone: true }).notNull(),
    zaakId: uuid("zaak_id").references(() => zaken.id),
    melderId: uuid("melder_id")
      .notNull()
      .references(() => gebruikers.id),
    gemeldOp: tijdstipNu("gemeld_op"),
    opgestartDoor: uuid("opgestart_door").references(() => gebruikers.id),
    opgestartOp: timestamp("opgestart_op", { withTimezone: true }),
    afgeslotenDoor: uuid("afgesloten_door").references(() => gebruikers.id),
    afgeslotenOp: timestamp("afgesloten_op", { withTimezone: true }),
    evaluatie: text("evaluatie").notNull().default(""),
    versie: versie(),
  },
  (t) => [
    index("protocolmeldingen_status_idx").on(t.gemeenteCode, t.status, t.gemeldOp),
    check("protocolmeldingen_protocol_ck", sql`${t.protocol} in ('calamiteiten', 'pshi')`),
    check("protocolmeldingen_status_ck", sql`${t.status} in ('gemeld', 'opgestart', 'afgesloten')`),
    check("protocolmeldingen_opgestart_ck", sql`(${t.status} = 'gemeld') = (${t.opgestartOp} is null)`),
    check(
      "protocolmeldingen_afgesloten_ck",
      sql`(${t.status} = 'afgesloten') = (${t.afgeslotenOp} is not null)`,
    ),
  ],
);

/** The recorded steps of a started protocol: when, what was done, by whom. Append-only. */
export const protocolstappen = pgTable(
  "protocolstappen",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    meldingId: uuid("melding_id")
      .notNull()
      .references(() => protocolmeldingen.id),
    tijdstip: timestamp("tijdstip", { withTimezone: true }).notNull(),
    wat: text("wat").notNull(),
    door: text("door").notNull(),
    vastgelegdDoor: uuid("vastgelegd_door")
      .notNull()
      .references(() => gebruikers.id),
    vastgelegdOp: tijdstipNu("vastgelegd_op"),
  },
  (t) => [index("protocolstappen_melding_idx").on(t.meldingId, t.tijdstip)],
);
