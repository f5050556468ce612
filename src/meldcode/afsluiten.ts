/**
 * Closing a Meldcode: refused (422, rule `melding-veilig-thuis-vereist`) while a melding at Veilig Thuis is
 * required by the afwegingskader or the decisions and none was recorded (domain/meldcode#toetsAfsluiten). The
 * zaak's history notes the closing, without content.
 */
import type { MeldcodeRij } from "../db/meldcode";
import { toetsAfsluiten } from "../domain/meldcode/meldcode";
import type { Handeling } from "../handeling/context";
import { nu } from "../lib/klok";
import type { OpgeslagenFeiten } from "../zaken/acties";
import { bewaarZaak } from "../zaken/zaak";
import { bewaarMeldcode, laadMeldcode } from "./meldcode";
import { weigerMeldcode } from "./weigering";

export async function sluitMeldcodeAf(
  h: Handeling,
  id: string,
  versie: number,
  toelichting: string,
): Promise<MeldcodeRij> {
  const geladen = await laadMeldcode(h, id, { voor: "wijzigen", versie });
  weigerMeldcode(toetsAfsluiten(geladen.meldcode, toelichting));
  const rij = await bewaarMeldcode(
    h,
    geladen,
    {
      status: "afgesloten",
      afgeslotenDoor: h.wie.medewerkerId,
      afgeslotenOp: nu(),
      afsluiting: toelichting.trim(),
    },
    "afgesloten",
  );
  await bewaarZaak(
    h,
    geladen.zaak,
    { feiten: geladen.zaak.feiten as OpgeslagenFeiten },
    { soort: "meldcode-afgesloten", toelichting: "Meldcode afgesloten.", gegevens: { meldcodeId: id } },
  );
  return rij;
}
