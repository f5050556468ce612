import { and, asc, count, eq, isNull, lt, lte, type SQL, sql } from "drizzle-orm";
import { nu } from "../lib/klok";
import { type Executor, rijen } from "./client";
import { gebruikers, personen, zaakGebeurtenissen, zaakPersonen, zaken } from "./schema";

export type ZaakRij = typeof zaken.$inferSelect;

/** Name and id of a zaak's hoofdpersoon, as subqueries for lists (the zaak is "zaken"."id"). */
export const HOOFDPERSOON_NAAM = sql<string | null>`(
  select concat_ws(' ', p.voornamen, p.voorvoegsel, p.geslachtsnaam)
  from ${zaakPersonen} zp join ${personen} p on p.id = zp.persoon_id
  where zp.zaak_id = "zaken"."id" and zp.rol = 'hoofdpersoon' limit 1)`;
export const HOOFDPERSOON_ID = sql<string | null>`(
  select zp.persoon_id from ${zaakPersonen} zp where zp.zaak_id = "zaken"."id" and zp.rol = 'hoofdpersoon' limit 1)`;

/** "Z-2026-000123": year of the melding plus a number from one sequence. */
export async function nieuwZaaknummer(tx: Executor, meldingsdatum: string): Promise<string> {
  const [rij] = await rijen<{ n: string }>(tx, sql`select nextval('zaaknummer_seq')::text as n`);
  return `Z-${meldingsdatum.slice(0, 4)}-${(rij?.n ?? "0").padStart(6, "0")}`;
}

export async function voegZaakToe(
  tx: Executor,
  waarden: typeof zaken.$inferInsert,
  betrokkenen: { persoonId: string; rol: string }[],
  gebeurtenis: Omit<typeof zaakGebeurtenissen.$inferInsert, "zaakId" | "gemeenteCode">,
): Promise<ZaakRij> {
  const [zaak] = await tx.insert(zaken).values(waarden).returning();
  if (!zaak) throw new Error("insert zaak gaf geen rij terug");
  await tx
    .insert(zaakPersonen)
    .values(betrokkenen.map((b) => ({ ...b, zaakId: zaak.id, gemeenteCode: zaak.gemeenteCode })));
  await tx
    .insert(zaakGebeurtenissen)
    .values({ ...gebeurtenis, zaakId: zaak.id, gemeenteCode: zaak.gemeenteCode });
  return zaak;
}

export async function haalZaak(tx: Executor, id: string): Promise<ZaakRij | undefined> {
  const [rij] = await tx.select().from(zaken).where(eq(zaken.id, id)).limit(1);
  return rij;
}

export async function personenVanZaak(tx: Executor, zaakId: string) {
  return tx
    .select({
      persoonId: zaakPersonen.persoonId,
      rol: zaakPersonen.rol,
      voornamen: personen.voornamen,
      voorvoegsel: personen.voorvoegsel,
      geslachtsnaam: personen.geslachtsnaam,
      geboortedatum: personen.geboortedatum,
    })
    .from(zaakPersonen)
    .innerJoin(personen, eq(personen.id, zaakPersonen.persoonId))
    .where(eq(zaakPersonen.zaakId, zaakId))
    .orderBy(asc(zaakPersonen.rol));
}

export async function naamVanGebruiker(tx: Executor, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [rij] = await tx
    .select({ naam: gebruikers.naam })
    .from(gebruikers)
    .where(eq(gebruikers.id, id))
    .limit(1);
  return rij?.naam ?? null;
}

/** Open zaken and overdue deadlines per werkvoorraad (one grouped query on the werkvoorraad index). */
export async function tellingenPerWerkvoorraad(
  tx: Executor,
  vandaag: string,
): Promise<Map<string, { aantal: number; verlopen: number }>> {
  const rijen_ = await tx
    .select({
      werkvoorraad: zaken.werkvoorraad,
      aantal: count(),
      verlopen: sql<number>`count(*) filter (where ${zaken.volgendeTermijnDatum} < ${vandaag})::int`,
    })
    .from(zaken)
    .where(isNull(zaken.afgeslotenOp))
    .groupBy(zaken.werkvoorraad);
  return new Map(rijen_.map((r) => [r.werkvoorraad, { aantal: r.aantal, verlopen: r.verlopen }]));
}

export interface ZaakLijstFilter {
  /** One werkvoorraad; without it the list spans all of them (as "Mijn zaken" does). */
  werkvoorraad?: string | undefined;
  behandelaarId?: string | undefined;
  wijkCode?: string | undefined;
  status?: string | undefined;
  alleenVerlopen?: boolean | undefined;
  /** Nearest deadline on or before this date (overdue included). */
  termijnTot?: string | undefined;
  alleenSpoed?: boolean | undefined;
  vandaag: string;
}

/** Where a page of a list starts: after the key of the previous page's last zaak (keyset), or at an offset. */
export type Lijstplek = { na: Lijstsleutel } | { pagina: number };

/** A zaak's place in the list order: spoed, nearest deadline (null: none), id. */
export interface Lijstsleutel {
  spoed: boolean;
  datum: string | null;
  id: string;
}

// The list order as one ascending key, exactly the expressions of the indexes of migration 0041.
const LIJSTVOLGORDE: SQL[] = [
  sql`(not ${zaken.spoed})`,
  sql`(coalesce(${zaken.volgendeTermijnDatum}, 'infinity'::date))`,
  sql`${zaken.id}`,
];

