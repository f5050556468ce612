/**
 * The Atw calendar of this process: the days equated with a feestdag by Koninklijk Besluit (Algemene
 * termijnenwet art. 3 lid 3) as the beheerder keeps them in `gelijkgestelde_dagen`, made into the domain's
 * `Kalender`. Loaded at start (main.ts, test/app.ts, the scripts) before any deadline is computed, reloaded
 * right after the beheerder changes the list and every few minutes, so several app processes agree within
 * that interval. There is no default: before the first load, asking for the calendar is refused (503), so no
 * deadline is ever computed without the KB days.
 */
import { asc } from "drizzle-orm";
import type { Db } from "../db/client";
import { gelijkgesteldeDagen } from "../db/schema";
import { alsSysteem } from "../db/tenant";
import { type Kalender, maakKalender } from "../domain/termijnen/kalender";
import { nietBeschikbaar } from "../handeling/weigering";

let geladen: Kalender | undefined;

/** Reads the equated days (national data, as the system) and makes them the calendar of this process. */
export async function laadKalender(db: Db): Promise<Kalender> {
  const dagen = await alsSysteem(db, (tx) =>
    tx
      .select({ datum: gelijkgesteldeDagen.datum, omschrijving: gelijkgesteldeDagen.omschrijving })
      .from(gelijkgesteldeDagen)
      .orderBy(asc(gelijkgesteldeDagen.datum)),
  );
  geladen = maakKalender(dagen);
  return geladen;
}

/** The loaded calendar; refused (niet beschikbaar) when `laadKalender` has not run yet. */
export function huidigeKalender(): Kalender {
  if (!geladen) {
    throw nietBeschikbaar(
      "De kalender met de gelijkgestelde feestdagen is nog niet geladen; termijnen kunnen nu niet worden berekend.",
    );
  }
  return geladen;
}

/** Reloads the calendar every `intervalMs` (another process may have changed it); returns the stop function. */
export function startKalenderVerversing(
  db: Db,
  log: { error: (o: object, m: string) => void },
  intervalMs = 5 * 60_000,
): () => void {
  const timer = setInterval(() => {
    laadKalender(db).catch((fout) =>
      log.error({ err: fout }, "kalender verversen mislukt; de vorige blijft"),
    );
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
