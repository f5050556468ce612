import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { gebruikers } from "./gebruikers";
import { aangemaaktOp, gemeenteCode, id, tijdstipNu } from "./kolommen";
import { personen } from "./personen";
import { zaken } from "./zaken";

/**
 * A contactregistratie (DOMAIN §2.1): channel, about whom (a registered resident, only a name, or nobody),
 * the question and what became of it (beantwoord, zaak, koppel, overdracht). The triage and veiligheidscheck
 * are stored as structured jsonb (the same object is copied into the zaak's feiten).
 */
export const contacten = pgTable(
  "contacten",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    tijdstip: tijdstipNu("tijdstip"),
    kanaal: text("kanaal").notNull(),
    verwijzer: jsonb("verwijzer"),
    melder: jsonb("melder"),
    persoonId: uuid("persoon_id").references(() => personen.id),
    naamZonderRegistratie: text("naam_zonder_registratie"),
    gezinsleden: uuid("gezinsleden").array().notNull().default(sql`'{}'::uuid[]`),
    thema: text("thema").notNull(),
    kenmerken: text("kenmerken").array().notNull().default(sql`'{}'::text[]`),
    vraag: text("vraag").notNull(),
    directBeantwoord: boolean("direct_beantwoord").notNull(),
    antwoord: text("antwoord"),
    uitkomst: text("uitkomst", { enum: ["beantwoord", "zaak", "koppel", "overdracht"] }).notNull(),
    zaakId: uuid("zaak_id").references(() => zaken.id),
    triage: jsonb("triage"),
    overdracht: jsonb("overdracht"),
    geregistreerdDoor: uuid("geregistreerd_door")
      .notNull()
      .references(() => gebruikers.id),
  },
  (t) => [
    index("contacten_persoon_idx")
      .on(t.gemeenteCode, t.persoonId, t.tijdstip.desc())
      .where(sql`persoon_id is not null`),
    index("contacten_zaak_idx").on(t.zaakId).where(sql`zaak_id is not null`),
    index("contacten_tijdstip_idx").on(t.gemeenteCode, t.tijdstip.desc()),
  ],
);

/** Tally of general questions per thema per day: counts only, never personal data. */
export const contactTurven = pgTable(
  "contact_turven",
  {
    gemeenteCode: gemeenteCode(),
    datum: date("datum", { mode: "string" }).notNull(),
    thema: text("thema").notNull(),
    aantal: integer("aantal").notNull().default(0),
  },
  (t) => [primaryKey({ name: "contact_turven_pk", columns: [t.gemeenteCode, t.datum, t.thema] })],
);

/** In-app notifications for a medewerker; the text names at most a zaaknummer, never case content. */
export const notificaties = pgTable(
  "notificaties",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    ontvangerId: uuid("ontvanger_id")
      .notNull()
      .references(() => gebruikers.id, { onDelete: "cascade" }),
    soort: text("soort").notNull(),
    tekst: text("tekst").notNull(),
    link: text("link"),
    aangemaaktOp: aangemaaktOp(),
    gelezenOp: timestamp("gelezen_op", { withTimezone: true }),
  },
  (t) => [index("notificaties_ontvanger_idx").on(t.gemeenteCode, t.ontvangerId, t.aangemaaktOp.desc())],
);
