/**
 * The text of a PDF (pdfjs-dist), page by page joined with spaces: tests read generated letters with it
 * (integration, e2e) to check what the resident will read.
 */
export async function pdfTekst(inhoud: Uint8Array): Promise<string> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdf = await getDocument({ data: new Uint8Array(inhoud), useSystemFonts: true, verbosity: 0 }).promise;
  const paginas: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const pagina = await pdf.getPage(i);
    const tekst = await pagina.getTextContent();
    paginas.push(tekst.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await pdf.destroy();
  return paginas.join("\n").replace(/\s+/g, " ");
}
