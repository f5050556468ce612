/**
 * Verlenging and opschorting of a zaak's term: the rule is `domain/termijnen/verdaging.ts`; this act loads the
 * zaak for a change, applies the rule to its stored facts and saves the result.
 */

import type { ZaakRij } from "../db/zaken";
import type { Opschorting, VerdagingUitkomst, Verlenging } from "../domain/termijnen";
import { schortOp, verleng } from "../domain/termijnen";
import type { Handeling } from "../handeling/context";
import { weigerAls } from "../handeling/weigering";
import { huidigeKalender } from "../kalender/kalender";
import { vandaag } from "../lib/klok";
import type { OpgeslagenFeiten } from "./acties";
import { termijnFeiten } from "./termijnen";
import { bewaarZaak, laadZaak } from "./zaak";

/** The stored facts without the two columns the engine adds (zaaktype, meldingsdatum). */
function alsOpgeslagen(feiten: ReturnType<typeof termijnFeiten>): OpgeslagenFeiten {
  const { zaaktype: _z, meldingsdatum: _m, ...rest } = feiten;
  return rest as OpgeslagenFeiten;
}

export async function verlengTermijn(
  h: Handeling,
  zaakId: string,
  versie: number,
  v: Verlenging,
): Promise<ZaakRij> {
  const rij = await laadZaak(h, zaakId, { voor: "wijzigen", versie });
  const uitkomst = verleng(termijnFeiten(rij), v, vandaag(), huidigeKalender());
  weigerAls(uitkomst);
  return bewaarZaak(
    h,
    rij,
    { feiten: { ...(rij.feiten as OpgeslagenFeiten), ...alsOpgeslagen(uitkomst.feiten) } },
    { soort: "verlenging", toelichting: v.reden, gegevens: { ...v } },
  );
}

export async function schortTermijnOp(
  h: Handeling,
  zaakId: string,
  versie: number,
  o: Opschorting,
): Promise<ZaakRij> {
  const rij = await laadZaak(h, zaakId, { voor: "wijzigen", versie });
  const uitkomst = schortOp(termijnFeiten(rij), o);
  weigerAls(uitkomst);
  return bewaarZaak(
    h,
    rij,
    { feiten: { ...(rij.feiten as OpgeslagenFeiten), ...alsOpgeslagen(uitkomst.feiten) } },
    { soort: "opschorting", toelichting: o.reden, gegevens: { ...o } },
  );
}
