import { and, arrayOverlaps, asc, count, eq, gt, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Weekdag } from "../domain/afspraken/tijd";
import type { Werktijd } from "../domain/afspraken/werktijden";
import { nu } from "../lib/klok";
import type { Executor, Tx } from "./client";
import {
  afspraken,
  agendas,
  gebruikers,
  locaties,
  mailUitgaand,
  personen,
  persoonRelaties,
  verwijsindexRegistraties,
  werktijden,
  zaakPersonen,
  zaken,
} from "./schema";

export type LocatieRij = typeof locaties.$inferSelect;
export type AfspraakRij = typeof afspraken.$inferSelect;

// ── locaties ────────────────────────────────────────────────────────────────────────────────────────────

export function locatiesVanGemeente(tx: Executor, pagina: number, perPagina: number) {
  return tx
    .select()
    .from(locaties)
    .where(eq(locaties.actief, true))
    .orderBy(asc(locaties.soort), asc(locaties.naam))
    .limit(perPagina)
    .offset((pagina - 1) * perPagina);
}

export async function telLocaties(tx: Executor): Promise<number> {
  const [rij] = await tx.select({ n: count() }).from(locaties).where(eq(locaties.actief, true));
  return rij?.n ?? 0;
}

export async function haalLocatie(tx: Executor, id: string): Promise<LocatieRij | undefined> {
  const [rij] = await tx.select().from(locaties).where(eq(locaties.id, id)).limit(1);
  return rij;
}

export async function locatieNamen(tx: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rijen_ = await tx
    .select({ id: locaties.id, naam: locaties.naam })
    .from(locaties)
    .where(inArray(locaties.id, [...ids]));
  return new Map(rijen_.map((r) => [r.id, r.naam]));
}

/** Seeds a location unless one with that name exists in the gemeente; returns its id. */
export async function zaaiLocatie(
  tx: Tx,
  waarden: Omit<typeof locaties.$inferInsert, "id">,
): Promise<string> {
  await tx.insert(locaties).values(waarden).onConflictDoNothing();
  const [rij] = await tx
    .select({ id: locaties.id })
    .from(locaties)
    .where(and(eq(locaties.gemeenteCode, waarden.gemeenteCode), eq(locaties.naam, waarden.naam)));
  if (!rij) throw new Error("locatie niet gezaaid");
  return rij.id;
}

// ── medewerkers and agendas ─────────────────────────────────────────────────────────────────────────────

export interface Medewerker {
  id: string;
  naam: string;
  email: string | null;
  actief: boolean;
  rollen: string[];
}

export async function haalMedewerker(tx: Executor, id: string): Promise<Medewerker | undefined> {
  const [rij] = await tx
    .select({
      id: gebruikers.id,
      naam: gebruikers.naam,
      email: gebruikers.email,
      actief: gebruikers.actief,
      rollen: gebruikers.rollen,
    })
    .from(gebruikers)
    .where(eq(gebruikers.id, id))
    .limit(1);
  return rij;
}

/** Active medewerkers of the gemeente with a Toegang role (the ones appointments can be made with). */
export function medewerkersVanGemeente(tx: Executor, rollen: readonly string[]) {
  return tx
    .select({ id: gebruikers.id, naam: gebruikers.naam })
    .from(gebruikers)
    .where(and(eq(gebruikers.actief, true), arrayOverlaps(gebruikers.rollen, [...rollen])))
    .orderBy(asc(gebruikers.naam))
    .limit(1000);
}

const hhmm = (tijd: string) => tijd.slice(0, 5);

