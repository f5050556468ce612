/**
 * "Mijn brieven" of a zaak (issue 16): the letters the gemeente sent about it and the signed plan, to download. Rule
 * 30d decides per document: only letter soorten meant for the resident (domain/portaal/brieven.ts), and only those
 * addressed to them or to whom they act for. Each download is audited on the person, like a medewerker's.
 */
import { type DocumentMetadata, documentenVanZaak, haalDocument } from "../db/documenten";
import type { ZaakRij } from "../db/zaken";
import { beslisInwoner } from "../domain/autorisatie/inwoner";
import { BRIEVEN_VOOR_INWONER } from "../domain/portaal/brieven";
import { auditeer } from "../handeling/context";
import { type InwonerHandeling, vereisInwoner } from "../handeling/inwoner";
import { nietGevonden } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { laadMijnZaak } from "./zaken";

const briefResource = (h: InwonerHandeling, d: Pick<DocumentMetadata, "soort" | "aanPersoonIds">) =>
  ({
    soort: "brief",
    gemeenteCode: h.wie.gemeente.code,
    hoofdpersoonId: h.inwoner.namensPersoonId,
    documentSoort: d.soort,
    aan: d.aanPersoonIds,
  }) as const;

/** The letters of this zaak the resident may read, newest first, named in plain words. */
export async function brievenVanMijnZaak(h: InwonerHandeling, zaak: ZaakRij) {
  const actor = {
    persoonId: h.inwoner.persoonId,
    gemeenteCode: h.wie.gemeente.code,
    namensPersoonId: h.inwoner.namensPersoonId,
  };
  return (await documentenVanZaak(h.tx, zaak.id))
    .filter((d) => beslisInwoner(actor, "lezen", briefResource(h, d)).toegestaan)
    .map((d) => ({
      id: d.id,
      naam: BRIEVEN_VOOR_INWONER[d.soort] ?? d.titel,
      datum: vandaag(d.aangemaaktOp),
    }));
}

/** One letter as stored (the PDF the resident received), after rule 30d. */
export async function mijnBrief(h: InwonerHandeling, zaakId: string, documentId: string) {
  const zaak = await laadMijnZaak(h, zaakId);
  const document = await haalDocument(h.tx, documentId);
  // A document of another zaak is "not found", like another's zaak.
  if (!document || document.zaakId !== zaak.id) throw nietGevonden("Deze brief kunnen we niet vinden.");
  vereisInwoner(h, "lezen", briefResource(h, document));
  await auditeer(h, [
    {
      actie: "lezen",
      resource: "document",
      persoonId: h.inwoner.namensPersoonId,
      reden: `brief "${document.soort}" geopend in Mijn Voordeur`,
    },
  ]);
  const naam = (BRIEVEN_VOOR_INWONER[document.soort] ?? "brief").replace(/[^\p{L}\p{N} ._-]+/gu, "");
  return {
    bestandsnaam: `${naam} ${zaak.zaaknummer}.pdf`,
    contentType: document.contentType,
    inhoud: document.inhoud,
  };
}
