import { werkZaakBij, type ZaakRij } from "../db/zaken";
import type { ActieCode } from "../domain/zaak/statusmachine";
import type { Handeling } from "../handeling/context";
import { conflict } from "../handeling/weigering";
import type { ActieInvoer, OpgeslagenFeiten } from "../zaken/acties";
import { voerActieUit, ZAAK_GEWIJZIGD } from "../zaken/zaak";

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

/**
 * Herindicatie: a new melding on the same zaak (004 §4.6). The zaak's meldingsdatum moves to `datum`, so the
 * new cycle's terms (onderzoek, aanvraag) run from it; the family's plan gets a new version.
 */
export function herindicatie(datum: string, toelichting: string): Overgang {
  return { actie: "herindicatie", invoer: { datum }, zaak: { meldingsdatum: datum }, toelichting };
}

/** Performs the transitions in order (each is one recorded event); 422 with the state machine's reason. */
export async function voerOvergangenUit(
  h: Handeling,
  zaak: ZaakRij,
  overgangen: readonly Overgang[],
): Promise<ZaakRij> {
  let rij = zaak;
  for (const o of overgangen) {
    if (o.zaak?.meldingsdatum) {
      const bijgewerkt = await werkZaakBij(h.tx, rij.id, rij.versie, { meldingsdatum: o.zaak.meldingsdatum });
      if (!bijgewerkt) throw conflict(ZAAK_GEWIJZIGD);
      rij = bijgewerkt;
    }
    rij = await voerActieUit(h, rij, o.actie, o.invoer, {
      ...(o.feiten ? { feiten: o.feiten } : {}),
      gebeurtenis: {
        ...(o.toelichting !== undefined ? { toelichting: o.toelichting } : {}),
        ...(o.gegevens ? { gegevens: o.gegevens } : {}),
      },
    });
  }
  return rij;
}
