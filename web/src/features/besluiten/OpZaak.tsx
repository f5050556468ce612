import type { Zaak } from "../../lib/contract";

/** The besluiten section of the zaak page (rendered by ZaakPagina; return null when there is nothing to show). */
export function BesluitenOpZaak(_props: { zaak: Zaak }) {
  return null;
}
