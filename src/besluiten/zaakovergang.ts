import type { Ingelogd } from "../auth/sessies";
import { werkZaakBij, type ZaakRij } from "../db/zaken";
import type { ActieCode } from "../domain/zaak/statusmachine";
import type { Handeling } from "../handeling/context";
import { conflict, regelOvertreden } from "../handeling/weigering";
import { nu } from "../lib/klok";
import { type ActieInvoer, type OpgeslagenFeiten, voerZaakActieUit } from "../zaken/acties";
import { bewaarZaak } from "../zaken/zaak";

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
  const uitkomst = voerZaakActieUit(rij, actie, invoer, wie.gebruikerId, nu().toISOString());
  return uitkomst.ok ? null : uitkomst.reden;
}

/** Performs the transitions in order (each is one recorded event); 422 with the state machine's reason. */
export async function voerOvergangenUit(
  h: Handeling,
  zaak: ZaakRij,
  overgangen: readonly Overgang[],
): Promise<ZaakRij> {
  const { tx, wie } = h;
  let rij = zaak;
  for (const o of overgangen) {
    if (o.zaak?.meldingsdatum) {
      const bijgewerkt = await werkZaakBij(tx, rij.id, rij.versie, { meldingsdatum: o.zaak.meldingsdatum });
      if (!bijgewerkt) throw conflict("Iemand anders heeft deze zaak intussen gewijzigd.");
      rij = bijgewerkt;
    }
    const uitkomst = voerZaakActieUit(rij, o.actie, o.invoer, wie.gebruikerId, nu().toISOString());
    if (!uitkomst.ok) throw regelOvertreden(uitkomst.reden);
    const feiten = o.feiten ? o.feiten(uitkomst.feiten) : uitkomst.feiten;
    rij = await bewaarZaak(
      h,
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
