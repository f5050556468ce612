/**
 * The consulent proposes op- or afschalen (four eyes, domain/opschalen/voorstel): the proposal is stored and the
 * zaak's history notes it; nothing else changes until a buurtteam medewerker confirms it (beoordelen.ts).
 */
import { type VoorstelRij, voegVoorstelToe } from "../db/opschalen";
import { personenVanZaak, type ZaakRij } from "../db/zaken";
import { SCHAAL_RICHTING_LABELS, type SchaalRichting, toetsVoorstel } from "../domain/opschalen/voorstel";
import { auditeer, type Handeling, vereis } from "../handeling/context";
import { conflict } from "../handeling/weigering";
import type { OpgeslagenFeiten } from "../zaken/acties";
import { bewaarZaak } from "../zaken/zaak";
import { heeftOpenVoorstel } from "./overzicht";
import { voorstelResource } from "./resource";
import { weigerVoorstel } from "./weigering";

export async function stelSchalenVoor(
  h: Handeling,
  zaak: ZaakRij,
  invoer: { richting: SchaalRichting; motivering: string },
): Promise<{ voorstel: VoorstelRij; zaak: ZaakRij }> {
  vereis(h.wie, "aanmaken", voorstelResource(h.wie, null));
  weigerVoorstel(
    toetsVoorstel(
      h.wie,
      { status: zaak.status, heeftOpenVoorstel: await heeftOpenVoorstel(h.tx, zaak.id) },
      invoer,
    ),
  );
  const voorstel = await voegVoorstelToe(h.tx, {
    zaakId: zaak.id,
    richting: invoer.richting,
    motivering: invoer.motivering.trim(),
    voorgesteldDoor: h.wie.medewerkerId,
  });
  if (!voorstel) throw conflict("Er staat al een voorstel open dat het buurtteam nog moet beoordelen.");
  const bijgewerkt = await bewaarZaak(
    h,
    zaak,
    { feiten: zaak.feiten as OpgeslagenFeiten },
    {
      soort: "schaalvoorstel",
      toelichting: `Voorstel: ${SCHAAL_RICHTING_LABELS[invoer.richting].toLowerCase()}; wacht op bevestiging door het buurtteam.`,
      gegevens: { voorstelId: voorstel.id, richting: invoer.richting },
    },
  );
  const hoofdpersoon = (await personenVanZaak(h.tx, zaak.id)).find((p) => p.rol === "hoofdpersoon");
  await auditeer(h, [
    {
      actie: "aanmaken",
      resource: "schaalvoorstel",
      persoonId: hoofdpersoon?.persoonId ?? null,
      reden: `voorstel ${invoer.richting} op zaak ${zaak.zaaknummer}`,
    },
  ]);
  return { voorstel, zaak: bijgewerkt };
}
