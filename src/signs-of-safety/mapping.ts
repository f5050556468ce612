/**
 * Saving the mapping (three columns; each veiligheidsdoel paired with its gevaarsuitspraak) and appending a
 * round on the veiligheidsschaal. Only those who may see the content (policy rule 23); on the versie they saw.
 */
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { sosMappingVerzoek, sosSchaalronde } from "../contract/signs-of-safety";
import { voegSchaalscoresToe } from "../db/signs-of-safety";
import { type Schaalronde, toetsMapping, toetsSchaalronde } from "../domain/signs-of-safety/signs-of-safety";
import type { Handeling } from "../handeling/context";
import { weigerOvertredingen } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { bewaarSignsOfSafety, type GeladenSos, laadSignsOfSafety } from "./signs-of-safety";

export async function bewaarMapping(
  h: Handeling,
  zaakId: string,
  versie: number,
  verzoek: z.infer<typeof sosMappingVerzoek>,
): Promise<void> {
  const geladen = await laadSignsOfSafety(h, zaakId, { voor: "wijzigen", versie });
  const mapping = { items: verzoek.items.map((i) => ({ ...i, gevaarId: i.gevaarId ?? null })) };
  weigerOvertredingen(toetsMapping(mapping));
  await bewaarSignsOfSafety(h, geladen, "mapping", mapping);
}

/** Appends one round (checked against the rounds before it); the caller saves the versie. */
export async function voegRondeToe(
  h: Handeling,
  geladen: GeladenSos,
  ronde: Schaalronde,
  aanleiding: "bijeenkomst" | "evaluatie",
): Promise<void> {
  weigerOvertredingen(toetsSchaalronde(ronde, geladen.schaal, vandaag()));
  const rondeId = randomUUID();
  await voegSchaalscoresToe(
    h.tx,
    ronde.scores.map((s) => ({
      signsOfSafetyId: geladen.rij.id,
      rondeId,
      datum: ronde.datum,
      aanleiding,
      partij: s.partij,
      wie: s.wie,
      score: s.score,
      vastgelegdDoor: h.wie.medewerkerId,
    })),
  );
}

export async function legSchaalrondeVast(
  h: Handeling,
  zaakId: string,
  versie: number,
  verzoek: z.infer<typeof sosSchaalronde>,
): Promise<void> {
  const geladen = await laadSignsOfSafety(h, zaakId, { voor: "wijzigen", versie });
  await voegRondeToe(h, geladen, verzoek, "bijeenkomst");
  await bewaarSignsOfSafety(h, geladen, `veiligheidsschaal (bijeenkomst ${verzoek.datum})`);
}
