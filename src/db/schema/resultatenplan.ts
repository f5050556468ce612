import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
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
import { zaken } from "./zaken";

/**
 * A published version of the regional Resultatenmatrix (domains → hoofdresultaten → subresultaten).
 * Rows are never changed: publishing makes a new version, and a resultatenplan keeps the version it used.
 */
export const resultatenmatrixVersies = pgTable(
  "resultatenmatrix_versies",
  {
    id: id(),
    samenwerkingsverbandCode: samenwerkingsverbandCode(),
    versie: integer("versie").notNull(),
    geldigVanaf: date("geldig_vanaf", { mode: "string" }).notNull(),
    toelichting: text("toelichting").notNull(),
    /** { hoofdresultaten: [{ code, domein, omschrijving, subresultaten: [{ code, omschrijving, stap }] }] } */
    matrix: jsonb("matrix").notNull(),
    /** A plausible example set (the public documents do not list the real matrix). */
    voorbeeld: boolean("voorbeeld").notNull().default(false),
    gepubliceerdDoor: uuid("gepubliceerd_door"),
    gepubliceerdOp: tijdstipNu("gepubliceerd_op"),
  },
  (t) => [
    uniqueIndex("resultatenmatrix_versies_uq").on(t.samenwerkingsverbandCode, t.versie),
    index("resultatenmatrix_versies_geldig_idx").on(t.samenwerkingsverbandCode, t.geldigVanaf),
  ],
);

/**
 * The resultatenplan ("plan wat") of a zaak — one per zaak, for the whole family where possible.
 * `inhoud` is the current content; every change is kept in `resultatenplan_versies`.
 */
export const resultatenplannen = pgTable(
  "resultatenplannen",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    /** concept → definitief → ter-ondertekening → ondertekend */
    status: text("status").notNull(),
    versie: versie(),
    matrixVersieId: uuid("matrix_versie_id")
      .notNull()
      .references(() => resultatenmatrixVersies.id),
    inhoud: jsonb("inhoud").notNull(),
    /** { wijze: "scan" | "persoonlijk", datum, documentId?, geregistreerdDoor, versie } of the last signing. */
    ondertekening: jsonb("ondertekening"),
    /** The letter (document) with which the definitive plan was sent to the resident for signing. */
    briefDocumentId: uuid("brief_document_id"),
    aangemaaktDoor: uuid("aangemaakt_door").references(() => gebruikers.id),
    aangemaaktOp: aangemaaktOp(),
    gewijzigdOp: gewijzigdOp(),
  },
  (t) => [uniqueIndex("resultatenplannen_zaak_uq").on(t.zaakId)],
);

/** Every version of a resultatenplan, as it was (content, status and who changed it). */
export const resultatenplanVersies = pgTable(
  "resultatenplan_versies",
  {
    planId: uuid("plan_id")
      .notNull()
      .references(() => resultatenplannen.id),
    versie: integer("versie").notNull(),
    gemeenteCode: gemeenteCode(),
    status: text("status").notNull(),
    /** What changed: opgeslagen, definitief, ter-ondertekening, ondertekend, heropend… */
    gebeurtenis: text("gebeurtenis").notNull(),
    matrixVersieId: uuid("matrix_versie_id").notNull(),
    inhoud: jsonb("inhoud").notNull(),
    ondertekening: jsonb("ondertekening"),
    gewijzigdDoor: uuid("gewijzigd_door").references(() => gebruikers.id),
    gewijzigdOp: gewijzigdOp(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.versie] })],
);

/**
 * A teamleider's signature on a plan: a deviation after the Omgekeerde Toets (`afwijking`) or a request for
 * an individuele overeenkomst (`individuele-overeenkomst`). Never changed; a new one is given instead.
 */
export const planGoedkeuringen = pgTable(
  "plan_goedkeuringen",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => resultatenplannen.id),
    soort: text("soort").notNull(),
    planVersie: integer("plan_versie").notNull(),
    motivering: text("motivering").notNull(),
    gegevenDoor: uuid("gegeven_door")
      .notNull()
      .references(() => gebruikers.id),
    gegevenOp: tijdstipNu("gegeven_op"),
  },
  (t) => [index("plan_goedkeuringen_plan_idx").on(t.planId, t.soort)],
);
