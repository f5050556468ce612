import { sql } from "drizzle-orm";
import { check, date, index, jsonb, pgTable, smallint, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { gebruikers } from "./gebruikers";
import { gemeenteCode, id, tijdstipNu, versie } from "./kolommen";
import { zaken } from "./zaken";

/**
 * Signs of Safety on a zaak (DOMAIN §5, domain/signs-of-safety): one per zaak, the current mapping in three
 * columns (`mapping`: items with their soort, a veiligheidsdoel paired with its gevaar). Its `versie` guards every
 * change of the whole (mapping, scale, plan): one If-Match for the section.
 */
export const signsOfSafety = pgTable(
  "signs_of_safety",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    /** domain/signs-of-safety#Mapping */
    mapping: jsonb("mapping").notNull().default({ items: [] }),
    gestartDoor: uuid("gestart_door")
      .notNull()
      .references(() => gebruikers.id),
    gestartOp: tijdstipNu("gestart_op"),
    gewijzigdOp: tijdstipNu("gewijzigd_op"),
    versie: versie(),
  },
  (t) => [uniqueIndex("signs_of_safety_zaak_uq").on(t.zaakId)],
);

/**
 * The veiligheidsschaal: one row per party's score per bijeenkomst (`rondeId` groups a round), appended only —
 * the app role may insert and read, never change or delete.
 */
export const veiligheidsschaalscores = pgTable(
  "veiligheidsschaalscores",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    signsOfSafetyId: uuid("signs_of_safety_id")
      .notNull()
      .references(() => signsOfSafety.id),
    rondeId: uuid("ronde_id").notNull(),
    datum: date("datum", { mode: "string" }).notNull(),
    /** bijeenkomst | evaluatie */
    aanleiding: text("aanleiding").notNull().default("bijeenkomst"),
    /** gezin | netwerk | professional */
    partij: text("partij").notNull(),
    wie: text("wie").notNull(),
    score: smallint("score").notNull(),
    vastgelegdDoor: uuid("vastgelegd_door")
      .notNull()
      .references(() => gebruikers.id),
    vastgelegdOp: tijdstipNu("vastgelegd_op"),
  },
  (t) => [
    index("veiligheidsschaalscores_sos_idx").on(t.signsOfSafetyId, t.datum),
    uniqueIndex("veiligheidsschaalscores_ronde_partij_uq").on(t.rondeId, t.partij),
    check("veiligheidsschaalscores_score_ck", sql`${t.score} between 0 and 10`),
    check("veiligheidsschaalscores_partij_ck", sql`${t.partij} in ('gezin', 'netwerk', 'professional')`),
    check("veiligheidsschaalscores_aanleiding_ck", sql`${t.aanleiding} in ('bijeenkomst', 'evaluatie')`),
  ],
);

/**
 * The veiligheidsplan built with the family from the mapping: its afspraken (per veiligheidsdoel who does what by
 * when), its status, the signature (date, who signed) and the evaluations. One per Signs of Safety.
 */
export const veiligheidsplannen = pgTable(
  "veiligheidsplannen",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    signsOfSafetyId: uuid("signs_of_safety_id")
      .notNull()
      .references(() => signsOfSafety.id),
    /** concept | definitief | ondertekend | geevalueerd */
    status: text("status").notNull().default("concept"),
    /** domain/signs-of-safety#Afspraak[] */
    afspraken: jsonb("afspraken").notNull().default([]),
    /** domain/signs-of-safety#Ondertekening, with who registered it */
    ondertekening: jsonb("ondertekening"),
    /** domain/signs-of-safety#Evaluatie[], oldest first */
    evaluaties: jsonb("evaluaties").notNull().default([]),
    gewijzigdOp: tijdstipNu("gewijzigd_op"),
  },
  (t) => [
    uniqueIndex("veiligheidsplannen_sos_uq").on(t.signsOfSafetyId),
    check(
      "veiligheidsplannen_status_ck",
      sql`${t.status} in ('concept', 'definitief', 'ondertekend', 'geevalueerd')`,
    ),
  ],
);
