import { z } from "zod";

export const documentMetadata = z.object({
  id: z.uuid(),
  zaakId: z.uuid().nullable(),
  persoonId: z.uuid().nullable(),
  soort: z.string(),
  titel: z.string(),
  contentType: z.string(),
  grootte: z.number().int(),
  aangemaaktOp: z.string(),
});
export type DocumentMetadata = z.infer<typeof documentMetadata>;

export const tekstblok = z.object({
  code: z.string(),
  titel: z.string(),
  tekst: z.string(),
  toelichting: z.string(),
  versie: z.number().int(),
  gewijzigdOp: z.string(),
});
export type Tekstblok = z.infer<typeof tekstblok>;

export const tekstblokWijziging = z.strictObject({
  titel: z.string().trim().min(1, "Vul een titel in").max(200, "De titel is te lang (maximaal 200 tekens)"),
  tekst: z
    .string()
    .trim()
    .min(1, "Vul de tekst in")
    .max(20_000, "De tekst is te lang (maximaal 20.000 tekens)"),
});
