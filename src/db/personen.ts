import {
  type AnyColumn,
  and,
  asc,
  desc,
  eq,
  gt,
  gte,
  inArray,
  isNotNull,
  isNull,
  lte,
  type SQL,
  sql,
} from "drizzle-orm";
import { type NaamVariant, naamZoeksleutels, zoeksleutel } from "../domain/persoon/naam";
import { nu } from "../lib/klok";
import { type Executor, rijen } from "./client";
import {
  gebruikers,
  netwerkleden,
  personen,
  persoonRelaties,
  persoonZoeksleutels,
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

/** What the search keys of a person are derived from: its name and birth date. */
export type NaamVanPersoon = Pick<
  PersoonRij,
  "id" | "gemeenteCode" | "voorvoegsel" | "geslachtsnaam" | "voornamen" | "geboortedatum"
>;

/**
 * The rows of `persoon_zoeksleutels` for these persons: one per surname key (domain/persoon/naam.ts#naamZoeksleutels),
 * each with the person's sort keys (the same `zoeksleutel` values as in personen).
 */
export function zoeksleutelRijen(
  lijst: readonly NaamVanPersoon[],
): (typeof persoonZoeksleutels.$inferInsert)[] {
  return lijst.flatMap((p) => {
    const vast = {
      gemeenteCode: p.gemeenteCode,
      persoonId: p.id,
      zoekGeslachtsnaam: zoeksleutel(p.geslachtsnaam),
      zoekVoornamen: zoeksleutel(p.voornamen),
      geboortedatum: p.geboortedatum,
    };
    return naamZoeksleutels(p).map((sleutel) => ({ ...vast, sleutel }));
  });
}

/** Rows per INSERT: six parameters each, well under the bind-parameter limit. */
const ZOEKSLEUTELS_PER_INSERT = 1000;

/** (Re)writes the search keys of persons; `vervang` first removes the keys they had. */
export async function schrijfZoeksleutels(
  tx: Executor,
  lijst: readonly NaamVanPersoon[],
  vervang: boolean,
): Promise<void> {
  if (lijst.length === 0) return;
  if (vervang) {
    await tx.delete(persoonZoeksleutels).where(
      inArray(
        persoonZoeksleutels.persoonId,
        lijst.map((p) => p.id),
      ),
    );
  }
  const rijen_ = zoeksleutelRijen(lijst);
  for (let i = 0; i < rijen_.length; i += ZOEKSLEUTELS_PER_INSERT) {
    await tx
      .insert(persoonZoeksleutels)
      .values(rijen_.slice(i, i + ZOEKSLEUTELS_PER_INSERT))
      .onConflictDoNothing();
  }
}

/** Residents read per batch when the keys of existing residents are filled in. */
const AANVULLEN_PER_BATCH = 2000;

/**
 * Fills in the search keys of every resident (run once by the migrator after migration 0023, as the owner, in
 * its transaction): the surname keys, and the sort/first-name keys where `zoeksleutel` now folds a letter it
 * did not before ("Yılmaz"). Idempotent: existing keys are kept. Returns the number of residents read.
 */
export async function vulZoeksleutelsAan(tx: Executor): Promise<number> {
  let vanaf: string | undefined;
  let gelezen = 0;
  for (;;) {
    const batch = await tx
      .select({
        id: personen.id,
        gemeenteCode: personen.gemeenteCode,
        voorvoegsel: personen.voorvoegsel,
        geslachtsnaam: personen.geslachtsnaam,
        voornamen: personen.voornamen,
        geboortedatum: personen.geboortedatum,
        zoekGeslachtsnaam: personen.zoekGeslachtsnaam,
        zoekVoornamen: personen.zoekVoornamen,
      })
      .from(personen)
      .where(vanaf === undefined ? undefined : gt(personen.id, vanaf))
      .orderBy(asc(personen.id))
      .limit(AANVULLEN_PER_BATCH);
    if (batch.length === 0) return gelezen;
    await schrijfZoeksleutels(tx, batch, false);
    for (const p of batch) {
      const zoekGeslachtsnaam = zoeksleutel(p.geslachtsnaam);
      const zoekVoornamen = zoeksleutel(p.voornamen);
      if (zoekGeslachtsnaam !== p.zoekGeslachtsnaam || zoekVoornamen !== p.zoekVoornamen)
        await tx.update(personen).set({ zoekGeslachtsnaam, zoekVoornamen }).where(eq(personen.id, p.id));
    }
    gelezen += batch.length;
    vanaf = batch.at(-1)?.id;
  }
}

/** Inserts a person together with its search keys. */
export async function voegPersoonToe(tx: Executor, waarden: NieuwePersoonRij): Promise<PersoonRij> {
  const [rij] = await tx.insert(personen).values(waarden).returning();
  if (!rij) throw new Error("insert persoon gaf geen rij terug");
  await schrijfZoeksleutels(tx, [rij], false);
  return rij;
}

export async function haalPersoon(tx: Executor, id: string): Promise<PersoonRij | undefined> {
  const [rij] = await tx.select().from(personen).where(eq(personen.id, id)).limit(1);
  return rij;
}

/** The persons with these ids by id, in one query (an unknown id has no entry). */
export async function haalPersonen(tx: Executor, ids: readonly string[]): Promise<Map<string, PersoonRij>> {
  const uniek = [...new Set(ids)];
  if (uniek.length === 0) return new Map();
  const rijen_ = await tx.select().from(personen).where(inArray(personen.id, uniek));
  return new Map(rijen_.map((p) => [p.id, p]));
}

/**
 * Updates a person only when the stored version is `versie` (its search keys with its name and birth date);
 * undefined = stale or gone.
 */
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
  const sleutelsGewijzigd = (["voorvoegsel", "geslachtsnaam", "voornamen", "geboortedatum"] as const).some(
    (k) => waarden[k] !== undefined,
  );
  if (rij && sleutelsGewijzigd) await schrijfZoeksleutels(tx, [rij], true);
  return rij;
}

