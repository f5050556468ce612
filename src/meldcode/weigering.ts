import type { MeldcodeOvertreding } from "../domain/meldcode/meldcode";
import { ongeldig, regelsOvertreden } from "../handeling/weigering";

/**
 * The broken Meldcode rules as one refusal: input that cannot be right (a missing motivation, a date in the
 * future) is `ongeldig` (400) with its fields; a rule about the state (order, the binding outcome, closing without
 * the required melding) is `regel-overtreden` (422), the rule's code in `regel`.
 */
export function weigerMeldcode(fouten: readonly MeldcodeOvertreding[]): void {
  if (fouten.length === 0) return;
  const regels = fouten.filter((f) => !f.ongeldig);
  if (regels.length > 0) throw regelsOvertreden(regels);
  throw ongeldig(
    fouten.map((f) => f.melding).join(" "),
    fouten.flatMap((f) => (f.veld ? [{ veld: f.veld, melding: f.melding, regel: f.regel }] : [])),
  );
}
