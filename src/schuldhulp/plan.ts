/**
 * The plan van aanpak's ladder on a schuldhulp zaak (DOMAIN §4; policy rule 24): each step is appended; a step that
 * skips a lighter one needs a motivation, and the GKB's traject needs the beschikking that admits the resident
 * (domain/schuldhulp#toetsTrede). The zaak's versie guards it (If-Match) and its history records the step.
 */
import type { z } from "zod";
import type { tredeVerzoek } from "../contract/schuldhulp";
import { tredenVanZaak, voegTredeToe } from "../db/schuldhulp";
import { TREDE_LABELS, type Trede, toetsTrede } from "../domain/schuldhulp/schuldhulp";
import type { Handeling } from "../handeling/context";
import { ongeldig, weigerUitkomsten } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { bewaarZaak } from "../zaken/zaak";
import { auditeerSchuldhulp, feitenVan, laadSchuldhulpzaak } from "./schuldhulp";

export async function zetTrede(
  h: Handeling,
  zaakId: string,
  versie: number,
  invoer: z.infer<typeof tredeVerzoek>,
): Promise<void> {
  const zaak = await laadSchuldhulpzaak(h, zaakId, versie);
  if (invoer.gestartOp > vandaag())
    throw ongeldig("Gestart op kan niet in de toekomst liggen.", [
      { veld: "gestartOp", melding: "Gestart op kan niet in de toekomst liggen." },
    ]);
  const eerdere = (await tredenVanZaak(h.tx, zaak.id)).map((t) => t.trede as Trede);
  const feiten = feitenVan(zaak);
  weigerUitkomsten(
    toetsTrede({
      eerdere,
      nieuwe: invoer.trede,
      motivatie: invoer.motivatie,
      toegelaten: feiten.toegangsuitkomst === "toegelaten",
    }),
  );
  await voegTredeToe(h.tx, {
    zaakId: zaak.id,
    trede: invoer.trede,
    gestartOp: invoer.gestartOp,
    motivatie: invoer.motivatie?.trim() || null,
    vastgelegdDoor: h.wie.medewerkerId,
  });
  await bewaarZaak(
    h,
    zaak,
    { feiten },
    { soort: "schuldhulp-trede", toelichting: `Plan van aanpak: ${TREDE_LABELS[invoer.trede]}.` },
  );
  await auditeerSchuldhulp(h, zaak, "stap in het plan van aanpak vastgelegd");
}
