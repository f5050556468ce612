/**
 * Bridges a stored zaak to the "children involved → casemanager Veilig Opgroeien" rule
 * (domain/werkverdeling/veilig-opgroeien): loads the persons and household, reads the recorded raadpleging
 * from zaken.feiten and names the casemanager.
 */
import type { VeiligOpgroeienCheck } from "../contract/werkverdeling";
import type { Executor } from "../db/client";
import { haalMedewerker, personenVoorCasus } from "../db/werkverdeling";
import type { ZaakRij } from "../db/zaken";
import { type Raadpleging, veiligOpgroeienCheck } from "../domain/werkverdeling/veilig-opgroeien";

/** The key in zaken.feiten under which the raadpleging is stored. */
export const RAADPLEGING_FEIT = "casemanagerVeiligOpgroeien";

export function raadplegingUitFeiten(feiten: unknown): Raadpleging | null {
  const waarde = (feiten as Record<string, unknown> | null)?.[RAADPLEGING_FEIT];
  return waarde && typeof waarde === "object" ? (waarde as Raadpleging) : null;
}

export async function veiligOpgroeienVanZaak(
  tx: Executor,
  rij: Pick<ZaakRij, "id" | "werkvoorraad" | "zaaktype" | "feiten">,
  peildatum: string,
): Promise<VeiligOpgroeienCheck> {
  const raadpleging = raadplegingUitFeiten(rij.feiten);
  const check = veiligOpgroeienCheck(
    {
      werkvoorraad: rij.werkvoorraad,
      zaaktype: rij.zaaktype,
      personen: await personenVoorCasus(tx, rij.id),
      raadpleging,
    },
    peildatum,
  );
  if (!check.nodig)
    return { nodig: false, open: false, minderjarigen: 0, uitleg: check.uitleg, raadpleging: null };
  const medewerker = raadpleging ? await haalMedewerker(tx, raadpleging.medewerkerId) : undefined;
  return {
    nodig: true,
    open: check.open,
    minderjarigen: check.minderjarigen,
    uitleg: check.uitleg,
    raadpleging: raadpleging
      ? {
          soort: raadpleging.soort,
          medewerker: { id: raadpleging.medewerkerId, naam: medewerker?.naam ?? "onbekend" },
          op: raadpleging.op,
          toelichting: raadpleging.toelichting,
        }
      : null,
  };
}
