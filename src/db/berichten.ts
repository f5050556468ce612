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

export async function slaBerichtOp(tx: Executor, waarden: NieuwBericht): Promise<{ id: string }> {
  const [rij] = await tx.insert(berichten).values(waarden).returning({ id: berichten.id });
  if (!rij) throw new Error("bericht niet opgeslagen");
  return rij;
}

/** Stores messages in one statement (the outbox rows of a batch: retours). */
export async function slaBerichtenOp(tx: Executor, waarden: NieuwBericht[]): Promise<void> {
  if (waarden.length > 0) await tx.insert(berichten).values(waarden);
}

/** The key that makes an incoming message unique: sender + BerichtIdentificatie (+ code). */
export type Berichtsleutel = Pick<BerichtRij, "berichtcode" | "afzender" | "identificatie" | "dagtekening">;

export const sleutelTekst = (s: Berichtsleutel) =>
  `${s.berichtcode}|${s.afzender}|${s.identificatie}|${s.dagtekening}`;

/**
 * Stores incoming messages in one statement, skipping those whose sender + BerichtIdentificatie exists
 * (or repeats within the batch); returns the ids of the rows it stored by their key.
 */
export async function slaInkomendeOp(tx: Executor, waarden: NieuwBericht[]): Promise<Map<string, string>> {
  if (waarden.length === 0) return new Map();
  const rijen_ = await tx.insert(berichten).values(waarden).onConflictDoNothing().returning({
    id: berichten.id,
    berichtcode: berichten.berichtcode,
    afzender: berichten.afzender,
    identificatie: berichten.identificatie,
    dagtekening: berichten.dagtekening,
  });
  return new Map(rijen_.map((r) => [sleutelTekst(r), r.id]));
}

/** The incoming messages with these keys (the first result of duplicates), by key. */
export async function zoekInkomende(
  tx: Executor,
  sleutels: Berichtsleutel[],
): Promise<Map<string, BerichtRij>> {
  if (sleutels.length === 0) return new Map();
  const gezocht = new Set(sleutels.map(sleutelTekst));
  // One index range per identificatie (berichten_identificatie_uq); the exact key is checked here.
  const rijen_ = await tx
    .select()
    .from(berichten)
    .where(
      and(
        eq(berichten.gemeenteCode, sql`voordeur_gemeente()::bpchar`),
        eq(berichten.richting, "inkomend"),
        inArray(berichten.berichtcode, [...new Set(sleutels.map((s) => s.berichtcode))]),
        inArray(berichten.afzender, [...new Set(sleutels.map((s) => s.afzender))]),
        inArray(berichten.identificatie, [...new Set(sleutels.map((s) => s.identificatie))]),
      ),
    );
  return new Map(rijen_.filter((r) => gezocht.has(sleutelTekst(r))).map((r) => [sleutelTekst(r), r]));
}

/** The outcome of processing, written on each incoming message of a batch in one statement. */
export interface InkomendeUitkomst {
  id: string;
  status: string;
  verwerking: unknown;
  aandacht: string | null;
  persoonId: string | null;
  zaakId: string | null;
  heenberichtId: string | null;
}

export async function werkInkomendeBij(tx: Executor, uitkomsten: InkomendeUitkomst[]): Promise<void> {
  if (uitkomsten.length === 0) return;
  const waarden = sql.join(
    uitkomsten.map(
      (u) =>
        sql`(${u.id}::uuid, ${u.status}::text, ${JSON.stringify(u.verwerking)}::jsonb, ${u.aandacht}::text,
             ${u.persoonId}::uuid, ${u.zaakId}::uuid, ${u.heenberichtId}::uuid)`,
    ),
    sql`, `,
  );
  await tx.execute(
    sql`update berichten b set status = v.status, verwerking = v.verwerking, aandacht = v.aandacht,
          persoon_id = v.persoon_id, zaak_id = v.zaak_id, heenbericht_id = v.heen
        from (values ${waarden}) as v(id, status, verwerking, aandacht, persoon_id, zaak_id, heen)
        where b.id = v.id`,
  );
}

export async function haalBericht(tx: Executor, id: string): Promise<BerichtRij | undefined> {
  const [rij] = await tx.select().from(berichten).where(eq(berichten.id, id)).limit(1);
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
  // One statement: "changed since the last 301" compares with that message's time in a subquery.
  const laatste301 = sql`(select max(${berichten.aangemaaktOp}) from ${berichten}
    where ${berichten.gemeenteCode} = voordeur_gemeente()::bpchar and ${berichten.persoonId} = ${sleutel.persoonId}
      and ${berichten.aanbiederAgb} = ${sleutel.aanbiederAgb} and ${berichten.berichttype} = '301'
      and ${berichten.standaard} = ${sleutel.wet === "wmo" ? "iwmo" : "ijw"})`;
  const actueel: SQL | undefined = or(
    isNull(toewijzingen.einddatum),
    gte(toewijzingen.einddatum, sleutel.vandaag),
    sql`${toewijzingen.gewijzigdOp} >= coalesce(${laatste301}, '-infinity'::timestamptz)`,
  );
  const rijen_ = await tx
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
    );
  // Sorted here: an ORDER BY on the number tempts the planner into the (gemeente, wet, nummer) index.
  return rijen_.sort((a, b) => a.toewijzingnummer - b.toewijzingnummer);
}

/** The toewijzingen with these numbers under one law (one query for a batch of messages). */
export async function toewijzingenOpNummers(
  tx: Executor,
  wet: "wmo" | "jeugd",
  nummers: number[],
): Promise<ToewijzingRij[]> {
  if (nummers.length === 0) return [];
  return tx
    .select()
    .from(toewijzingen)
    .where(
      and(
        eq(toewijzingen.gemeenteCode, sql`voordeur_gemeente()::bpchar`),
        eq(toewijzingen.wet, wet),
        inArray(toewijzingen.toewijzingnummer, nummers),
      ),
    );
}

export type LeveringWaarden = Pick<ToewijzingRij, "zorgGestartOp" | "zorgGestoptOp" | "redenBeeindiging">;

/** Writes delivery states in one statement; `wijzigingen` = how many messages changed it (versie + n). */
export async function werkLeveringenBij(
  tx: Executor,
  leveringen: (LeveringWaarden & { id: string; wijzigingen: number })[],
): Promise<void> {
  if (leveringen.length === 0) return;
  const waarden = sql.join(
    leveringen.map(
      (l) =>
        sql`(${l.id}::uuid, ${l.zorgGestartOp}::date, ${l.zorgGestoptOp}::date, ${l.redenBeeindiging}::text,
             ${l.wijzigingen}::int)`,
    ),
    sql`, `,
  );
  await tx.execute(
    sql`update toewijzingen t set zorg_gestart_op = v.start, zorg_gestopt_op = v.stop,
          reden_beeindiging = v.reden, versie = t.versie + v.n, gewijzigd_op = clock_timestamp()
        from (values ${waarden}) as v(id, start, stop, reden, n)
        where t.id = v.id`,
  );
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
