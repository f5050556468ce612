/**
 * The inbox: reads waiting messages from the transport's source and receives each like the API does.
 * Refused messages (not well-formed, XSD, not for us) are set aside with their reason; a message whose
 * processing failed for another reason stays waiting and is tried again in the next round.
 */
import type { Db } from "../db/client";
import type { BsnSleutels } from "../privacy/bsn-sleutels";
import { ontvangBericht } from "./inkomend";
import type { BerichtBron } from "./transport/poort";
import { BerichtFout } from "./xml";

export interface Importresultaat {
  verwerkt: number;
  dubbel: number;
  geweigerd: number;
  fouten: number;
}

export async function importeerInbox(
  db: Db,
  bron: BerichtBron,
  sleutels: BsnSleutels,
  maximaal = 1000,
): Promise<Importresultaat> {
  const resultaat: Importresultaat = { verwerkt: 0, dubbel: 0, geweigerd: 0, fouten: 0 };
  for (const sleutel of await bron.wachtend(maximaal)) {
    try {
      const xml = await bron.lees(sleutel);
      const { nieuw } = await ontvangBericht(
        db,
        xml,
        { soort: "integratie", naam: bron.naam },
        { sleutels, requestId: null },
      );
      await bron.bevestig(sleutel, "verwerkt");
      resultaat[nieuw ? "verwerkt" : "dubbel"]++;
    } catch (fout) {
      if (fout instanceof BerichtFout) {
        const reden = [fout.message, ...fout.fouten.map((f) => `${f.veld}: ${f.melding}`)].join("\n");
        await bron.bevestig(sleutel, "geweigerd", reden);
        resultaat.geweigerd++;
      } else {
        resultaat.fouten++;
      }
    }
  }
  return resultaat;
}
