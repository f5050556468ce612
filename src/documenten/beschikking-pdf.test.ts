/**
 * The product table of a beschikking on A4: cells wrap, nothing runs off the page or is cut ("3 uur per
 * wee" once). The PDF is read back with pdfjs: the full texts, and where every piece of text stands.
 */
import { describe, expect, it } from "vitest";
import { pdfTekst } from "../besluiten/pdf-tekst";
import {
  type BeschikkingGegevens,
  beschikkingInhoud,
  type ToegekendProduct,
} from "../domain/besluiten/brieven";
import { SJABLOON_CODES, sjabloon } from "../domain/besluiten/sjablonen";
import { houdBijeen, maakBriefPdf, tabelBreedtes } from "./brief";

const A4_BREEDTE = 595.28;
const MARGE = 60;

const product = (over: Partial<ToegekendProduct>): ToegekendProduct => ({
  voor: "Geertje Boelens",
  code: "07A01",
  omschrijving: "Dagbesteding naar onderwijs 1-4 dagdelen",
  interventieniveau: 3,
  leveringsvorm: "zin",
  aanbiederNaam: "Dagbesteding De Hooiberg",
  ingangsdatum: "2026-11-15",
  einddatum: "2027-11-14",
  omvang: { volume: 2, eenheid: "16", frequentie: "2" },
  budget: null,
  ...over,
});

async function beschikking(producten: ToegekendProduct[]): Promise<Buffer> {
  const gegevens: BeschikkingGegevens = {
    soort: "toekenning",
    zaaktype: "wmo",
    gemeente: "Noordenveld",
    zaaknummer: "Z-2026-000123",
    kenmerk: "Z-2026-000123/B1",
    clientNaam: "Geertje Boelens",
    besluitdatum: "2026-11-20",
    aanvraagdatum: "2026-10-30",
    bezwaarUiterlijk: "2027-01-04",
    producten,
    reden: null,
    einddatum: null,
    nieuweGemeente: null,
    terugvordering: null,
    motivering: "De ondersteuning is nodig om zelfstandig te blijven wonen.",
  };
  const tekst = (code: string) => sjabloon(code)?.tekst ?? "";
  const inhoud = beschikkingInhoud(gegevens, {
    besluit: tekst(SJABLOON_CODES.toekenning),
    bezwaarclausule: tekst(SJABLOON_CODES.bezwaarclausule),
  });
  return maakBriefPdf({
    gemeente: { naam: "Noordenveld", adresregels: ["Postbus 109", "9300 AC Roden"] },
    geadresseerde: { naam: "Geertje Boelens", adresregels: ["Brink 12", "9331 AB Norg"] },
    datum: "2026-11-20",
    kenmerk: "Z-2026-000123/B1",
    onderwerp: inhoud.onderwerp,
    aanhef: "Geachte mevrouw Boelens,",
    inhoud: inhoud.blokken,
    ondertekening: { naam: "Team Toegang" },
  });
}

/** Every piece of text of the PDF with its left and right edge (points from the page's left side). */
async function tekststukken(pdf: Buffer): Promise<{ tekst: string; links: number; rechts: number }[]> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true, verbosity: 0 }).promise;
  const stukken: { tekst: string; links: number; rechts: number }[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const inhoud = await (await doc.getPage(i)).getTextContent();
    for (const item of inhoud.items)
      if ("str" in item && item.str.trim()) {
        const links = item.transform[4] as number;
        stukken.push({ tekst: item.str, links, rechts: links + item.width });
      }
  }
  await doc.destroy();
  return stukken;
}

