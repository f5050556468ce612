import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  char,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { berichten } from "./berichten";
import { contracten } from "./contracten";
import { gebruikers } from "./gebruikers";
import {
  aangemaaktOp,
  gemeenteCode,
  gewijzigdOp,
  id,
  samenwerkingsverbandCode,
  tijdstipNu,
  versie,
} from "./kolommen";
import { personen } from "./personen";
import { toewijzingen } from "./toewijzingen";

/**
 * A tariff (regional, migration 0037): eurocent per WJ756 eenheid for one product, valid van–tot; `zin` belongs
 * to a contract of the aanbieder, `pgb` to the product alone. Overlaps are refused by the act.
 */
export const tarieven = pgTable(
  "tarieven",
  {
    id: id(),
    samenwerkingsverbandCode: samenwerkingsverbandCode(),
    soort: text("soort", { enum: ["zin", "pgb"] }).notNull(),
    contractId: uuid("contract_id").references(() => contracten.id),
    wet: text("wet", { enum: ["wmo", "jeugd"] }).notNull(),
    productCategorie: text("product_categorie").notNull(),
    productCode: text("product_code").notNull(),
    eenheid: text("eenheid").notNull(),
    bedrag: integer("bedrag").notNull(),
    van: date("van", { mode: "string" }).notNull(),
    tot: date("tot", { mode: "string" }),
    gewijzigdDoor: uuid("gewijzigd_door").references(() => gebruikers.id),
    versie: versie(),
    aangemaaktOp: aangemaaktOp(),
    gewijzigdOp: gewijzigdOp(),
  },
  (t) => [
    index("tarieven_product_idx").on(t.samenwerkingsverbandCode, t.wet, t.productCode, t.van),
    index("tarieven_contract_idx").on(t.contractId),
    check(
      "tarieven_soort_ck",
      sql`(${t.soort} = 'zin' and ${t.contractId} is not null) or (${t.soort} = 'pgb' and ${t.contractId} is null)`,
    ),
    check("tarieven_bedrag_ck", sql`${t.bedrag} > 0`),
    check("tarieven_periode_ck", sql`${t.tot} is null or ${t.tot} >= ${t.van}`),
  ],
);

/** A received declaratie (iWmo/iJw 323): its totals, the answer term and the 325 that answered it. */
export const declaraties = pgTable(
  "declaraties",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    berichtId: uuid("bericht_id")
      .notNull()
      .references(() => berichten.id),
    wet: text("wet", { enum: ["wmo", "jeugd"] }).notNull(),
    aanbiederAgb: char("aanbieder_agb", { length: 8 }).notNull(),
    declaratienummer: text("declaratienummer").notNull(),
    periodeVan: date("periode_van", { mode: "string" }).notNull(),
    periodeTot: date("periode_tot", { mode: "string" }).notNull(),
    ontvangenOp: date("ontvangen_op", { mode: "string" }).notNull(),
    antwoordUiterlijk: date("antwoord_uiterlijk", { mode: "string" }).notNull(),
    beantwoordOp: date("beantwoord_op", { mode: "string" }),
    antwoordBerichtId: uuid("antwoord_bericht_id").references(() => berichten.id),
    /** Signed eurocent (credit negative). */
    ingediendBedrag: bigint("ingediend_bedrag", { mode: "number" }).notNull(),
    toegekendBedrag: bigint("toegekend_bedrag", { mode: "number" }).notNull(),
    status: text("status", { enum: ["goedgekeurd", "deels-goedgekeurd", "afgekeurd"] }).notNull(),
    /** Retourcodes of the declaratie as a whole (e.g. 9333). */
    retourcodes: jsonb("retourcodes").notNull().default([]),
    aangemaaktOp: aangemaaktOp(),
  },
  (t) => [
    uniqueIndex("declaraties_bericht_uq").on(t.berichtId),
    index("declaraties_nummer_idx").on(t.gemeenteCode, t.aanbiederAgb, t.wet, t.declaratienummer),
    check("declaraties_status_ck", sql`${t.status} in ('goedgekeurd', 'deels-goedgekeurd', 'afgekeurd')`),
  ],
);

/** One prestatie line of a declaratie, as received, with its outcome (approved, or the retourcodes). */
export const prestaties = pgTable(
  "prestaties",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    declaratieId: uuid("declaratie_id")
      .notNull()
      .references(() => declaraties.id),
    volgnummer: integer("volgnummer").notNull(),
    toewijzingId: uuid("toewijzing_id").references(() => toewijzingen.id),
    persoonId: uuid("persoon_id").references(() => personen.id),
    wet: text("wet", { enum: ["wmo", "jeugd"] }).notNull(),
    aanbiederAgb: char("aanbieder_agb", { length: 8 }).notNull(),
    referentienummer: text("referentienummer").notNull(),
    vorigReferentienummer: text("vorig_referentienummer"),
    toewijzingnummer: integer("toewijzingnummer"),
    productCategorie: text("product_categorie").notNull(),
    productCode: text("product_code").notNull(),
    begindatum: date("begindatum", { mode: "string" }).notNull(),
    einddatum: date("einddatum", { mode: "string" }).notNull(),
    volume: integer("volume").notNull(),
    eenheid: text("eenheid").notNull(),
    tarief: integer("tarief"),
    bedrag: integer("bedrag").notNull(),
    debetCredit: char("debet_credit", { length: 1 }).notNull(),
    goedgekeurd: boolean("goedgekeurd").notNull(),
    retourcodes: jsonb("retourcodes").notNull().default([]),
    meldingen: jsonb("meldingen").notNull().default([]),
  },
  (t) => [
    uniqueIndex("prestaties_regel_uq").on(t.declaratieId, t.volgnummer),
    index("prestaties_toewijzing_idx").on(t.gemeenteCode, t.toewijzingId, t.goedgekeurd),
    index("prestaties_referentie_idx").on(t.gemeenteCode, t.aanbiederAgb, t.wet, t.referentienummer),
    check("prestaties_dc_ck", sql`${t.debetCredit} in ('D', 'C')`),
  ],
);

/**
 * The expected cost of a toewijzing (domain/declaraties/kosten.ts), kept per toewijzing version and tariff
 * state (`tarievenStand`: ids and versions of the tariffs used), so committed spending can be summed in SQL.
 */
export const toewijzingKosten = pgTable("toewijzing_kosten", {
  toewijzingId: uuid("toewijzing_id")
    .primaryKey()
    .references(() => toewijzingen.id),
  gemeenteCode: gemeenteCode(),
  toewijzingVersie: integer("toewijzing_versie").notNull(),
  tarievenStand: text("tarieven_stand").notNull(),
  /** Eurocent; null when no total can be given (`uitleg` says why). */
  bedrag: bigint("bedrag", { mode: "number" }),
  uitleg: text("uitleg").notNull(),
  berekendOp: tijdstipNu("berekend_op"),
});

export type TariefRij = typeof tarieven.$inferSelect;
export type DeclaratieRij = typeof declaraties.$inferSelect;
export type PrestatieRij = typeof prestaties.$inferSelect;
