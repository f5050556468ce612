/**
 * Recording the start of the levering (PGB: there is no provider's 305). A&O or the consulent records it from
 * the besluit's ingangsdatum (domain/levering#toetsStartLevering); ZIN is refused, its levering starts with the
 * provider's 305. A zaaktype that delivers without a besluit (levering-zonder-besluit) starts from the plan.
 */
import type { ZaakRij } from "../db/zaken";
import { toetsStartLevering } from "../domain/levering/levering";
import type { Handeling } from "../handeling/context";
import { regelsOvertreden } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { voerActieUit } from "../zaken/zaak";
import { leveringsfeiten } from "./feiten";

export async function startLevering(
  h: Handeling,
  zaak: ZaakRij,
  invoer: { datum?: string | undefined; toelichting?: string | undefined },
): Promise<ZaakRij> {
  if (zaak.status !== "besluit") return voerActieUit(h, zaak, "start-levering", invoer);
  const { besluit } = await leveringsfeiten(h.tx, zaak.id);
  const datum = invoer.datum ?? vandaag();
  const toets = toetsStartLevering({ besluit, datum, vandaag: vandaag() });
  if (!toets.ok) throw regelsOvertreden([toets.overtreding]);
  const toelichting = invoer.toelichting?.trim() || "Start van de levering (pgb) vastgelegd.";
  return voerActieUit(
    h,
    zaak,
    "start-levering",
    { datum, toelichting },
    {
      feiten: (f) => ({ ...f, leveringEindigtOp: toets.eindigtOp }),
      gebeurtenis: { toelichting, gegevens: { eindigtOp: toets.eindigtOp, leveringsvorm: "pgb" } },
    },
  );
}
