import type { Ingelogd } from "../../../auth/sessies";
import { vereis } from "../../../handeling/context";

/**
 * Gate for werkverdeling lists and the casuïstiekoverleg: every Toegang medewerker (the policy's
 * "betrokkenheid lezen" rule covers exactly the Toegang roles). Zaak content is checked per zaak.
 */
export function vereisToegangsmedewerker(wie: Ingelogd): void {
  vereis(wie, "lezen", { soort: "betrokkenheid", gemeenteCode: wie.gemeente.code });
}
