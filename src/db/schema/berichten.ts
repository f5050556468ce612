import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  char,
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
import { aangemaaktOp, gemeenteCode, id, versie } from "./kolommen";
import { personen } from "./personen";
import { zaken } from "./zaken";

/**
 * An iWmo/iJw message, stored exactly as sent or received (`xml`). Outgoing messages are written in the
 * transaction of the change that causes them with status `klaar` and marked `verzonden` only after the
 * transport confirmed delivery (outbox with retry state). Incoming messages are stored once per sender +
 * BerichtIdentificatie (idempotent) with the outcome of processing in `verwerking`.
 */
export const berichten = pgTable(
  "berichten",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    richting: text("richting", { enum: ["uitgaand", "inkomend"] }).notNull(),
    standaard: text("standaard", { enum: ["iwmo", "ijw"] }).notNull(),
    /** "301", "305", "315", "302", … */
    berichttype: text("berichttype").notNull(),
    /** Vektis BerichtCode (414, 436, …). */
    berichtcode: integer("berichtcode").notNull(),
    afzender: text("afzender").notNull(),
    ontvanger: text("ontvanger").notNull(),
    identificatie: text("identificatie").notNull(),
    dagtekening: date("dagtekening", { mode: "string" }).notNull(),
    aanbiederAgb: char("aanbieder_agb", { length: 8 }),
    persoonId: uuid("persoon_id").references(() => personen.id),
    zaakId: uuid("zaak_id").references(() => zaken.id),
    /** For a retour: the message it answers. */
    heenberichtId: uuid("heenbericht_id").references((): AnyPgColumn => berichten.id),
    /** uitgaand: wacht-op-validatie | klaar | verzonden | geaccepteerd | afgekeurd; inkomend: verwerkt | afgekeurd | niet-verwerkt | gekoppeld | niet-gekoppeld */
    status: text("status").notNull(),
    /** { retourcodes: [{code, omschrijving, klasse}], meldingen: string[], … } */
    verwerking: jsonb("verwerking").notNull().default({}),
    /** A task for A&O (Dutch reason), open while `afgehandeldOp` is null. */
    aandacht: text("aandacht"),
    afgehandeldOp: timestamp("afgehandeld_op", { withTimezone: true }),
    xml: text("xml").notNull(),
    pogingen: integer("pogingen").notNull().default(0),
    volgendePoging: timestamp("volgende_poging", { withTimezone: true }),
    laatsteFout: text("laatste_fout"),
    verzondenOp: timestamp("verzonden_op", { withTimezone: true }),
    transportReferentie: text("transport_referentie"),
    aangemaaktDoor: uuid("aangemaakt_door"),
    aangemaaktOp: aangemaaktOp(),
  },
  (t) => [
    uniqueIndex("berichten_identificatie_uq").on(
      t.gemeenteCode,
      t.richting,
      t.berichtcode,
      t.afzender,
      t.identificatie,
      t.dagtekening,
    ),
    index("berichten_lijst_idx").on(t.gemeenteCode, t.richting, t.aangemaaktOp),
    index("berichten_zaak_idx").on(t.gemeenteCode, t.zaakId),
    index("berichten_persoon_idx").on(t.gemeenteCode, t.persoonId),
    index("berichten_aanbieder_idx").on(t.gemeenteCode, t.aanbiederAgb, t.aangemaaktOp),
    index("berichten_heen_idx").on(t.gemeenteCode, t.afzender, t.identificatie, t.dagtekening),
    index("berichten_aandacht_idx")
      .on(t.gemeenteCode, t.aangemaaktOp)
      .where(sql`aandacht is not null and afgehandeld_op is null`),
    index("berichten_outbox_idx").on(t.volgendePoging).where(sql`richting = 'uitgaand' and status = 'klaar'`),
  ],
);

/**
 * A verzoek om toewijzing (315) or verzoek om wijziging (317) from a provider, with its answer clock:
 * answered within 5 working days by a 301 or a 319; after "in onderzoek" a final answer within 8 weeks.
 * At most one open verzoek per client.
 */
export const verzoeken = pgTable(
  "verzoeken",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    soort: text("soort", { enum: ["toewijzing", "wijziging"] }).notNull(),
    wet: text("wet", { enum: ["wmo", "jeugd"] }).notNull(),
    berichtId: uuid("bericht_id")
      .notNull()
      .references(() => berichten.id),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    persoonId: uuid("persoon_id")
      .notNull()
      .references(() => personen.id),
    aanbiederAgb: char("aanbieder_agb", { length: 8 }).notNull(),
    /** open | in-onderzoek | toegewezen | afgewezen */
    status: text("status").notNull(),
    ontvangenOp: date("ontvangen_op", { mode: "string" }).notNull(),
    inOnderzoekOp: date("in_onderzoek_op", { mode: "string" }),
    beantwoordOp: date("beantwoord_op", { mode: "string" }),
    /** The requested products as read from the message (domain type VerzoekInhoud). */
    inhoud: jsonb("inhoud").notNull(),
    antwoord: jsonb("antwoord"),
    versie: versie(),
    aangemaaktOp: aangemaaktOp(),
  },
  (t) => [
    uniqueIndex("verzoeken_open_uq")
      .on(t.gemeenteCode, t.persoonId)
      .where(sql`status in ('open', 'in-onderzoek')`),
    index("verzoeken_lijst_idx").on(t.gemeenteCode, t.status, t.ontvangenOp),
    index("verzoeken_zaak_idx").on(t.gemeenteCode, t.zaakId),
  ],
);
