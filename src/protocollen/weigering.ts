import type { ProtocolOvertreding } from "../domain/protocollen/protocollen";
import { ongeldig, regelOvertreden } from "../handeling/weigering";

/**
 * The broken protocol rules as one refusal: a rule about the state (the protocol not started, the melding closed)
 * is `regel-overtreden` (422) naming its rule; otherwise the input is `ongeldig` (400) with every field.
 */
export function weigerProtocol(fouten: readonly ProtocolOvertreding[]): void {
  const staat = fouten.find((f) => !f.ongeldig);
  if (staat) throw regelOvertreden(staat.melding, [], staat.regel);
  if (fouten.length === 0) return;
  throw ongeldig(
    fouten.map((f) => f.melding).join(" "),
    fouten.map((f) => ({ veld: f.veld ?? "", melding: f.melding, regel: f.regel })),
  );
}
