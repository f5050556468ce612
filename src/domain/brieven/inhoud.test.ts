import { describe, expect, it } from "vitest";
import { maakKalender } from "../termijnen/kalender";
import {
  kennisgevingVeiligThuisInhoud,
  onderzoeksverslagInhoud,
  ontvangstbevestigingInhoud,
  opschortingBron,
  opschortingInhoud,
  persoonlijkPlanUiterlijk,
  toetsVerslag,
  VERSLAG_WETTEN,
  type VerslagWet,
  verlengingBron,
  verlengingInhoud,
} from "./inhoud";
import { BRIEF_CODES, briefSjabloon } from "./sjablonen";

const kalender = maakKalender([]);
const sjabloon = (code: string) => {
  const s = briefSjabloon(code);
  if (!s) throw new Error(code);
  return s;
};
const tekst = (blokken: readonly object[]) => JSON.stringify(blokken);

describe("persoonlijk plan: zeven dagen na de melding (Wmo 2015 art. 2.3.2 lid 2, Atw art. 1)", () => {
  it.each([
    ["maandag → maandag", "2026-03-02", "2026-03-09"],
    ["zevende dag op zaterdag → maandag", "2026-03-07", "2026-03-16"],
    ["zevende dag op zondag → maandag", "2026-03-08", "2026-03-16"],
    ["zevende dag op Koningsdag → dag erna", "2026-04-20", "2026-04-28"],
    ["zevende dag op tweede Paasdag (6 april 2026) → dinsdag", "2026-03-30", "2026-04-07"],
  ])("%s", (_naam, melding, uiterlijk) => {
    expect(persoonlijkPlanUiterlijk(kalender, melding)).toBe(uiterlijk);
  });
});

describe("ontvangstbevestiging", () => {
  const g = {
    gemeente: "Noordenveld",
    zaaknummer: "1699-2026-000001",
    clientNaam: "Jan de Vries",
    meldingsdatum: "2026-03-02",
    persoonlijkPlanUiterlijk: "2026-03-09",
    onderzoekUiterlijk: "2026-04-13",
  };
  it("noemt de melding, het plan, de cliëntondersteuning en het pgb, met de wetsartikelen", () => {
    const s = sjabloon(BRIEF_CODES.ontvangstbevestiging);
    const inhoud = ontvangstbevestigingInhoud(g, s, ["Gratis onafhankelijke cliëntondersteuning"]);
    expect(inhoud.ontbrekend).toEqual([]);
    expect(inhoud.onderwerp).toBe("Bevestiging van uw melding");
    const t = tekst(inhoud.blokken);
    for (const deel of [
      "Op 2 maart 2026 heeft u bij de gemeente Noordenveld gemeld",
      "artikel 2.3.2, eerste lid",
      "tot en met 9 maart 2026 inleveren",
      "zeven dagen na uw melding",
      "gratis hulp krijgen van een onafhankelijke cliëntondersteuner",
      "artikel 2.3.2, derde lid",
      "persoonsgebonden budget (pgb)",
      "artikel 2.3.2, zesde lid",
      "uiterlijk op 13 april 2026 klaar",
      "Gratis onafhankelijke cliëntondersteuning",
    ])
      expect(t).toContain(deel);
  });

  it("een plaatshouder met een tikfout: de brief mag niet weg", () => {
    const inhoud = ontvangstbevestigingInhoud(g, { titel: "x", tekst: "Op {{meldingdatum}} …" }, []);
    expect(inhoud.ontbrekend).toEqual(["meldingdatum"]);
  });
});

