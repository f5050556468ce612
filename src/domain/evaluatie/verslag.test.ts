import { describe, expect, it } from "vitest";
import { actiesVoorUitkomst, type EvaluatieRegel, type Evaluatieverslag, toetsEvaluatie } from "./verslag";

const verslag = (over: Partial<Evaluatieverslag> = {}): Evaluatieverslag => ({
  datum: "2026-05-01",
  indicatieEindigtOp: "2026-12-31",
  resultaatBereikt: "deels",
  resultaatToelichting: "Zelfstandig boodschappen doen lukt weer.",
  vervolgbehoefte: "Nog hulp bij de administratie nodig.",
  tevredenheid: 4,
  tevredenheidToelichting: "",
  planAanpassen: false,
  planToelichting: "",
  uitkomst: "voortzetten",
  ...over,
});

const context = { vandaag: "2026-05-02" };

describe("toetsEvaluatie", () => {
  it("accepteert een volledig verslag", () => {
    expect(toetsEvaluatie(verslag(), context)).toEqual([]);
  });

  const gevallen: [string, Partial<Evaluatieverslag>, EvaluatieRegel][] = [
    ["datum in de toekomst", { datum: "2026-05-10" }, "datum-niet-in-toekomst"],
    ["geen resultaat", { resultaatToelichting: " " }, "resultaat-toegelicht"],
    [
      "voortzetten zonder gemotiveerde vervolgbehoefte",
      { vervolgbehoefte: "" },
      "vervolgbehoefte-gemotiveerd",
    ],
    [
      "herindicatie zonder gemotiveerde vervolgbehoefte",
      { uitkomst: "herindicatie", vervolgbehoefte: "" },
      "vervolgbehoefte-gemotiveerd",
    ],
    ["plan aanpassen zonder toelichting", { planAanpassen: true }, "plan-toegelicht"],
    ["afschalen als uitkomst van de consulent alleen", { uitkomst: "afschalen" }, "schalen-via-voorstel"],
    ["opschalen als uitkomst van de consulent alleen", { uitkomst: "opschalen" }, "schalen-via-voorstel"],
  ];
  it.each(gevallen)("%s → %s", (_naam, over, regel) => {
    expect(toetsEvaluatie(verslag(over), context).map((f) => f.regel)).toContain(regel);
  });

  it.each(["voortzetten", "herindicatie", "afsluiten"] as const)("uitkomst %s mag", (uitkomst) => {
    expect(toetsEvaluatie(verslag({ uitkomst }), context)).toEqual([]);
  });
});

describe("actiesVoorUitkomst", () => {
  it.each([
    ["levering", "voortzetten", ["start-evaluatie", "zet-levering-voort"]],
    ["evaluatie", "afschalen", ["zet-levering-voort"]],
    ["levering", "herindicatie", ["start-evaluatie", "herindicatie"]],
    ["evaluatie", "afsluiten", []],
    ["levering", "afsluiten", ["start-evaluatie"]],
  ] as const)("%s + %s", (status, uitkomst, acties) => {
    expect(actiesVoorUitkomst(status, uitkomst)).toEqual(acties);
  });
});