const LANGE_PRODUCTEN = [
  product({}),
  product({
    code: "02A06",
    omschrijving: "Individuele begeleiding gezondheid en zelfredzaamheid bij psychische problematiek",
    interventieniveau: 4,
    aanbiederNaam: "Zorggroep Drenthe Noord Thuisbegeleidingsorganisatie voor Ambulante Ondersteuning",
    einddatum: null,
    omvang: { volume: 3, eenheid: "04", frequentie: "2" },
  }),
  product({
    voor: "Jan Boelens",
    code: "03A01",
    omschrijving: "Huishoudelijke ondersteuning",
    interventieniveau: null,
    leveringsvorm: "pgb",
    aanbiederNaam: null,
    einddatum: "2027-05-14",
    omvang: null,
    budget: 1_234_500,
  }),
];

describe("de producttabel van een beschikking", () => {
  it("toont lange productnamen en omvangteksten volledig, binnen de bladspiegel", async () => {
    const pdf = await beschikking(LANGE_PRODUCTEN);
    const tekst = await pdfTekst(pdf);
    for (const volledig of [
      "3 uur per week",
      "2 dagdeel (4 uur) per week",
      "€ 12.345,00",
      "Individuele begeleiding gezondheid en zelfredzaamheid bij psychische problematiek (02A06)",
      "Zorg in natura door Zorggroep Drenthe Noord Thuisbegeleidingsorganisatie voor Ambulante Ondersteuning",
      "15 november 2026 tot en met 14 november 2027",
      "vanaf 15 november 2026",
      "interventieniveau 4",
      "voor Jan Boelens",
      "Persoonsgebonden budget (pgb)",
    ])
      expect(tekst).toContain(volledig);
    for (const stuk of await tekststukken(pdf)) {
      expect(stuk.links, stuk.tekst).toBeGreaterThanOrEqual(MARGE - 0.5);
      expect(stuk.rechts, stuk.tekst).toBeLessThanOrEqual(A4_BREEDTE - MARGE + 0.5);
    }
  });

  it("breekt een woord dat nergens past binnen de kolom, in plaats van het af te snijden", async () => {
    const woord = "Langdurigezorgondersteuningsarrangementencoördinatieprogrammaonderdeel";
    const pdf = await beschikking([product({ aanbiederNaam: `${woord} ${woord}` })]);
    for (const stuk of await tekststukken(pdf))
      expect(stuk.rechts, stuk.tekst).toBeLessThanOrEqual(A4_BREEDTE - MARGE + 0.5);
    const zonderWitruimte = (await pdfTekst(pdf)).replace(/\s+/g, "");
    expect(zonderWitruimte).toContain(`${woord}${woord}`);
    // The other cells still wrap at spaces only.
    expect(await pdfTekst(pdf)).toContain("2 dagdeel (4 uur) per week");
    expect(await pdfTekst(pdf)).toContain("15 november 2026 tot en met 14 november 2027");
  });
});

describe("tabelBreedtes en houdBijeen", () => {
  it("gewone tabellen: alle kolommen auto (pdfmake verdeelt en breekt op spaties)", () => {
    expect(tabelBreedtes(["Product", "Omvang"], [["Dagbesteding (07A01)", "3 uur per week"]])).toEqual([
      "auto",
      "auto",
    ]);
  });

  it("te lange woorden: vaste breedtes die samen precies de bladspiegel vullen; korte kolommen houden hun woord", () => {
    const breedtes = tabelBreedtes(["A", "B"], [["kort", "x".repeat(200)]]);
    expect(breedtes.every((b) => typeof b === "number")).toBe(true);
    const [a, b] = breedtes as number[];
    expect((a ?? 0) + (b ?? 0) + 16).toBeCloseTo(A4_BREEDTE - 2 * MARGE, 5);
    expect(a).toBeLessThan(40);
  });

  it("datums, 'tot en met' en een korte toelichting tussen haakjes blijven bijeen", () => {
    expect(houdBijeen("15 november 2026 tot en met 14 mei 2027")).toBe(
      "15\u00a0november\u00a02026 tot\u00a0en\u00a0met 14\u00a0mei\u00a02027",
    );
    expect(houdBijeen("2 dagdeel (4 uur) per week")).toBe("2 dagdeel (4\u00a0uur) per week");
  });
});
