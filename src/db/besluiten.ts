/**
 * Data access of the besluiten area: besluiten, toewijzingen they create or end, bezwaren, evaluatiemomenten,
 * evaluaties, afsluitingen and the cliëntervaringsonderzoek. Runs in the caller's gemeente transaction.
 */
import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import { nu } from "../lib/klok";
import type { Executor, Tx } from "./client";
import {
  afsluitingen,
  besluiten,
  bezwaren,
  enqueteAntwoorden,
  enqueteUitnodigingen,
  evaluatiemomenten,
  evaluaties,
  gebruikers,
  personen,
  toewijzingen,
  zaakPersonen,
  zaken,
} from "./schema";

export type BesluitRij = typeof besluiten.$inferSelect;
export type BezwaarRij = typeof bezwaren.$inferSelect;
export type EvaluatiemomentRij = typeof evaluatiemomenten.$inferSelect;
export type EvaluatieRij = typeof evaluaties.$inferSelect;
export type AfsluitingRij = typeof afsluitingen.$inferSelect;
export type UitnodigingRij = typeof enqueteUitnodigingen.$inferSelect;
export type ToewijzingRij = typeof toewijzingen.$inferSelect;

const gemeente = sql`voordeur_gemeente()::bpchar`;

async function eerste<T>(rijen: Promise<T[]>, wat: string): Promise<T> {
  const [rij] = await rijen;
  if (!rij) throw new Error(`${wat} niet opgeslagen`);
  return rij;
}

// ── Besluiten ─────────────────────────────────────────────────────────────────────────────────────────

export function voegBesluitToe(tx: Tx, waarden: Omit<typeof besluiten.$inferInsert, "gemeenteCode">) {
  return eerste(
    tx
      .insert(besluiten)
      .values({ ...waarden, gemeenteCode: gemeente })
      .returning(),
    "besluit",
  );
}

export function besluitenVanZaak(tx: Executor, zaakId: string): Promise<BesluitRij[]> {
  return tx
    .select()
    .from(besluiten)
    .where(eq(besluiten.zaakId, zaakId))
    .orderBy(desc(besluiten.aangemaaktOp))
    .limit(100);
}

/** The newest besluit of the zaak that is still in force (status geldig). */
export async function geldigBesluit(tx: Executor, zaakId: string): Promise<BesluitRij | undefined> {
  const [rij] = await tx
    .select()
    .from(besluiten)
    .where(and(eq(besluiten.zaakId, zaakId), eq(besluiten.status, "geldig")))
    .orderBy(desc(besluiten.aangemaaktOp))
    .limit(1);
  return rij;
}

export async function zetBesluitStatus(tx: Tx, id: string, status: string): Promise<void> {
  await tx
    .update(besluiten)
    .set({ status, versie: sql`${besluiten.versie} + 1` })
    .where(eq(besluiten.id, id));
}

/** Earlier besluiten in force on the zaak are replaced by the new one. */
export async function vervangEerdereBesluiten(tx: Tx, zaakId: string, nieuwId: string): Promise<void> {
  await tx
    .update(besluiten)
    .set({ status: "vervangen", versie: sql`${besluiten.versie} + 1` })
    .where(
      and(eq(besluiten.zaakId, zaakId), eq(besluiten.status, "geldig"), sql`${besluiten.id} <> ${nieuwId}`),
    );
}

// ── Toewijzingen (kernel table) ───────────────────────────────────────────────────────────────────────

export function voegToewijzingToe(tx: Tx, waarden: Omit<typeof toewijzingen.$inferInsert, "gemeenteCode">) {
  return eerste(
    tx
      .insert(toewijzingen)
      .values({ ...waarden, gemeenteCode: gemeente })
      .returning(),
    "toewijzing",
  );
}

/** Toewijzingen of the zaak still running on `peildatum` (no end, or ending on/after it). */
export function lopendeToewijzingen(
  tx: Executor,
  zaakId: string,
  peildatum: string,
): Promise<ToewijzingRij[]> {
  return tx
    .select()
    .from(toewijzingen)
    .where(
      and(
        eq(toewijzingen.zaakId, zaakId),
        or(isNull(toewijzingen.einddatum), gte(toewijzingen.einddatum, peildatum)),
      ),
    )
    .orderBy(asc(toewijzingen.toewijzingnummer))
    .limit(500);
}

