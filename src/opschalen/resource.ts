/** The policy's view of an op- or afschaalvoorstel (domain/autorisatie rule 16). */
import type { Ingelogd } from "../auth/sessies";

export const voorstelResource = (wie: Ingelogd, voorgesteldDoor: string | null) => ({
  soort: "schaalvoorstel" as const,
  gemeenteCode: wie.gemeente.code,
  voorgesteldDoor,
});
