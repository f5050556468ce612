/**
 * The zaak back to the Regiegroep after Spoed voor Jeugd (domain/regie/spoed): when the office opens again (the next
 * working day at 8.30) the zaak goes to the werkvoorraad Regiegroep, the event is recorded and the Regiegroep is
 * notified. A job run by the system actor "spoed-voor-jeugd" (as levering/dagelijks runs the daily levering): the
 * due hand-overs are found across gemeenten, each is handled in its own gemeente transaction, so one failure never
 * holds up the others; a failed one is logged by its id (never the case content) and tried again on the next run.
 * Safe to run often and from several processes: a hand-over is put back once (on its versie).
 */
import type { Db } from "../db/client";
import { haalRegieThema, terugTeZetten, werkRegieThemaBij } from "../db/regie";
import { alsSysteem, inGemeente } from "../db/tenant";
import { haalZaak } from "../db/zaken";
import type { Handeling } from "../handeling/context";
import { systeemHandeling } from "../handeling/systeem";
import type { OpgeslagenFeiten } from "../zaken/acties";
import { bewaarZaak } from "../zaken/zaak";
import { auditeerThema, informeerRegiegroep } from "./thema";

export const SYSTEEM_SPOED = "spoed-voor-jeugd";

/** One due hand-over: the zaak (when still open) to the Regiegroep; false when someone else did it already. */
export async function zetTerugNaarRegiegroep(h: Handeling, id: string, moment: Date): Promise<boolean> {
  const rij = await haalRegieThema(h.tx, id);
  if (!rij || rij.teruggezetOp || !rij.terugOp || rij.terugOp > moment) return false;
  const bijgewerkt = await werkRegieThemaBij(h.tx, rij.id, rij.versie, { teruggezetOp: moment });
  if (!bijgewerkt) return false;
  const zaak = await haalZaak(h.tx, rij.zaakId);
  if (!zaak || zaak.afgeslotenOp) return true;
  const terug = await bewaarZaak(
    h,
    zaak,
    { werkvoorraad: "regiegroep", feiten: zaak.feiten as OpgeslagenFeiten },
    {
      soort: "spoed-voor-jeugd-terug",
      toelichting: "Terug van Spoed voor Jeugd in de werkvoorraad Regiegroep.",
      gegevens: { regieThemaId: rij.id, vanWerkvoorraad: zaak.werkvoorraad },
    },
  );
  await informeerRegiegroep(
    h,
    terug,
    "spoed-voor-jeugd",
    `Zaak ${terug.zaaknummer} is terug van Spoed voor Jeugd en staat in de werkvoorraad Regiegroep.`,
  );
  await auditeerThema(h, terug, "spoed-jeugd", "wijzigen", "zaak terug naar de Regiegroep");
  return true;
}

export interface Terugzetting {
  teruggezet: number;
  /** Hand-overs whose step failed unexpectedly (rolled back; tried again on the next run). */
  mislukt: number;
}

type Log = { error: (o: object, m: string) => void };

/** What of an unexpected error may be logged: its kind and code, not its message (a database error can quote a row). */
export const foutSoort = (fout: unknown) => ({
  naam: fout instanceof Error ? fout.name : typeof fout,
  code: (fout as { code?: unknown } | null)?.code ?? null,
});

/**
 * Puts back every hand-over whose return moment has come by `moment`. `stap` is the step per hand-over (a test hands
 * in one that fails for one id).
 */
export async function zetSpoedzakenTerug(
  db: Db,
  moment: Date,
  opties: { log?: Log; stap?: typeof zetTerugNaarRegiegroep } = {},
): Promise<Terugzetting> {
  const { log, stap = zetTerugNaarRegiegroep } = opties;
  const ronde: Terugzetting = { teruggezet: 0, mislukt: 0 };
  const verzoekId = `${SYSTEEM_SPOED}:${moment.toISOString()}`;
  for (const k of await alsSysteem(db, (tx) => terugTeZetten(tx, moment))) {
    const tenant = {
      gemeenteCode: k.gemeente.code,
      samenwerkingsverbandCode: k.gemeente.samenwerkingsverbandCode,
    };
    const gedaan = await inGemeente(db, tenant, (tx) =>
      stap(systeemHandeling(tx, k.gemeente, SYSTEEM_SPOED, verzoekId), k.id, moment),
    ).catch((fout: unknown) => {
      log?.error(
        { regieThemaId: k.id, gemeente: k.gemeente.code, fout: foutSoort(fout) },
        "terugzetten na Spoed voor Jeugd mislukt voor één overdracht; de volgende ronde probeert het opnieuw",
      );
      return undefined;
    });
    if (gedaan === undefined) ronde.mislukt++;
    else if (gedaan) ronde.teruggezet++;
  }
  return ronde;
}

/** Runs the return every `intervalMs` (a hand-over comes back at 8.30; a few minutes late is fine). */
export function startSpoedTerugzetting(
  db: Db,
  klok: () => Date,
  log: { error: (o: object, m: string) => void },
  intervalMs = 5 * 60_000,
): () => void {
  let bezig = false;
  const controleer = async () => {
    if (bezig) return;
    bezig = true;
    try {
      await zetSpoedzakenTerug(db, klok(), { log });
    } catch (fout) {
      log.error({ err: fout }, "terugzetten na Spoed voor Jeugd mislukt");
    } finally {
      bezig = false;
    }
  };
  void controleer();
  const timer = setInterval(() => void controleer(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
