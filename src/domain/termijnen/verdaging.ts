/**
 * Verlenging (verdaging) and opschorting of a term, judged on the zaak's dated facts (pure).
 *
 * - Verlenging: Awb art. 4:14 lid 3 — if the besluit cannot be given within the term, the bestuursorgaan tells
 *   the applicant so *before the term ends* and names a reasonable term in which it will decide. The term's own
 *   rule caps how far it may be extended (e.g. Awb 7:10 lid 3: beslissing op bezwaar + at most 6 weeks); the
 *   rule and its source live in `regels.ts`.
 * - Opschorting: Awb art. 4:15 lid 1 — the term is suspended from the day after the request to complete the
 *   aanvraag until the day it is completed or the term set for it has passed; only terms whose rule allows it.
 */
import type { Zaaktype } from "../zaak/zaaktypen";
import { berekenTermijnen, type Opschorting, type TermijnFeiten, type Verlenging } from "./bereken";
import type { Kalender } from "./kalender";
import { regelVoor } from "./regels";

export type VerdagingUitkomst =
  | { ok: true; feiten: TermijnFeiten }
  | {
      ok: false;
      regel: string;
      reden: string;
      veld?: string;
      /** The input cannot be right in any state (a date in the future, an end before its start). */
      ongeldig?: true;
    };

const nee = (regel: string, reden: string, veld?: string): VerdagingUitkomst => ({
  ok: false,
  regel,
  reden,
  ...(veld ? { veld } : {}),
});
const onmogelijk = (regel: string, reden: string, veld: string): VerdagingUitkomst => ({
  ok: false,
  regel,
  reden,
  veld,
  ongeldig: true,
});

/** Records an extension of one term, if it is announced in time and stays within the cap. */
export function verleng(
  feiten: TermijnFeiten,
  v: Verlenging,
  vandaag: string,
  kalender: Kalender,
): VerdagingUitkomst {
  if (v.medegedeeldOp > vandaag)
    return onmogelijk("datum-niet-in-toekomst", "De mededeling ligt in de toekomst.", "medegedeeldOp");
  const regel = regelVoor(v.soort, feiten.zaaktype as Zaaktype, v.medegedeeldOp);
  if (!regel) return nee("termijn-bestaat", `Deze zaak heeft geen termijn '${v.soort}'.`, "soort");
  const al = (feiten.verlengingen ?? []).filter((x) => x.soort === v.soort).reduce((s, x) => s + x.weken, 0);
  if (al + v.weken > regel.maxVerlengingWeken) {
    return nee(
      "verlenging-maximum",
      `De termijn '${v.soort}' mag hoogstens ${regel.maxVerlengingWeken} weken worden verlengd (${regel.bron}).`,
      "weken",
    );
  }
  const nieuw: TermijnFeiten = { ...feiten, verlengingen: [...(feiten.verlengingen ?? []), v] };
  // The engine only counts an extension that was announced before the term (as already extended) ended.
  const termijn = berekenTermijnen(nieuw, vandaag, kalender).termijnen.find((t) => t.soort === v.soort);
  if (!termijn || termijn.verlengdWeken < al + v.weken) {
    return nee(
      "verlenging-tijdig-meegedeeld",
      "De verlenging is pas meegedeeld nadat de termijn al was verstreken; verlengen kan dan niet meer (Awb 4:14).",
      "medegedeeldOp",
    );
  }
  return { ok: true, feiten: nieuw };
}

/** Records a suspension of one term, if the term's rule allows suspending it. */
export function schortOp(feiten: TermijnFeiten, o: Opschorting): VerdagingUitkomst {
  if (o.tot !== null && o.tot < o.van)
    return onmogelijk("einde-na-begin", "Het einde van de opschorting ligt voor het begin.", "tot");
  const regel = regelVoor(o.soort, feiten.zaaktype as Zaaktype, o.van);
  if (!regel) return nee("termijn-bestaat", `Deze zaak heeft geen termijn '${o.soort}'.`, "soort");
  if (!regel.opschortingToegestaan) {
    return nee(
      "opschorting-toegestaan",
      `De termijn '${o.soort}' mag niet worden opgeschort (${regel.bron}).`,
      "soort",
    );
  }
  return { ok: true, feiten: { ...feiten, opschortingen: [...(feiten.opschortingen ?? []), o] } };
}
