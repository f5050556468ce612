/**
 * The cliëntervaringsonderzoek in Mijn Voordeur (issue 16: "fill in the cliëntervaringsonderzoek"): a closed zaak
 * whose invitation was not answered yet offers its code, so the resident opens the same anonymous questionnaire as
 * with the paper letter (besluiten/enquete.ts; the answers are never linked to the code, the zaak or the person).
 */
import { uitnodigingenVanZaak } from "../db/besluiten";
import type { ZaakRij } from "../db/zaken";
import type { InwonerHandeling } from "../handeling/inwoner";

export async function enqueteVanMijnZaak(
  h: InwonerHandeling,
  zaak: ZaakRij,
): Promise<{ code: string } | null> {
  const open = (await uitnodigingenVanZaak(h.tx, zaak.id)).find((u) => !u.beantwoord);
  return open ? { code: open.code } : null;
}