export function toewijzingenVanZaak(tx: Executor, zaakId: string): Promise<ToewijzingRij[]> {
  return tx
    .select()
    .from(toewijzingen)
    .where(eq(toewijzingen.zaakId, zaakId))
    .orderBy(asc(toewijzingen.toewijzingnummer))
    .limit(500);
}

/**
 * Ends toewijzingen on `einddatum` (never later than they already end; a toewijzing that has not started
 * ends on its ingangsdatum, reden 13) with the JZ002/WMO002 reden wijziging; the 301 then carries the change.
 */
export async function beeindigToewijzingen(
  tx: Tx,
  ids: readonly string[],
  einddatum: string,
  redenWijziging: string,
): Promise<ToewijzingRij[]> {
  if (ids.length === 0) return [];
  return tx
    .update(toewijzingen)
    .set({
      einddatum: sql`greatest(${toewijzingen.ingangsdatum}, least(coalesce(${toewijzingen.einddatum}, ${einddatum}::date), ${einddatum}::date))`,
      // iJw/iWmo: a toewijzing ended on (or before) its start is a removal, reden 13 "Verwijderd".
      redenWijziging: sql`case when ${einddatum}::date <= ${toewijzingen.ingangsdatum} then '13' else ${redenWijziging} end`,
      toewijzingsmoment: nu(),
      gewijzigdOp: nu(),
      versie: sql`${toewijzingen.versie} + 1`,
    })
    .where(inArray(toewijzingen.id, [...ids]))
    .returning();
}

// ── Bezwaren ──────────────────────────────────────────────────────────────────────────────────────────

export function voegBezwaarToe(tx: Tx, waarden: Omit<typeof bezwaren.$inferInsert, "gemeenteCode">) {
  return eerste(
    tx
      .insert(bezwaren)
      .values({ ...waarden, gemeenteCode: gemeente })
      .returning(),
    "bezwaar",
  );
}

export function bezwarenVanZaak(tx: Executor, zaakId: string): Promise<BezwaarRij[]> {
  return tx
    .select()
    .from(bezwaren)
    .where(eq(bezwaren.zaakId, zaakId))
    .orderBy(desc(bezwaren.aangemaaktOp))
    .limit(100);
}

export async function haalBezwaar(tx: Executor, id: string): Promise<BezwaarRij | undefined> {
  const [rij] = await tx.select().from(bezwaren).where(eq(bezwaren.id, id)).limit(1);
  return rij;
}

/** Records the outcome only if the bezwaar is still at `versie` and undecided; undefined otherwise. */
export async function beslisBezwaar(
  tx: Tx,
  id: string,
  versie: number,
  waarden: Pick<
    typeof bezwaren.$inferInsert,
    "uitkomst" | "beslistOp" | "toelichting" | "documentId" | "beslistDoor"
  >,
): Promise<BezwaarRij | undefined> {
  const [rij] = await tx
    .update(bezwaren)
    .set({ ...waarden, versie: sql`${bezwaren.versie} + 1` })
    .where(and(eq(bezwaren.id, id), eq(bezwaren.versie, versie), isNull(bezwaren.uitkomst)))
    .returning();
  return rij;
}

/** Sets whether the bezwaaradviescommissie advises, on an undecided bezwaar at `versie`; undefined = stale. */
export async function zetAdviescommissie(
  tx: Tx,
  id: string,
  versie: number,
  adviescommissie: boolean,
): Promise<BezwaarRij | undefined> {
  const [rij] = await tx
    .update(bezwaren)
    .set({ adviescommissie, versie: sql`${bezwaren.versie} + 1` })
    .where(and(eq(bezwaren.id, id), eq(bezwaren.versie, versie), isNull(bezwaren.uitkomst)))
    .returning();
  return rij;
}

