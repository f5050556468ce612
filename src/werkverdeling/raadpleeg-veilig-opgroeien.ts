import type { RaadplegingVerzoek } from "../contract/werkverdeling";
import { haalMedewerker } from "../db/werkverdeling";
import type { ZaakRij } from "../db/zaken";
import {
  type Raadpleging,
  toetsRaadpleging,
  toetsRaadplegingOpZaak,
} from "../domain/werkverdeling/veilig-opgroeien";
import type { Handeling } from "../handeling/context";
import { ongeldig, regelOvertreden } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import type { OpgeslagenFeiten } from "../zaken/acties";
import { bewaarZaak, laadZaak } from "../zaken/zaak";
import { RAADPLEGING_FEIT } from "./veilig-opgroeien";

/**
 * Records that a casemanager Veilig Opgroeien was consulted on, or joined, a Regiegroep zaak with children
 * (stored in zaken.feiten; one who joined may then see the zaak, see zaken/zaak.ts#zaakResource).
 */
export async function raadpleegVeiligOpgroeien(
  h: Handeling,
  zaakId: string,
  versie: number,
  v: RaadplegingVerzoek,
): Promise<ZaakRij> {
  const rij = await laadZaak(h, zaakId, { voor: "wijzigen", versie });
  const medewerker = await haalMedewerker(h.tx, v.medewerkerId);
  const fouten = toetsRaadpleging(
    { op: v.op, medewerker },
    { meldingsdatum: rij.meldingsdatum, vandaag: vandaag() },
  );
  if (fouten.length > 0) throw ongeldig("De raadpleging is niet geldig.", fouten);
  const weigering = toetsRaadplegingOpZaak({ ...rij, afgesloten: rij.afgeslotenOp !== null });
  if (weigering) throw regelOvertreden(weigering.melding, undefined, weigering.regel);
  const raadpleging: Raadpleging = { ...v, vastgelegdDoor: h.wie.medewerkerId };
  const feiten = { ...(rij.feiten as OpgeslagenFeiten), [RAADPLEGING_FEIT]: raadpleging };
  return bewaarZaak(
    h,
    rij,
    { feiten },
    {
      soort: "veilig-opgroeien-raadpleging",
      toelichting: v.toelichting,
      gegevens: { soort: v.soort, medewerkerId: v.medewerkerId, op: v.op },
    },
  );
}
