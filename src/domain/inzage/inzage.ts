/**
 * Inzage (AVG art. 15): the resident gets everything about them, decided per document; a document may be
 * withheld only with a motivation (e.g. conflicting interests of a family member, DOMAIN.md §6).
 * Persoonlijke werkaantekeningen are never part of an inzage and are not offered as documents.
 */
export interface InzageDocument {
  id: string;
  soort: "zaak" | "aantekening";
  titel: string;
  datum: string;
  inhoud: string;
}

export interface Beslissing {
  documentId: string;
  opnemen: boolean;
  motivering?: string | undefined;
}

export type Samenstelling =
  | {
      ok: true;
      opgenomen: InzageDocument[];
      uitgesloten: { document: Omit<InzageDocument, "inhoud">; motivering: string }[];
    }
  | { ok: false; fouten: { veld: string; melding: string }[] };

export const MINIMALE_MOTIVERING = 10;

export function stelInzageSamen(
  documenten: readonly InzageDocument[],
  beslissingen: readonly Beslissing[],
): Samenstelling {
  const fouten: { veld: string; melding: string }[] = [];
  const perDocument = new Map<string, Beslissing>();
  beslissingen.forEach((b, i) => {
    if (!documenten.some((d) => d.id === b.documentId)) {
      fouten.push({
        veld: `beslissingen.${i}.documentId`,
        melding: "Dit document hoort niet bij deze inwoner",
      });
    } else if (perDocument.has(b.documentId)) {
      fouten.push({ veld: `beslissingen.${i}.documentId`, melding: "Over dit document is al beslist" });
    } else if (!b.opnemen && (b.motivering ?? "").trim().length < MINIMALE_MOTIVERING) {
      fouten.push({
        veld: `beslissingen.${i}.motivering`,
        melding: "Motiveer waarom dit document niet wordt verstrekt",
      });
    }
    perDocument.set(b.documentId, b);
  });
  documenten.forEach((d) => {
    if (!perDocument.has(d.id))
      fouten.push({ veld: "beslissingen", melding: `Beslis over document '${d.titel}'` });
  });
  if (fouten.length > 0) return { ok: false, fouten };
  const opgenomen = documenten.filter((d) => perDocument.get(d.id)?.opnemen);
  const uitgesloten = documenten
    .filter((d) => !perDocument.get(d.id)?.opnemen)
    .map(({ inhoud: _inhoud, ...document }) => ({
      document,
      motivering: (perDocument.get(document.id)?.motivering ?? "").trim(),
    }));
  return { ok: true, opgenomen, uitgesloten };
}
