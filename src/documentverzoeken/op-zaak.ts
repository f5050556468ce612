/**
 * Documents the consulent asks the resident for (issue 16: "upload a document the consulent asked for"): on the zaak
 * page whoever may change the zaak asks, whoever may read it sees the requests. Asking also places a message in the
 * conversation of the zaak, so the resident gets the e-mail that something is waiting (inwonerberichten/gesprek.ts).
 */

import { documentverzoekenVanZaak, voegDocumentverzoekToe } from "../db/documentverzoeken";
import { personenVanZaak } from "../db/zaken";
import { datumVoluit } from "../documenten/brief";
import { auditeer, type Handeling } from "../handeling/context";
import { ongeldig } from "../handeling/weigering";
import { plaatsBericht } from "../inwonerberichten/gesprek";
import { vandaag } from "../lib/klok";
import { laadZaak } from "../zaken/zaak";

export async function documentverzoekenOpZaak(h: Handeling, zaakId: string) {
  const zaak = await laadZaak(h, zaakId, { voor: "lezen" });
  const rijen = await documentverzoekenVanZaak(h.tx, zaak.id);
  return rijen.map(({ verzoek, gevraagdDoorNaam }) => ({
    id: verzoek.id,
    omschrijving: verzoek.omschrijving,
    uiterlijk: verzoek.uiterlijk,
    gevraagdDoor: gevraagdDoorNaam,
    gevraagdOp: verzoek.gevraagdOp.toISOString(),
    documentId: verzoek.documentId,
    aangeleverdOp: verzoek.aangeleverdOp?.toISOString() ?? null,
  }));
}

export async function vraagDocument(
  h: Handeling,
  zaakId: string,
  v: { omschrijving: string; uiterlijk: string | null },
) {
  const zaak = await laadZaak(h, zaakId, { voor: "wijzigen" });
  if (v.uiterlijk !== null && v.uiterlijk < vandaag())
    throw ongeldig("De datum waarop het document er uiterlijk moet zijn, ligt in het verleden.", [
      { veld: "uiterlijk", melding: "Kies vandaag of een latere datum" },
    ]);
  const verzoek = await voegDocumentverzoekToe(h.tx, {
    zaakId: zaak.id,
    omschrijving: v.omschrijving,
    uiterlijk: v.uiterlijk,
    gevraagdDoor: h.wie.medewerkerId,
  });
  await plaatsBericht(
    h,
    zaak,
    "medewerker",
    `Wilt u dit document sturen: ${v.omschrijving}${v.uiterlijk ? ` (uiterlijk ${datumVoluit(v.uiterlijk)})` : ""}? U kunt het bij uw zaak in Mijn Voordeur toevoegen.`,
  );
  const hoofd = (await personenVanZaak(h.tx, zaak.id)).find((p) => p.rol === "hoofdpersoon");
  await auditeer(h, [
    {
      actie: "aanmaken",
      resource: "documentverzoek",
      persoonId: hoofd?.persoonId ?? null,
      reden: `document gevraagd op zaak ${zaak.zaaknummer}`,
    },
  ]);
  return { id: verzoek.id };
}
