import type { VoorstelOvertreding } from "../domain/opschalen/voorstel";
import { regelsOvertreden } from "../handeling/weigering";

/** The broken four-eyes rules as one 422 naming each rule (and its field, when it has one). */
export function weigerVoorstel(fouten: readonly VoorstelOvertreding[]): void {
  if (fouten.length > 0) throw regelsOvertreden(fouten);
}
