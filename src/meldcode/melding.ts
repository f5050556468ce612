/**
 * Recording the melding at Veilig Thuis (DOMAIN §5): its date, the contact and what was reported, and that the
 * parents were informed in writing (the date), or why not. After it the steps are fixed.
 */
import type { z } from "zod";
import type { meldingVerzoek } from "../contract/meldcode";
import type { MeldcodeRij } from "../db/meldcode";
import { type Melding, toetsMeldingVastleggen } from "../domain/meldcode/meldcode";
import type { Handeling } from "../handeling/context";
import { ongeldig } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { bewaarMeldcode, laadMeldcode } from "./meldcode";
import { weigerMeldcode } from "./weigering";

const OUDERS =
  "Vul in wanneer de ouders schriftelijk zijn geïnformeerd over de melding, of leg vast waarom niet.";

export async function legMeldingVast(
  h: Handeling,
  id: string,
  versie: number,
  verzoek: z.infer<typeof meldingVerzoek>,
): Promise<MeldcodeRij> {
  const geladen = await laadMeldcode(h, id, { voor: "wijzigen", versie });
  const reden = (verzoek.oudersRedenNiet ?? "").trim();
  if (!verzoek.oudersGeinformeerdOp && !reden)
    throw ongeldig(OUDERS, [{ veld: "oudersGeinformeerdOp", melding: OUDERS }]);
  const melding: Melding = {
    datum: verzoek.datum,
    contactpersoon: verzoek.contactpersoon,
    inhoud: verzoek.inhoud,
    ouders: verzoek.oudersGeinformeerdOp ? { op: verzoek.oudersGeinformeerdOp } : { redenNiet: reden },
  };
  weigerMeldcode(toetsMeldingVastleggen(geladen.meldcode, melding, vandaag()));
  return bewaarMeldcode(h, geladen, { melding }, "melding bij Veilig Thuis vastgelegd");
}