/** A structured search; built by domain/persoon/naam.ts#zoektermen from what the user typed. */
export type PersoonZoekvraag =
  | { soort: "bsnIndex"; bsnIndex: string }
  | { soort: "geboortedatum"; datum: string }
  | { soort: "postcode"; postcode: string; huisnummer?: number | undefined }
  | { soort: "naam"; varianten: readonly NaamVariant[] };

/**
 * Prefix match as a range on a collation-"C" column (byte order). Unlike LIKE, >= and < are leakproof, so
 * PostgreSQL can use the index under row-level security (a LIKE would scan the whole gemeente).
 */
function beginMet(kolom: AnyColumn, prefix: string): SQL {
  return sql`(${kolom} >= ${prefix} and ${kolom} < ${`${prefix}\u{10FFFF}`})`;
}

function zoekVoorwaarde(vraag: Exclude<PersoonZoekvraag, { soort: "naam" }>): SQL | undefined {
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
  }
}

const sleutels = persoonZoeksleutels;

/**
 * The persons a name search finds, as rows (sort keys, persoon_id) read from the key index alone: per variant
 * one range on (gemeente_code, sleutel) (and the first names, copied into the same rows); UNION removes a
 * person found by two keys or two variants.
 */
function naamTreffers(varianten: readonly NaamVariant[], binnen?: SQL): SQL {
  const kolommen = sql`${sleutels.zoekGeslachtsnaam}, ${sleutels.zoekVoornamen}, ${sleutels.geboortedatum}, ${sleutels.persoonId}`;
  return sql.join(
    varianten.map(
      (v) =>
        sql`select ${kolommen} from ${sleutels} where ${beginMet(sleutels.sleutel, v.achternaam)}${
          v.voornaam === undefined ? sql`` : sql` and ${beginMet(sleutels.zoekVoornamen, v.voornaam)}`
        }${binnen ? sql` and ${sleutels.persoonId} in (${binnen})` : sql``}`,
    ),
    sql` union `,
  );
}

const opVolgorde = [
  asc(personen.zoekGeslachtsnaam),
  asc(personen.zoekVoornamen),
  asc(personen.geboortedatum),
  asc(personen.id),
];

/**
 * One page of a name search: the page of ids is ordered and cut in the key table, so only those persons are
 * read (exported so that a test can check the plan stays on the index under row-level security).
 */
export function naamZoekpagina(
  tx: Executor,
  varianten: readonly NaamVariant[],
  pagina: number,
  perPagina: number,
  binnen?: SQL,
) {
  const pag = sql`select persoon_id from (${naamTreffers(varianten, binnen)} order by 1, 2, 3, 4 limit ${perPagina} offset ${(pagina - 1) * perPagina}) t`;
  return tx
    .select()
    .from(personen)
    .where(sql`${personen.id} in (${pag})`)
    .orderBy(...opVolgorde);
}

/** At most this many matches are counted; the UI says "meer dan 1000" beyond it. */
export const MAX_GETELD = 1000;

