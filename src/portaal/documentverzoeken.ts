/**
 * "Gevraagde documenten" of a zaak in Mijn Voordeur (issue 16; rule 30g): the resident sees what the consulent asked
 * for and uploads it (pdf, png or jpeg up to 5 MB, its bytes checked: domain/documenten/bestand.ts). The file is
 * stored as a document of the zaak, exactly as sent, and answers the request; both are audited.
 */
import { slaDocumentOp } from "../db/documenten";
import {
  beantwoordDocumentverzoek,
  documentverzoekenVanZaak,
  haalDocumentverzoek,
} from "../db/documentverzoeken";
import type { ZaakRij } from "../db/zaken";
import { type Bestandsoort, toetsBestand } from "../domain/documenten/bestand";
import { auditeer } from "../handeling/context";
import { type InwonerHandeling, vereisInwoner } from "../handeling/inwoner";
import { conflict, nietGevonden, ongeldig } from "../handeling/weigering";
import { laadMijnZaak } from "./zaken";

export const DOCUMENTSOORT_VAN_INWONER = "door-inwoner-aangeleverd";

const resource = (h: InwonerHandeling, zaak: ZaakRij) =>
  ({
    soort: "documentverzoek",
    gemeenteCode: zaak.gemeenteCode,
    hoofdpersoonId: h.inwoner.namensPersoonId,
  }) as const;

/** For the zaak page: what was asked, until when, and whether it was sent. */
export async function documentverzoekenVanMijnZaak(h: InwonerHandeling, zaak: ZaakRij) {
  vereisInwoner(h, "lezen", resource(h, zaak));
  return (await documentverzoekenVanZaak(h.tx, zaak.id)).map(({ verzoek }) => ({
    id: verzoek.id,
    omschrijving: verzoek.omschrijving,
    uiterlijk: verzoek.uiterlijk,
    aangeleverdOp: verzoek.aangeleverdOp?.toISOString() ?? null,
  }));
}

export async function leverDocument(
  h: InwonerHandeling,
  zaakId: string,
  verzoekId: string,
  bestand: { bestandsnaam: string; contentType: Bestandsoort; inhoudBase64: string },
) {
  const zaak = await laadMijnZaak(h, zaakId);
  const verzoek = await haalDocumentverzoek(h.tx, verzoekId);
  if (!verzoek || verzoek.zaakId !== zaak.id) throw nietGevonden("Dit verzoek kunnen we niet vinden.");
  vereisInwoner(h, "wijzigen", resource(h, zaak));
  if (verzoek.documentId) throw conflict("Dit document heeft u al gestuurd.");
  const inhoud = Buffer.from(bestand.inhoudBase64, "base64");
  const fout = toetsBestand(inhoud, bestand.contentType);
  if (fout)
    throw ongeldig(fout.melding, [
      { veld: "inhoudBase64", melding: fout.melding, regel: `bestand-${fout.regel}` },
    ]);
  const document = await slaDocumentOp(h.tx, {
    zaakId: zaak.id,
    persoonId: h.inwoner.namensPersoonId,
    soort: DOCUMENTSOORT_VAN_INWONER,
    titel: `${verzoek.omschrijving} (gestuurd in Mijn Voordeur: ${bestand.bestandsnaam})`,
    contentType: bestand.contentType,
    inhoud,
    aangemaaktDoor: null,
  });
  const beantwoord = await beantwoordDocumentverzoek(h.tx, verzoek.id, document.id, h.inwoner.persoonId);
  if (!beantwoord) throw conflict("Dit document heeft u al gestuurd.");
  await auditeer(h, [
    {
      actie: "aanmaken",
      resource: "document",
      persoonId: h.inwoner.namensPersoonId,
      reden: `gevraagd document gestuurd op zaak ${zaak.zaaknummer}`,
    },
  ]);
  return { id: verzoek.id, aangeleverdOp: beantwoord.aangeleverdOp?.toISOString() ?? null };
}
