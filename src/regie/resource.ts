/** The policy's view of a Regiegroep theme (domain/autorisatie rule 21): its part and the zaak it is on. */
import type { Ingelogd } from "../auth/sessies";
import type { ZaakRij } from "../db/zaken";
import type { HuisverbodDeel } from "../domain/autorisatie";
import { zaakResource } from "../zaken/zaak";

export const regieResource = (wie: Ingelogd, zaak: ZaakRij, deel: HuisverbodDeel) => ({
  soort: "regiethema" as const,
  gemeenteCode: wie.gemeente.code,
  deel,
  zaak: zaakResource(wie, zaak),
});
