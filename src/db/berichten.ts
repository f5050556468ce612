import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import { type Executor, rijen } from "./client";
import { berichten, toewijzingen, verzoeken } from "./schema";

export type BerichtRij = typeof berichten.$inferSelect;
export type NieuwBericht = typeof berichten.$inferInsert;
export type VerzoekRij = typeof verzoeken.$inferSelect;
export type ToewijzingRij = typeof toewijzingen.$inferSelect;

/** Identificatie of an outgoing message: unique per sender, at most 12 characters. */
export async function nieuweBerichtIdentificatie(tx: Executor): Promise<string> {
  const [rij] = await rijen<{ n: string }>(tx, sql`select nextval('bericht_identificatie_seq')::text as n`);
  return rij?.n ?? "0";
}

export async function slaBerichtOp(tx: Executor, waarden: NieuwBericht): Promise<BerichtRij> {
  const [rij] = await tx.insert(berichten).values(waarden).returning();
  if (!rij) throw new Error("bericht niet opgeslagen");
  return rij;
}

/** Stores an incoming message unless the same sender + BerichtIdentificatie exists (then undefined). */
export async function slaInkomendOp(tx: Executor, waarden: NieuwBericht): Promise<BerichtRij | undefined> {
  const [rij] = await tx.insert(berichten).values(waarden).onConflictDoNothing().returning();
  return rij;
}

export async function haalBericht(tx: Executor, id: string): Promise<BerichtRij | undefined> {
  const [rij] = await tx.select().from(berichten).where(eq(berichten.id, id)).limit(1);
  return rij;
}

/** The message with this sender + BerichtIdentificatie (idempotency of incoming messages). */
export async function zoekBericht(
  tx: Executor,
  sleutel: Pick<BerichtRij, "richting" | "berichtcode" | "afzender" | "identificatie" | "dagtekening">,
): Promise<BerichtRij | undefined> {
  const [rij] = await tx
    .select()
    .from(berichten)
    .where(
      and(
        eq(berichten.gemeenteCode, sql`voordeur_gemeente()::bpchar`),
        eq(berichten.richting, sleutel.richting),
        eq(berichten.berichtcode, sleutel.berichtcode),
        eq(berichten.afzender, sleutel.afzender),
        eq(berichten.identificatie, sleutel.identificatie),
        eq(berichten.dagtekening, sleutel.dagtekening),
      ),
    )
    .limit(1);
  return rij;
}

/** The message a retour answers: same Afzender and BerichtIdentificatie, of the type it answers. */
export async function zoekHeenbericht(
  tx: Executor,
  sleutel: { afzender: string; identificatie: string; dagtekening: string; berichttype: string },
): Promise<BerichtRij | undefined> {
  const [rij] = await tx
    .select()
    .from(berichten)
    .where(
      and(
        eq(berichten.gemeenteCode, sql`voordeur_gemeente()::bpchar`),
        eq(berichten.afzender, sleutel.afzender),
        eq(berichten.identificatie, sleutel.identificatie),
        eq(berichten.dagtekening, sleutel.dagtekening),
        eq(berichten.berichttype, sleutel.berichttype),
      ),
    )
    .limit(1);
  return rij;
}

export async function werkBerichtBij(tx: Executor, id: string, waarden: Partial<NieuwBericht>) {
  await tx.update(berichten).set(waarden).where(eq(berichten.id, id));
}

export interface BerichtFilter {
  richting?: "uitgaand" | "inkomend" | undefined;
  zaakId?: string | undefined;
  persoonId?: string | undefined;
  aanbiederAgb?: string | undefined;
  alleenAandacht?: boolean | undefined;
}

