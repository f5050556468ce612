/**
 * Data access of the veiligheidsprotocollen (domain/protocollen). Runs in the caller's gemeente transaction (RLS):
 * texts are appended as versions, meldingen change only on the versie the caller saw, steps are appended.
 */
import { and, arrayContains, asc, count, desc, eq, sql } from "drizzle-orm";
import type { Executor, Tx } from "./client";
import { gebruikers, protocolmeldingen, protocolstappen, protocolteksten, zaken } from "./schema";

export type ProtocoltekstRij = typeof protocolteksten.$inferSelect;
export type ProtocolmeldingRij = typeof protocolmeldingen.$inferSelect;
export type ProtocolstapRij = typeof protocolstappen.$inferSelect;

const gemeente = sql`voordeur_gemeente()::bpchar`;

/** The current text of every protocol of the gemeente (the highest versie per soort). */
export function huidigeProtocolteksten(tx: Executor): Promise<ProtocoltekstRij[]> {
  return tx
    .selectDistinctOn([protocolteksten.soort])
    .from(protocolteksten)
    .orderBy(protocolteksten.soort, desc(protocolteksten.versie));
}

/** Every version of one protocol, newest first. */
export function versiesVanProtocol(tx: Executor, soort: string): Promise<ProtocoltekstRij[]> {
  return tx
    .select()
    .from(protocolteksten)
    .where(eq(protocolteksten.soort, soort))
    .orderBy(desc(protocolteksten.versie))
    .limit(200);
}

/** Appends a version; undefined when that versie exists already (someone saved in between). */
export async function voegProtocoltekstToe(
  tx: Tx,
  waarden: { soort: string; versie: number; titel: string; tekst: string; gewijzigdDoor: string | null },
): Promise<ProtocoltekstRij | undefined> {
  const [rij] = await tx
    .insert(protocolteksten)
    .values({ ...waarden, gemeenteCode: gemeente })
    .onConflictDoNothing()
    .returning();
  return rij;
}

/** Base seed (as system): the first version of a protocol for a gemeente that has none. */
export async function zaaiProtocoltekst(
  tx: Tx,
  gemeenteCode: string,
  soort: string,
  tekst: { titel: string; tekst: string },
): Promise<void> {
  await tx
    .insert(protocolteksten)
    .values({ gemeenteCode, soort, versie: 1, ...tekst, gewijzigdDoor: null })
    .onConflictDoNothing();
}

export async function voegProtocolmeldingToe(
  tx: Tx,
  waarden: Pick<ProtocolmeldingRij, "protocol" | "wat" | "waar" | "wanneer" | "zaakId" | "melderId">,
): Promise<ProtocolmeldingRij> {
  const [rij] = await tx
    .insert(protocolmeldingen)
    .values({ ...waarden, gemeenteCode: gemeente })
    .returning();
  if (!rij) throw new Error("melding niet opgeslagen");
  return rij;
}

export async function haalProtocolmelding(tx: Executor, id: string): Promise<ProtocolmeldingRij | undefined> {
  const [rij] = await tx.select().from(protocolmeldingen).where(eq(protocolmeldingen.id, id)).limit(1);
  return rij;
}

/** Meldingen, the open ones first and then newest first; only the melder's own when `melderId` is given. */
export async function lijstProtocolmeldingen(
  tx: Executor,
  opties: { melderId?: string | undefined; pagina: number; perPagina: number },
): Promise<{ items: ProtocolmeldingRij[]; totaal: number }> {
  const waar = opties.melderId ? eq(protocolmeldingen.melderId, opties.melderId) : undefined;
  const items = await tx
    .select()
    .from(protocolmeldingen)
    .where(waar)
    .orderBy(sql`${protocolmeldingen.status} = 'afgesloten'`, desc(protocolmeldingen.gemeldOp))
    .limit(opties.perPagina)
    .offset((opties.pagina - 1) * opties.perPagina);
  const [telling] = await tx.select({ n: count() }).from(protocolmeldingen).where(waar);
  return { items, totaal: telling?.n ?? 0 };
}

/** Saves a change on `versie`; undefined = someone changed it in between. */
export async function werkProtocolmeldingBij(
  tx: Tx,
  id: string,
  versie: number,
  waarden: Partial<
    Pick<
      ProtocolmeldingRij,
      "status" | "opgestartDoor" | "opgestartOp" | "afgeslotenDoor" | "afgeslotenOp" | "evaluatie"
    >
  >,
): Promise<ProtocolmeldingRij | undefined> {
  const [rij] = await tx
    .update(protocolmeldingen)
    .set({ ...waarden, versie: sql`${protocolmeldingen.versie} + 1` })
    .where(and(eq(protocolmeldingen.id, id), eq(protocolmeldingen.versie, versie)))
    .returning();
  return rij;
}

export async function voegProtocolstapToe(
  tx: Tx,
  waarden: Pick<ProtocolstapRij, "meldingId" | "tijdstip" | "wat" | "door" | "vastgelegdDoor">,
): Promise<void> {
  await tx.insert(protocolstappen).values({ ...waarden, gemeenteCode: gemeente });
}

/** The steps of a melding in the order they happened. */
export function stappenVanMelding(tx: Executor, meldingId: string): Promise<ProtocolstapRij[]> {
  return tx
    .select()
    .from(protocolstappen)
    .where(eq(protocolstappen.meldingId, meldingId))
    .orderBy(asc(protocolstappen.tijdstip), asc(protocolstappen.vastgelegdOp))
    .limit(500);
}

/** The active teamleiders of the gemeente, who receive a melding. */
export function teamleidersVanGemeente(tx: Executor) {
  return tx
    .select({ id: gebruikers.id, email: gebruikers.email })
    .from(gebruikers)
    .where(and(arrayContains(gebruikers.rollen, ["teamleider"]), eq(gebruikers.actief, true)));
}

/** The zaak with this zaaknummer in the gemeente (RLS). */
export async function zaakMetNummer(tx: Executor, zaaknummer: string) {
  const [rij] = await tx.select().from(zaken).where(eq(zaken.zaaknummer, zaaknummer)).limit(1);
  return rij;
}
