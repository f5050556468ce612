import type { Tx } from "../db/client";
import { zaaiTekstblok } from "../db/tekstblokken";
import { toelichtingBij } from "../domain/besluiten/sjablonen";
import { BRIEF_SJABLONEN } from "../domain/brieven/sjablonen";
import { NMD_GEMEENTEN } from "./nmd";

/**
 * Base data of the letters around the melding and the terms, seeded once into an empty database (as system, all
 * gemeenten): the templates of the ontvangstbevestiging, the onderzoeksverslag and the verlenging and
 * opschorting notices, as tekstblokken the beheerder edits at /beheer/teksten. A gemeente without them (a
 * database seeded before) gets the defaults (src/brieven/teksten.ts).
 */
export async function zaaiBrievenBasis(tx: Tx): Promise<void> {
  for (const gemeente of NMD_GEMEENTEN)
    for (const s of BRIEF_SJABLONEN)
      await zaaiTekstblok(tx, gemeente.code, {
        code: s.code,
        titel: s.titel,
        tekst: s.tekst,
        toelichting: toelichtingBij(s),
      });
}
