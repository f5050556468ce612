/** Levering (start, end) and the op- en afschaalvoorstellen with four eyes (issue "De werkplek"). */
import { z } from "zod";
import { BEOORDELINGEN, SCHAAL_RICHTINGEN, VOORSTEL_STATUSSEN } from "../domain/opschalen/voorstel";
import { tekst } from "../domain/tekst";

const datum = z.iso.date("Gebruik een datum als 2026-01-05");

// ── Levering ──────────────────────────────────────────────────────────────────────────────────────────

export const startLeveringVerzoek = z
  .object({
    datum,
    toelichting: tekst("Toelichting").trim().max(2000, "Maximaal 2000 tekens").optional(),
  })
  .strict();

export const leveringToewijzing = z.object({
  toewijzingnummer: z.number().int(),
  aanbiederAgb: tekst(),
  productCode: tekst().nullable(),
  ingangsdatum: tekst(),
  einddatum: tekst().nullable(),
  zorgGestartOp: tekst().nullable(),
  zorgGestoptOp: tekst().nullable(),
});

export const leveringOverzicht = z.object({
  status: tekst(),
  /** zin | pgb of the besluit in force; null without a besluit that grants support. */
  leveringsvorm: tekst().nullable(),
  gestartOp: tekst().nullable(),
  /** The planned end when the levering started (null: open-ended). */
  eindigtOp: tekst().nullable(),
  beeindigdOp: tekst().nullable(),
  /** Why the levering ended, in Dutch. */
  einde: tekst().nullable(),
  /** Recording the start (PGB): whether the caller may do it now, the date to prefill, and why not. */
  start: z.object({ mogelijk: z.boolean(), datum: tekst().nullable(), reden: tekst().nullable() }),
  toewijzingen: z.array(leveringToewijzing),
});

// ── Op- en afschaalvoorstellen ───────────────────────────────────────────────────────────────────────

export const schaalvoorstelVerzoek = z
  .object({
    richting: z.enum(
      SCHAAL_RICHTINGEN,
      "Kies opschalen, afschalen naar lichtere ondersteuning of naar het voorliggend veld",
    ),
    motivering: tekst().trim().max(5000, "Maximaal 5000 tekens"),
  })
  .strict();

export const beoordelingVerzoek = z
  .object({
    beoordeling: z.enum(BEOORDELINGEN, "Kies bevestigen of weigeren"),
    toelichting: tekst("Toelichting").trim().max(2000, "Maximaal 2000 tekens").default(""),
  })
  .strict();

export const schaalvoorstel = z.object({
  id: z.uuid(),
  zaakId: z.uuid(),
  richting: z.enum(SCHAAL_RICHTINGEN),
  motivering: tekst(),
  status: z.enum(VOORSTEL_STATUSSEN),
  voorgesteldDoor: tekst(),
  voorgesteldOp: tekst(),
  beoordeeldDoor: tekst().nullable(),
  beoordeeldOp: tekst().nullable(),
  toelichting: tekst(),
  versie: z.number().int(),
  /** The caller may confirm or refuse it now (buurtteam, not the proposer, still open). */
  magBeoordelen: z.boolean(),
});
export type Schaalvoorstel = z.infer<typeof schaalvoorstel>;

export const voorstellenOpZaak = z.object({
  voorstellen: z.array(schaalvoorstel),
  /** Whether the caller may propose now, and why not. */
  kanVoorstellen: z.object({ mogelijk: z.boolean(), reden: tekst().nullable() }),
});

const zaakKort = z.object({
  id: z.uuid(),
  zaaknummer: tekst(),
  zaaktype: tekst(),
  status: tekst(),
});

export const teBevestigenVoorstel = schaalvoorstel.extend({
  zaak: zaakKort,
  hoofdpersoon: tekst().nullable(),
});

export const voorstelMetZaak = teBevestigenVoorstel.extend({
  /** What the besluit in force grants (so the buurtteam knows what is scaled). */
  ondersteuning: z.array(
    z.object({
      omschrijving: tekst(),
      leveringsvorm: tekst().nullable(),
      aanbieder: tekst().nullable(),
      ingangsdatum: tekst(),
      einddatum: tekst().nullable(),
    }),
  ),
});
