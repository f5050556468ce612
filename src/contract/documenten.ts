import { z } from "zod";
import { tekst } from "../domain/tekst";

export const documentMetadata = z.object({
  id: z.uuid(),
  zaakId: z.uuid().nullable(),
  persoonId: z.uuid().nullable(),
  soort: tekst(),
  titel: tekst(),
  contentType: tekst(),
  grootte: z.number().int(),
  aangemaaktOp: tekst(),
});
export type DocumentMetadata = z.infer<typeof documentMetadata>;

export const tekstblok = z.object({
  code: tekst(),
  titel: tekst(),
  tekst: tekst(),
  toelichting: tekst(),
  versie: z.number().int(),
  gewijzigdOp: tekst(),
});
export type Tekstblok = z.infer<typeof tekstblok>;

export const tekstblokWijziging = z.strictObject({
  titel: tekst("Titel")
    .trim()
    .min(1, "Vul een titel in")
    .max(200, "De titel is te lang (maximaal 200 tekens)"),
  tekst: tekst("Tekst")
    .trim()
    .min(1, "Vul de tekst in")
    .max(20_000, "De tekst is te lang (maximaal 20.000 tekens)"),
});