/**
 * A page of open zaken: crisis and spoed first, then the nearest deadline (zaken without one last). Read in the
 * order of the indexes zaken_werkvoorraad_volgorde_idx / zaken_behandelaar_volgorde_idx: after a key it is one
 * range scan whatever the depth (no OFFSET walk); `volgende` is the key to ask the next page with.
 */
export async function zakenInLijst(
  tx: Executor,
  filter: ZaakLijstFilter,
  plek: Lijstplek,
  perPagina: number,
) {
  const waar = and(
    filter.werkvoorraad ? eq(zaken.werkvoorraad, filter.werkvoorraad) : undefined,
    isNull(zaken.afgeslotenOp),
    filter.behandelaarId ? eq(zaken.behandelaarId, filter.behandelaarId) : undefined,
    filter.wijkCode ? eq(zaken.wijkCode, filter.wijkCode) : undefined,
    filter.status ? eq(zaken.status, filter.status) : undefined,
    filter.alleenVerlopen ? lt(zaken.volgendeTermijnDatum, filter.vandaag) : undefined,
    filter.termijnTot ? lte(zaken.volgendeTermijnDatum, filter.termijnTot) : undefined,
    filter.alleenSpoed ? eq(zaken.spoed, true) : undefined,
  );
  const na =
    "na" in plek
      ? sql`(${sql.join(LIJSTVOLGORDE, sql`, `)}) > (${!plek.na.spoed}, coalesce(${plek.na.datum}::date, 'infinity'::date), ${plek.na.id}::uuid)`
      : undefined;
  const gelezen = await tx
    .select({
      zaak: zaken,
      behandelaar: gebruikers.naam,
      hoofdpersoon: HOOFDPERSOON_NAAM,
      hoofdpersoonId: HOOFDPERSOON_ID,
    })
    .from(zaken)
    .leftJoin(gebruikers, eq(gebruikers.id, zaken.behandelaarId))
    .where(and(waar, na))
    .orderBy(...LIJSTVOLGORDE)
    .limit(perPagina + 1)
    .offset("pagina" in plek ? (plek.pagina - 1) * perPagina : 0);
  const items = gelezen.slice(0, perPagina);
  const laatste = items.at(-1)?.zaak;
  const volgende: Lijstsleutel | null =
    gelezen.length > perPagina && laatste
      ? { spoed: laatste.spoed, datum: laatste.volgendeTermijnDatum, id: laatste.id }
      : null;
  // Counting is capped: a werkvoorraad of 100 000 open zaken needs no exact number on every page view.
  const [telling] = await rijen<{ n: number }>(
    tx,
    sql`select count(*)::int as n from (select 1 from ${zaken} where ${waar} limit ${MAX_GETELD + 1}) t`,
  );
  return { items, volgende, totaal: telling?.n ?? 0 };
}

/** Counts above this are shown as "meer dan 10 000". */
export const MAX_GETELD = 10_000;

/** Saves a changed zaak only when it is still at `versie` (optimistic locking); undefined = stale. */
export async function werkZaakBij(
  tx: Executor,
  id: string,
  versie: number,
  waarden: Partial<typeof zaken.$inferInsert>,
): Promise<ZaakRij | undefined> {
  const [rij] = await tx
    .update(zaken)
    .set({ ...waarden, versie: sql`${zaken.versie} + 1`, gewijzigdOp: nu() })
    .where(and(eq(zaken.id, id), eq(zaken.versie, versie)))
    .returning();
  return rij;
}

export async function voegGebeurtenisToe(tx: Executor, waarden: typeof zaakGebeurtenissen.$inferInsert) {
  await tx.insert(zaakGebeurtenissen).values(waarden);
}

/** Status history, oldest first, with who did it. */
export async function historieVanZaak(tx: Executor, zaakId: string) {
  return tx
    .select({
      tijdstip: zaakGebeurtenissen.tijdstip,
      soort: zaakGebeurtenissen.soort,
      vanStatus: zaakGebeurtenissen.vanStatus,
      naarStatus: zaakGebeurtenissen.naarStatus,
      door: gebruikers.naam,
      toelichting: zaakGebeurtenissen.toelichting,
    })
    .from(zaakGebeurtenissen)
    .leftJoin(gebruikers, eq(gebruikers.id, zaakGebeurtenissen.medewerkerId))
    .where(eq(zaakGebeurtenissen.zaakId, zaakId))
    .orderBy(asc(zaakGebeurtenissen.tijdstip))
    .limit(500);
}

/** Open zaken on a medewerker's name whose nearest deadline is on or before `tot` (overdue included). */
export async function termijnenVanBehandelaar(tx: Executor, behandelaarId: string, tot: string) {
  return tx
    .select({
      zaak: zaken,
      hoofdpersoon: HOOFDPERSOON_NAAM,
      hoofdpersoonId: HOOFDPERSOON_ID,
    })
    .from(zaken)
    .where(
      and(
        eq(zaken.behandelaarId, behandelaarId),
        isNull(zaken.afgeslotenOp),
        sql`${zaken.volgendeTermijnDatum} <= ${tot}`,
      ),
    )
    .orderBy(asc(zaken.volgendeTermijnDatum), asc(zaken.id))
    .limit(200);
}
