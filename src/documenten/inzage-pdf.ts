import type { Content } from "pdfmake/interfaces";
import { maakPdf } from "./pdf";

export interface InzageInhoud {
  persoon: Record<string, unknown> & { naam: string };
  relaties: { soort: string; richting: string; naam: string }[];
  netwerk: { naam: string; relatie: string }[];
  documenten: { titel: string; datum: string; inhoud: string }[];
  uitgesloten: { document: { titel: string; datum: string }; motivering: string }[];
  verstrekt: { op: string; door: string; gemeente: string };
}

const regel = (label: string, waarde: unknown): Content => ({
  columns: [
    { width: 140, text: label, bold: true },
    { width: "*", text: waarde === null || waarde === undefined || waarde === "" ? "—" : String(waarde) },
  ],
  margin: [0, 1, 0, 1],
});

/** A readable PDF of an inzage, in Dutch, as handed to the resident. */
export function inzagePdf(inhoud: InzageInhoud): Promise<Buffer> {
  const p = inhoud.persoon;
  const content: Content[] = [
    { text: "Inzage in uw persoonsgegevens", fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
    { text: `Op grond van artikel 15 van de Algemene verordening gegevensbescherming (AVG)`, italics: true },
    {
      text: `Gemeente ${inhoud.verstrekt.gemeente}, verstrekt op ${inhoud.verstrekt.op.slice(0, 10)} door ${inhoud.verstrekt.door}.`,
      margin: [0, 2, 0, 10],
    },
    { text: "Uw gegevens", fontSize: 13, bold: true, margin: [0, 6, 0, 4] },
    regel("Naam", p.naam),
    regel("BSN", p.bsn),
    regel("Geboortedatum", p.geboortedatum),
    regel("Adres", p.adres),
    regel("Telefoon", p.telefoon),
    regel("E-mail", p.email),
    { text: "Gezin en netwerk", fontSize: 13, bold: true, margin: [0, 10, 0, 4] },
    inhoud.relaties.length + inhoud.netwerk.length === 0
      ? { text: "Geen gezinsleden of netwerk vastgelegd." }
      : {
          ul: [
            ...inhoud.relaties.map(
              (r) => `${r.soort} (${r.richting === "van" ? "u bent" : "van u"}): ${r.naam}`,
            ),
            ...inhoud.netwerk.map((n) => `${n.relatie}: ${n.naam}`),
          ],
        },
    { text: "Documenten", fontSize: 13, bold: true, margin: [0, 10, 0, 4] },
    ...(inhoud.documenten.length === 0
      ? [{ text: "Er zijn geen documenten opgenomen." } as Content]
      : inhoud.documenten.map(
          (d): Content => ({
            stack: [{ text: `${d.titel} (${d.datum})`, bold: true }, { text: d.inhoud }],
            margin: [0, 0, 0, 6],
          }),
        )),
  ];
  if (inhoud.uitgesloten.length > 0) {
    content.push(
      { text: "Niet verstrekte documenten", fontSize: 13, bold: true, margin: [0, 10, 0, 4] },
      { ul: inhoud.uitgesloten.map((u) => `${u.document.titel} (${u.document.datum}): ${u.motivering}`) },
    );
  }
  content.push({
    text: "Persoonlijke werkaantekeningen van medewerkers vallen niet onder deze inzage. Bent u het niet eens met deze beslissing, dan kunt u bezwaar maken.",
    italics: true,
    margin: [0, 14, 0, 0],
  });
  return maakPdf({ info: { title: `Inzage ${p.naam}` }, content, pageMargins: [50, 50, 50, 50] });
}
