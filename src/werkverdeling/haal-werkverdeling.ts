import type { WerkverdelingVanZaak } from "../contract/werkverdeling";
import { agendapuntenVanZaak, laatsteToestemming } from "../db/casuistiek";
import type { ZaakRij } from "../db/zaken";
import { personenVanZaak } from "../db/zaken";
import { isRegiegroepZaak } from "../domain/werkverdeling/veilig-opgroeien";
import { verdeelmomentVoorZaak } from "../domain/werkverdeling/verdeelmoment";
import { auditeer, type Handeling } from "../handeling/context";
import { vandaag } from "../lib/klok";
import { laadZaak } from "../zaken/zaak";
import { veiligOpgroeienVanZaak } from "./veilig-opgroeien";

/**
 * The werkverdeling of a zaak: the Veilig Opgroeien check, the verdeelmoment of a Regiegroep zaak that is not
 * picked up yet, the consent to discuss it by name and its casuïstiek agendapunten. Audited per person.
 * `geladen`: the zaak the calling act read already (see `laadZaak`); the policy is asked all the same.
 */
export async function haalWerkverdeling(
  h: Handeling,
  zaakId: string,
  geladen?: ZaakRij,
): Promise<WerkverdelingVanZaak> {
  const { tx } = h;
  const rij = await laadZaak(h, zaakId, { voor: "lezen" }, geladen);
  const dag = vandaag();
  const toestemming = await laatsteToestemming(tx, rij.id);
  const punten = await agendapuntenVanZaak(tx, rij.id);
  const personen = await personenVanZaak(tx, rij.id);
  await auditeer(
    h,
    [...new Set(personen.map((p) => p.persoonId))].map((persoonId) => ({
      actie: "lezen" as const,
      resource: "werkverdeling",
      persoonId,
      reden: `werkverdeling van zaak ${rij.zaaknummer} bekeken`,
    })),
  );
  return {
    veiligOpgroeien: await veiligOpgroeienVanZaak(tx, rij, dag),
    verdeelmoment:
      isRegiegroepZaak(rij) && rij.afgeslotenOp === null && rij.behandelaarId === null
        ? verdeelmomentVoorZaak(dag, rij.veiligheid)
        : null,
    toestemming: toestemming
      ? {
          gegevenDoor: toestemming.toestemming.gegevenDoor,
          op: toestemming.toestemming.op,
          wijze: toestemming.toestemming.wijze as "mondeling",
          toelichting: toestemming.toestemming.toelichting,
          ingetrokkenOp: toestemming.toestemming.ingetrokkenOp,
          vastgelegdDoor: toestemming.vastgelegdDoor,
        }
      : null,
    agendapunten: punten.map(({ punt, overleg, uitkomstDoor }) => ({
      overlegId: overleg.id,
      datum: overleg.datum,
      titel: overleg.titel,
      uitkomst: punt.uitkomstOp
        ? {
            advies: punt.advies ?? "",
            besluiten: punt.besluiten,
            door: uitkomstDoor,
            op: punt.uitkomstOp.toISOString(),
          }
        : null,
    })),
  };
}