export async function lijstBerichten(tx: Executor, filter: BerichtFilter, pagina: number, perPagina: number) {
  const waar = and(
    eq(berichten.gemeenteCode, sql`voordeur_gemeente()::bpchar`),
    filter.richting ? eq(berichten.richting, filter.richting) : undefined,
    filter.zaakId ? eq(berichten.zaakId, filter.zaakId) : undefined,
    filter.persoonId ? eq(berichten.persoonId, filter.persoonId) : undefined,
    filter.aanbiederAgb ? eq(berichten.aanbiederAgb, filter.aanbiederAgb) : undefined,
    filter.alleenAandacht ? and(isNotNull(berichten.aandacht), isNull(berichten.afgehandeldOp)) : undefined,
  );
  const items = await tx
    .select({
      id: berichten.id,
      richting: berichten.richting,
      standaard: berichten.standaard,
      berichttype: berichten.berichttype,
      afzender: berichten.afzender,
      ontvanger: berichten.ontvanger,
      identificatie: berichten.identificatie,
      dagtekening: berichten.dagtekening,
      aanbiederAgb: berichten.aanbiederAgb,
      persoonId: berichten.persoonId,
      zaakId: berichten.zaakId,
      heenberichtId: berichten.heenberichtId,
      status: berichten.status,
      verwerking: berichten.verwerking,
      aandacht: berichten.aandacht,
      afgehandeldOp: berichten.afgehandeldOp,
      pogingen: berichten.pogingen,
      laatsteFout: berichten.laatsteFout,
      verzondenOp: berichten.verzondenOp,
      aangemaaktOp: berichten.aangemaaktOp,
    })
    .from(berichten)
    .where(waar)
    .orderBy(desc(berichten.aangemaaktOp), desc(berichten.id))
    .limit(perPagina)
    .offset((pagina - 1) * perPagina);
  const [telling] = await rijen<{ n: number }>(
    tx,
    sql`select count(*)::int as n from (select 1 from ${berichten} where ${waar} limit 10001) t`,
  );
  return { items, totaal: telling?.n ?? 0 };
}

export type BerichtLijstItem = Awaited<ReturnType<typeof lijstBerichten>>["items"][number];

/* ---- toewijzingen (kernel table) as the messages see them ---- */

/**
 * The toewijzingen of one client at one aanbieder under one law that belong in a 301: the current ones
 * (no einddatum or not yet ended) and those changed since the last 301 for this client and aanbieder.
 */
export async function toewijzingenVoor301(
  tx: Executor,
  sleutel: { persoonId: string; aanbiederAgb: string; wet: "wmo" | "jeugd"; vandaag: string },
): Promise<ToewijzingRij[]> {
  const [laatste] = await tx
    .select({ op: berichten.aangemaaktOp })
    .from(berichten)
    .where(
      and(
        eq(berichten.gemeenteCode, sql`voordeur_gemeente()::bpchar`),
        eq(berichten.persoonId, sleutel.persoonId),
        eq(berichten.aanbiederAgb, sleutel.aanbiederAgb),
        eq(berichten.berichttype, "301"),
        eq(berichten.standaard, sleutel.wet === "wmo" ? "iwmo" : "ijw"),
      ),
    )
    .orderBy(desc(berichten.aangemaaktOp))
    .limit(1);
  const actueel: SQL | undefined = or(
    isNull(toewijzingen.einddatum),
    gte(toewijzingen.einddatum, sleutel.vandaag),
    laatste ? gte(toewijzingen.gewijzigdOp, laatste.op) : sql`true`,
  );
  return tx
    .select()
    .from(toewijzingen)
    .where(
      and(
        eq(toewijzingen.gemeenteCode, sql`voordeur_gemeente()::bpchar`),
        eq(toewijzingen.persoonId, sleutel.persoonId),
        eq(toewijzingen.aanbiederAgb, sleutel.aanbiederAgb),
        eq(toewijzingen.wet, sleutel.wet),
        actueel,
      ),
    )
    .orderBy(asc(toewijzingen.toewijzingnummer));
}

