/**
 * Wet verplichte GGZ with the Regiegroep as contact (seed 004 §7.1.2; domain/regie/wvggz): the melding to the
 * college, the verkennend onderzoek, the decision on an aanvraag to the officier van justitie, who is involved, and
 * a crisismaatregel of the burgemeester. One per zaak; the Regiegroep and the teamleider record it (policy rule 21).
 */
import type { z } from "zod";
import type { wvggzVerzoek } from "../contract/regie";
import { personenVanZaak } from "../db/zaken";
import { toetsWvggz, type Wvggz } from "../domain/regie/wvggz";
import { vandaag } from "../lib/klok";
import type { BijgehoudenSoort } from "./bijhouden";
import { weigerRegie } from "./thema";

export const WVGGZ: BijgehoudenSoort<z.infer<typeof wvggzVerzoek>, Wvggz> = {
  thema: "wvggz",
  bestaatAl: "Op deze zaak loopt al een procedure Wet verplichte GGZ; werk die bij.",
  gegevens: async (h, zaak, invoer) => {
    const persoonIds = (await personenVanZaak(h.tx, zaak.id)).map((p) => p.persoonId);
    weigerRegie(toetsWvggz(invoer, { vandaag: vandaag(), persoonIds }));
    return invoer;
  },
  gestart: () => ({
    soort: "wvggz-melding",
    toelichting: "Melding Wet verplichte GGZ vastgelegd; de Regiegroep is contactpersoon.",
  }),
  audit: { gestart: "melding vastgelegd", bijgewerkt: "procedure bijgewerkt" },
};
