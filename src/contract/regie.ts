/** The Regiegroep themes on a zaak (issue 14; domain/regie): Spoed voor Jeugd and nazorg ex-gedetineerden. */
import { z } from "zod";
import { NAZORG_STATUSSEN, NAZORGPUNTEN, PUNT_STATUSSEN } from "../domain/regie/nazorg";
import { SPOED_STATUSSEN } from "../domain/regie/spoed";
import { REGIE_THEMAS } from "../domain/regie/thema";
import { tekst } from "../domain/tekst";
import { moment } from "./huisverbod";
import { verplichteRegel as kort, verplichteTekst as lang } from "./velden";

const datum = (label: string) => z.iso.date(`${label}: gebruik een datum als 2026-05-01`);
const puntStatus = z.enum(PUNT_STATUSSEN, "Kies open, geregeld of niet van toepassing");

export const spoedOverdrachtVerzoek = z
  .object({
    overgedragenOp: moment("Overgedragen op"),
    aan: kort("Overgedragen aan"),
    wat: lang("Wat is overgedragen"),
  })
  .strict();

export const nazorgVerzoek = z
  .object({
    zelfmelder: z.boolean("Geef aan of het een zelfmelder is"),
    gemeldOp: datum("Melding ontvangen op"),
    verwachtOp: datum("Verwachte datum").nullable(),
    piContact: z
      .object({ naam: kort("Casemanager van de PI"), op: datum("Contact met de PI op") })
      .strict()
      .nullable(),
    achterblijvers: tekst("Achterblijvers").trim().max(5000, "Maximaal 5000 tekens"),
    punten: z
      .object(
        Object.fromEntries(NAZORGPUNTEN.map((p) => [p, puntStatus])) as {
          [K in (typeof NAZORGPUNTEN)[number]]: typeof puntStatus;
        },
      )
      .strict(),
  })
  .strict();

const spoedInhoud = z.object({
  overgedragenOp: tekst(),
  aan: tekst(),
  wat: tekst(),
  /** The next opening of the office (working day, 8.30) when the zaak returns to the Regiegroep. */
  terugOp: tekst(),
  teruggezetOp: tekst().nullable(),
  status: z.enum(SPOED_STATUSSEN),
});

const nazorgInhoud = nazorgVerzoek.extend({
  status: z.enum(NAZORG_STATUSSEN),
  /** Calendar days until the expected date (negative once passed); null when unknown. */
  dagenTotVerwacht: z.number().int().nullable(),
});

/** One theme record as the caller may see it: its existence always, its content only per policy rule 21. */
export const regieThemaWeergave = z.object({
  id: z.uuid(),
  zaakId: z.uuid(),
  thema: z.enum(REGIE_THEMAS),
  versie: z.number().int(),
  gestartDoor: tekst(),
  gestartOp: tekst(),
  /** null: the caller sees only that there is one. */
  spoed: spoedInhoud.nullable(),
  nazorg: nazorgInhoud.nullable(),
});

export const regieOpZaak = z.object({
  themas: z.array(regieThemaWeergave),
  kanVastleggen: z.object({ mogelijk: z.boolean(), reden: tekst().nullable() }),
});
