/**
 * The one letter layout of Voordeur (PDF via pdfmake): the gemeente's letterhead, addressee, date and kenmerk,
 * subject, salutation, body blocks, signature, and folder texts as attachments on their own pages.
 * Every letter (bevestiging afspraak, beschikking, afsluitbrief …) is built from this, so they look alike.
 */
import type { Content } from "pdfmake/interfaces";
import { type Brief, type BriefBlok, datumVoluit } from "../domain/documenten/brief";
import { maakPdf } from "./pdf";

export { type Brief, type BriefBlok, datumVoluit } from "../domain/documenten/brief";

function blok(b: BriefBlok): Content {
  if ("alinea" in b) return { text: b.alinea, margin: [0, 0, 0, 8] };
  if ("kop" in b) return { text: b.kop, bold: true, margin: [0, 6, 0, 4] };
  if ("lijst" in b) return { ul: [...b.lijst], margin: [0, 0, 0, 8] };
  if ("gegevens" in b)
    return {
      table: {
        widths: [150, "*"],
        body: b.gegevens.map(([label, waarde]) => [{ text: label, bold: true }, waarde]),
      },
      layout: "noBorders",
      margin: [0, 0, 0, 8],
    };
  return {
    table: {
      headerRows: 1,
      widths: b.tabel.kolommen.map(() => "*"),
      body: [b.tabel.kolommen.map((k) => ({ text: k, bold: true })), ...b.tabel.rijen.map((r) => [...r])],
    },
    layout: "lightHorizontalLines",
    margin: [0, 0, 0, 8],
  };
}

export function maakBriefPdf(brief: Brief): Promise<Buffer> {
  const kop: Content = {
    columns: [
      { text: `Gemeente ${brief.gemeente.naam}`, fontSize: 16, bold: true },
      {
        width: 180,
        fontSize: 8,
        alignment: "right",
        text: [
          ...(brief.gemeente.adresregels ?? []),
          brief.gemeente.telefoon ?? "",
          brief.gemeente.website ?? "",
        ]
          .filter(Boolean)
          .join("\n"),
      },
    ],
    margin: [0, 0, 0, 30],
  };
  const content: Content[] = [
    kop,
    {
      text: [brief.geadresseerde.naam, ...brief.geadresseerde.adresregels].join("\n"),
      margin: [0, 0, 0, 24],
    },
    {
      table: {
        widths: [80, "*"],
        body: [
          ["Datum", datumVoluit(brief.datum)],
          ...(brief.kenmerk ? [["Ons kenmerk", brief.kenmerk]] : []),
          ["Onderwerp", brief.onderwerp],
        ],
      },
      layout: "noBorders",
      fontSize: 9,
      margin: [0, 0, 0, 18],
    },
    { text: brief.aanhef, margin: [0, 0, 0, 8] },
    ...brief.inhoud.map(blok),
    { text: brief.afsluiting ?? "Met vriendelijke groet,", margin: [0, 10, 0, 24] },
    { text: [brief.ondertekening.naam, brief.ondertekening.functie ?? ""].filter(Boolean).join("\n") },
    ...(brief.bijlagen ?? []).flatMap((b): Content[] => [
      { text: `Bijlage: ${b.titel}`, fontSize: 13, bold: true, pageBreak: "before", margin: [0, 0, 0, 8] },
      ...b.tekst.split(/\n{2,}/).map((alinea): Content => ({ text: alinea.trim(), margin: [0, 0, 0, 6] })),
    ]),
  ];
  return maakPdf({
    info: { title: brief.onderwerp, author: `Gemeente ${brief.gemeente.naam}` },
    content,
    pageMargins: [60, 50, 60, 60],
    footer: (pagina, totaal) => ({
      text: `${brief.kenmerk ? `${brief.kenmerk} · ` : ""}pagina ${pagina} van ${totaal}`,
      alignment: "center",
      fontSize: 8,
      margin: [0, 20, 0, 0],
    }),
  });
}
