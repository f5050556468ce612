import type { Tx } from "../db/client";
import { zaaiTekstblok } from "../db/tekstblokken";
import { SJABLONEN, toelichtingBij } from "../domain/besluiten/sjablonen";
import { NMD_GEMEENTEN } from "./nmd";

/**
 * Base data of the besluiten area, seeded once into an empty database (runs as system, all gemeenten):
 * the letter templates (beschikkingen, beslissing op bezwaar, afsluitbrief, survey invitation, bezwaarclausule)
 * as tekstblokken the beheerder edits at /beheer/teksten.
 */
export async function zaaiBesluitenBasis(tx: Tx): Promise<void> {
  for (const gemeente of NMD_GEMEENTEN)
    for (const s of SJABLONEN)
      await zaaiTekstblok(tx, gemeente.code, {
        code: s.code,
        titel: s.titel,
        tekst: s.tekst,
        toelichting: toelichtingBij(s),
      });
}

/** Demo data of the besluiten area (only with VOORDEUR_DEMO ≠ 0), after the demo users exist. */
export async function zaaiBesluitenDemo(_tx: Tx): Promise<void> {}
