import { sql } from "drizzle-orm";
import { boolean, date, index, jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { gebruikers } from "./gebruikers";
import { aangemaaktOp, gemeenteCode, gewijzigdOp, id, tijdstipNu, versie } from "./kolommen";
import { personen } from "./personen";

/**
 * A zaak. Its dated facts (melding, onderzoek afgerond, aanvraag, besluit, opschortingen, …) live in
 * `feiten`; the termijnen are computed from them by domain/termijnen, and the nearest open deadline is
 * kept in `volgendeTermijnDatum` so werkvoorraden can sort on an index.
 */
export const zaken = pgTable(
  "zaken",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaaknummer: text("zaaknummer").notNull(),
    zaaktype: text("zaaktype").notNull(),
    status: text("status").notNull(),
    werkvoorraad: text("werkvoorraad").notNull(),
    behandelaarId: uuid("behandelaar_id").references(() => gebruikers.id),
    meldingsdatum: date("meldingsdatum", { mode: "string" }).notNull(),
    kanaal: text("kanaal").notNull(),
    omschrijving: text("omschrijving").notNull(),
    veiligheid: text("veiligheid").notNull(),
    leefgebieden: text("leefgebieden").array().notNull().default([]),
    wijkCode: text("wijk_code"),
    feiten: jsonb("feiten").notNull().default({}),
    volgendeTermijnDatum: date("volgende_termijn_datum", { mode: "string" }),
    volgendeTermijnSoort: text("volgende_termijn_soort"),
    afgeslotenOp: date("afgesloten_op", { mode: "string" }),
    /** Crisis (veiligheid) or spoed (the routing at the melding): shown on top of every werkvoorraad. */
    spoed: boolean("spoed")
      .notNull()
      .generatedAlwaysAs(sql`veiligheid = 'crisis' or coalesce((feiten->>'spoed')::boolean, false)`),
    versie: versie(),
    aangemaaktOp: aangemaaktOp(),
    gewijzigdOp: gewijzigdOp(),
  },
  (t) => [
    index("zaken_behandelaar_idx")
      .on(t.gemeenteCode, t.behandelaarId, t.volgendeTermijnDatum)
      .where(sql`afgesloten_op is null`),
    // The list order as one ascending key (db/zaken.ts#LIJSTVOLGORDE, migration 0041): pages by key.
    index("zaken_werkvoorraad_volgorde_idx")
      .on(
        t.gemeenteCode,
        t.werkvoorraad,
        sql`(not ${t.spoed})`,
        sql`(coalesce(${t.volgendeTermijnDatum}, 'infinity'::date))`,
        t.id,
      )
      .where(sql`afgesloten_op is null`),
    index("zaken_behandelaar_volgorde_idx")
      .on(
        t.gemeenteCode,
        t.behandelaarId,
        sql`(not ${t.spoed})`,
        sql`(coalesce(${t.volgendeTermijnDatum}, 'infinity'::date))`,
        t.id,
      )
      .where(sql`afgesloten_op is null`),
  ],
);

/** A person's role on a zaak (hoofdpersoon, gezinslid, melder, gezaghebbende, vertegenwoordiger). */
export const zaakPersonen = pgTable(
  "zaak_personen",
  {
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    persoonId: uuid("persoon_id")
      .notNull()
      .references(() => personen.id),
    rol: text("rol").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.zaakId, t.persoonId, t.rol] }),
    index("zaak_personen_persoon_idx").on(t.persoonId),
  ],
);

/** Status history and other recorded steps of a zaak: who, when, why. */
export const zaakGebeurtenissen = pgTable(
  "zaak_gebeurtenissen",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id")
      .notNull()
      .references(() => zaken.id),
    tijdstip: tijdstipNu("tijdstip"),
    medewerkerId: uuid("gebruiker_id").references(() => gebruikers.id),
    soort: text("soort").notNull(),
    vanStatus: text("van_status"),
    naarStatus: text("naar_status"),
    toelichting: text("toelichting"),
    gegevens: jsonb("gegevens").notNull().default({}),
  },
  (t) => [index("zaak_gebeurtenissen_zaak_idx").on(t.zaakId, t.tijdstip)],
);

/**
 * Journaal: notes on a zaak or a person. `werkaantekening` = persoonlijke werkaantekening, visible to
 * its author only and never part of an inzage.
 */
export const journaal = pgTable(
  "journaal",
  {
    id: id(),
    gemeenteCode: gemeenteCode(),
    zaakId: uuid("zaak_id").references(() => zaken.id),
    persoonId: uuid("persoon_id").references(() => personen.id),
    auteurId: uuid("auteur_id")
      .notNull()
      .references(() => gebruikers.id),
    zichtbaarheid: text("zichtbaarheid", { enum: ["dossier", "werkaantekening"] }).notNull(),
    tekst: text("tekst").notNull(),
    tijdstip: tijdstipNu("tijdstip"),
  },
  (t) => [index("journaal_zaak_idx").on(t.zaakId, t.tijdstip), index("journaal_persoon_idx").on(t.persoonId)],
);
