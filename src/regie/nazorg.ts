/**
 * Nazorg ex-gedetineerden (seed 004 §7.1.2; domain/regie/nazorg): started on a zaak when the melding of a detention
 * (or of a zelfmelder) comes in, then kept up to date — the contact with the PI casemanager, the achterblijvers,
 * the five nazorg points. One per zaak; the Regiegroep and the teamleider record it (policy rule 21).
 */
import type { z } from "zod";
import type { nazorgVerzoek } from "../contract/regie";
import type { Nazorg } from "../domain/regie/nazorg";
import { toetsNazorg } from "../domain/regie/nazorg";
import { vandaag } from "../lib/klok";
import type { BijgehoudenSoort } from "./bijhouden";
import { weigerRegie } from "./thema";

export const NAZORG_BESTAAT_AL = "Op deze zaak loopt al een nazorgtraject.";

export const NAZORG: BijgehoudenSoort<z.infer<typeof nazorgVerzoek>, Nazorg> = {
  thema: "nazorg",
  bestaatAl: NAZORG_BESTAAT_AL,
  gegevens: async (_h, _zaak, invoer) => {
    const nazorg: Nazorg = { ...invoer, punten: { ...invoer.punten } };
    weigerRegie(toetsNazorg(nazorg, vandaag()));
    return nazorg;
  },
  gestart: (invoer) => ({
    soort: "nazorg-gestart",
    toelichting: invoer.zelfmelder
      ? "Nazorg gestart (zelfmelder)."
      : "Nazorg gestart na melding van detentie.",
  }),
  audit: { gestart: "nazorg gestart", bijgewerkt: "nazorg bijgewerkt" },
};
