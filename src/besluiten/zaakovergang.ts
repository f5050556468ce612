/**
 * The zaak follows the besluiten area through the existing state machine (domain/zaak/statusmachine via
 * zaken/acties): a besluit is `neem-besluit`, a bezwaar `dien-bezwaar-in` / `beslis-op-bezwaar`, an evaluatie
 * `start-evaluatie` + its outcome, an afsluiting `sluit-af`. Saving goes through zaak-acties#bewaar, so the
 * nearest deadline, the history and the audit trail are kept exactly as for any other zaak action.
 */
import type { FastifyRequest } from "fastify";
import type { Ingelogd } from "../auth/sessies";
import type { Tx } from "../db/client";
import { werkZaakBij, type ZaakRij } from "../db/zaken";
import type { ActieCode } from "../domain/zaak/statusmachine";
import { HttpProblem } from "../http/problem";
import { bewaar } from "../http/routes/zaak-acties";
import { type ActieInvoer, type OpgeslagenFeiten, voerZaakActieUit } from "../zaken/acties";

export interface Overgang {
  actie: ActieCode;
  invoer: ActieInvoer;
  /** Extra facts to record with the transition (after the state machine's own). */
  feiten?: (feiten: OpgeslagenFeiten) => OpgeslagenFeiten;
  /** Other columns of the zaak to change with it (e.g. a new meldingsdatum at a herindicatie). */
  zaak?: { meldingsdatum?: string };
  toelichting?: string | null;
  gegevens?: Record<string, unknown>;
}

/** Dry run: would this transition be allowed now? (Dutch reason when not.) Changes nothing. */
export function toetsOvergang(
  rij: ZaakRij,
  actie: ActieCode,
  invoer: ActieInvoer,
  wie: Ingelogd,
): string | null {
  const uitkomst = voerZaakActieUit(rij, actie, invoer, wie.gebruikerId, new Date().toISOString());
  return uitkomst.ok ? null : uitkomst.reden;
}

/** Performs the transitions in order (each is one recorded event); 422 with the state machine's reason. */
export async function voerOvergangenUit(
  tx: Tx,
  request: FastifyRequest,
  wie: Ingelogd,
  zaak: ZaakRij,
  overgangen: readonly Overgang[],
): Promise<ZaakRij> {
  let rij = zaak;
  for (const o of overgangen) {
    if (o.zaak?.meldingsdatum) {
      const bijgewerkt = await werkZaakBij(tx, rij.id, rij.versie, { meldingsdatum: o.zaak.meldingsdatum });
      if (!bijgewerkt) throw new HttpProblem(409, "Iemand anders heeft deze zaak intussen gewijzigd.");
      rij = bijgewerkt;
    }
    const uitkomst = voerZaakActieUit(rij, o.actie, o.invoer, wie.gebruikerId, new Date().toISOString());
    if (!uitkomst.ok) throw new HttpProblem(422, uitkomst.reden);
    const feiten = o.feiten ? o.feiten(uitkomst.feiten) : uitkomst.feiten;
    rij = await bewaar(
      tx,
      request,
      wie,
      rij,
      { status: uitkomst.status, feiten, afgeslotenOp: uitkomst.afgeslotenOp },
      {
        soort: o.actie,
        toelichting: o.toelichting ?? uitkomst.gebeurtenis.toelichting,
        gegevens: { ...uitkomst.gebeurtenis.gegevens, datum: o.invoer.datum, ...(o.gegevens ?? {}) },
      },
    );
  }
  return rij;
}
