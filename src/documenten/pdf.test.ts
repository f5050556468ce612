import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pdfTekst } from "../besluiten/pdf-tekst";
import { maakPdf } from "./pdf";

const metDejaVu = existsSync("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

/** The names of the fonts a PDF embeds (subset prefix stripped). */
const ingebedeFonts = (pdf: Buffer) =>
  [...new Set([...pdf.toString("latin1").matchAll(/\/BaseFont \/(?:[A-Z]{6}\+)?([\w-]+)/g)].map((m) => m[1]))]
    .sort()
    .join(",");

const brief = (naam: string) => ({
  content: [
    { text: `Geachte ${naam},`, bold: true },
    { text: "Uw aanvraag voor een maatwerkvoorziening is toegekend: één reünie in het café.", italics: true },
    "Wij hebben uw aanvraag beoordeeld.",
    { text: "Met vriendelijke groet", bold: true, italics: true },
  ],
});

describe("maakPdf", () => {
  it.skipIf(!metDejaVu)("embeds DejaVu in every PDF, also when the parsed fonts are reused", async () => {
    const eerste = await maakPdf(brief("mevrouw Boelens"));
    // Concurrent PDFs share the parsed fonts but each gets its own subset.
    const [tweede, derde] = await Promise.all([maakPdf(brief("heer Ünal")), maakPdf(brief("heer Çelik"))]);
    const fonts = "DejaVuSans,DejaVuSans-Bold,DejaVuSans-BoldOblique,DejaVuSans-Oblique";
    for (const pdf of [eerste, tweede, derde]) expect(ingebedeFonts(pdf)).toBe(fonts);
    expect(await pdfTekst(eerste)).toContain("Geachte mevrouw Boelens,");
    expect(await pdfTekst(tweede)).toContain("Geachte heer Ünal,");
    expect(await pdfTekst(derde)).toContain("Geachte heer Çelik,");
    expect(await pdfTekst(derde)).toContain("één reünie in het café");
  });

  it("never reads files named in the document", async () => {
    await expect(
      maakPdf({ content: [{ image: "/etc/passwd" }] } as Parameters<typeof maakPdf>[0]),
    ).rejects.toThrow();
  });
});
