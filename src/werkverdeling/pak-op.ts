import type { OppakkenVerzoek } from "../contract/werkverdeling";
import { haalMedewerker } from "../db/werkverdeling";
import type { ZaakRij } from "../db/zaken";
import { toetsOppakken } from "../domain/werkverdeling/behandelaar";
import type { Handeling } from "../handeling/context";
import { regelOvertreden } from "../handeling/weigering";
import type { OpgeslagenFeiten } from "../zaken/acties";
import { bewaarZaak, laadZaak, voerActieUit } from "../zaken/zaak";

/**
 * Oppakken: the zaak goes on the name of the caller or of a colleague who may handle its werkvoorraad, with
 * the overwegingen. A melding starts the onderzoek (state machine `start-onderzoek`); picked up again later
 * in the process (e.g. after an overdracht) only the behandelaar changes.
 */
export async function pakOp(
  h: Handeling,
  zaakId: string,
  versie: number,
  v: OppakkenVerzoek,
): Promise<ZaakRij> {
  const rij = await laadZaak(h, zaakId, { voor: "wijzigen", versie });
  const behandelaarId = v.behandelaarId ?? h.wie.medewerkerId;
  const medewerker = await haalMedewerker(h.tx, behandelaarId);
  const weigering = toetsOppakken(
    {
      werkvoorraad: rij.werkvoorraad,
      afgesloten: rij.afgeslotenOp !== null,
      behandelaarId: rij.behandelaarId,
    },
    medewerker,
  );
  if (weigering) throw regelOvertreden(weigering.melding, undefined, weigering.regel);
  const { overwegingen } = v;
  const gegevens = { behandelaar: behandelaarId, overwegingen, toegewezenDoor: h.wie.medewerkerId };
  if (rij.status === "melding")
    return voerActieUit(
      h,
      rij,
      "start-onderzoek",
      { behandelaar: behandelaarId, toelichting: overwegingen },
      { gebeurtenis: { toelichting: overwegingen, gegevens } },
    );
  return bewaarZaak(
    h,
    rij,
    { behandelaarId, feiten: rij.feiten as OpgeslagenFeiten },
    { soort: "toegewezen", toelichting: overwegingen, gegevens },
  );
}
