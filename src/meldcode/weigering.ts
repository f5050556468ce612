import type { MeldcodeOvertreding } from "../domain/meldcode/meldcode";
import { weigerOvertredingen } from "../handeling/weigering";

/**
 * The broken Meldcode rules as one refusal: input that cannot be right (a missing motivation, a date in the
 * future) is `ongeldig` (400) with its fields; a rule about the state (order, the binding outcome, closing without
 * the required melding) is `regel-overtreden` (422), the rule's code in `regel`.
 */
export function weigerMeldcode(fouten: readonly MeldcodeOvertreding[]): void {
  weigerOvertredingen(fouten);
}
