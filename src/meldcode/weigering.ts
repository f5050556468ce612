import type { MeldcodeOvertreding } from "../domain/meldcode/meldcode";
import { ongeldig, regelOvertreden } from "../handeling/weigering";

/**
 * The broken Meldcode rules as one refusal: input that cannot be right (a missing motivation, a date in the
 * future) is `ongeldig` (400) with its fields; a rule about the state (order, the binding outcome, closing without
 * the required melding) is `regel-overtreden` (422) naming the rule.
 */
export function weigerMeldcode(fouten: readonly MeldcodeOvertreding[]): void {
  if (fouten.length === 0) return;
  const velden = (lijst: readonly MeldcodeOvertreding[]) =>
    lijst.flatMap((f) => (f.veld ? [{ veld: f.veld, melding: f.melding, regel: f.regel }] : []));
  const regels = fouten.filter((f) => !f.ongeldig);
  const [eerste] = regels;
  if (eerste)
    throw regelOvertreden(
      regels.map((f) => `Regel '${f.regel}': ${f.melding}`).join(" "),
      velden(regels),
      eerste.regel,
    );
  throw ongeldig(fouten.map((f) => f.melding).join(" "), velden(fouten));
}
