import { and, count, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Executor } from "./client";
import type { Relatie, ZaakVanPersoon } from "./personen";
import { contacten, contactTurven, gebruikers, notificaties, personen, zaakPersonen, zaken } from "./schema";

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

/** A contact as the IAG screen lists it (contactKort). */
export interface ContactRegel {
  contact: Pick<ContactRij, "id" | "tijdstip" | "kanaal" | "thema" | "vraag" | "uitkomst">;
  door: string;
  zaaknummer: string | null;
}

type ContactJson = Omit<ContactRegel["contact"], "tijdstip"> &
  Omit<ContactRegel, "contact"> & { tijdstip: string };

/**
 * Everything the IAG screen shows of one resident in ONE round trip (issue 5: search-to-dossier p95 ≤ 30 ms):
 * the person, the wijk name, relations both ways, the zaken (newest first) and the latest contacts. Each
 * part is a correlated subquery on its own index (persoon_relaties, zaak_personen, contacten_persoon_idx),
 * aggregated as JSON; row level security applies to every table as usual. undefined = no such person.
 */
export async function iagDossier(tx: Executor, persoonId: string, contactLimiet = 10) {
  const [rij] = await tx
    .select({
      persoon: personen,
      wijk: sql<string | null>`(select w.naam from wijken w where w.code = personen.wijk_code limit 1)`,
      // Current relations only (an ended one stays in persoon_relaties with its end date, migration 0028).
      relaties: sql<Relatie[]>`(select coalesce(json_agg(json_build_object(
          'id', r.id, 'soort', r.soort, 'richting', r.richting, 'persoonId', a.id, 'geboortedatum', a.geboortedatum,
          'naam', concat_ws(' ', nullif(a.voornamen, ''), nullif(a.voorvoegsel, ''), nullif(a.geslachtsnaam, '')),
          'beeindigdOp', null, 'redenBeeindiging', null)
          order by r.richting desc), '[]')
        from (select id, soort, 'van' as richting, gerelateerde_id as ander from persoon_relaties
                where persoon_id = personen.id and beeindigd_op is null
              union all
              select id, soort, 'naar', persoon_id from persoon_relaties
                where gerelateerde_id = personen.id and beeindigd_op is null) r
        join personen a on a.id = r.ander)`,
      zaken: sql<ZaakVanPersoon[]>`(select coalesce(json_agg(json_build_object(
          'id', z.id, 'zaaknummer', z.zaaknummer, 'zaaktype', z.zaaktype, 'status', z.status,
          'werkvoorraad', z.werkvoorraad, 'behandelaarId', z.behandelaar_id, 'behandelaarNaam', g.naam,
          'meldingsdatum', z.meldingsdatum, 'omschrijving', z.omschrijving, 'rol', zp.rol,
          'afgeslotenOp', z.afgesloten_op, 'versie', z.versie) order by z.meldingsdatum desc, z.id), '[]')
        from zaak_personen zp join zaken z on z.id = zp.zaak_id left join gebruikers g on g.id = z.behandelaar_id
        where zp.persoon_id = personen.id)`,
      contacten: sql<ContactJson[]>`(
        select coalesce(json_agg(json_build_object(
          'id', c.id, 'tijdstip', c.tijdstip, 'kanaal', c.kanaal, 'thema', c.thema, 'vraag', c.vraag,
          'uitkomst', c.uitkomst, 'door', g.naam, 'zaaknummer', z.zaaknummer) order by c.tijdstip desc), '[]')
        from (select * from contacten where persoon_id = personen.id order by tijdstip desc limit ${contactLimiet}) c
        join gebruikers g on g.id = c.geregistreerd_door left join zaken z on z.id = c.zaak_id)`,
    })
    .from(personen)
    .where(eq(personen.id, persoonId))
    .limit(1);
  if (!rij) return undefined;
  return {
    persoon: rij.persoon,
    wijk: rij.wijk,
    relaties: rij.relaties,
    zaken: rij.zaken.slice(0, 500),
    contacten: rij.contacten.map(
      ({ door, zaaknummer, tijdstip, ...contact }): ContactRegel => ({
        contact: { ...contact, tijdstip: new Date(tijdstip) },
        door,
        zaaknummer,
      }),
    ),
  };
}