describe("onderzoeksverslag", () => {
  const wmo = VERSLAG_WETTEN.wmo as VerslagWet;
  const jeugd = VERSLAG_WETTEN.jeugd as VerslagWet;
  const alles = {
    behoeften: "Wil weer zelf boodschappen doen.",
    eigenKracht: "Loopt korte stukken.",
    netwerk: "Dochter helpt op zaterdag.",
    mantelzorger: "Dochter wil respijtzorg.",
    algemeneVoorzieningen: "Boodschappendienst van de wijk.",
    samenwerking: "Fysiotherapeut betrokken.",
    eigenBijdrage: "Het abonnementstarief geldt.",
    conclusie: "Een scootmobiel past.",
  };

  it("Wmo: alle onderdelen a–g van lid 4 zijn nodig", () => {
    expect(toetsVerslag(wmo, alles)).toEqual([]);
    const fouten = toetsVerslag(wmo, {
      ...alles,
      mantelzorger: " ",
      eigenBijdrage: undefined,
      conclusie: "",
    });
    expect(fouten.map((f) => f.veld)).toEqual(["mantelzorger", "eigenBijdrage", "conclusie"]);
    expect(fouten[0]?.melding).toContain("(Wmo 2015 art. 2.3.2 lid 4 onder d)");
  });

  it("Jeugd: zonder mantelzorgondersteuning en eigen bijdrage", () => {
    const { mantelzorger: _m, eigenBijdrage: _e, ...zonder } = alles;
    expect(toetsVerslag(jeugd, zonder)).toEqual([]);
  });

  it("zet de bevindingen onder hun kop, met uitkomst en vervolg", () => {
    const inhoud = onderzoeksverslagInhoud(
      {
        gemeente: "Noordenveld",
        zaaknummer: "Z1",
        clientNaam: "Jan",
        meldingsdatum: "2026-03-02",
        wet: wmo,
        invoer: alles,
      },
      {
        titel: "Verslag",
        inleiding: sjabloon(BRIEF_CODES.onderzoeksverslag).tekst,
        vervolg: sjabloon(BRIEF_CODES.onderzoeksverslagVervolg).tekst,
      },
    );
    expect(inhoud.ontbrekend).toEqual([]);
    const koppen = inhoud.blokken.flatMap((b) => ("kop" in b ? [b.kop] : []));
    expect(koppen).toEqual([
      "Uw behoeften, persoonskenmerken en voorkeuren",
      "Wat u zelf kunt, en met gebruikelijke hulp van huisgenoten",
      "Mantelzorg en hulp van mensen om u heen",
      "Ondersteuning voor uw mantelzorger",
      "Voorzieningen en activiteiten in de buurt",
      "Afstemming met zorgverzekeraar, zorgaanbieders en anderen",
      "Eigen bijdrage",
      "Uitkomst van het onderzoek",
      "Wat kunt u nu doen?",
    ]);
    const t = tekst(inhoud.blokken);
    expect(t).toContain("artikel 2.3.2, achtste lid");
    expect(t).toContain(
      "binnen twee weken (Wet maatschappelijke ondersteuning 2015, artikel 2.3.5, tweede lid)",
    );
  });
});

