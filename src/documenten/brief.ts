/**
 * The one letter layout of Voordeur (PDF via pdfmake): the gemeente's letterhead, addressee, date and kenmerk,
 * subject, salutation, body blocks, signature, and folder texts as attachments on their own pages.
 * Every letter (bevestiging afspraak, beschikking, afsluitbrief …) is built from this, so they look alike.
 */
import type { Content } from "pdfmake/interfaces";
import { type Brief, type BriefBlok, datumVoluit } from "../domain/documenten/brief";
import { maakPdf, tekstBreedte } from "./pdf";

export { type Brief, type BriefBlok, datumVoluit } from "../domain/documenten/brief";

/** The page margin (left and right) of every letter; A4 is 595.28 pt wide. */
const MARGE = 60;
const TEKSTBREEDTE = 595.28 - 2 * MARGE;
/** lightHorizontalLines puts 8 pt on either side of every inner column border. */
const KOLOMAFSTAND = 16;

const MAANDEN = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december";
const DATUM_VOLUIT = new RegExp(`\\b(\\d{1,2}) (${MAANDEN}) (\\d{4})\\b`, "g");

/**
 * In a table cell and in running text a written-out date ("15 november 2026"), the "tot en met" of a period,
 * a short aside of two words ("(4 uur)") and an article reference ("artikel 2.3.2", "lid 2") stay on one
 * line: their spaces do not break. Split over two lines they are hard to read.
 */
export function houdBijeen(tekst: string): string {
  return tekst
    .replace(DATUM_VOLUIT, "$1\u00a0$2\u00a0$3")
    .replaceAll(" tot en met ", " tot\u00a0en\u00a0met ")
    .replace(/\(([^()\s]{1,8}) ([^()\s]{1,8})\)/g, "($1\u00a0$2)")
    .replace(ARTIKELVERWIJZING, "$1\u00a0$2");
}

/** "art. 7.3.4", "artikel 2.3.2", "lid 2", "onder d": the word and its number on one line. */
const ARTIKELVERWIJZING = /\b(art\.|artikel|lid|onder) (\d[\d.:]*[a-z]?\b|[a-g]\b)/g;

/** The widest word of a text: the narrowest a column can be without breaking a word (no-break spaces join). */
function langsteWoord(tekst: string, bold: boolean): number {
  return Math.max(0, ...tekst.split(/[ \t\r\n]+/).map((woord) => tekstBreedte(woord, { bold })));
}

/**
 * Column widths of a table that never runs off the page. Normally every column is `auto`: pdfmake gives
 * each between its widest word and its whole text and wraps at spaces (an all-`*` table makes every column
 * as wide as the widest word of any column, and then runs off the page). Only when the widest words
 * together do not fit, fixed widths: columns that fit their share keep their widest word, the others share
 * the rest, and pdfmake breaks just those too long words inside.
 */
export function tabelBreedtes(
  kolommen: readonly string[],
  rijen: readonly (readonly string[])[],
  beschikbaar = TEKSTBREEDTE,
): ("auto" | number)[] {
  const ruimte = beschikbaar - KOLOMAFSTAND * (kolommen.length - 1);
  const minimum = kolommen.map((kop, i) =>
    Math.max(langsteWoord(kop, true), ...rijen.map((r) => langsteWoord(r[i] ?? "", false))),
  );
  // One point per column to spare: pdfmake measures words by its own line breaking rules.
  if (minimum.reduce((som, m) => som + m + 1, 0) <= ruimte) return minimum.map(() => "auto");
  const breedtes: (number | undefined)[] = minimum.map(() => undefined);
  let rest = ruimte;
  for (;;) {
    const open = minimum.flatMap((m, i) => (breedtes[i] === undefined ? [{ m, i }] : []));
    const deel = rest / open.length;
    const passend = open.filter((k) => k.m + 1 <= deel);
    if (passend.length === 0) {
      for (const k of open) breedtes[k.i] = deel;
      return breedtes.map((b) => b ?? 0);
    }
    for (const k of passend) {
      breedtes[k.i] = k.m + 1;
      rest -= k.m + 1;
    }
  }
}

function blok(b: BriefBlok): Content {
  if ("alinea" in b) return { text: houdBijeen(b.alinea), margin: [0, 0, 0, 8] };
  if ("kop" in b) return { text: b.kop, bold: true, margin: [0, 6, 0, 4] };
  if ("lijst" in b) return { ul: b.lijst.map(houdBijeen), margin: [0, 0, 0, 8] };
  if ("gegevens" in b)
    return {
      table: {
        widths: [150, "*"],
        body: b.gegevens.map(([label, waarde]) => [{ text: label, bold: true }, waarde]),
      },
      layout: "noBorders",
      margin: [0, 0, 0, 8],
    };
  const rijen = b.tabel.rijen.map((r) => r.map(houdBijeen));
  return {
    table: {
      headerRows: 1,
      // A row is never split over two pages, and the header repeats on the next one.
      dontBreakRows: true,
      widths: tabelBreedtes(b.tabel.kolommen, rijen),
      body: [b.tabel.kolommen.map((k) => ({ text: k, bold: true })), ...rijen],
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
    // The closing and the signature stay together: never "namens dezen" alone on a new page.
    {
      stack: [
        { text: brief.afsluiting ?? "Met vriendelijke groet,", margin: [0, 10, 0, 24] },
        { text: [brief.ondertekening.naam, brief.ondertekening.functie ?? ""].filter(Boolean).join("\n") },
      ],
      unbreakable: true,
    },
    ...(brief.bijlagen ?? []).flatMap((b): Content[] => [
      { text: `Bijlage: ${b.titel}`, fontSize: 13, bold: true, pageBreak: "before", margin: [0, 0, 0, 8] },
      ...b.tekst.split(/\n{2,}/).map((alinea): Content => ({ text: alinea.trim(), margin: [0, 0, 0, 6] })),
    ]),
  ];
  return maakPdf({
    info: { title: brief.onderwerp, author: `Gemeente ${brief.gemeente.naam}` },
    content,
    pageMargins: [MARGE, 50, MARGE, 60],
    footer: (pagina, totaal) => ({
      text: `${brief.kenmerk ? `${brief.kenmerk} · ` : ""}pagina ${pagina} van ${totaal}`,
      alignment: "center",
      fontSize: 8,
      margin: [0, 20, 0, 0],
    }),
  });
}
