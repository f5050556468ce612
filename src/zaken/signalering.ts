/**
 * The daily signalering: first the levering follows the calendar (levering/dagelijks: a ZIN start whose day has
 * come, a 307's Einddatum reached or the besluit's einddatum passed), then the nearest deadline of every open
 * zaak is recomputed (deadlines move when an opschorting is still running, statuses turn to verlopen as days
 * pass) and what is overdue is counted.
 * Safe with several app processes: the day is claimed with a unique insert, so exactly one runs it.
 */
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { signaleringsrondes, zaken } from "../db/schema";
import { type LeveringRonde, volgLeveringenVanDag } from "../levering/dagelijks";
import { volgendeTermijn } from "./termijnen";

export interface Signaleringsronde {
  uitgevoerd: boolean;
  zaken: number;
  bijgewerkt: number;
  verlopen: number;
  /** Zaken whose levering started or ended today, and the steps the state machine refused. */
  levering: LeveringRonde;
}

export async function voerSignaleringUit(
  db: Db,
  vandaag: string,
  voortgang: (verwerkt: number) => void = () => {},
  batch = 2000,
): Promise<Signaleringsronde> {
  const geclaimd = await db
    .insert(signaleringsrondes)
    .values({ datum: vandaag })
    .onConflictDoNothing()
    .returning();
  const levering: LeveringRonde = { gestart: 0, beeindigd: 0, geweigerd: 0, mislukt: 0 };
  if (geclaimd.length === 0) return { uitgevoerd: false, zaken: 0, bijgewerkt: 0, verlopen: 0, levering };
  Object.assign(levering, await volgLeveringenVanDag(db, vandaag));
  let vanaf = "00000000-0000-0000-0000-000000000000";
  let aantal = 0;
  let bijgewerkt = 0;
  let verlopen = 0;
  for (;;) {
    const rijen = await db
      .select({
        id: zaken.id,
        zaaktype: zaken.zaaktype,
        meldingsdatum: zaken.meldingsdatum,
        feiten: zaken.feiten,
        datum: zaken.volgendeTermijnDatum,
        soort: zaken.volgendeTermijnSoort,
      })
      .from(zaken)
      .where(and(isNull(zaken.afgeslotenOp), gt(zaken.id, vanaf)))
      .orderBy(asc(zaken.id))
      .limit(batch);
    if (rijen.length === 0) break;
    for (const rij of rijen) {
      const volgende = volgendeTermijn(rij, vandaag);
      const datum = volgende?.uiterlijkeDatum ?? null;
      const soort = volgende?.soort ?? null;
      if (datum !== rij.datum || soort !== rij.soort) {
        await db
          .update(zaken)
          .set({ volgendeTermijnDatum: datum, volgendeTermijnSoort: soort })
          .where(eq(zaken.id, rij.id));
        bijgewerkt++;
      }
      if (datum !== null && datum < vandaag) verlopen++;
    }
    aantal += rijen.length;
    voortgang(aantal);
    vanaf = rijen.at(-1)?.id ?? vanaf;
  }
  await db
    .update(signaleringsrondes)
    .set({ klaarOp: sql`now()`, zaken: aantal, bijgewerkt, verlopen })
    .where(eq(signaleringsrondes.datum, vandaag));
  return { uitgevoerd: true, zaken: aantal, bijgewerkt, verlopen, levering };
}

/** Checks every `intervalMs` whether today's run is due; returns a stop function. */
export function startSignaleringPlanner(
  db: Db,
  vandaag: () => string,
  log: { info: (o: object, m: string) => void; error: (o: object, m: string) => void },
  intervalMs = 10 * 60_000,
): () => void {
  let laatste = "";
  let bezig = false;
  const controleer = async () => {
    const dag = vandaag();
    if (bezig || dag === laatste) return;
    bezig = true;
    try {
      const ronde = await voerSignaleringUit(db, dag);
      laatste = dag;
      if (ronde.uitgevoerd) log.info(ronde, "dagelijkse signalering van termijnen uitgevoerd");
    } catch (fout) {
      log.error({ err: fout }, "dagelijkse signalering mislukt");
    } finally {
      bezig = false;
    }
  };
  void controleer();
  const timer = setInterval(() => void controleer(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
