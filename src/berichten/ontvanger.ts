/**
 * The inbox: reads waiting messages from the transport's source and receives them like the API does, in
 * batches (inkomend.ts#ontvangBerichten: one transaction per PARTIJ messages). Refused messages (not
 * well-formed, XSD, not for us) are set aside with their reason; a message whose processing failed for
 * another reason stays waiting and is tried again in the next round.
 */
import type { Db } from "../db/client";
import type { BsnSleutels } from "../privacy/bsn-sleutels";
import { ontvangBerichten, PARTIJ } from "./inkomend";
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
  /** Called after every batch with (done, total), e.g. to show progress on the command line. */
  voortgang?: (klaar: number, totaal: number) => void,
): Promise<Importresultaat> {
  const resultaat: Importresultaat = { verwerkt: 0, dubbel: 0, geweigerd: 0, fouten: 0 };
  const wachtend = await bron.wachtend(maximaal);
  for (let start = 0; start < wachtend.length; start += PARTIJ) {
    // Files are read and acknowledged in parallel; the messages are processed in their order.
    const gelezen = (
      await Promise.all(
        wachtend.slice(start, start + PARTIJ).map((sleutel) =>
          bron.lees(sleutel).then(
            (xml) => ({ sleutel, xml }),
            () => {
              resultaat.fouten++;
              return null;
            },
          ),
        ),
      )
    ).filter((g) => g !== null);
    const uitkomsten = await ontvangBerichten(
      db,
      gelezen.map((g) => g.xml),
      { soort: "integratie", naam: bron.naam, gemeenten: "alle" },
      { sleutels, requestId: null },
    );
    await Promise.all(
      gelezen.map(async ({ sleutel }, k) => {
        const uitkomst = uitkomsten[k];
        try {
          if (uitkomst && "resultaat" in uitkomst) {
            await bron.bevestig(sleutel, "verwerkt");
            resultaat[uitkomst.resultaat.nieuw ? "verwerkt" : "dubbel"]++;
          } else if (uitkomst?.fout instanceof BerichtFout) {
            const fout = uitkomst.fout;
            const reden = [fout.message, ...fout.fouten.map((f) => `${f.veld}: ${f.melding}`)].join("\n");
            await bron.bevestig(sleutel, "geweigerd", reden);
            resultaat.geweigerd++;
          } else {
            resultaat.fouten++;
          }
        } catch {
          resultaat.fouten++;
        }
      }),
    );
    voortgang?.(Math.min(start + PARTIJ, wachtend.length), wachtend.length);
  }
  return resultaat;
}
