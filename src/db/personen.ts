import { type AnyColumn, and, asc, eq, gte, inArray, lte, type SQL, sql } from "drizzle-orm";
import { nu } from "../lib/klok";
import type { Executor } from "./client";
import {
  gebruikers,
  netwerkleden,
  personen,
  persoonRelaties,
  wijken,
  wijkPostcodes,
  zaakPersonen,
  zaken,
} from "./schema";

export type PersoonRij = typeof personen.$inferSelect;
export type NieuwePersoonRij = typeof personen.$inferInsert;

/** The wijk/dorp of a postcode in the gemeente's postcode table, if any. */
export async function wijkVoorPostcode(tx: Executor, postcode: string): Promise<string | null> {
  const [rij] = await tx
    .select({ wijkCode: wijkPostcodes.wijkCode })
    .from(wijkPostcodes)
    .where(and(lte(wijkPostcodes.postcodeVan, postcode), gte(wijkPostcodes.postcodeTot, postcode)))
    .orderBy(sql`${wijkPostcodes.postcodeVan} desc`)
    .limit(1);
  return rij?.wijkCode ?? null;
}

export async function wijkNaam(tx: Executor, code: string | null): Promise<string | null> {
  if (!code) return null;
  const [rij] = await tx.select({ naam: wijken.naam }).from(wijken).where(eq(wijken.code, code)).limit(1);
  return rij?.naam ?? null;
}

/** Names of several wijken in one query. */
export async function wijkNamen(tx: Executor, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rijen_ = await tx
    .select({ code: wijken.code, naam: wijken.naam })
    .from(wijken)
    .where(inArray(wijken.code, [...codes]));
  return new Map(rijen_.map((r) => [r.code, r.naam]));
}

export async function voegPersoonToe(tx: Executor, waarden: NieuwePersoonRij): Promise<PersoonRij> {
  const [rij] = await tx.insert(personen).values(waarden).returning();
  if (!rij) throw new Error("insert persoon gaf geen rij terug");
  return rij;
}

export async function haalPersoon(tx: Executor, id: string): Promise<PersoonRij | undefined> {
  const [rij] = await tx.select().from(personen).where(eq(personen.id, id)).limit(1);
  return rij;
}

/** Updates a person only when the stored version is `versie`; undefined = stale or gone. */
export async function wijzigPersoon(
  tx: Executor,
  id: string,
  versie: number,
  waarden: Partial<NieuwePersoonRij>,
): Promise<PersoonRij | undefined> {
  const [rij] = await tx
    .update(personen)
    .set({ ...waarden, versie: sql`${personen.versie} + 1`, gewijzigdOp: nu() })
    .where(and(eq(personen.id, id), eq(personen.versie, versie)))
    .returning();
  return rij;
}

/** A structured search; built by domain/persoon/naam.ts#zoektermen from what the user typed. */
export type PersoonZoekvraag =
  | { soort: "bsnIndex"; bsnIndex: string }
  | { soort: "geboortedatum"; datum: string }
  | { soort: "postcode"; postcode: string; huisnummer?: number | undefined }
  | { soort: "naam"; geslachtsnaam: string; voorvoegsel?: string | undefined; voornaam?: string | undefined };

/**
 * Prefix match as a range on a collation-"C" column (byte order). Unlike LIKE, >= and < are leakproof, so
 * PostgreSQL can use the index under row-level security (a LIKE would scan the whole gemeente).
 */
function beginMet(kolom: AnyColumn, prefix: string): SQL {
  return sql`(${kolom} >= ${prefix} and ${kolom} < ${`${prefix}\u{10FFFF}`})`;
}

function zoekVoorwaarde(vraag: PersoonZoekvraag): SQL | undefined {
  switch (vraag.soort) {
    case "bsnIndex":
      return eq(personen.bsnIndex, vraag.bsnIndex);
    case "geboortedatum":
      return eq(personen.geboortedatum, vraag.datum);
    case "postcode":
      return and(
        eq(personen.postcode, vraag.postcode),
        vraag.huisnummer === undefined ? undefined : eq(personen.huisnummer, vraag.huisnummer),
      );
    case "naam":
      return and(
        beginMet(personen.zoekGeslachtsnaam, vraag.geslachtsnaam),
        vraag.voorvoegsel
          ? sql`lower(coalesce(${personen.voorvoegsel}, '')) = ${vraag.voorvoegsel.toLowerCase()}`
          : undefined,
        vraag.voornaam ? beginMet(personen.zoekVoornamen, vraag.voornaam) : undefined,
      );
  }
}

/** At most this many matches are counted; the UI says "meer dan 1000" beyond it. */
export const MAX_GETELD = 1000;

