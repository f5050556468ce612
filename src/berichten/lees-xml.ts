import { haalBericht } from "../db/berichten";
import { auditeer, type Handeling, vereis } from "../handeling/context";
import { nietGevonden } from "../handeling/weigering";

/**
 * The exact XML of an iWmo/iJw message. It names the client in full — BSN, name, address (the Client block of
 * every 301/305/315…) — so besides the message log's own rule it follows the policy of the person: the same
 * action as reading their basisgegevens (DOMAIN §6; the beheerder, who may keep the message log, may not).
 * Asked before the message is looked up, so a refusal says nothing about which messages exist. Every read is
 * audited as a read of personal data of the client (also when the BSN is not a known inwoner: persoonId null).
 */
export async function leesBerichtXml(h: Handeling, id: string): Promise<string> {
  const gemeenteCode = h.wie.gemeente.code;
  vereis(h.wie, "lezen", { soort: "berichten", gemeenteCode });
  vereis(h.wie, "lezen", { soort: "basisgegevens", gemeenteCode });
  const bericht = await haalBericht(h.tx, id);
  if (!bericht) throw nietGevonden();
  await auditeer(h, [
    {
      actie: "lezen",
      resource: "persoon",
      persoonId: bericht.persoonId,
      reden: `BSN, naam en adres in bericht ${bericht.berichttype} ${bericht.identificatie} (XML) ingezien`,
    },
  ]);
  return bericht.xml;
}
