import { describe, expect, it } from "vitest";
import { berekenTermijnen, type TermijnFeiten } from "../termijnen/bereken";
import { GELIJKGESTELD_2023_2028 } from "../termijnen/gelijkgesteld.testdata";
import { maakKalender } from "../termijnen/kalender";
import { procentVan, type Trede, toetsTrede, toetsVoorschot, toetsWgs, type WgsStand } from "./schuldhulp";

const kalender = maakKalender(GELIJKGESTELD_2023_2028);
const termijn = (feiten: Partial<TermijnFeiten>, soort: string, vandaag = "2026-06-01") =>
  berekenTermijnen(
    { zaaktype: "schuldhulp", meldingsdatum: "2026-04-01", ...feiten },
    vandaag,
    kalender,
  ).termijnen.find((t) => t.soort === soort);

describe("de Wgs-klok (termijnen)", () => {
  // [wat, feiten, soort, uiterlijk, bron]
  const GEVALLEN: [string, Partial<TermijnFeiten>, string, string, string][] = [
    [
      "eerste gesprek 4 weken na de hulpvraag; 27 april is Koningsdag (Atw art. 1)",
      { hulpvraagOp: "2026-03-30" },
      "eerste-gesprek",
      "2026-04-28",
      "Wgs art. 4 lid 1",
    ],
    [
      "eerste gesprek 4 weken na de hulpvraag",
      { hulpvraagOp: "2026-03-31" },
      "eerste-gesprek",
      "2026-04-28",
      "Wgs art. 4 lid 1",
    ],
    ["zonder hulpvraag telt de melding", {}, "eerste-gesprek", "2026-04-29", "Wgs art. 4 lid 1"],
    [
      "spoed (dreigende ontruiming): 3 werkdagen, over het weekend",
      { hulpvraagOp: "2026-05-28", dreigendeUitzettingOfAfsluiting: true },
      "eerste-gesprek",
      "2026-06-02", // Thu 28 May → Fri, Mon, Tue
      "Wgs art. 4 lid 2",
    ],
    [
      "spoed over Tweede Pinksterdag 25 mei 2026",
      { hulpvraagOp: "2026-05-21", dreigendeUitzettingOfAfsluiting: true },
      "eerste-gesprek",
      "2026-05-27", // Thu 21 → Fri 22, (Mon 25 Pinksteren), Tue 26, Wed 27
      "Wgs art. 4 lid 2",
    ],
    [
      "beschikking toegang 8 weken na het eerste gesprek (standaard)",
      { eersteGesprekOp: "2026-04-14" },
      "beslissing",
      "2026-06-09",
      "Wgs art. 4a lid 1 en 3",
    ],
    [
      "beschikking toegang met de termijn uit de verordening (4 weken)",
      { eersteGesprekOp: "2026-04-14", lokaleTermijnen: { beslissing: 4 } },
      "beslissing",
      "2026-05-12",
      "Wgs art. 4a lid 3",
    ],
  ];
  it.each(GEVALLEN)("%s", (_wat, feiten, soort, uiterlijk, bron) => {
    const t = termijn(feiten, soort);
    expect(t?.uiterlijkeDatum).toBe(uiterlijk);
    expect(t?.bron).toContain(bron);
  });

  it("het eerste gesprek haalt de termijn; de toegangsbeschikking rondt de beslistermijn af", () => {
    const feiten = {
      hulpvraagOp: "2026-04-01",
      eersteGesprekOp: "2026-04-20",
      toegangsbeschikkingOp: "2026-05-01",
    };
    expect(termijn(feiten, "eerste-gesprek")).toMatchObject({ status: "gehaald", afgerondOp: "2026-04-20" });
    expect(termijn(feiten, "beslissing")).toMatchObject({ status: "gehaald", afgerondOp: "2026-05-01" });
  });

  it("zonder eerste gesprek nog geen beslistermijn (die telt vanaf het gesprek)", () => {
    expect(termijn({ hulpvraagOp: "2026-04-01" }, "beslissing")).toBeUndefined();
  });

  it("een ingebrekestelling geeft de termijn van 2 weken (Awb 4:17 lid 3), ook op een Wgs-zaak", () => {
    const t = termijn(
      { eersteGesprekOp: "2026-01-05", ingebrekestellingOntvangenOp: "2026-03-09" },
      "ingebrekestelling",
      "2026-03-10",
    );
    expect(t).toMatchObject({
      startdatum: "2026-03-09",
      uiterlijkeDatum: "2026-03-23",
      bron: "Awb art. 4:17 lid 3",
    });
  });
});

