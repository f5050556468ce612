import type { VoorstelOvertreding } from "../domain/opschalen/voorstel";
import { regelOvertreden } from "../handeling/weigering";

/** The broken four-eyes rules as one 422 naming each rule (and its field, when it has one). */
export function weigerVoorstel(fouten: readonly VoorstelOvertreding[]): void {
  const [eerste] = fouten;
  if (!eerste) return;
  throw regelOvertreden(
    fouten.map((f) => `Regel '${f.regel}': ${f.melding}`).join(" "),
    fouten.flatMap((f) => (f.veld ? [{ veld: f.veld, melding: f.melding, regel: f.regel }] : [])),
    eerste.regel,
  );
}
