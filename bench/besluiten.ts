/**
 * Benchmark of generating a beschikking PDF (issue 6 item 7): the letter content from the default templates
 * (domain/besluiten/brieven) rendered on the gemeente's letterhead (documenten/brief#maakBriefPdf).
 * Target: p95 ≤ 150 ms. Standalone, no database: `npx tsx bench/besluiten.ts [--aantal 200]`; results as JSON in
 * bench/results/besluiten-*.json; exit code 1 when the target is missed.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { maakBriefPdf } from "../src/documenten/brief";
import { beschikkingInhoud } from "../src/domain/besluiten/brieven";
import { SJABLONEN } from "../src/domain/besluiten/sjablonen";

const { values } = parseArgs({ options: { aantal: { type: "string", default: "200" } } });
const aantal = Number(values.aantal);
const DOEL_P95_MS = 150;
const tekst = (code: string) => SJABLONEN.find((s) => s.code === code)?.tekst ?? "";

async function eenBeschikking(i: number): Promise<Buffer> {
  const inhoud = beschikkingInhoud(
    {
      soort: "toekenning",
      zaaktype: "wmo",
      gemeente: "Noordenveld",
      zaaknummer: `Z-2026-${String(i).padStart(6, "0")}`,
      kenmerk: `Z-2026-${String(i).padStart(6, "0")}/B1`,
      clientNaam: "Geertje Boelens",
      geadresseerdeNaam: "Geertje Boelens",
      besluitdatum: "2026-03-02",
      aanvraagdatum: "2026-02-23",
      bezwaarUiterlijk: "2026-04-13",
      producten: [
        {
          code: "07A01",
          omschrijving: "I7M Dagbesteding naar onderwijs 1-4 dagdelen",
          interventieniveau: 7,
          leveringsvorm: "zin",
          aanbiederNaam: "Dagbesteding De Hooiberg",
          ingangsdatum: "2026-03-09",
          einddatum: "2027-03-08",
          omvang: { volume: 3, eenheid: "16", frequentie: "2" },
          budget: null,
        },
      ],
      reden: null,
      einddatum: null,
      nieuweGemeente: null,
      terugvordering: null,
      motivering: "Dagbesteding draagt bij aan een vaste dagstructuur en contact met anderen.",
    },
    { besluit: tekst("brief-toekenning"), bezwaarclausule: tekst("bezwaarclausule") },
  );
  return maakBriefPdf({
    gemeente: { naam: "Noordenveld" },
    geadresseerde: { naam: "Geertje Boelens", adresregels: ["Brink 12", "9331 AB  NORG"] },
    datum: "2026-03-02",
    kenmerk: `Z-2026-${i}/B1`,
    onderwerp: inhoud.onderwerp,
    aanhef: "Geachte mevrouw Boelens,",
    inhoud: inhoud.blokken,
    ondertekening: {
      naam: "Het college van burgemeester en wethouders van Noordenveld",
      functie: "namens dezen",
    },
  });
}

const percentiel = (gesorteerd: number[], p: number) =>
  gesorteerd[Math.min(gesorteerd.length - 1, Math.ceil((p / 100) * gesorteerd.length) - 1)] ?? 0;

for (let i = 0; i < 10; i++) await eenBeschikking(i); // warm-up (fonts, JIT)
const tijden: number[] = [];
let bytes = 0;
for (let i = 0; i < aantal; i++) {
  const start = performance.now();
  bytes += (await eenBeschikking(i)).length;
  tijden.push(performance.now() - start);
}
tijden.sort((a, b) => a - b);
const resultaat = {
  meting: "beschikking-pdf",
  aantal,
  p50Ms: Math.round(percentiel(tijden, 50) * 10) / 10,
  p95Ms: Math.round(percentiel(tijden, 95) * 10) / 10,
  maxMs: Math.round((tijden.at(-1) ?? 0) * 10) / 10,
  gemiddeldeKb: Math.round(bytes / aantal / 1024),
  doelP95Ms: DOEL_P95_MS,
  gehaald: percentiel(tijden, 95) <= DOEL_P95_MS,
};
mkdirSync("bench/results", { recursive: true });
writeFileSync(
  `bench/results/besluiten-${new Date().toISOString().replace(/[:.]/g, "-")}.json`,
  `${JSON.stringify(resultaat, null, 2)}\n`,
);
console.log(JSON.stringify(resultaat));
process.exit(resultaat.gehaald ? 0 : 1);