/** `binnen`: a subquery of persoon ids the search is narrowed to (a partner's own residents, policy rule 4a). */
export async function zoekPersonen(
  tx: Executor,
  vraag: PersoonZoekvraag,
  pagina: number,
  perPagina: number,
  binnen?: SQL,
): Promise<{ items: PersoonRij[]; totaal: number }> {
  if (vraag.soort === "naam" && vraag.varianten.length === 0) return { items: [], totaal: 0 };
  const voorwaarde = (v: Exclude<PersoonZoekvraag, { soort: "naam" }>) =>
    and(zoekVoorwaarde(v), binnen ? sql`${personen.id} in (${binnen})` : undefined);
  const items =
    vraag.soort === "naam"
      ? await naamZoekpagina(tx, vraag.varianten, pagina, perPagina, binnen)
      : await tx
          .select()
          .from(personen)
          .where(voorwaarde(vraag))
          .orderBy(...opVolgorde)
          .limit(perPagina)
          .offset((pagina - 1) * perPagina);
  let totaal = (pagina - 1) * perPagina + items.length;
  if (items.length === perPagina || pagina > 1) {
    const treffers =
      vraag.soort === "naam"
        ? naamTreffers(vraag.varianten, binnen)
        : sql`select 1 from ${personen} where ${voorwaarde(vraag) ?? sql`true`}`;
    const [telling] = await rijen<{ n: number }>(
      tx,
      sql`select count(*)::int as n from (${treffers} limit ${MAX_GETELD + 1}) t`,
    );
    totaal = telling?.n ?? totaal;
  }
  return { items, totaal };
}

export interface Relatie {
  id: string;
  soort: string;
  richting: "van" | "naar";
  persoonId: string;
  naam: string;
  geboortedatum: string;
  /** Set for an ended relation (migration 0028), with the reason. */
  beeindigdOp: string | null;
  redenBeeindiging: string | null;
}

/**
 * Relations in both directions ("is ouder van" / "heeft als ouder"): the current ones, or with `beeindigd` the
 * ended ones (newest end first); otherwise in the order they were recorded, which is the order letters follow.
 */
export async function relatiesVan(
  tx: Executor,
  persoonId: string,
  { beeindigd = false }: { beeindigd?: boolean } = {},
): Promise<Relatie[]> {
  const einde = beeindigd ? isNotNull(persoonRelaties.beeindigdOp) : isNull(persoonRelaties.beeindigdOp);
  const velden = {
    id: persoonRelaties.id,
    soort: persoonRelaties.soort,
    beeindigdOp: persoonRelaties.beeindigdOp,
    redenBeeindiging: persoonRelaties.redenBeeindiging,
    ander: personen,
  };
  const uit = await tx
    .select(velden)
    .from(persoonRelaties)
    .innerJoin(personen, eq(personen.id, persoonRelaties.gerelateerdeId))
    .where(and(eq(persoonRelaties.persoonId, persoonId), einde))
    .orderBy(desc(persoonRelaties.beeindigdOp), asc(persoonRelaties.aangemaaktOp), asc(persoonRelaties.id))
    .limit(200);
  const in_ = await tx
    .select(velden)
    .from(persoonRelaties)
    .innerJoin(personen, eq(personen.id, persoonRelaties.persoonId))
    .where(and(eq(persoonRelaties.gerelateerdeId, persoonId), einde))
    .orderBy(desc(persoonRelaties.beeindigdOp), asc(persoonRelaties.aangemaaktOp), asc(persoonRelaties.id))
    .limit(200);
  const naar =
    (richting: "van" | "naar") =>
    (r: (typeof uit)[number]): Relatie => ({
      id: r.id,
      soort: r.soort,
      richting,
      persoonId: r.ander.id,
      naam: [r.ander.voornamen, r.ander.voorvoegsel, r.ander.geslachtsnaam].filter(Boolean).join(" "),
      geboortedatum: r.ander.geboortedatum,
      beeindigdOp: r.beeindigdOp,
      redenBeeindiging: r.redenBeeindiging,
    });
  return [...uit.map(naar("van")), ...in_.map(naar("naar"))];
}

export async function haalRelatie(tx: Executor, id: string) {
  const [rij] = await tx.select().from(persoonRelaties).where(eq(persoonRelaties.id, id));
  return rij;
}

/** Ends a current relation; false when it was already ended (by someone else in the meantime). */
export async function beeindigRelatieRij(
  tx: Executor,
  id: string,
  einde: { beeindigdOp: string; redenBeeindiging: string; beeindigdDoor: string },
): Promise<boolean> {
  const bijgewerkt = await tx
    .update(persoonRelaties)
    .set(einde)
    .where(and(eq(persoonRelaties.id, id), isNull(persoonRelaties.beeindigdOp)))
    .returning({ id: persoonRelaties.id });
  return bijgewerkt.length === 1;
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
  versie: number;
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
      versie: zaken.versie,
    })
    .from(zaakPersonen)
    .innerJoin(zaken, eq(zaken.id, zaakPersonen.zaakId))
    .leftJoin(gebruikers, eq(gebruikers.id, zaken.behandelaarId))
    .where(eq(zaakPersonen.persoonId, persoonId))
    .orderBy(sql`${zaken.meldingsdatum} desc`, asc(zaken.id))
    .limit(500);
}
