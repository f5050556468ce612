import { sql } from "drizzle-orm";
import {
  char,
  check,
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
import { aanbieders } from "./aanbieders";
import { gebruikers } from "./gebruikers";
import { aangemaaktOp, gemeenteCode, gewijzigdOp, id, samenwerkingsverbandCode, versie } from "./kolommen";
import { personen } from "./personen";
import { gemeenten } from "./tenancy";
import { zaken } from "./zaken";

/** A contract of the samenwerkingsverband with a provider (regional; migration 0016). */
export const contracten = pgTable(
  "contracten",
  {
    id: id(),
    samenwerkingsverbandCode: samenwerkingsverbandCode(),
    aanbiederId: uuid("aanbieder_id")
      .notNull()
      .references(() => aanbieders.id),
    kenmerk: text("kenmerk").notNull(),
    omschrijving: text("omschrijving").notNull().default(""),
    ingangsdatum: date("ingangsdatum", { mode: "string" }).notNull(),
    einddatum: date("einddatum", { mode: "string" }),
    versie: versie(),
    aangemaaktOp: aangemaaktOp(),
    gewijzigdOp: gewijzigdOp(),
  },
  (t) => [
    uniqueIndex("contracten_kenmerk_uq").on(t.samenwerkingsverbandCode, t.kenmerk),
    index("contracten_aanbieder_idx").on(t.aanbiederId, t.ingangsdatum),
    check("contracten_periode_ck", sql`${t.einddatum} is null or ${t.einddatum} >= ${t.ingangsdatum}`),
  ],
);

/**
 * One line of a contract: in which gemeente the provider may deliver which product (productCode null =
 * the whole productcategorie), optionally the result (Resultatenmatrix) and interventieniveau. The
 * Verwijzingswijzer searches these lines.
 */
export const contractregels = pgTable(
  "contractregels",
  {
    id: id(),
    samenwerkingsverbandCode: samenwerkingsverbandCode(),
    contractId: uuid("contract_id")
      .notNull()
      .references(() => contracten.id, { onDelete: "cascade" }),
    gemeenteCode: gemeenteCode(),
    wet: text("wet", { enum: ["wmo", "jeugd"] }).notNull(),
    productCategorie: text("product_categorie").notNull(),
    productCode: text("product_code"),
    interventieniveau: integer("interventieniveau"),
    resultaat: text("resultaat"),
  },
  (t) => [
    index("contractregels_zoek_idx").on(
      t.samenwerkingsverbandCode,
      t.gemeenteCode,
      t.wet,
      t.productCategorie,
      t.productCode,
    ),
    index("contractregels_contract_idx").on(t.contractId),
  ],
);

/** A cliëntenstop for a provider, regional (gemeenteCode null) or for one gemeente. */
export const clientenstops = pgTable(
  "clientenstops",
  {
    id: id(),
    samenwerkingsverbandCode: samenwerkingsverbandCode(),
    aanbiederId: uuid("aanbieder_id")
      .notNull()
      .references(() => aanbieders.id),
    gemeenteCode: char("gemeente_code", { length: 4 }).references(() => gemeenten.code),
    van: date("van", { mode: "string" }).notNull(),
    tot: date("tot", { mode: "string" }),
    reden: text("reden").notNull(),
    aangekondigdDoor: uuid("aangekondigd_door").references(() => gebruikers.id),
    versie: versie(),
    aangemaaktOp: aangemaaktOp(),
    gewijzigdOp: gewijzigdOp(),
  },
  (t) => [
    index("clientenstops_aanbieder_idx").on(t.samenwerkingsverbandCode, t.aanbiederId, t.van),
    index("clientenstops_periode_idx").on(t.samenwerkingsverbandCode, t.tot),
  ],
);

/**
 * An individuele overeenkomst (IO): care outside the contracts for one client (zaak), requested by the
 * consulent and approved or refused by the teamleider (DOMAIN.md §2.3).
 */
export const individueleOvereenkomsten = pgTable(
  "individuele_overeenkomsten",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    aanbiederId: uuid("aanbieder_id")
      .notNull()
      .references(() => aanbieders.id),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    persoonId: uuid("persoon_id").references(() => personen.id),
    wet: text("wet", { enum: ["wmo", "jeugd"] }).notNull(),
    productCategorie: text("product_categorie").notNull(),
    productCode: text("product_code"),
    ingangsdatum: date("ingangsdatum", { mode: "string" }).notNull(),
    einddatum: date("einddatum", { mode: "string" }),
    /** Agreed tariff in eurocent per unit (optional). */
    tarief: integer("tarief"),
    motivering: text("motivering").notNull(),
    status: text("status", { enum: ["aangevraagd", "goedgekeurd", "afgewezen", "beeindigd"] })
      .notNull()
      .default("aangevraagd"),
    aangevraagdDoor: uuid("aangevraagd_door").references(() => gebruikers.id),
    beoordeeldDoor: uuid("beoordeeld_door").references(() => gebruikers.id),
    beoordeeldOp: timestamp("beoordeeld_op", { withTimezone: true }),
    beoordelingToelichting: text("beoordeling_toelichting"),
    versie: versie(),
    aangemaaktOp: aangemaaktOp(),
    gewijzigdOp: gewijzigdOp(),
  },
  (t) => [
    index("individuele_overeenkomsten_aanbieder_idx").on(t.gemeenteCode, t.aanbiederId, t.status),
    index("individuele_overeenkomsten_zaak_idx").on(t.zaakId),
    index("individuele_overeenkomsten_status_idx").on(t.gemeenteCode, t.status, t.aangemaaktOp),
    check(
      "individuele_overeenkomsten_periode_ck",
      sql`${t.einddatum} is null or ${t.einddatum} >= ${t.ingangsdatum}`,
    ),
  ],
);

/** A kwaliteits- or contractsignaal about a provider on the gemeente's signal list. */
export const aanbiederSignalen = pgTable(
  "aanbieder_signalen",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    aanbiederId: uuid("aanbieder_id")
      .notNull()
      .references(() => aanbieders.id),
    soort: text("soort", { enum: ["kwaliteit", "contract"] }).notNull(),
    onderwerp: text("onderwerp").notNull(),
    omschrijving: text("omschrijving").notNull(),
    status: text("status", { enum: ["nieuw", "in-behandeling", "maatregel", "afgesloten"] })
      .notNull()
      .default("nieuw"),
    kwaliteitsmanagerId: uuid("kwaliteitsmanager_id").references(() => gebruikers.id),
    ontvangenOp: date("ontvangen_op", { mode: "string" }).notNull(),
    /** [{ tijdstip, door (naam), vanStatus, naarStatus, notitie }] — the follow-up history. */
    opvolging: jsonb("opvolging").notNull().default([]),
    geregistreerdDoor: uuid("geregistreerd_door").references(() => gebruikers.id),
    versie: versie(),
    aangemaaktOp: aangemaaktOp(),
    gewijzigdOp: gewijzigdOp(),
  },
  (t) => [
    index("aanbieder_signalen_lijst_idx").on(t.gemeenteCode, t.status, t.ontvangenOp),
    index("aanbieder_signalen_aanbieder_idx").on(t.gemeenteCode, t.aanbiederId),
  ],
);