// ── Evaluatie ─────────────────────────────────────────────────────────────────────────────────────────

export async function voegMomentenToe(
  tx: Tx,
  momenten: readonly Omit<typeof evaluatiemomenten.$inferInsert, "gemeenteCode">[],
): Promise<void> {
  if (momenten.length === 0) return;
  await tx.insert(evaluatiemomenten).values(momenten.map((m) => ({ ...m, gemeenteCode: gemeente })));
}

export function momentenVanZaak(tx: Executor, zaakId: string): Promise<EvaluatiemomentRij[]> {
  return tx
    .select()
    .from(evaluatiemomenten)
    .where(eq(evaluatiemomenten.zaakId, zaakId))
    .orderBy(asc(evaluatiemomenten.datum))
    .limit(100);
}

/** Open moments not yet evaluated are dropped when a new besluit plans its own (the old plan no longer applies). */
export async function vervallenOpenMomenten(tx: Tx, zaakId: string): Promise<void> {
  await tx
    .delete(evaluatiemomenten)
    .where(and(eq(evaluatiemomenten.zaakId, zaakId), isNull(evaluatiemomenten.evaluatieId)));
}

/** Marks the earliest open moment of the zaak as done by this evaluatie. */
export async function rondMomentAf(tx: Tx, zaakId: string, evaluatieId: string): Promise<void> {
  await tx.execute(sql`update ${evaluatiemomenten} set evaluatie_id = ${evaluatieId}
    where id = (select id from ${evaluatiemomenten}
                where zaak_id = ${zaakId} and evaluatie_id is null order by datum limit 1)`);
}

/** Open evaluation moments on or before `tot` of open zaken on a medewerker's name ("Mijn termijnen"). */
export function openMomentenVanBehandelaar(tx: Executor, behandelaarId: string, tot: string) {
  return tx
    .select({
      moment: evaluatiemomenten,
      zaak: {
        id: zaken.id,
        zaaknummer: zaken.zaaknummer,
        zaaktype: zaken.zaaktype,
        status: zaken.status,
      },
      hoofdpersoonId: zaakPersonen.persoonId,
      hoofdpersoon: sql<
        string | null
      >`concat_ws(' ', ${personen.voornamen}, ${personen.voorvoegsel}, ${personen.geslachtsnaam})`,
    })
    .from(evaluatiemomenten)
    .innerJoin(zaken, eq(zaken.id, evaluatiemomenten.zaakId))
    .leftJoin(zaakPersonen, and(eq(zaakPersonen.zaakId, zaken.id), eq(zaakPersonen.rol, "hoofdpersoon")))
    .leftJoin(personen, eq(personen.id, zaakPersonen.persoonId))
    .where(
      and(
        eq(evaluatiemomenten.gemeenteCode, gemeente),
        isNull(evaluatiemomenten.evaluatieId),
        lte(evaluatiemomenten.datum, tot),
        eq(zaken.behandelaarId, behandelaarId),
        isNull(zaken.afgeslotenOp),
      ),
    )
    .orderBy(asc(evaluatiemomenten.datum))
    .limit(200);
}

export function voegEvaluatieToe(tx: Tx, waarden: Omit<typeof evaluaties.$inferInsert, "gemeenteCode">) {
  return eerste(
    tx
      .insert(evaluaties)
      .values({ ...waarden, gemeenteCode: gemeente })
      .returning(),
    "evaluatie",
  );
}

export function evaluatiesVanZaak(tx: Executor, zaakId: string): Promise<EvaluatieRij[]> {
  return tx
    .select()
    .from(evaluaties)
    .where(eq(evaluaties.zaakId, zaakId))
    .orderBy(desc(evaluaties.datum), desc(evaluaties.aangemaaktOp))
    .limit(100);
}

// ── Afsluiten en cliëntervaringsonderzoek ─────────────────────────────────────────────────────────────

export function voegAfsluitingToe(tx: Tx, waarden: Omit<typeof afsluitingen.$inferInsert, "gemeenteCode">) {
  return eerste(
    tx
      .insert(afsluitingen)
      .values({ ...waarden, gemeenteCode: gemeente })
      .returning(),
    "afsluiting",
  );
}