/** The weekly pattern and its version (1 when the agenda was never saved). */
export async function haalAgenda(
  tx: Executor,
  medewerkerId: string,
): Promise<{ versie: number; werktijden: Werktijd[] }> {
  const [agenda] = await tx
    .select({ versie: agendas.versie })
    .from(agendas)
    .where(eq(agendas.medewerkerId, medewerkerId));
  const rijen_ = await tx
    .select()
    .from(werktijden)
    .where(eq(werktijden.medewerkerId, medewerkerId))
    .orderBy(asc(werktijden.weekdag), asc(werktijden.van));
  return {
    versie: agenda?.versie ?? 1,
    werktijden: rijen_.map((w) => ({
      weekdag: w.weekdag as Weekdag,
      van: hhmm(w.van),
      tot: hhmm(w.tot),
      locatieId: w.locatieId,
    })),
  };
}

/**
 * Replaces the weekly pattern when the agenda is still at `versie` (optimistic locking); returns the new
 * version, or undefined when someone else changed it meanwhile.
 */
export async function vervangWerktijden(
  tx: Tx,
  gemeenteCode: string,
  medewerkerId: string,
  versie: number,
  nieuw: readonly Werktijd[],
  door: string | null,
): Promise<number | undefined> {
  const [bestaand] = await tx
    .select({ versie: agendas.versie })
    .from(agendas)
    .where(eq(agendas.medewerkerId, medewerkerId))
    .for("update");
  let nieuweVersie: number;
  if (!bestaand) {
    if (versie !== 1) return undefined;
    const [rij] = await tx
      .insert(agendas)
      .values({ medewerkerId, gemeenteCode, versie: 2, gewijzigdDoor: door })
      .onConflictDoNothing()
      .returning({ versie: agendas.versie });
    if (!rij) return undefined;
    nieuweVersie = rij.versie;
  } else {
    const [rij] = await tx
      .update(agendas)
      .set({ versie: sql`${agendas.versie} + 1`, gewijzigdDoor: door, gewijzigdOp: nu() })
      .where(and(eq(agendas.medewerkerId, medewerkerId), eq(agendas.versie, versie)))
      .returning({ versie: agendas.versie });
    if (!rij) return undefined;
    nieuweVersie = rij.versie;
  }
  await tx.delete(werktijden).where(eq(werktijden.medewerkerId, medewerkerId));
  if (nieuw.length > 0) {
    await tx.insert(werktijden).values(nieuw.map((w) => ({ ...w, gemeenteCode, medewerkerId })));
  }
  return nieuweVersie;
}

// ── afspraken ───────────────────────────────────────────────────────────────────────────────────────────

/**
 * Serialises bookings for the same medewerker and location until the transaction ends, so two concurrent
 * requests cannot both see a free slot (transaction-scoped advisory locks, in a fixed order).
 */
