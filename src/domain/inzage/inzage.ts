/**
 * Inzage (AVG art. 15): the resident gets everything about them, decided **per document** (DOMAIN.md §6): the
 * data of each zaak, each stored document (letters, scans) and each dossier note is given or withheld. Withholding
 * needs a ground from a fixed list and a motivation, because it limits a right; giving needs neither.
 * Persoonlijke werkaantekeningen are never part of an inzage and are not offered as documents.
 */
export type InzageSoort = "zaakgegevens" | "document" | "journaal";

export interface InzageDocument {
  /** "zaak:<id>", "document:<id>" or "journaal:<id>": what the decision is about. */
  id: string;
  soort: InzageSoort;
  zaakId: string | null;
  zaaknummer: string | null;
  titel: string;
  datum: string;
  inhoud: string;
}

/** The grounds on which a document may be withheld (one list; the UI offers exactly these). */
export const WEIGERGRONDEN = {
  "privacy-derden": "Privacy van anderen: het document bevat gegevens van een ander (AVG artikel 15 lid 4)",
  "rechten-anderen":
    "Bescherming van de inwoner of van de rechten en vrijheden van anderen (UAVG artikel 41 lid 1 onder i)",
  "jeugdwet-persoonlijke-levenssfeer":
    "Persoonlijke levenssfeer van een ander in het jeugdhulpdossier (Jeugdwet, inzage in het dossier)",
  "wmo-vertrouwelijk":
    "Vertrouwelijke informatie van een derde in het Wmo-onderzoek (Wmo 2015 met AVG artikel 15 lid 4)",
} as const;

export type Weigergrond = keyof typeof WEIGERGRONDEN;
export const WEIGERGROND_CODES = Object.keys(WEIGERGRONDEN) as [Weigergrond, ...Weigergrond[]];

export const MINIMALE_TOELICHTING = 10;

export interface Beslissing {
  documentId: string;
  uitkomst: "verstrekken" | "weigeren";
  grond?: string | undefined;
  toelichting?: string | undefined;
}

export interface Geweigerd {
  document: Omit<InzageDocument, "inhoud">;
  grond: Weigergrond;
  toelichting: string;
}

export type Samenstelling =
  | { ok: true; verstrekt: InzageDocument[]; geweigerd: Geweigerd[] }
  | { ok: false; fouten: { veld: string; melding: string }[] };

const isGrond = (g: string | undefined): g is Weigergrond =>
  g !== undefined && Object.hasOwn(WEIGERGRONDEN, g);

/** What is wrong with one decision, by field (empty when it may be recorded). */
export function toetsBeslissing(b: Beslissing, veld: string): { veld: string; melding: string }[] {
  if (b.uitkomst === "verstrekken")
    return b.grond === undefined
      ? []
      : [{ veld: `${veld}.grond`, melding: "Een weigergrond hoort alleen bij niet verstrekken" }];
  const fouten: { veld: string; melding: string }[] = [];
  if (!isGrond(b.grond))
    fouten.push({ veld: `${veld}.grond`, melding: "Kies de grond waarop dit document niet wordt verstrekt" });
  if ((b.toelichting ?? "").trim().length < MINIMALE_TOELICHTING)
    fouten.push({
      veld: `${veld}.toelichting`,
      melding: `Motiveer waarom dit document niet wordt verstrekt (minstens ${MINIMALE_TOELICHTING} tekens)`,
    });
  return fouten;
}

/** Every offered document needs exactly one valid decision; the result splits what is given from what is not. */
export function stelInzageSamen(
  documenten: readonly InzageDocument[],
  beslissingen: readonly Beslissing[],
): Samenstelling {
  const fouten: { veld: string; melding: string }[] = [];
  const perDocument = new Map<string, Beslissing>();
  beslissingen.forEach((b, i) => {
    const veld = `beslissingen.${i}`;
    if (!documenten.some((d) => d.id === b.documentId))
      fouten.push({ veld: `${veld}.documentId`, melding: "Dit document hoort niet bij deze inwoner" });
    else if (perDocument.has(b.documentId))
      fouten.push({ veld: `${veld}.documentId`, melding: "Over dit document is al beslist" });
    else fouten.push(...toetsBeslissing(b, veld));
    if (!perDocument.has(b.documentId)) perDocument.set(b.documentId, b);
  });
  for (const d of documenten)
    if (!perDocument.has(d.id)) fouten.push({ veld: "beslissingen", melding: `Beslis over '${d.titel}'` });
  if (fouten.length > 0) return { ok: false, fouten };
  const verstrekt = documenten.filter((d) => perDocument.get(d.id)?.uitkomst === "verstrekken");
  const geweigerd = documenten.flatMap(({ inhoud: _inhoud, ...document }) => {
    const b = perDocument.get(document.id);
    return b?.uitkomst === "weigeren" && isGrond(b.grond)
      ? [{ document, grond: b.grond, toelichting: (b.toelichting ?? "").trim() }]
      : [];
  });
  return { ok: true, verstrekt, geweigerd };
}
