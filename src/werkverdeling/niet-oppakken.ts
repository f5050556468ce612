import type { NietOppakkenVerzoek } from "../contract/werkverdeling";
import type { ZaakRij } from "../db/zaken";
import { toetsNietOppakken } from "../domain/werkverdeling/niet-oppakken";
import type { Handeling } from "../handeling/context";
import { ongeldig } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { laadZaak, voerActieUit } from "../zaken/zaak";

/**
 * Niet oppakken: the reasons and the recorded feedback to the resident; the zaak is closed (state machine
 * `niet-oppakken`).
 */
export async function pakNietOp(
  h: Handeling,
  zaakId: string,
  versie: number,
  v: NietOppakkenVerzoek,
): Promise<ZaakRij> {
  const rij = await laadZaak(h, zaakId, { voor: "wijzigen", versie });
  const { redenen, terugkoppeling } = v;
  const fout = toetsNietOppakken(terugkoppeling.op, { meldingsdatum: rij.meldingsdatum, vandaag: vandaag() });
  if (fout) throw ongeldig(fout.melding, [fout]);
  return voerActieUit(
    h,
    rij,
    "niet-oppakken",
    { redenen, terugkoppelingInwoner: terugkoppeling },
    {
      gebeurtenis: {
        toelichting: redenen.join("; "),
        gegevens: { redenen, terugkoppelingInwoner: terugkoppeling },
      },
    },
  );
}