export async function vergrendelAgenda(tx: Tx, sleutels: readonly string[]): Promise<void> {
  for (const sleutel of [...new Set(sleutels)].sort()) {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`afspraak:${sleutel}`}, 0))`);
  }
}

/** Planned appointments that overlap [begin, eind) for a medewerker or at a location. */
export function geplandeAfspraken(
  tx: Executor,
  wie: { medewerkerId: string } | { locatieId: string },
  begin: Date,
  eind: Date,
) {
  return tx
    .select({ id: afspraken.id, begin: afspraken.begin, eind: afspraken.eind })
    .from(afspraken)
    .where(
      and(
        "medewerkerId" in wie
          ? eq(afspraken.medewerkerId, wie.medewerkerId)
          : eq(afspraken.locatieId, wie.locatieId),
        eq(afspraken.status, "gepland"),
        lt(afspraken.begin, eind),
        gt(afspraken.eind, begin),
      ),
    )
    .limit(500);
}

export async function voegAfspraakToe(tx: Tx, waarden: typeof afspraken.$inferInsert): Promise<AfspraakRij> {
  const [rij] = await tx.insert(afspraken).values(waarden).returning();
  if (!rij) throw new Error("afspraak niet opgeslagen");
  return rij;
}

export async function haalAfspraak(tx: Executor, id: string): Promise<AfspraakRij | undefined> {
  const [rij] = await tx.select().from(afspraken).where(eq(afspraken.id, id)).limit(1);
  return rij;
}

/** Changes an appointment only at `versie`; undefined = stale. */
export async function werkAfspraakBij(
  tx: Tx,
  id: string,
  versie: number,
  waarden: Partial<typeof afspraken.$inferInsert>,
): Promise<AfspraakRij | undefined> {
  const [rij] = await tx
    .update(afspraken)
    .set({ ...waarden, versie: sql`${afspraken.versie} + 1` })
    .where(and(eq(afspraken.id, id), eq(afspraken.versie, versie)))
    .returning();
  return rij;
}

const lijstVelden = {
  afspraak: afspraken,
  locatie: locaties.naam,
  locatieSoort: locaties.soort,
  locatieAdres: locaties.adres,
  medewerker: gebruikers.naam,
  zaaknummer: zaken.zaaknummer,
  zaaktype: zaken.zaaktype,
  werkvoorraad: zaken.werkvoorraad,
  behandelaarId: zaken.behandelaarId,
  // The zaak's phase and facts: the policy's view of the zaak (zaken/zaak.ts#zaakResource).
  status: zaken.status,
  feiten: zaken.feiten,
  mailStatus: mailUitgaand.status,
};

export type AfspraakInLijst = Awaited<ReturnType<typeof afsprakenVanZaak>>["items"][number];

function lijst(tx: Executor) {
  return tx
    .select(lijstVelden)
    .from(afspraken)
    .innerJoin(locaties, eq(locaties.id, afspraken.locatieId))
    .innerJoin(gebruikers, eq(gebruikers.id, afspraken.medewerkerId))
    .innerJoin(zaken, eq(zaken.id, afspraken.zaakId))
    .leftJoin(mailUitgaand, eq(mailUitgaand.id, afspraken.mailId));
}

export async function afspraakInLijst(tx: Executor, id: string): Promise<AfspraakInLijst | undefined> {
  const [rij] = await lijst(tx).where(eq(afspraken.id, id)).limit(1);
  return rij;
}

export async function afsprakenVanZaak(tx: Executor, zaakId: string, pagina: number, perPagina: number) {
  const items = await lijst(tx)
    .where(eq(afspraken.zaakId, zaakId))
    .orderBy(asc(afspraken.begin), asc(afspraken.id))
    .limit(perPagina)
    .offset((pagina - 1) * perPagina);
  const [telling] = await tx.select({ n: count() }).from(afspraken).where(eq(afspraken.zaakId, zaakId));
  return { items, totaal: telling?.n ?? 0 };
}

export async function afsprakenVanMedewerker(
  tx: Executor,
  medewerkerId: string,
  van: Date,
  tot: Date,
  pagina: number,
  perPagina: number,
) {
  const waar = and(
    eq(afspraken.medewerkerId, medewerkerId),
    lt(afspraken.begin, tot),
    gt(afspraken.eind, van),
  );
  const items = await lijst(tx)
    .where(waar)
    .orderBy(asc(afspraken.begin), asc(afspraken.id))
    .limit(perPagina)
    .offset((pagina - 1) * perPagina);
  const [telling] = await tx.select({ n: count() }).from(afspraken).where(waar);
  return { items, totaal: telling?.n ?? 0 };
}

/** The hoofdpersoon of each zaak (id and name), for agenda lists. */
export async function hoofdpersonen(
  tx: Executor,
  zaakIds: readonly string[],
): Promise<
  Map<string, { persoonId: string; voornamen: string; voorvoegsel: string | null; geslachtsnaam: string }>
> {
  if (zaakIds.length === 0) return new Map();
  const rijen_ = await tx
    .select({
      zaakId: zaakPersonen.zaakId,
      persoonId: personen.id,
      voornamen: personen.voornamen,
      voorvoegsel: personen.voorvoegsel,
      geslachtsnaam: personen.geslachtsnaam,
    })
    .from(zaakPersonen)
    .innerJoin(personen, eq(personen.id, zaakPersonen.persoonId))
    .where(and(inArray(zaakPersonen.zaakId, [...zaakIds]), eq(zaakPersonen.rol, "hoofdpersoon")));
  return new Map(rijen_.map(({ zaakId, ...p }) => [zaakId, p]));
}

// ── who receives the confirmation ───────────────────────────────────────────────────────────────────────

const persoonVelden = {
  persoonId: personen.id,
  voornamen: personen.voornamen,
  voorvoegsel: personen.voorvoegsel,
  geslachtsnaam: personen.geslachtsnaam,
  geboortedatum: personen.geboortedatum,
  geslacht: personen.geslacht,
  email: personen.email,
  straat: personen.straat,
  huisnummer: personen.huisnummer,
  huisletter: personen.huisletter,
  toevoeging: personen.toevoeging,
  postcode: personen.postcode,
  woonplaats: personen.woonplaats,
};

export type BetrokkenePersoon = Awaited<ReturnType<typeof betrokkenenVoorBevestiging>>[number];

/**
 * The persons on the zaak with their role, plus the parents of the hoofdpersoon found through the
 * relations (rol "relatie-gezag" / "relatie-ouder"), for choosing who gets the confirmation.
 */
export async function betrokkenenVoorBevestiging(tx: Executor, zaakId: string) {
  const opZaak = await tx
    .select({ ...persoonVelden, rol: zaakPersonen.rol })
    .from(zaakPersonen)
    .innerJoin(personen, eq(personen.id, zaakPersonen.persoonId))
    .where(eq(zaakPersonen.zaakId, zaakId))
    .limit(50);
  const hoofd = opZaak.find((p) => p.rol === "hoofdpersoon");
  if (!hoofd) return opZaak;
  const ouders = await tx
    .select({ ...persoonVelden, soort: persoonRelaties.soort })
    .from(persoonRelaties)
    .innerJoin(personen, eq(personen.id, persoonRelaties.persoonId))
    .where(
      and(
        eq(persoonRelaties.gerelateerdeId, hoofd.persoonId),
        inArray(persoonRelaties.soort, ["gezag", "ouder"]),
        isNull(persoonRelaties.beeindigdOp),
      ),
    )
    .limit(10);
  return [...opZaak, ...ouders.map(({ soort, ...p }) => ({ ...p, rol: `relatie-${soort}` }))];
}

// ── Verwijsindex ────────────────────────────────────────────────────────────────────────────────────────

export function verwijsindexVanZaak(tx: Executor, zaakId: string) {
  return tx
    .select({
      id: verwijsindexRegistraties.id,
      persoonId: verwijsindexRegistraties.persoonId,
      voornamen: personen.voornamen,
      voorvoegsel: personen.voorvoegsel,
      geslachtsnaam: personen.geslachtsnaam,
      geregistreerdOp: verwijsindexRegistraties.geregistreerdOp,
      door: gebruikers.naam,
      toelichting: verwijsindexRegistraties.toelichting,
      aangemaaktOp: verwijsindexRegistraties.aangemaaktOp,
    })
    .from(verwijsindexRegistraties)
    .innerJoin(personen, eq(personen.id, verwijsindexRegistraties.persoonId))
    .innerJoin(gebruikers, eq(gebruikers.id, verwijsindexRegistraties.door))
    .where(eq(verwijsindexRegistraties.zaakId, zaakId))
    .orderBy(asc(verwijsindexRegistraties.geregistreerdOp))
    .limit(100);
}

export async function voegVerwijsindexToe(
  tx: Tx,
  waarden: typeof verwijsindexRegistraties.$inferInsert,
): Promise<string> {
  const [rij] = await tx
    .insert(verwijsindexRegistraties)
    .values(waarden)
    .returning({ id: verwijsindexRegistraties.id });
  if (!rij) throw new Error("registratie niet opgeslagen");
  return rij.id;
}
