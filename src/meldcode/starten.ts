/**
 * Starting a Meldcode from a zaak (DOMAIN §5): whoever may read the zaak, and the IAG, may start one (policy rule 18); one runs
 * at a time per zaak. The zaak's history notes that a Meldcode was started — without content, so everyone with
 * access to the zaak sees the involvement.
 */
import { type MeldcodeRij, voegMeldcodeToe } from "../db/meldcode";
import { haalZaak, type ZaakRij } from "../db/zaken";
import { auditeer, type Handeling, vereis } from "../handeling/context";
import { conflict, nietGevonden } from "../handeling/weigering";
import type { OpgeslagenFeiten } from "../zaken/acties";
import { bewaarZaak, hoofdpersoonVan, ZAAK_GEWIJZIGD } from "../zaken/zaak";
import { meldcodeResource } from "./resource";

export const MELDCODE_LOOPT_AL = "Er loopt al een Meldcode op deze zaak.";

export async function startMeldcode(
  h: Handeling,
  zaakId: string,
  versie: number,
): Promise<{ meldcode: MeldcodeRij; zaak: ZaakRij }> {
  // Not through the zaak's read policy: the Meldcode's own rule decides (the IAG may start one on a zaak it cannot
  // read). The version still guards against a change the caller did not see.
  const zaak = await haalZaak(h.tx, zaakId);
  if (!zaak) throw nietGevonden();
  vereis(h.wie, "aanmaken", meldcodeResource(h.wie, zaak, "inhoud", null));
  if (zaak.versie !== versie) throw conflict(ZAAK_GEWIJZIGD);
  const meldcode = await voegMeldcodeToe(h.tx, { zaakId: zaak.id, auteurId: h.wie.medewerkerId });
  if (!meldcode) throw conflict(MELDCODE_LOOPT_AL);
  const bijgewerkt = await bewaarZaak(
    h,
    zaak,
    { feiten: zaak.feiten as OpgeslagenFeiten },
    {
      soort: "meldcode-gestart",
      toelichting: "Meldcode huiselijk geweld en kindermishandeling gestart.",
      gegevens: { meldcodeId: meldcode.id },
    },
  );
  await auditeer(h, [
    {
      actie: "aanmaken",
      resource: "meldcode",
      persoonId: await hoofdpersoonVan(h, zaak.id),
      reden: `Meldcode gestart op zaak ${zaak.zaaknummer}`,
    },
  ]);
  return { meldcode, zaak: bijgewerkt };
}
