import type { Zaak } from "../../lib/contract";

/** The aanbieders section of the zaak page (rendered by ZaakPagina; return null when there is nothing to show). */
export function AanbiedersOpZaak(_props: { zaak: Zaak }) {
  return null;
}
