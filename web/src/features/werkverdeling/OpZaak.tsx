import type { Zaak } from "../../lib/contract";

/** The werkverdeling section of the zaak page (rendered by ZaakPagina; return null when there is nothing to show). */
export function WerkverdelingOpZaak(_props: { zaak: Zaak }) {
  return null;
}