export async function zoekPersonen(
  tx: Executor,
  vraag: PersoonZoekvraag,
  pagina: number,
  perPagina: number,
): Promise<{ items: PersoonRij[]; totaal: number }> {
  const waar = zoekVoorwaarde(vraag);
  const items = await tx
    .select()
    .from(personen)
    .where(waar)
    .orderBy(
      asc(personen.zoekGeslachtsnaam),
      asc(personen.zoekVoornamen),
      asc(personen.geboortedatum),
      asc(personen.id),
    )
    .limit(perPagina)
    .offset((pagina - 1) * perPagina);
  let totaal = (pagina - 1) * perPagina + items.length;
  if (items.length === perPagina || pagina > 1) {
    const [telling] = await tx
      .execute<{ n: number }>(
        sql`select count(*)::int as n from (select 1 from ${personen} where ${waar ?? sql`true`} limit ${MAX_GETELD + 1}) t`,
      )
      .then((r) => (r as unknown as { rows: { n: number }[] }).rows);
    totaal = telling?.n ?? totaal;
  }
  return { items, totaal };
}

export interface Relatie {
  soort: string;
  richting: "van" | "naar";
  persoonId: string;
  naam: string;
  geboortedatum: string;
}

/** Relations in both directions ("is ouder van" / "heeft als ouder"). */
export async function relatiesVan(tx: Executor, persoonId: string): Promise<Relatie[]> {
  const uit = await tx
    .select({ soort: persoonRelaties.soort, ander: personen })
    .from(persoonRelaties)
    .innerJoin(personen, eq(personen.id, persoonRelaties.gerelateerdeId))
    .where(eq(persoonRelaties.persoonId, persoonId));
  const in_ = await tx
    .select({ soort: persoonRelaties.soort, ander: personen })
    .from(persoonRelaties)
    .innerJoin(personen, eq(personen.id, persoonRelaties.persoonId))
    .where(eq(persoonRelaties.gerelateerdeId, persoonId));
  const naar =
    (richting: "van" | "naar") =>
    (r: { soort: string; ander: PersoonRij }): Relatie => ({
      soort: r.soort,
      richting,
      persoonId: r.ander.id,
      naam: [r.ander.voornamen, r.ander.voorvoegsel, r.ander.geslachtsnaam].filter(Boolean).join(" "),
      geboortedatum: r.ander.geboortedatum,
    });
  return [...uit.map(naar("van")), ...in_.map(naar("naar"))];
}

export async function voegRelatieToe(
  tx: Executor,
  gemeenteCode: string,
  persoonId: string,
  gerelateerdeId: string,
  soort: (typeof persoonRelaties.$inferInsert)["soort"],
) {
  await tx
    .insert(persoonRelaties)
    .values({ gemeenteCode, persoonId, gerelateerdeId, soort })
    .onConflictDoNothing();
}

export function netwerkVan(tx: Executor, persoonId: string) {
  return tx
    .select()
    .from(netwerkleden)
    .where(eq(netwerkleden.persoonId, persoonId))
    .orderBy(asc(netwerkleden.naam));
}

export function voegNetwerklidToe(tx: Executor, waarden: typeof netwerkleden.$inferInsert) {
  return tx.insert(netwerkleden).values(waarden).returning();
}

export interface ZaakVanPersoon {
  id: string;
  zaaknummer: string;
  zaaktype: string;
  status: string;
  werkvoorraad: string;
  behandelaarId: string | null;
  behandelaarNaam: string | null;
  meldingsdatum: string;
  omschrijving: string;
  rol: string;
  afgeslotenOp: string | null;
}

/** The zaken a person is part of, newest first (content is filtered by the caller via the policy). */
export async function zakenVanPersoon(
  tx: Executor,
  persoonId: string,
): Promise<(ZaakVanPersoon & { feiten: unknown })[]> {
  return tx
    .select({
      id: zaken.id,
      feiten: zaken.feiten,
      zaaknummer: zaken.zaaknummer,
      zaaktype: zaken.zaaktype,
      status: zaken.status,
      werkvoorraad: zaken.werkvoorraad,
      behandelaarId: zaken.behandelaarId,
      behandelaarNaam: gebruikers.naam,
      meldingsdatum: zaken.meldingsdatum,
      omschrijving: zaken.omschrijving,
      rol: zaakPersonen.rol,
      afgeslotenOp: zaken.afgeslotenOp,
    })
    .from(zaakPersonen)
    .innerJoin(zaken, eq(zaken.id, zaakPersonen.zaakId))
    .leftJoin(gebruikers, eq(gebruikers.id, zaken.behandelaarId))
    .where(eq(zaakPersonen.persoonId, persoonId))
    .orderBy(sql`${zaken.meldingsdatum} desc`, asc(zaken.id))
    .limit(500);
}
