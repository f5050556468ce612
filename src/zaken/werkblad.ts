/**
 * The zaak workspace in one act (issue 21): the zaak with its header facts plus what the Overzicht tab shows
 * (werkverdeling, who the letters go to, the Meldcode, huisverbod, Regiegroep, Veilig Opgroeien and Signs of Safety sections), so the page opens with one request. Each part is read by its own act,
 * which asks the policy and audits; a part the caller may not read is left out (null), not refused as a whole.
 */
import { geadresseerdenOverzicht } from "../brieven/geadresseerden";
import type { ZaakWerkblad } from "../contract/werkblad";
import type { Handeling } from "../handeling/context";
import { Weigering } from "../handeling/weigering";
import { huisverbodOpZaakVan } from "../huisverbod/huisverbod";
import { meldcodesOpZaakVan } from "../meldcode/overzicht";
import { regieOpZaakVan } from "../regie/thema";
import { signsOfSafetyOpZaakVan } from "../signs-of-safety/signs-of-safety";
import { veiligOpgroeienOpZaakVan } from "../veilig-opgroeien/traject";
import { haalWerkverdeling } from "../werkverdeling/haal-werkverdeling";
import { openZaak } from "./detail";

/** The part, or null when the policy does not let the caller read it. */
export async function alsToegestaan<T>(deel: () => Promise<T>): Promise<T | null> {
  try {
    return await deel();
  } catch (fout) {
    if (fout instanceof Weigering && fout.soort === "niet-toegestaan") return null;
    throw fout;
  }
}

export async function haalWerkblad(
  h: Handeling,
  id: string,
): Promise<{ werkblad: ZaakWerkblad; versie: number }> {
  const { rij, zaak } = await openZaak(h, id);
  // Each part asks the policy and audits as its own act does; the zaak is not read again (one load).
  const werkverdeling = await alsToegestaan(() => haalWerkverdeling(h, id, rij));
  const geadresseerden = await alsToegestaan(() => geadresseerdenOverzicht(h, id, rij));
  const meldcodes = await alsToegestaan(() => meldcodesOpZaakVan(h, id, rij));
  const huisverbod = await alsToegestaan(() => huisverbodOpZaakVan(h, id, rij));
  const regie = await alsToegestaan(() => regieOpZaakVan(h, id, rij));
  const veiligOpgroeien = await alsToegestaan(() => veiligOpgroeienOpZaakVan(h, id, rij));
  const signsOfSafety = await alsToegestaan(() => signsOfSafetyOpZaakVan(h, id, rij));
  return {
    werkblad: {
      zaak,
      werkverdeling,
      geadresseerden,
      meldcodes,
      huisverbod,
      regie,
      veiligOpgroeien,
      signsOfSafety,
    },
    versie: rij.versie,
  };
}
