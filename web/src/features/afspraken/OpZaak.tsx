import type { Zaak } from "../../lib/contract";

/** The afspraken section of the zaak page (rendered by ZaakPagina; return null when there is nothing to show). */
export function AfsprakenOpZaak(_props: { zaak: Zaak }) {
  return null;
}
