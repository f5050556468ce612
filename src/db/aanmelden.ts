import { and, count, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Executor } from "./client";
import { contacten, contactTurven, gebruikers, notificaties, zaakPersonen, zaken } from "./schema";

export type ContactRij = typeof contacten.$inferSelect;
export type NieuwContact = typeof contacten.$inferInsert;

export async function voegContactToe(tx: Executor, waarden: NieuwContact): Promise<ContactRij> {
  const [rij] = await tx.insert(contacten).values(waarden).returning();
  if (!rij) throw new Error("insert contact gaf geen rij terug");
  return rij;
}

const contactKolommen = {
  contact: contacten,
  door: gebruikers.naam,
  zaaknummer: zaken.zaaknummer,
};

/** The latest contacts about a person, newest first (index contacten_persoon_idx). */
export function contactenVanPersoon(tx: Executor, persoonId: string, limiet = 10) {
  return tx
    .select(contactKolommen)
    .from(contacten)
    .innerJoin(gebruikers, eq(gebruikers.id, contacten.geregistreerdDoor))
    .leftJoin(zaken, eq(zaken.id, contacten.zaakId))
    .where(eq(contacten.persoonId, persoonId))
    .orderBy(desc(contacten.tijdstip))
    .limit(limiet);
}

/** The contacts that created or joined a zaak, oldest first. */
export function contactenVanZaak(tx: Executor, zaakId: string) {
  return tx
    .select(contactKolommen)
    .from(contacten)
    .innerJoin(gebruikers, eq(gebruikers.id, contacten.geregistreerdDoor))
    .leftJoin(zaken, eq(zaken.id, contacten.zaakId))
    .where(eq(contacten.zaakId, zaakId))
    .orderBy(contacten.tijdstip)
    .limit(100);
}

/** The medewerkers handling an open zaak of the person (to inform them of a new contact). */
export function betrokkenBehandelaars(tx: Executor, persoonId: string) {
  return tx
    .select({
      zaakId: zaken.id,
      zaaknummer: zaken.zaaknummer,
      behandelaarId: gebruikers.id,
      email: gebruikers.email,
      actief: gebruikers.actief,
    })
    .from(zaakPersonen)
    .innerJoin(zaken, eq(zaken.id, zaakPersonen.zaakId))
    .innerJoin(gebruikers, eq(gebruikers.id, zaken.behandelaarId))
    .where(
      and(eq(zaakPersonen.persoonId, persoonId), isNull(zaken.afgeslotenOp), isNotNull(zaken.behandelaarId)),
    )
    .limit(50);
}

/** Counts one general question for the thema today; returns the new count. */
export async function turf(
  tx: Executor,
  gemeenteCode: string,
  datum: string,
  thema: string,
): Promise<number> {
  const [rij] = await tx
    .insert(contactTurven)
    .values({ gemeenteCode, datum, thema, aantal: 1 })
    .onConflictDoUpdate({
      target: [contactTurven.gemeenteCode, contactTurven.datum, contactTurven.thema],
      set: { aantal: sql`${contactTurven.aantal} + 1` },
    })
    .returning({ aantal: contactTurven.aantal });
  return rij?.aantal ?? 0;
}

export function turvenOp(tx: Executor, datum: string) {
  return tx
    .select({ thema: contactTurven.thema, aantal: contactTurven.aantal })
    .from(contactTurven)
    .where(eq(contactTurven.datum, datum))
    .orderBy(contactTurven.thema);
}

export async function voegNotificatiesToe(tx: Executor, rijen: (typeof notificaties.$inferInsert)[]) {
  if (rijen.length > 0) await tx.insert(notificaties).values(rijen);
}

export async function notificatiesVan(
  tx: Executor,
  ontvangerId: string,
  opties: { alleenOngelezen: boolean; pagina: number; perPagina: number },
) {
  const waar = and(
    eq(notificaties.ontvangerId, ontvangerId),
    opties.alleenOngelezen ? isNull(notificaties.gelezenOp) : undefined,
  );
  const items = await tx
    .select()
    .from(notificaties)
    .where(waar)
    .orderBy(desc(notificaties.aangemaaktOp), desc(notificaties.id))
    .limit(opties.perPagina)
    .offset((opties.pagina - 1) * opties.perPagina);
  const [telling] = await tx.select({ n: count() }).from(notificaties).where(waar);
  return { items, totaal: telling?.n ?? 0 };
}

/** Marks the recipient's own notification as read (idempotent); undefined when it is not theirs. */
export async function markeerGelezen(tx: Executor, id: string, ontvangerId: string) {
  const [rij] = await tx
    .update(notificaties)
    .set({ gelezenOp: sql`coalesce(${notificaties.gelezenOp}, now())` })
    .where(and(eq(notificaties.id, id), eq(notificaties.ontvangerId, ontvangerId)))
    .returning();
  return rij;
}
