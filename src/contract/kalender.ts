import { z } from "zod";
import { tekst } from "../domain/tekst";

/** A day equated with an algemeen erkende feestdag by Koninklijk Besluit (Algemene termijnenwet art. 3 lid 3). */
export const gelijkgesteldeDag = z.object({
  id: z.uuid(),
  datum: tekst(),
  omschrijving: tekst(),
  /** The Koninklijk Besluit and its publication in the Staatscourant. */
  bron: tekst(),
  versie: z.number().int(),
  aangemaaktOp: tekst(),
});
export type GelijkgesteldeDagRij = z.infer<typeof gelijkgesteldeDag>;

export const nieuweGelijkgesteldeDag = z
  .object({
    datum: z.iso.date("Gebruik een datum als 2029-05-11"),
    omschrijving: tekst("Omschrijving")
      .trim()
      .min(1, "Vul een omschrijving in, bijvoorbeeld: Vrijdag na Hemelvaartsdag")
      .max(200, "Maximaal 200 tekens"),
    bron: tekst("Bron")
      .trim()
      .min(1, "Vul de bron in: het Koninklijk Besluit en de Staatscourant waarin het is geplaatst")
      .max(500, "Maximaal 500 tekens"),
  })
  .strict();
