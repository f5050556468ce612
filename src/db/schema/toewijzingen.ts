import { sql } from "drizzle-orm";
import {
  char,
  check,
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
import { aangemaaktOp, gemeenteCode, gewijzigdOp, id, tijdstipNu, versie } from "./kolommen";
import { personen } from "./personen";
import { zaken } from "./zaken";

/**
 * A toewijzing: one product assigned to one aanbieder for one client (iWmo/iJw ToegewezenProduct).
 * Created when a ZIN besluit is taken (or when a 315 verzoek om toewijzing is granted); sent to the
 * provider in a 301. `toewijzingnummer` is unique per gemeente per law (≤ 9 digits). A change keeps the
 * number and sets `redenWijziging`; deletion = einddatum equal to ingangsdatum with reden 13.
 * Delivery status follows the provider's 305 (start zorg) and 307 (stop zorg).
 */
export const toewijzingen = pgTable(
  "toewijzingen",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    /** The besluit (beschikking) this toewijzing executes; null for one granted on a 315 without a besluit row. */
    besluitId: uuid("besluit_id"),
    persoonId: uuid("persoon_id")
      .notNull()
      .references(() => personen.id),
    wet: text("wet", { enum: ["wmo", "jeugd"] }).notNull(),
    toewijzingnummer: integer("toewijzingnummer").notNull(),
    aanbiederAgb: char("aanbieder_agb", { length: 8 }).notNull(),
    productCategorie: text("product_categorie").notNull(),
    productCode: text("product_code"),
    ingangsdatum: date("ingangsdatum", { mode: "string" }).notNull(),
    einddatum: date("einddatum", { mode: "string" }),
    /** { volume: number, eenheid: WJ756 code, frequentie: WMO757 code } — or `budget`, never both. */
    omvang: jsonb("omvang"),
    /** Budget in eurocent. */
    budget: integer("budget"),
    /** JZ002 / WMO002 code of the last change (null for a new toewijzing). */
    redenWijziging: text("reden_wijziging"),
    /** ReferentieAanbieder of the 315/317 this answers. */
    referentieAanbieder: text("referentie_aanbieder"),
    /** Toewijzingsdatum + Toewijzingstijd of the current version. */
    toewijzingsmoment: tijdstipNu("toewijzingsmoment"),
    /** Delivery as reported by the provider: 305 start zorg, 307 stop zorg. */
    zorgGestartOp: date("zorg_gestart_op", { mode: "string" }),
    zorgGestoptOp: date("zorg_gestopt_op", { mode: "string" }),
    redenBeeindiging: text("reden_beeindiging"),
    /** Free-form extra facts (e.g. the BerichtIdentificatie of the 305 that started it). */
    gegevens: jsonb("gegevens").notNull().default({}),
    versie: versie(),
    aangemaaktOp: aangemaaktOp(),
    gewijzigdOp: gewijzigdOp(),
  },
  (t) => [
    uniqueIndex("toewijzingen_nummer_uq").on(t.gemeenteCode, t.wet, t.toewijzingnummer),
    index("toewijzingen_client_idx").on(t.gemeenteCode, t.persoonId, t.aanbiederAgb),
    index("toewijzingen_zaak_idx").on(t.zaakId),
    check("toewijzingen_omvang_of_budget_ck", sql`not (${t.omvang} is not null and ${t.budget} is not null)`),
    check("toewijzingen_periode_ck", sql`${t.einddatum} is null or ${t.einddatum} >= ${t.ingangsdatum}`),
  ],
);

/** The last toewijzingnummer handed out per gemeente per law (numbers are never reused). */
export const toewijzingnummers = pgTable(
  "toewijzingnummers",
  {
    gemeenteCode: gemeenteCode(),
    wet: text("wet", { enum: ["wmo", "jeugd"] }).notNull(),
    laatste: integer("laatste").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.gemeenteCode, t.wet] })],
);
