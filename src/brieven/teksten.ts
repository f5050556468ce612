/**
 * The gemeente's current text of a letter template or folder (tekstblokken, edited by the beheerder), or the
 * seeded default when the gemeente has none yet (a database seeded before the template existed).
 */

import { AFSPRAKEN_TEKSTEN } from "../afspraken/teksten";
import type { Tx } from "../db/client";
import { haalTekstblok } from "../db/tekstblokken";
import { BRIEF_SJABLONEN } from "../domain/brieven/sjablonen";

const STANDAARD = new Map<string, { titel: string; tekst: string }>(
  [...BRIEF_SJABLONEN, ...AFSPRAKEN_TEKSTEN].map((s) => [s.code, { titel: s.titel, tekst: s.tekst }]),
);

export async function briefTekst(tx: Tx, code: string): Promise<{ titel: string; tekst: string }> {
  const blok = await haalTekstblok(tx, code);
  if (blok) return { titel: blok.titel, tekst: blok.tekst };
  const standaard = STANDAARD.get(code);
  if (!standaard) throw new Error(`onbekende tekst ${code}`);
  return standaard;
}
