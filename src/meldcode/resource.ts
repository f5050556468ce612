/** The policy's view of a Meldcode (domain/autorisatie rule 18): its part, its author, the zaak it runs on. */
import type { Ingelogd } from "../auth/sessies";
import type { ZaakRij } from "../db/zaken";
import type { MeldcodeDeel } from "../domain/autorisatie";
import { zaakResource } from "../zaken/zaak";

export const meldcodeResource = (
  wie: Ingelogd,
  zaak: ZaakRij,
  deel: MeldcodeDeel,
  auteurId: string | null,
) => ({
  soort: "meldcode" as const,
  gemeenteCode: wie.gemeente.code,
  deel,
  auteurId,
  zaak: zaakResource(wie, zaak),
});
