/** Levering (start, end) and the op- en afschaalvoorstellen with four eyes (issue "De werkplek"). */
import { z } from "zod";
import { BEOORDELINGEN, SCHAAL_RICHTINGEN, VOORSTEL_STATUSSEN } from "../domain/opschalen/voorstel";

const datum = z.iso.date("Gebruik een datum als 2026-01-05");

// ── Levering ──────────────────────────────────────────────────────────────────────────────────────────

export const startLeveringVerzoek = z
  .object({
    datum,
    toelichting: z.string().trim().max(2000, "Maximaal 2000 tekens").optional(),
  })
  .strict();

export const leveringToewijzing = z.object({
  toewijzingnummer: z.number().int(),
  aanbiederAgb: z.string(),
  productCode: z.string().nullable(),
  ingangsdatum: z.string(),
  einddatum: z.string().nullable(),
  zorgGestartOp: z.string().nullable(),
  zorgGestoptOp: z.string().nullable(),
});

export const leveringOverzicht = z.object({
  status: z.string(),
  /** zin | pgb of the besluit in force; null without a besluit that grants support. */
  leveringsvorm: z.string().nullable(),
  gestartOp: z.string().nullable(),
  /** The planned end when the levering started (null: open-ended). */
  eindigtOp: z.string().nullable(),
  beeindigdOp: z.string().nullable(),
  /** Why the levering ended, in Dutch. */
  einde: z.string().nullable(),
  /** Recording the start (PGB): whether the caller may do it now, the date to prefill, and why not. */
  start: z.object({ mogelijk: z.boolean(), datum: z.string().nullable(), reden: z.string().nullable() }),
  toewijzingen: z.array(leveringToewijzing),
});

// ── Op- en afschaalvoorstellen ───────────────────────────────────────────────────────────────────────

export const schaalvoorstelVerzoek = z
  .object({
    richting: z.enum(
      SCHAAL_RICHTINGEN,
      "Kies opschalen, afschalen naar lichtere ondersteuning of naar het voorliggend veld",
    ),
    motivering: z.string().trim().max(5000, "Maximaal 5000 tekens"),
  })
  .strict();

export const beoordelingVerzoek = z
  .object({
    beoordeling: z.enum(BEOORDELINGEN, "Kies bevestigen of weigeren"),
    toelichting: z.string().trim().max(2000, "Maximaal 2000 tekens").default(""),
  })
  .strict();

export const schaalvoorstel = z.object({
  id: z.uuid(),
  zaakId: z.uuid(),
  richting: z.enum(SCHAAL_RICHTINGEN),
  motivering: z.string(),
  status: z.enum(VOORSTEL_STATUSSEN),
  voorgesteldDoor: z.string(),
  voorgesteldOp: z.string(),
  beoordeeldDoor: z.string().nullable(),
  beoordeeldOp: z.string().nullable(),
  toelichting: z.string(),
  versie: z.number().int(),
  /** The caller may confirm or refuse it now (buurtteam, not the proposer, still open). */
  magBeoordelen: z.boolean(),
});
export type Schaalvoorstel = z.infer<typeof schaalvoorstel>;

export const voorstellenOpZaak = z.object({
  voorstellen: z.array(schaalvoorstel),
  /** Whether the caller may propose now, and why not. */
  kanVoorstellen: z.object({ mogelijk: z.boolean(), reden: z.string().nullable() }),
});

const zaakKort = z.object({
  id: z.uuid(),
  zaaknummer: z.string(),
  zaaktype: z.string(),
  status: z.string(),
});

export const teBevestigenVoorstel = schaalvoorstel.extend({
  zaak: zaakKort,
  hoofdpersoon: z.string().nullable(),
});

export const voorstelMetZaak = teBevestigenVoorstel.extend({
  /** What the besluit in force grants (so the buurtteam knows what is scaled). */
  ondersteuning: z.array(
    z.object({
      omschrijving: z.string(),
      leveringsvorm: z.string().nullable(),
      aanbieder: z.string().nullable(),
      ingangsdatum: z.string(),
      einddatum: z.string().nullable(),
    }),
  ),
});
