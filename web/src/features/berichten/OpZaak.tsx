import type { Zaak } from "../../lib/contract";

/** The berichten section of the zaak page (rendered by ZaakPagina; return null when there is nothing to show). */
export function BerichtenOpZaak(_props: { zaak: Zaak }) {
  return null;
}
