/** The policy's view of a huisverbod (domain/autorisatie rule 19): its part and the zaak it is on. */
import type { Ingelogd } from "../auth/sessies";
import type { ZaakRij } from "../db/zaken";
import type { HuisverbodDeel } from "../domain/autorisatie";
import { zaakResource } from "../zaken/zaak";

export const huisverbodResource = (wie: Ingelogd, zaak: ZaakRij, deel: HuisverbodDeel) => ({
  soort: "huisverbod" as const,
  gemeenteCode: wie.gemeente.code,
  deel,
  zaak: zaakResource(wie, zaak),
});
