/**
 * Recording one of the five steps of a Meldcode (domain/meldcode): in order, each validated; the afwegingskader's
 * questions in their order, and the two decisions bound by its outcome. Only those who see the content record.
 */
import type { z } from "zod";
import type { meldcodeStapVerzoek } from "../contract/meldcode";
import type { MeldcodeRij } from "../db/meldcode";
import {
  type Gesprek,
  MELDCODE_STAPPEN,
  type Stappen,
  toetsBeslissingStap,
  toetsStap,
} from "../domain/meldcode/meldcode";
import type { Handeling } from "../handeling/context";
import { vandaag } from "../lib/klok";
import { bewaarMeldcode, laadMeldcode } from "./meldcode";
import { weigerMeldcode } from "./weigering";

export type StapVerzoek = z.infer<typeof meldcodeStapVerzoek>;

const tekst = (s: string | undefined) => (s ?? "").trim();

function alsGesprek(v: Extract<StapVerzoek, { stap: "gesprek" }>): Gesprek {
  return v.gevoerd
    ? { gevoerd: true, datum: v.datum ?? "", metWie: tekst(v.metWie), verslag: tekst(v.verslag) }
    : { gevoerd: false, redenNietVeilig: tekst(v.redenNietVeilig) };
}

export async function legStapVast(
  h: Handeling,
  id: string,
  versie: number,
  verzoek: StapVerzoek,
): Promise<MeldcodeRij> {
  const geladen = await laadMeldcode(h, id, { voor: "wijzigen", versie });
  const { meldcode } = geladen;
  const dag = vandaag();
  let stappen: Stappen;
  switch (verzoek.stap) {
    case "signalen":
      weigerMeldcode(toetsStap(meldcode, "signalen", verzoek.signalen, dag));
      stappen = { ...meldcode.stappen, signalen: verzoek.signalen };
      break;
    case "overleg":
      weigerMeldcode(toetsStap(meldcode, "overleg", verzoek.overleg, dag));
      stappen = { ...meldcode.stappen, overleg: verzoek.overleg };
      break;
    case "gesprek": {
      if (verzoek.gevoerd && !verzoek.datum)
        weigerMeldcode([
          {
            regel: "gesprek-of-reden",
            veld: "datum",
            melding: "Vul de datum van het gesprek in.",
            ongeldig: true,
          },
        ]);
      const gesprek = alsGesprek(verzoek);
      weigerMeldcode(toetsStap(meldcode, "gesprek", gesprek, dag));
      stappen = { ...meldcode.stappen, gesprek };
      break;
    }
    case "afweging":
      weigerMeldcode(toetsStap(meldcode, "afweging", verzoek.afweging, dag));
      stappen = { ...meldcode.stappen, afweging: verzoek.afweging };
      break;
    case "beslissingen": {
      const { stap: _stap, ...beslissingen } = verzoek;
      weigerMeldcode(toetsBeslissingStap(meldcode, beslissingen));
      stappen = { ...meldcode.stappen, beslissingen };
      break;
    }
  }
  // An earlier step may be corrected until the melding is recorded; later steps stay as they were recorded.
  return bewaarMeldcode(
    h,
    geladen,
    { stappen },
    `stap ${MELDCODE_STAPPEN.indexOf(verzoek.stap) + 1} (${verzoek.stap})`,
  );
}
