/** Documents the consulent asks the resident for, and the resident's upload in Mijn Voordeur (issue 16). */
import { z } from "zod";
import { BESTANDSOORTEN } from "../domain/documenten/bestand";
import { tekst } from "../domain/tekst";

export const documentverzoek = z.object({
  id: z.uuid(),
  omschrijving: tekst(),
  uiterlijk: tekst().nullable(),
  gevraagdDoor: tekst(),
  gevraagdOp: tekst(),
  documentId: z.uuid().nullable(),
  aangeleverdOp: tekst().nullable(),
});

export const nieuwDocumentverzoek = z
  .object({
    omschrijving: tekst("Welk document", { eenRegel: true })
      .trim()
      .min(3, "Schrijf welk document de inwoner moet sturen")
      .max(300, "Maximaal 300 tekens"),
    uiterlijk: z.iso.date("Gebruik een datum als 2026-01-05").nullable().default(null),
  })
  .strict();

/** At most ≈ 5 MB (base64 is 4/3 of the bytes). */
const MAX_BASE64 = 7_000_000;

export const aangeleverdDocument = z
  .object({
    bestandsnaam: tekst("Bestandsnaam", { eenRegel: true }).trim().min(1, "Kies een bestand").max(200),
    contentType: z.enum(BESTANDSOORTEN, "Stuur een pdf, png of jpeg"),
    inhoudBase64: tekst("Bestand")
      .min(1, "Het bestand is leeg")
      .max(MAX_BASE64, "Het bestand is te groot (maximaal 5 MB)")
      .regex(/^[A-Za-z0-9+/=\s]+$/, "Het bestand kon niet worden gelezen"),
  })
  .strict();