describe("Wgs-feiten vastleggen", () => {
  const stand = (extra: Partial<WgsStand> = {}): WgsStand => ({
    hulpvraagOp: "2026-04-01",
    dreiging: null,
    eersteGesprekOp: null,
    toegang: null,
    ...extra,
  });
  const regels = (s: WgsStand) => toetsWgs(s, "2026-05-01").flatMap((u) => (u.ok ? [] : [u.regel]));
  it.each([
    ["alleen de hulpvraag", stand(), []],
    ["hulpvraag in de toekomst", stand({ hulpvraagOp: "2026-05-02" }), ["ongeldige-invoer"]],
    ["gesprek vóór de hulpvraag", stand({ eersteGesprekOp: "2026-03-30" }), ["ongeldige-invoer"]],
    [
      "beschikking zonder eerste gesprek (Wgs 4a lid 1)",
      stand({ toegang: { op: "2026-04-20", uitkomst: "toegelaten" } }),
      ["toegang-na-eerste-gesprek"],
    ],
    [
      "beschikking vóór het gesprek",
      stand({ eersteGesprekOp: "2026-04-10", toegang: { op: "2026-04-05", uitkomst: "afgewezen" } }),
      ["ongeldige-invoer"],
    ],
    [
      "hulpvraag, gesprek en beschikking op volgorde",
      stand({
        dreiging: "ontruiming",
        eersteGesprekOp: "2026-04-03",
        toegang: { op: "2026-04-20", uitkomst: "toegelaten" },
      }),
      [],
    ],
  ] as const)("%s", (_wat, s, verwacht) => {
    expect(regels(s)).toEqual(verwacht);
  });
});

describe("plan van aanpak: de ladder (lichtere hulp eerst)", () => {
  const regels = (eerdere: Trede[], nieuwe: Trede, motivatie: string | null, toegelaten = true) =>
    toetsTrede({ eerdere, nieuwe, motivatie, toegelaten }).map((u) => (u.ok ? "" : u.regel));
  const MOTIVATIE = "De geldcoach is niet genoeg: deurwaarder staat voor de deur";
  it.each([
    ["geldcoach als eerste stap", [], "geldcoach", null, true, []],
    ["traject na de geldcoach, toegelaten", ["geldcoach"], "schuldhulptraject", null, true, []],
    [
      "traject zonder geldcoach en zonder motivatie",
      [],
      "schuldhulptraject",
      null,
      true,
      ["lichtere-hulp-eerst"],
    ],
    ["traject zonder geldcoach met motivatie", [], "schuldhulptraject", MOTIVATIE, true, []],
    ["te korte motivatie telt niet", [], "schuldhulptraject", "te kort", true, ["lichtere-hulp-eerst"]],
    [
      "traject zonder toelating (Wgs 4a)",
      ["geldcoach"],
      "schuldhulptraject",
      null,
      false,
      ["traject-zonder-toelating"],
    ],
    [
      "budgetbeheer na geldcoach en traject",
      ["geldcoach", "schuldhulptraject"],
      "budgetbeheer",
      null,
      true,
      [],
    ],
    ["budgetbeheer zonder traject", ["geldcoach"], "budgetbeheer", null, true, ["lichtere-hulp-eerst"]],
    ["bewind zonder de lichtere treden", [], "beschermingsbewind", null, false, ["lichtere-hulp-eerst"]],
    [
      "bewind gemotiveerd, zonder toelating (de kantonrechter beslist)",
      [],
      "beschermingsbewind",
      MOTIVATIE,
      false,
      [],
    ],
    ["terug naar de geldcoach mag altijd", ["geldcoach", "schuldhulptraject"], "geldcoach", null, true, []],
  ] as const)("%s", (_wat, eerdere, nieuwe, motivatie, toegelaten, verwacht) => {
    expect(regels([...eerdere], nieuwe, motivatie, toegelaten)).toEqual(verwacht);
  });
});

describe("voorschot (Participatiewet art. 52 lid 1)", () => {
  const basis = {
    aanvraagdatum: "2026-04-01",
    besluitdatum: null,
    verleendOp: "2026-04-20",
    bedragCent: 90_000,
    normCent: 100_000,
    vandaag: "2026-04-21",
  };
  const regels = (extra: Partial<typeof basis> | { besluitdatum: string } | { aanvraagdatum: null }) =>
    toetsVoorschot({ ...basis, ...extra }).map((u) => (u.ok ? "" : u.regel));
  it.each([
    ["precies 90 % mag", {}, []],
    ["89,9 % niet", { bedragCent: 89_999 }, ["voorschot-onder-90-procent"]],
    ["100 % mag", { bedragCent: 100_000 }, []],
    ["zonder aanvraag", { aanvraagdatum: null }, ["voorschot-zonder-aanvraag"]],
    ["vóór de aanvraag", { verleendOp: "2026-03-31" }, ["ongeldige-invoer"]],
    ["na het besluit", { besluitdatum: "2026-04-15" }, ["voorschot-na-besluit"]],
    ["in de toekomst", { verleendOp: "2026-04-22" }, ["ongeldige-invoer"]],
  ] as const)("%s", (_wat, extra, verwacht) => {
    expect(regels(extra)).toEqual(verwacht);
  });
  it("rondt het percentage naar beneden af", () => {
    expect(procentVan(89_999, 100_000)).toBe(89.9);
    expect(procentVan(123_456, 123_456)).toBe(100);
  });
});
