import type { Zaak } from "../../lib/contract";

/** The resultatenplan section of the zaak page (rendered by ZaakPagina; return null when there is nothing to show). */
export function ResultatenplanOpZaak(_props: { zaak: Zaak }) {
  return null;
}