describe("verlenging en opschorting", () => {
  it.each([
    ["beslissing", "Wmo 2015 art. 2.3.5 lid 2", "Algemene wet bestuursrecht, artikel 4:14, eerste lid"],
    ["beslissing", "Awb art. 4:13 lid 2", "Algemene wet bestuursrecht, artikel 4:14, derde lid"],
    ["beslissing-bezwaar", "Awb art. 7:10 lid 1 en 3", "Algemene wet bestuursrecht, artikel 7:10, derde lid"],
  ] as const)("verlenging van %s (%s) → %s", (soort, regel, bron) => {
    expect(verlengingBron(soort, regel)).toBe(bron);
  });

  it.each([
    ["beslissing", "wmo", "Algemene wet bestuursrecht, artikel 4:15"],
    ["onderzoek", "wmo", "Wet maatschappelijke ondersteuning 2015, artikel 2.3.2, eerste lid"],
    ["onderzoek", "jeugd", "de Verordening jeugdhulp van de gemeente"],
  ] as const)("opschorting van %s (%s) → %s", (soort, zaaktype, bron) => {
    expect(opschortingBron(soort, zaaktype)).toBe(bron);
  });

  const basis = { gemeente: "Noordenveld", zaaknummer: "Z1", clientNaam: "Jan" };
  it("de verlenging noemt de oude en de nieuwe datum en de reden", () => {
    const inhoud = verlengingInhoud(
      {
        ...basis,
        soort: "beslissing",
        ontvangenOp: "2026-03-02",
        oudeDatum: "2026-03-16",
        nieuweDatum: "2026-03-30",
        weken: 2,
        reden: "advies van de GGD nodig",
        bron: "Algemene wet bestuursrecht, artikel 4:14, eerste lid",
      },
      sjabloon(BRIEF_CODES.verlenging),
    );
    expect(inhoud.ontbrekend).toEqual([]);
    const t = tekst(inhoud.blokken);
    expect(t).toContain("Op 2 maart 2026 ontvingen wij uw aanvraag.");
    expect(t).toContain("uiterlijk op 16 maart 2026 ons besluit sturen");
    expect(t).toContain("De reden is: advies van de GGD nodig.");
    expect(t).toContain("met 2 weken. U ontvangt ons besluit uiterlijk op 30 maart 2026.");
  });

  it("de opschorting: met einde de nieuwe datum, zonder einde de belofte om die te laten weten", () => {
    const o = {
      ...basis,
      soort: "beslissing" as const,
      van: "2026-03-05",
      reden: "Wij wachten op uw bankafschriften.",
      bron: "Algemene wet bestuursrecht, artikel 4:15",
    };
    const met = tekst(
      opschortingInhoud(
        { ...o, tot: "2026-03-12", nieuweDatum: "2026-03-23" },
        sjabloon(BRIEF_CODES.opschorting),
      ).blokken,
    );
    expect(met).toContain(
      "De termijn staat stil tot 12 maart 2026. U krijgt ons besluit daardoor uiterlijk op 23 maart 2026.",
    );
    expect(met).toContain("De reden is: Wij wachten op uw bankafschriften.");
    const zonder = opschortingInhoud(
      { ...o, tot: null, nieuweDatum: null },
      sjabloon(BRIEF_CODES.opschorting),
    );
    expect(zonder.ontbrekend).toEqual([]);
    expect(tekst(zonder.blokken)).toContain("Wij laten u dan weten wanneer u ons besluit uiterlijk krijgt.");
    expect(tekst(zonder.blokken)).toContain("nog niet bekend");
  });
});

describe("kennisgeving van een melding bij Veilig Thuis (Meldcode)", () => {
  const g = {
    gemeente: "Noordenveld",
    zaaknummer: "1699-2026-000007",
    clientNaam: "Daan Meldstra",
    meldingsdatum: "2026-03-05",
    reden: "Wij maken ons zorgen over de verzorging van Daan en de hulp komt niet op gang",
    medewerker: "Willem Molenaar",
  };
  const s = sjabloon(BRIEF_CODES.kennisgevingVeiligThuis);

  it("zegt dat en wanneer er gemeld is, waarom in de woorden van de medewerker, wat Veilig Thuis doet en wie te bellen", () => {
    const inhoud = kennisgevingVeiligThuisInhoud(g, s);
    expect(inhoud.ontbrekend).toEqual([]);
    expect(inhoud.onderwerp).toBe("Wij hebben een melding gedaan bij Veilig Thuis");
    const t = tekst(inhoud.blokken);
    for (const deel of [
      "op 5 maart 2026 een melding hebben gedaan bij Veilig Thuis",
      "Waarom hebben wij dit gedaan? Wij maken ons zorgen over de verzorging van Daan en de hulp komt niet op gang.",
      "meldcode huiselijk geweld en kindermishandeling",
      "Wat doet Veilig Thuis nu?",
      "0800-2000",
      "contact op met Willem Molenaar van de Toegang van de gemeente Noordenveld",
      "1699-2026-000007",
    ])
      expect(t).toContain(deel);
  });

  it.each([
    ["een zin met punt blijft zo", "Zorgen over de veiligheid.", "Zorgen over de veiligheid."],
    ["een zin zonder punt krijgt er een", "Zorgen over de veiligheid", "Zorgen over de veiligheid."],
  ])("%s", (_naam, reden, inBrief) => {
    expect(tekst(kennisgevingVeiligThuisInhoud({ ...g, reden }, s).blokken)).toContain(inBrief);
  });

  it("een sjabloon met een onbekende plaatshouder: de brief mag niet weg", () => {
    const inhoud = kennisgevingVeiligThuisInhoud(g, { titel: "x", tekst: "Gemeld op {{meldings_datum}}" });
    expect(inhoud.ontbrekend).toEqual(["meldings_datum"]);
  });
});
