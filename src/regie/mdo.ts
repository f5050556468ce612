/**
 * MDO 23+ (seed 004 §7.1.2; domain/regie/mdo): the casus put through by the Advies- en Meldpunt OGGZ, each overleg
 * with the persons concerned (persons on the zaak), the participants, the agreed actions and the follow-up. One per
 * zaak; the Regiegroep and the teamleider record it (policy rule 21).
 */
import type { z } from "zod";
import type { mdoVerzoek } from "../contract/regie";
import { personenVanZaak } from "../db/zaken";
import { type Mdo, toetsMdo } from "../domain/regie/mdo";
import { vandaag } from "../lib/klok";
import type { BijgehoudenSoort } from "./bijhouden";
import { weigerRegie } from "./thema";

export const MDO: BijgehoudenSoort<z.infer<typeof mdoVerzoek>, Mdo> = {
  thema: "mdo-23",
  bestaatAl: "Deze zaak staat al bij het MDO 23+; werk dat bij.",
  gegevens: async (h, zaak, invoer) => {
    const personen = (await personenVanZaak(h.tx, zaak.id)).map((p) => ({
      persoonId: p.persoonId,
      geboortedatum: p.geboortedatum,
    }));
    weigerRegie(toetsMdo(invoer, { vandaag: vandaag(), personen }));
    return invoer;
  },
  gestart: () => ({
    soort: "mdo-23-aangemeld",
    toelichting: "Via het Advies- en Meldpunt OGGZ aangemeld bij het MDO 23+.",
  }),
  audit: { gestart: "aangemeld bij het MDO", bijgewerkt: "MDO bijgewerkt" },
};
