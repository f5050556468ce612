/**
 * Starting Signs of Safety on a zaak (DOMAIN §5): whoever may work with its content (policy rule 23), once per
 * zaak, on the zaak's versie the caller saw. The zaak's history notes it (no content), as involvement.
 */
import { voegSignsOfSafetyToe } from "../db/signs-of-safety";
import { auditeer, type Handeling, vereis } from "../handeling/context";
import { conflict } from "../handeling/weigering";
import type { OpgeslagenFeiten } from "../zaken/acties";
import { bewaarZaak, hoofdpersoonVan, laadZaak, ZAAK_GEWIJZIGD } from "../zaken/zaak";
import { SOS_LOOPT_AL, sosResource } from "./signs-of-safety";

export async function startSignsOfSafety(h: Handeling, zaakId: string, versie: number): Promise<void> {
  const zaak = await laadZaak(h, zaakId, { voor: "lezen" });
  vereis(h.wie, "aanmaken", sosResource(h.wie, zaak, "inhoud"));
  // Recorded on the zaak as an event: the versie the caller saw guards it (laadZaak "wijzigen" would ask A&O's phase).
  if (zaak.versie !== versie) throw conflict(ZAAK_GEWIJZIGD);
  const rij = await voegSignsOfSafetyToe(h.tx, zaak.id, h.wie.medewerkerId);
  if (!rij) throw conflict(SOS_LOOPT_AL);
  await bewaarZaak(
    h,
    zaak,
    { feiten: zaak.feiten as OpgeslagenFeiten },
    {
      soort: "signs-of-safety-gestart",
      toelichting: "Signs of Safety gestart.",
      gegevens: { signsOfSafetyId: rij.id },
    },
  );
  await auditeer(h, [
    {
      actie: "aanmaken",
      resource: "signs-of-safety",
      persoonId: await hoofdpersoonVan(h, zaak.id),
      reden: `Signs of Safety gestart op zaak ${zaak.zaaknummer}`,
    },
  ]);
}
