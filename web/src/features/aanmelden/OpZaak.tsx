import type { Zaak } from "../../lib/contract";

/** The aanmelden section of the zaak page (rendered by ZaakPagina; return null when there is nothing to show). */
export function AanmeldenOpZaak(_props: { zaak: Zaak }) {
  return null;
}
