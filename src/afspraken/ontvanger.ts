/** Who will get an appointment's confirmation, shown before booking (read of contact details, audited). */

import { geadresseerdenVan } from "../brieven/geadresseerden";
import { betrokkenenVoorBevestiging } from "../db/afspraken";
import { isJeugdzaak, kiesOntvanger } from "../domain/afspraken/bevestiging";
import { volledigeNaam } from "../domain/persoon/naam";
import { auditeer, type Handeling } from "../handeling/context";
import { vandaag } from "../lib/klok";
import { laadZaak } from "../zaken/zaak";

export async function ontvangerVanBevestiging(h: Handeling, zaakId: string) {
  const zaak = await laadZaak(h, zaakId, { voor: "lezen" });
  const betrokkenen = await betrokkenenVoorBevestiging(h.tx, zaak.id);
  const keuze = kiesOntvanger((await geadresseerdenVan(h.tx, zaak.id, vandaag())).uitkomst);
  const jeugd = isJeugdzaak(zaak.zaaktype, betrokkenen, vandaag());
  if (!keuze.ok) return { persoonId: null, naam: null, email: null, reden: keuze.reden, jeugd };
  await auditeer(h, [
    {
      actie: "lezen",
      resource: "contactgegevens",
      persoonId: keuze.ontvanger.persoonId,
      reden: `ontvanger bevestiging afspraak zaak ${zaak.zaaknummer}`,
    },
  ]);
  return {
    persoonId: keuze.ontvanger.persoonId,
    naam: volledigeNaam(keuze.ontvanger),
    email: keuze.ontvanger.email,
    reden: keuze.reden,
    jeugd,
  };
}