export function afsluitingenVanZaak(tx: Executor, zaakId: string): Promise<AfsluitingRij[]> {
  return tx
    .select()
    .from(afsluitingen)
    .where(eq(afsluitingen.zaakId, zaakId))
    .orderBy(desc(afsluitingen.aangemaaktOp))
    .limit(20);
}

export function voegUitnodigingToe(
  tx: Tx,
  waarden: Omit<typeof enqueteUitnodigingen.$inferInsert, "gemeenteCode">,
) {
  return eerste(
    tx
      .insert(enqueteUitnodigingen)
      .values({ ...waarden, gemeenteCode: gemeente })
      .returning(),
    "uitnodiging",
  );
}

export function uitnodigingenVanZaak(tx: Executor, zaakId: string): Promise<UitnodigingRij[]> {
  return tx
    .select()
    .from(enqueteUitnodigingen)
    .where(eq(enqueteUitnodigingen.zaakId, zaakId))
    .orderBy(desc(enqueteUitnodigingen.aangemaaktOp))
    .limit(20);
}

export async function uitnodigingOpCode(tx: Executor, code: string): Promise<UitnodigingRij | undefined> {
  const [rij] = await tx
    .select()
    .from(enqueteUitnodigingen)
    .where(eq(enqueteUitnodigingen.code, code))
    .limit(1);
  return rij;
}

/** Marks the invitation as used; false when it was already answered (a code answers once). */
export async function markeerBeantwoord(tx: Tx, id: string): Promise<boolean> {
  const rijen = await tx
    .update(enqueteUitnodigingen)
    .set({ beantwoord: true })
    .where(and(eq(enqueteUitnodigingen.id, id), eq(enqueteUitnodigingen.beantwoord, false)))
    .returning({ id: enqueteUitnodigingen.id });
  return rijen.length === 1;
}

export async function voegAntwoordToe(
  tx: Tx,
  waarden: { zaaktype: string; periode: string; antwoorden: Record<string, number | null> },
): Promise<void> {
  await tx.insert(enqueteAntwoorden).values({ ...waarden, gemeenteCode: gemeente });
}

/** Answers of the gemeente in the months [van, tot] (YYYY-MM), optionally of one zaaktype. */
export function antwoordenIn(tx: Executor, van: string, tot: string, zaaktype?: string) {
  return tx
    .select({ zaaktype: enqueteAntwoorden.zaaktype, antwoorden: enqueteAntwoorden.antwoorden })
    .from(enqueteAntwoorden)
    .where(
      and(
        eq(enqueteAntwoorden.gemeenteCode, gemeente),
        gte(enqueteAntwoorden.periode, van),
        lte(enqueteAntwoorden.periode, tot),
        zaaktype ? eq(enqueteAntwoorden.zaaktype, zaaktype) : undefined,
      ),
    )
    .limit(100_000);
}

/** Invitations sent on dates in [van, totExclusief) (for the response rate). */
export async function aantalUitnodigingen(
  tx: Executor,
  van: string,
  totExclusief: string,
  zaaktype?: string,
) {
  const [rij] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(enqueteUitnodigingen)
    .where(
      and(
        eq(enqueteUitnodigingen.gemeenteCode, gemeente),
        gte(enqueteUitnodigingen.verstuurdOp, van),
        lt(enqueteUitnodigingen.verstuurdOp, totExclusief),
        zaaktype ? eq(enqueteUitnodigingen.zaaktype, zaaktype) : undefined,
      ),
    );
  return rij?.n ?? 0;
}

/** Active medewerkers of the gemeente with the buurtteam role (four-eyes partner for op-/afschalen). */
export function buurtteamMedewerkers(tx: Executor) {
  return tx
    .select({ id: gebruikers.id, naam: gebruikers.naam })
    .from(gebruikers)
    .where(and(eq(gebruikers.actief, true), sql`${gebruikers.rollen} @> array['buurtteam']::text[]`))
    .orderBy(asc(gebruikers.naam))
    .limit(500);
}
