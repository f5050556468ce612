/**
 * Recording the melding at Veilig Thuis (DOMAIN §5): its date, the contact and what was reported, and how the
 * parents learn of it: by the written notice that is sent next (meldcode/kennisgeving.ts), or the recorded reason
 * why they are not informed. After it the steps are fixed.
 */
import type { z } from "zod";
import type { meldingVerzoek } from "../contract/meldcode";
import type { MeldcodeRij } from "../db/meldcode";
import { type Melding, toetsMeldingVastleggen } from "../domain/meldcode/meldcode";
import type { Handeling } from "../handeling/context";
import { vandaag } from "../lib/klok";
import { bewaarMeldcode, laadMeldcode } from "./meldcode";
import { weigerMeldcode } from "./weigering";

export async function legMeldingVast(
  h: Handeling,
  id: string,
  versie: number,
  verzoek: z.infer<typeof meldingVerzoek>,
): Promise<MeldcodeRij> {
  const geladen = await laadMeldcode(h, id, { voor: "wijzigen", versie });
  const melding: Melding = {
    datum: verzoek.datum,
    contactpersoon: verzoek.contactpersoon,
    inhoud: verzoek.inhoud,
    ouders:
      verzoek.oudersInformeren === "per-brief"
        ? { briefVolgt: true }
        : { redenNiet: (verzoek.oudersRedenNiet ?? "").trim() },
  };
  weigerMeldcode(toetsMeldingVastleggen(geladen.meldcode, melding, vandaag()));
  return bewaarMeldcode(h, geladen, { melding }, "melding bij Veilig Thuis vastgelegd");
}
