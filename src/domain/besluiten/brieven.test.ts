import { describe, expect, it } from "vitest";
import type { BriefBlok } from "../documenten/brief";
import {
  type BeschikkingGegevens,
  beschikkingInhoud,
  eenvoudigeBrief,
  omvangTekst,
  sjabloonVoorBesluit,
} from "./brieven";
import { SJABLONEN } from "./sjablonen";

const tekst = (code: string) => SJABLONEN.find((s) => s.code === code)?.tekst ?? "";
const SJABLOON = { besluit: tekst("brief-toekenning"), bezwaarclausule: tekst("bezwaarclausule") };

const gegevens = (over: Partial<BeschikkingGegevens> = {}): BeschikkingGegevens => ({
  soort: "toekenning",
  zaaktype: "wmo",
  gemeente: "Noordenveld",
  zaaknummer: "Z-2026-000001",
  kenmerk: "Z-2026-000001/B1",
  clientNaam: "Geertje Boelens",
  besluitdatum: "2026-03-02",
  aanvraagdatum: "2026-02-23",
  bezwaarUiterlijk: "2026-04-13",
  producten: [
    {
      voor: "Geertje Boelens",
      code: "07A01",
      omschrijving: "Dagbesteding",
      interventieniveau: 7,
      leveringsvorm: "zin",
      aanbiederNaam: "De Hooiberg",
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
  motivering: "",
  ...over,
});

const alsTekst = (blokken: BriefBlok[]) => JSON.stringify(blokken);

describe("beschikkingInhoud", () => {
  it("noemt grondslag, product, niveau, levering, periode, omvang en de laatste bezwaardag", () => {
    const b = beschikkingInhoud(gegevens(), SJABLOON);
    const t = alsTekst(b.blokken);
    expect(b.ontbrekend).toEqual([]);
    expect(b.onderwerp).toContain("toekenning");
    expect(t).toContain("Wet maatschappelijke ondersteuning 2015");
    expect(t).toContain("Dagbesteding (07A01)");
    expect(t).toContain("Zorg in natura door De Hooiberg");
    expect(t).toContain("9 maart 2026 tot en met 8 maart 2027");
    expect(t).toContain("3 dagdeel (4 uur) per week");
    expect(t).toContain("13 april 2026");
    expect(t).toContain("23 februari 2026");
  });

  it("gezinsplan: een product voor een ander gezinslid noemt voor wie het is", () => {
    const p = gegevens().producten[0];
    if (!p) throw new Error("fixture");
    const b = beschikkingInhoud(
      gegevens({ producten: [p, { ...p, voor: "Daan Boelens", code: "07A02" }] }),
      SJABLOON,
    );
    const tabel = b.blokken.find((x) => "tabel" in x);
    if (!tabel || !("tabel" in tabel)) throw new Error("geen producttabel");
    expect(tabel.tabel.rijen.map((r) => r[0])).toEqual([
      "Dagbesteding (07A01)\ninterventieniveau 7",
      "Dagbesteding (07A02)\ninterventieniveau 7\nvoor Daan Boelens",
    ]);
  });

  it("pgb: het bedrag en de SVB", () => {
    const p = gegevens().producten[0];
    if (!p) throw new Error("fixture");
    const t = alsTekst(
      beschikkingInhoud(
        gegevens({
          producten: [{ ...p, leveringsvorm: "pgb", omvang: null, budget: 250_050, aanbiederNaam: null }],
        }),
        SJABLOON,
      ).blokken,
    );
    expect(t).toContain("Persoonsgebonden budget (pgb)");
    expect(t).toMatch(/€\s?2\.500,50/);
    expect(t).toContain("SVB");
  });

  it("meldt ontbrekende velden in plaats van een brief met een gat", () => {
    expect(beschikkingInhoud(gegevens({ aanvraagdatum: null }), SJABLOON).ontbrekend).toEqual([
      "aanvraagdatum",
    ]);
  });

  it.each([
    ["toekenning", null, "brief-toekenning"],
    ["afwijzing", null, "brief-afwijzing"],
    ["wijziging", null, "brief-wijziging"],
    ["beeindiging", "doelen-bereikt", "brief-beeindiging"],
    ["beeindiging", "verhuizing", "brief-beeindiging-verhuizing"],
    ["beeindiging", "onjuiste-gegevens", "brief-beeindiging-onjuiste-gegevens"],
  ] as const)("%s (%s) → sjabloon %s", (soort, reden, code) => {
    expect(sjabloonVoorBesluit(soort, reden)).toBe(code);
    expect(SJABLONEN.some((s) => s.code === code)).toBe(true);
  });

  it("onjuiste gegevens: herzieningsgrondslag en terugvordering", () => {
    const t = alsTekst(
      beschikkingInhoud(
        gegevens({
          soort: "beeindiging",
          reden: "onjuiste-gegevens",
          einddatum: "2026-04-01",
          terugvordering: 120_000,
          producten: [],
        }),
        { ...SJABLOON, besluit: tekst("brief-beeindiging-onjuiste-gegevens") },
      ).blokken,
    );
    expect(t).toContain("2.3.10");
    expect(t).toMatch(/€\s?1\.200,00/);
  });

  it("elk sjabloon gebruikt alleen zijn eigen velden", () => {
    for (const s of SJABLONEN)
      for (const m of s.tekst.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) expect(s.plaatshouders).toContain(m[1]);
  });

  it("omvang en een eenvoudige brief", () => {
    expect(omvangTekst({ volume: 4, eenheid: "04", frequentie: "2" })).toBe("4 uur per week");
    const b = eenvoudigeBrief("Afsluiting", [tekst("brief-afsluiting")], {
      zaaknummer: "Z-1",
      datum: "1 mei 2026",
    });
    expect(b.ontbrekend).toEqual(["reden", "gemeente"]);
  });
});
