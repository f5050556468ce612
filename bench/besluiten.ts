/**
 * Scenario "besluiten" (issue 6 item 7): generating a beschikking PDF — the letter content from the default
 * templates (domain/besluiten/brieven) rendered on the gemeente's letterhead (documenten/brief#maakBriefPdf),
 * one after the other in this process, no database. Target: p95 ≤ 150 ms.
 */
import { maakBriefPdf } from "../src/documenten/brief";
import { beschikkingInhoud } from "../src/domain/besluiten/brieven";
import { SJABLONEN } from "../src/domain/besluiten/sjablonen";
import { meetReeks, uitkomst } from "./meet";
import type { Scenario } from "./omgeving";

const AANTAL = 200;
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
      besluitdatum: "2026-03-02",
      aanvraagdatum: "2026-02-23",
      bezwaarUiterlijk: "2026-04-13",
      producten: [
        {
          voor: "Geertje Boelens",
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

export const besluiten: Scenario = {
  naam: "besluiten",
  metDatabase: false,
  async voer() {
    console.log(`== besluiten: ${AANTAL} beschikkingen als pdf`);
    for (let i = 0; i < 10; i++) await eenBeschikking(i); // warm-up (fonts, JIT)
    let bytes = 0;
    const meting = await meetReeks({
      naam: "beschikking-pdf maken",
      aantal: AANTAL,
      stap: async (i) => {
        const pdf = await eenBeschikking(i);
        bytes += pdf.length;
        return pdf.subarray(0, 5).toString() === "%PDF-";
      },
    });
    const gemiddeldeKb = Math.round(bytes / AANTAL / 1024);
    return [
      uitkomst(
        "besluiten",
        meting,
        { p95Ms: 150 },
        { gemiddeldeKb, toelichting: `${gemiddeldeKb} kB per pdf` },
      ),
    ];
  },
};
