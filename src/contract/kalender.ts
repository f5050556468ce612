import { z } from "zod";

/** A day equated with an algemeen erkende feestdag by Koninklijk Besluit (Algemene termijnenwet art. 3 lid 3). */
export const gelijkgesteldeDag = z.object({
  id: z.uuid(),
  datum: z.string(),
  omschrijving: z.string(),
  /** The Koninklijk Besluit and its publication in the Staatscourant. */
  bron: z.string(),
  versie: z.number().int(),
  aangemaaktOp: z.string(),
});
export type GelijkgesteldeDagRij = z.infer<typeof gelijkgesteldeDag>;

export const nieuweGelijkgesteldeDag = z
  .object({
    datum: z.iso.date("Gebruik een datum als 2029-05-11"),
    omschrijving: z
      .string()
      .trim()
      .min(1, "Vul een omschrijving in, bijvoorbeeld: Vrijdag na Hemelvaartsdag")
      .max(200, "Maximaal 200 tekens"),
    bron: z
      .string()
      .trim()
      .min(1, "Vul de bron in: het Koninklijk Besluit en de Staatscourant waarin het is geplaatst")
      .max(500, "Maximaal 500 tekens"),
  })
  .strict();
