import type { OverdrachtVerzoek } from "../contract/werkverdeling";
import { actieveMedewerkers } from "../db/werkverdeling";
import type { ZaakRij } from "../db/zaken";
import { toetsOverdracht, vervulbareWerkvoorraden } from "../domain/werkverdeling/overdracht";
import type { Handeling } from "../handeling/context";
import { weigerAls } from "../handeling/weigering";
import type { OpgeslagenFeiten } from "../zaken/acties";
import { bewaarZaak, laadZaak } from "../zaken/zaak";

/**
 * Overdracht to another werkvoorraad with a reason. The behandelaar stays when they may also handle the new
 * werkvoorraad; otherwise the zaak waits there to be picked up.
 */
export async function draagOver(
  h: Handeling,
  zaakId: string,
  versie: number,
  v: OverdrachtVerzoek,
): Promise<ZaakRij> {
  const rij = await laadZaak(h, zaakId, { voor: "wijzigen", versie });
  const { naarWerkvoorraad, reden } = v;
  const medewerkers = await actieveMedewerkers(h.tx);
  const uitkomst = toetsOverdracht({
    zaak: {
      werkvoorraad: rij.werkvoorraad,
      afgesloten: rij.afgeslotenOp !== null,
      behandelaar: medewerkers.find((m) => m.id === rij.behandelaarId) ?? null,
    },
    naar: naarWerkvoorraad,
    reden,
    vervulbaar: vervulbareWerkvoorraden(medewerkers),
  });
  weigerAls(uitkomst);
  return bewaarZaak(
    h,
    rij,
    {
      werkvoorraad: uitkomst.naar,
      behandelaarId: uitkomst.behandelaarBlijft ? rij.behandelaarId : null,
      feiten: rij.feiten as OpgeslagenFeiten,
    },
    {
      soort: "overdracht",
      toelichting: reden,
      gegevens: {
        van: rij.werkvoorraad,
        naar: uitkomst.naar,
        reden,
        vorigeBehandelaar: rij.behandelaarId,
        uitleg: uitkomst.uitleg,
      },
    },
  );
}