export async function toewijzingOpNummer(
  tx: Executor,
  wet: "wmo" | "jeugd",
  nummer: number,
): Promise<ToewijzingRij | undefined> {
  const [rij] = await tx
    .select()
    .from(toewijzingen)
    .where(
      and(
        eq(toewijzingen.gemeenteCode, sql`voordeur_gemeente()::bpchar`),
        eq(toewijzingen.wet, wet),
        eq(toewijzingen.toewijzingnummer, nummer),
      ),
    )
    .limit(1);
  return rij;
}

export async function werkLeveringBij(
  tx: Executor,
  id: string,
  waarden: Pick<ToewijzingRij, "zorgGestartOp" | "zorgGestoptOp" | "redenBeeindiging">,
) {
  await tx
    .update(toewijzingen)
    .set({ ...waarden, versie: sql`${toewijzingen.versie} + 1`, gewijzigdOp: new Date() })
    .where(eq(toewijzingen.id, id));
}

/* ---- verzoeken (315/317) ---- */

export const OPEN_VERZOEK = ["open", "in-onderzoek"] as const;

export async function openVerzoekVan(tx: Executor, persoonId: string): Promise<VerzoekRij | undefined> {
  const [rij] = await tx
    .select()
    .from(verzoeken)
    .where(
      and(
        eq(verzoeken.gemeenteCode, sql`voordeur_gemeente()::bpchar`),
        eq(verzoeken.persoonId, persoonId),
        inArray(verzoeken.status, [...OPEN_VERZOEK]),
      ),
    )
    .limit(1);
  return rij;
}

export async function voegVerzoekToe(
  tx: Executor,
  waarden: typeof verzoeken.$inferInsert,
): Promise<VerzoekRij> {
  const [rij] = await tx.insert(verzoeken).values(waarden).returning();
  if (!rij) throw new Error("verzoek niet opgeslagen");
  return rij;
}

export async function haalVerzoek(tx: Executor, id: string): Promise<VerzoekRij | undefined> {
  const [rij] = await tx.select().from(verzoeken).where(eq(verzoeken.id, id)).limit(1);
  return rij;
}

export async function verzoekenVanZaak(tx: Executor, zaakId: string): Promise<VerzoekRij[]> {
  return tx
    .select()
    .from(verzoeken)
    .where(and(eq(verzoeken.gemeenteCode, sql`voordeur_gemeente()::bpchar`), eq(verzoeken.zaakId, zaakId)))
    .orderBy(desc(verzoeken.ontvangenOp))
    .limit(50);
}

/** Open verzoeken, oldest first (their answer clock ends first). */
export async function openVerzoeken(tx: Executor, pagina: number, perPagina: number) {
  const waar = and(
    eq(verzoeken.gemeenteCode, sql`voordeur_gemeente()::bpchar`),
    inArray(verzoeken.status, [...OPEN_VERZOEK]),
  );
  const items = await tx
    .select()
    .from(verzoeken)
    .where(waar)
    .orderBy(asc(verzoeken.ontvangenOp), asc(verzoeken.id))
    .limit(perPagina)
    .offset((pagina - 1) * perPagina);
  const [telling] = await rijen<{ n: number }>(
    tx,
    sql`select count(*)::int as n from (select 1 from ${verzoeken} where ${waar} limit 10001) t`,
  );
  return { items, totaal: telling?.n ?? 0 };
}

/** Saves the verzoek only when still at `versie` (optimistic locking); undefined = stale. */
export async function werkVerzoekBij(
  tx: Executor,
  id: string,
  versie: number,
  waarden: Partial<typeof verzoeken.$inferInsert>,
): Promise<VerzoekRij | undefined> {
  const [rij] = await tx
    .update(verzoeken)
    .set({ ...waarden, versie: sql`${verzoeken.versie} + 1` })
    .where(and(eq(verzoeken.id, id), eq(verzoeken.versie, versie)))
    .returning();
  return rij;
}
