import { z } from "zod";
import { geadresseerdenAntwoord } from "./brieven";
import { huisverbodOpZaak } from "./huisverbod";
import { meldcodesOpZaak } from "./meldcode";
import { regieOpZaak } from "./regie";
import { signsOfSafetyOpZaak } from "./signs-of-safety";
import { veiligOpgroeienOpZaak } from "./veilig-opgroeien";
import { werkverdelingVanZaak } from "./werkverdeling";
import { zaakDetail } from "./zaken";

/**
 * The zaak workspace in one answer (issue 21): the zaak with its header facts and what the first tab (Overzicht)
 * shows. A part the caller may not read is null; the other tabs load their own data when opened.
 */
export const zaakWerkblad = z.object({
  zaak: zaakDetail,
  werkverdeling: werkverdelingVanZaak.nullable(),
  geadresseerden: geadresseerdenAntwoord.nullable(),
  meldcodes: meldcodesOpZaak.nullable(),
  huisverbod: huisverbodOpZaak.nullable(),
  regie: regieOpZaak.nullable(),
  veiligOpgroeien: veiligOpgroeienOpZaak.nullable(),
  signsOfSafety: signsOfSafetyOpZaak.nullable(),
});
export type ZaakWerkblad = z.infer<typeof zaakWerkblad>;
