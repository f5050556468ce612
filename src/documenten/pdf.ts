/**
 * PDF rendering with pdfmake (server side). Uses DejaVu Sans from the system (Debian fonts-dejavu-core) so
 * every Dutch character renders; falls back to the built-in Helvetica when it is not installed.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import type { TDocumentDefinitions } from "pdfmake/interfaces";

const require = createRequire(import.meta.url);
const pdfmake = require("pdfmake") as {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setLocalAccessPolicy(cb: (pad: string) => boolean): void;
  setUrlAccessPolicy?(cb: (url: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
};

const DEJAVU = "/usr/share/fonts/truetype/dejavu";
const metDejaVu = existsSync(`${DEJAVU}/DejaVuSans.ttf`);
pdfmake.setFonts(
  metDejaVu
    ? {
        Tekst: {
          normal: `${DEJAVU}/DejaVuSans.ttf`,
          bold: `${DEJAVU}/DejaVuSans-Bold.ttf`,
          italics: `${DEJAVU}/DejaVuSans-Oblique.ttf`,
          bolditalics: `${DEJAVU}/DejaVuSans-BoldOblique.ttf`,
        },
      }
    : {
        Tekst: {
          normal: "Helvetica",
          bold: "Helvetica-Bold",
          italics: "Helvetica-Oblique",
          bolditalics: "Helvetica-BoldOblique",
        },
      },
);
// Documents never load files or URLs named in their content.
pdfmake.setLocalAccessPolicy((pad) => pad.startsWith(DEJAVU));
pdfmake.setUrlAccessPolicy?.(() => false);

export async function maakPdf(document: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake
    .createPdf({ ...document, defaultStyle: { font: "Tekst", fontSize: 10, ...document.defaultStyle } })
    .getBuffer();
}
