/**
 * PDF rendering with pdfmake (server side). Uses DejaVu Sans from the system (Debian fonts-dejavu-core) so
 * every Dutch character renders; falls back to the built-in Helvetica when it is not installed.
 *
 * Speed (issue 6: a beschikking in ≤ 150 ms). Out of the box pdfmake reads every font file from disk and
 * fontkit parses it again for every PDF: the first layout with a fresh DejaVu font costs ~16 ms per style,
 * two to three styles per letter. So the bytes are read once (into pdfmake's virtual file system) and each
 * style is parsed once per process; every PDF wraps the parsed font in its own pdfkit font object, which
 * collects that PDF's glyph subset (fontkit fonts are read-only apart from their lazy table caches).
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { TDocumentDefinitions } from "pdfmake/interfaces";

const require = createRequire(import.meta.url);
const pdfmake = require("pdfmake") as {
  virtualfs: { writeFileSync(naam: string, inhoud: Buffer): void };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setLocalAccessPolicy(cb: (pad: string) => boolean): void;
  setUrlAccessPolicy?(cb: (url: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
};

/** The parts of pdfmake's PDFDocument (a pdfkit document) that the font reuse relies on (pdfmake 0.3). */
interface PdfKitFont {
  font: unknown;
}
interface PdfmakeDocument {
  fonts: Record<string, Partial<Record<string, unknown>>>;
  fontCache: Record<string, Record<string, PdfKitFont>>;
  _fontFamilies: Record<string, PdfKitFont>;
  _fontCount: number;
  getFontType(bold: boolean, italics: boolean): string;
  provideFont(familie: string, bold: boolean, italics: boolean): PdfKitFont;
}
type EmbeddedFontKlasse = new (document: PdfmakeDocument, font: unknown, id: string) => PdfKitFont;
const pdfmakeDocumentModule = require("pdfmake/js/PDFDocument") as {
  default: new (...args: never[]) => PdfmakeDocument;
};
interface PdfKitDocument {
  font(bron: Buffer | string): PdfKitDocument & { _font: PdfKitFont };
  registerFont(naam: string, bron: Buffer): void;
  fontSize(grootte: number): PdfKitDocument;
  widthOfString(tekst: string): number;
}
const PdfKit = require("pdfkit") as new (opties: object) => PdfKitDocument;

const DEJAVU = "/usr/share/fonts/truetype/dejavu";
const STIJLEN = {
  normal: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italics: "DejaVuSans-Oblique.ttf",
  bolditalics: "DejaVuSans-BoldOblique.ttf",
} as const;

/** Font bytes by virtual file name, and each font parsed once (lazily) with pdfkit's own font class. */
const bytes = new Map<string, Buffer>();
const geparst = new Map<string, { klasse: EmbeddedFontKlasse; font: unknown }>();

function parseEenmaal(naam: string) {
  let uitkomst = geparst.get(naam);
  const bron = bytes.get(naam);
  if (!uitkomst && bron) {
    const proef = new PdfKit({ autoFirstPage: false }).font(bron)._font;
    uitkomst = { klasse: proef.constructor as EmbeddedFontKlasse, font: proef.font };
    geparst.set(naam, uitkomst);
  }
  return uitkomst;
}

/** pdfmake's document, but a font style it needs is wrapped around the already parsed font. */
class HergebruikFonts extends pdfmakeDocumentModule.default {
  override provideFont(familie: string, bold: boolean, italics: boolean): PdfKitFont {
    const stijl = this.getFontType(bold, italics);
    const cache = this.fontCache[familie] ?? {};
    this.fontCache[familie] = cache;
    const bekend = cache[stijl];
    if (bekend) return bekend;
    const naam = this.fonts[familie]?.[stijl];
    const voorbereid = typeof naam === "string" ? parseEenmaal(naam) : undefined;
    if (!voorbereid || typeof naam !== "string") return super.provideFont(familie, bold, italics);
    const font = new voorbereid.klasse(this, voorbereid.font, `F${++this._fontCount}`);
    // pdfkit embeds (with the glyph subset of this PDF) every font registered here when the PDF ends.
    this._fontFamilies[naam] = font;
    cache[stijl] = font;
    return font;
  }
}

function laadDejaVu(): boolean {
  if (!existsSync(`${DEJAVU}/${STIJLEN.normal}`)) return false;
  for (const naam of Object.values(STIJLEN)) {
    const inhoud = readFileSync(`${DEJAVU}/${naam}`);
    bytes.set(naam, inhoud);
    pdfmake.virtualfs.writeFileSync(naam, inhoud);
  }
  pdfmakeDocumentModule.default = HergebruikFonts;
  return true;
}

const HELVETICA = {
  normal: "Helvetica",
  bold: "Helvetica-Bold",
  italics: "Helvetica-Oblique",
  bolditalics: "Helvetica-BoldOblique",
};
pdfmake.setFonts({ Tekst: laadDejaVu() ? { ...STIJLEN } : HELVETICA });
// Fonts come from the virtual file system (or are pdfkit's built-in standard fonts): documents never load
// files or URLs named in their content.
const standaardFonts = new Set(Object.values(HELVETICA));
pdfmake.setLocalAccessPolicy((pad) => standaardFonts.has(pad));
pdfmake.setUrlAccessPolicy?.(() => false);

/** A pdfkit document used only to measure text in the fonts of maakPdf (never written out). */
let meetDocument: PdfKitDocument | undefined;

/**
 * The width in points of a text in the letters' font (DejaVu, or Helvetica when it is missing), so a layout
 * can tell whether a word fits a table column before pdfmake lays it out.
 */
export function tekstBreedte(tekst: string, opties: { bold?: boolean; fontSize?: number } = {}): number {
  if (!meetDocument) {
    const document = new PdfKit({ autoFirstPage: false });
    // Registered by name, pdfkit parses each font once and reuses it.
    for (const [naam, inhoud] of bytes) document.registerFont(naam, inhoud);
    meetDocument = document;
  }
  const stijl = opties.bold ? "bold" : "normal";
  return meetDocument
    .font(bytes.has(STIJLEN[stijl]) ? STIJLEN[stijl] : HELVETICA[stijl])
    .fontSize(opties.fontSize ?? STANDAARD_GROOTTE)
    .widthOfString(tekst);
}

const STANDAARD_GROOTTE = 10;

export async function maakPdf(document: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake
    .createPdf({
      ...document,
      defaultStyle: { font: "Tekst", fontSize: STANDAARD_GROOTTE, ...document.defaultStyle },
    })
    .getBuffer();
}
