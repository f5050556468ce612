import { sql } from "drizzle-orm";
import {
  boolean,
  char,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { documenten } from "./documenten";
import { gebruikers } from "./gebruikers";
import { aangemaaktOp, gemeenteCode, id, versie } from "./kolommen";
import { zaken } from "./zaken";

/**
 * A besluit (beschikking) on a zaak: toekenning, afwijzing, wijziging or beëindiging. The letter is a document;
 * `producten` is a snapshot of what was decided (with catalogue names), the toewijzingen for ZIN point here.
 * `status`: geldig (in force), vervangen (by a later besluit), herroepen / herzien (after bezwaar).
 */
export const besluiten = pgTable(
  "besluiten",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    soort: text("soort").notNull(),
    besluitdatum: date("besluitdatum", { mode: "string" }).notNull(),
    leveringsvorm: text("leveringsvorm"),
    producten: jsonb("producten").notNull().default([]),
    reden: text("reden"),
    einddatum: date("einddatum", { mode: "string" }),
    nieuweGemeente: text("nieuwe_gemeente"),
    /** Eurocent. */
    terugvordering: integer("terugvordering"),
    motivering: text("motivering").notNull().default(""),
    /** { id, versie, ondertekendOp } of the signed plan the besluit answers. */
    plan: jsonb("plan"),
    kenmerk: text("kenmerk").notNull(),
    documentId: uuid("document_id")
      .notNull()
      .references(() => documenten.id),
    bezwaarUiterlijk: date("bezwaar_uiterlijk", { mode: "string" }),
    status: text("status").notNull().default("geldig"),
    /** { wijze: "e-mail" | "post", aan? } */
    verzending: jsonb("verzending").notNull(),
    genomenDoor: uuid("genomen_door")
      .notNull()
      .references(() => gebruikers.id),
    aangemaaktOp: aangemaaktOp(),
    versie: versie(),
  },
  (t) => [index("besluiten_zaak_idx").on(t.zaakId, t.aangemaaktOp)],
);

/** A bezwaar against a besluit, its outcome and the letter with the beslissing op bezwaar. */
export const bezwaren = pgTable(
  "bezwaren",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    besluitId: uuid("besluit_id")
      .notNull()
      .references(() => besluiten.id),
    ontvangenOp: date("ontvangen_op", { mode: "string" }).notNull(),
    gronden: text("gronden").notNull(),
    adviescommissie: boolean("adviescommissie").notNull().default(false),
    teLaat: boolean("te_laat").notNull().default(false),
    uitkomst: text("uitkomst"),
    beslistOp: date("beslist_op", { mode: "string" }),
    toelichting: text("toelichting").notNull().default(""),
    documentId: uuid("document_id").references(() => documenten.id),
    /** The medewerker who registered it; null when the resident submitted it in Mijn Voordeur. */
    geregistreerdDoor: uuid("geregistreerd_door").references(() => gebruikers.id),
    ingediendVia: text("ingediend_via", { enum: ["medewerker", "portaal"] })
      .notNull()
      .default("medewerker"),
    beslistDoor: uuid("beslist_door").references(() => gebruikers.id),
    aangemaaktOp: aangemaaktOp(),
    versie: versie(),
  },
  (t) => [index("bezwaren_zaak_idx").on(t.zaakId, t.aangemaaktOp)],
);

/** A planned evaluation moment (from the signed plan, or the standard one); done when an evaluatie is recorded. */
export const evaluatiemomenten = pgTable(
  "evaluatiemomenten",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    besluitId: uuid("besluit_id").references(() => besluiten.id),
    datum: date("datum", { mode: "string" }).notNull(),
    wijze: text("wijze").notNull(),
    evaluatieId: uuid("evaluatie_id"),
    aangemaaktOp: aangemaaktOp(),
  },
  (t) => [
    index("evaluatiemomenten_zaak_idx").on(t.zaakId, t.datum),
    index("evaluatiemomenten_open_idx").on(t.gemeenteCode, t.datum).where(sql`evaluatie_id is null`),
  ],
);

/** An evaluatieverslag (uniform NMD evaluatieformulier) and its outcome. */
export const evaluaties = pgTable(
  "evaluaties",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    datum: date("datum", { mode: "string" }).notNull(),
    uitkomst: text("uitkomst").notNull(),
    verslag: jsonb("verslag").notNull(),
    /** { medewerkerId, datum, verslag } of the four-eyes consultation with the buurtteam. */
    vierOgen: jsonb("vier_ogen"),
    ingevuldDoor: uuid("ingevuld_door")
      .notNull()
      .references(() => gebruikers.id),
    aangemaaktOp: aangemaaktOp(),
  },
  (t) => [index("evaluaties_zaak_idx").on(t.zaakId, t.datum)],
);

/** Closing a zaak: reason, closing letter, survey invitation and the dossier's retention date. */
export const afsluitingen = pgTable(
  "afsluitingen",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    datum: date("datum", { mode: "string" }).notNull(),
    reden: text("reden").notNull(),
    toelichting: text("toelichting").notNull().default(""),
    eindeZorg: date("einde_zorg", { mode: "string" }).notNull(),
    bewarenTot: date("bewaren_tot", { mode: "string" }).notNull(),
    bewaarBron: text("bewaar_bron").notNull(),
    documentId: uuid("document_id")
      .notNull()
      .references(() => documenten.id),
    enqueteUitnodigingId: uuid("enquete_uitnodiging_id"),
    afgeslotenDoor: uuid("afgesloten_door")
      .notNull()
      .references(() => gebruikers.id),
    aangemaaktOp: aangemaaktOp(),
  },
  (t) => [
    index("afsluitingen_zaak_idx").on(t.zaakId, t.aangemaaktOp),
    index("afsluitingen_bewaren_idx").on(t.gemeenteCode, t.bewarenTot),
  ],
);

/** An invitation to the cliëntervaringsonderzoek: a unique code (link or paper). Answers do not point here. */
export const enqueteUitnodigingen = pgTable(
  "enquete_uitnodigingen",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    code: text("code").notNull(),
    zaaktype: text("zaaktype").notNull(),
    kanaal: text("kanaal").notNull(),
    verstuurdOp: date("verstuurd_op", { mode: "string" }).notNull(),
    beantwoord: boolean("beantwoord").notNull().default(false),
    aangemaaktOp: aangemaaktOp(),
  },
  (t) => [
    uniqueIndex("enquete_uitnodigingen_code_uq").on(t.code),
    index("enquete_uitnodigingen_zaak_idx").on(t.zaakId),
    index("enquete_uitnodigingen_verstuurd_idx").on(t.gemeenteCode, t.verstuurdOp),
  ],
);

/**
 * Anonymous survey answers: no code, zaak, person or timestamp — only gemeente, zaaktype and month —
 * so they cannot be linked back to the resident.
 */
export const enqueteAntwoorden = pgTable(
  "enquete_antwoorden",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaaktype: text("zaaktype").notNull(),
    /** YYYY-MM */
    periode: char("periode", { length: 7 }).notNull(),
    antwoorden: jsonb("antwoorden").notNull(),
  },
  (t) => [index("enquete_antwoorden_periode_idx").on(t.gemeenteCode, t.periode)],
);
