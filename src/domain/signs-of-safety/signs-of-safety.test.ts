/** Signs of Safety's rules as tables: the mapping, the pairing gevaar → doel, the scale, the plan's steps. */
import { describe, expect, it } from "vitest";
import {
  type DoelUitkomst,
  type Mapping,
  type MappingItem,
  ongekoppeldeGevaren,
  type Schaalronde,
  toetsAfspraken,
  toetsDefinitief,
  toetsEvaluatie,
  toetsMapping,
  toetsOndertekening,
  toetsSchaalronde,
  type Veiligheidsplan,
  type VeiligheidsplanStatus,
} from "./signs-of-safety";

const VANDAAG = "2026-03-10";
const GEVAAR: MappingItem = { id: "g1", soort: "gevaar", tekst: "Vader drinkt en slaat als hij boos is" };
const DOEL: MappingItem = {
  id: "d1",
  soort: "veiligheidsdoel",
  tekst: "Kim is veilig als vader gedronken heeft",
  gevaarId: "g1",
};
const STERKTE: MappingItem = { id: "s1", soort: "sterkte", tekst: "Oma haalt Kim op" };
const mapping = (...items: MappingItem[]): Mapping => ({ items });
const AFSPRAAK = { doelId: "d1", wat: "Kim slaapt bij oma", wie: "Oma", uiterlijk: "2026-04-01" };
const plan = (status: VeiligheidsplanStatus, extra: Partial<Veiligheidsplan> = {}): Veiligheidsplan => ({
  status,
  afspraken: [AFSPRAAK],
  ondertekening:
    status === "concept" || status === "definitief"
      ? null
      : { datum: "2026-03-05", ondertekenaars: ["moeder"] },
  evaluaties: [],
  ...extra,
});
const regels = (fouten: readonly { regel: string }[]) => fouten.map((f) => f.regel);

describe("de mapping", () => {
  it.each<[string, MappingItem[], string[]]>([
    ["een gevaar met zijn doel en een sterkte", [GEVAAR, DOEL, STERKTE], []],
    ["een gevaar zonder doel mag (de mapping groeit)", [GEVAAR, STERKTE], []],
    ["lege tekst", [{ ...STERKTE, tekst: "  " }], ["tekst-ingevuld"]],
    ["twee keer hetzelfde id", [GEVAAR, { ...STERKTE, id: "g1" }], ["item-uniek"]],
    ["doel zonder gevaar", [{ ...DOEL, gevaarId: null }], ["doel-bij-gevaar"]],
    ["doel bij een onbekend gevaar", [GEVAAR, { ...DOEL, gevaarId: "x" }], ["doel-bij-gevaar"]],
    ["doel gekoppeld aan een sterkte", [STERKTE, { ...DOEL, gevaarId: "s1" }], ["doel-bij-gevaar"]],
    ["sterkte met een koppeling", [GEVAAR, { ...STERKTE, gevaarId: "g1" }], ["doel-bij-gevaar"]],
  ])("%s", (_naam, items, verwacht) => {
    const fouten = toetsMapping(mapping(...items));
    expect(regels(fouten)).toEqual(verwacht);
    expect(fouten.every((f) => f.ongeldig)).toBe(true);
  });

  it("noemt de gevaren zonder doel", () => {
    const tweede = { ...GEVAAR, id: "g2", tekst: "Moeder laat Kim alleen" };
    expect(ongekoppeldeGevaren(mapping(GEVAAR, tweede, DOEL)).map((g) => g.id)).toEqual(["g2"]);
  });
});

describe("de veiligheidsschaal", () => {
  const ronde = (datum: string, gezin: number, netwerk = 5, professional = 4): Schaalronde => ({
    datum,
    scores: [
      { partij: "gezin", wie: "moeder", score: gezin },
      { partij: "netwerk", wie: "oma", score: netwerk },
      { partij: "professional", wie: "casemanager", score: professional },
    ],
  });
  it.each<[string, Schaalronde, Schaalronde[], string[]]>([
    ["drie partijen, vandaag", ronde(VANDAAG, 6), [], []],
    ["0 en 10 zijn de grenzen", ronde("2026-03-01", 0, 10), [], []],
    ["in de toekomst", ronde("2026-03-11", 6), [], ["datum-niet-in-toekomst"]],
    ["vóór de vorige bijeenkomst", ronde("2026-02-01", 6), [ronde("2026-02-15", 3)], ["schaal-op-volgorde"]],
    ["zelfde dag als de vorige mag", ronde("2026-02-15", 6), [ronde("2026-02-15", 3)], []],
    ["11", ronde(VANDAAG, 11), [], ["schaal-geheel-getal"]],
    ["-1", ronde(VANDAAG, -1), [], ["schaal-geheel-getal"]],
    ["6,5", ronde(VANDAAG, 6.5), [], ["schaal-geheel-getal"]],
    [
      "het netwerk ontbreekt",
      { datum: VANDAAG, scores: ronde(VANDAAG, 6).scores.filter((s) => s.partij !== "netwerk") },
      [],
      ["schaal-elke-partij"],
    ],
    [
      "het gezin twee keer",
      { datum: VANDAAG, scores: [...ronde(VANDAAG, 6).scores, { partij: "gezin", wie: "vader", score: 2 }] },
      [],
      ["schaal-elke-partij"],
    ],
    [
      "zonder wie",
      { datum: VANDAAG, scores: ronde(VANDAAG, 6).scores.map((s) => ({ ...s, wie: " " })) },
      [],
      ["schaal-wie-ingevuld", "schaal-wie-ingevuld", "schaal-wie-ingevuld"],
    ],
  ])("%s", (_naam, nieuw, eerdere, verwacht) => {
    expect(regels(toetsSchaalronde(nieuw, eerdere, VANDAAG))).toEqual(verwacht);
  });
});

describe("het veiligheidsplan", () => {
  it.each<[string, Veiligheidsplan | null, string[]]>([
    ["nog geen plan: afspraken maken", null, []],
    ["concept", plan("concept"), []],
    ["definitief ligt vast", plan("definitief"), ["plan-alleen-concept"]],
    ["ondertekend ligt vast", plan("ondertekend"), ["plan-alleen-concept"]],
  ])("afspraken wijzigen: %s", (_naam, p, verwacht) => {
    expect(regels(toetsAfspraken(p, [AFSPRAAK], mapping(GEVAAR, DOEL)))).toEqual(verwacht);
  });

  it.each<[string, typeof AFSPRAAK, string[]]>([
    ["bij een onbekend doel", { ...AFSPRAAK, doelId: "x" }, ["afspraak-bij-doel"]],
    ["zonder wat en wie", { ...AFSPRAAK, wat: "", wie: " " }, ["afspraak-volledig", "afspraak-volledig"]],
  ])("afspraak %s", (_naam, a, verwacht) => {
    expect(regels(toetsAfspraken(null, [a], mapping(GEVAAR, DOEL)))).toEqual(verwacht);
  });

  const tweedeGevaar = { ...GEVAAR, id: "g2", tekst: "Moeder laat Kim alleen" };
  it.each<[string, Veiligheidsplan | null, Mapping, string[]]>([
    ["elk gevaar een doel, elk doel een afspraak", plan("concept"), mapping(GEVAAR, DOEL), []],
    [
      "een gevaarsuitspraak zonder veiligheidsdoel",
      plan("concept"),
      mapping(GEVAAR, tweedeGevaar, DOEL),
      ["gevaar-met-veiligheidsdoel"],
    ],
    ["geen doelen", plan("concept", { afspraken: [] }), mapping(STERKTE), ["plan-heeft-doelen"]],
    [
      "een doel zonder afspraak",
      plan("concept", { afspraken: [] }),
      mapping(GEVAAR, DOEL),
      ["afspraak-volledig"],
    ],
    ["al definitief", plan("definitief"), mapping(GEVAAR, DOEL), ["definitief-alleen-vanuit-concept"]],
    ["geen plan", null, mapping(GEVAAR, DOEL), ["definitief-alleen-vanuit-concept"]],
  ])("definitief maken: %s", (_naam, p, m, verwacht) => {
    const fouten = toetsDefinitief(p, m);
    expect(regels(fouten)).toEqual(verwacht);
    expect(fouten.some((f) => f.ongeldig)).toBe(false);
  });

  const MOEDER = { persoonId: "moeder", naam: "Anna de Vries" };
  const KIM = { persoonId: "kim", naam: "Kim de Vries" };
  it.each<[string, VeiligheidsplanStatus, string[], string, (typeof MOEDER)[], string[]]>([
    ["<12: de gezaghebbende tekent", "definitief", ["moeder"], "2026-03-10", [MOEDER], []],
    ["12–15: kind en ouder", "definitief", ["kim", "moeder"], "2026-03-10", [KIM, MOEDER], []],
    [
      "12–15: het kind ontbreekt",
      "definitief",
      ["moeder"],
      "2026-03-10",
      [KIM, MOEDER],
      ["ondertekenaars-volledig"],
    ],
    [
      "16+: alleen de jongere, niet de ouder",
      "definitief",
      ["kim", "moeder"],
      "2026-03-10",
      [KIM],
      ["ondertekenaars-volledig"],
    ],
    ["in de toekomst", "definitief", ["moeder"], "2026-03-11", [MOEDER], ["datum-niet-in-toekomst"]],
    ["een concept", "concept", ["moeder"], "2026-03-10", [MOEDER], ["ondertekenen-alleen-definitief"]],
    ["al ondertekend", "ondertekend", ["moeder"], "2026-03-10", [MOEDER], ["ondertekenen-alleen-definitief"]],
  ])("ondertekenen: %s", (_naam, status, wie, datum, vereist, verwacht) => {
    const p = plan(status);
    expect(regels(toetsOndertekening(p, { datum, ondertekenaars: wie }, vereist, VANDAAG))).toEqual(verwacht);
  });

  it("de fout bij een ontbrekende ondertekenaar noemt wie", () => {
    const [f] = toetsOndertekening(
      plan("definitief"),
      { datum: VANDAAG, ondertekenaars: [] },
      [KIM],
      VANDAAG,
    );
    expect(f?.melding).toBe("Het plan moet ook worden ondertekend door Kim de Vries.");
  });

  const evaluatie = (
    datum: string,
    doelen: { doelId: string; uitkomst: DoelUitkomst }[] = [{ doelId: "d1", uitkomst: "deels" }],
  ) => ({
    datum,
    doelen,
    toelichting: "",
  });
  it.each<[string, VeiligheidsplanStatus, ReturnType<typeof evaluatie>, string[]]>([
    ["ondertekend, elk doel beoordeeld", "ondertekend", evaluatie("2026-03-09"), []],
    ["nog een keer na een evaluatie", "geevalueerd", evaluatie("2026-03-10"), []],
    [
      "definitief maar niet ondertekend",
      "definitief",
      evaluatie("2026-03-09"),
      ["evalueren-na-ondertekening"],
    ],
    ["vóór de ondertekening", "ondertekend", evaluatie("2026-03-01"), ["evaluatie-na-ondertekening"]],
    ["in de toekomst", "ondertekend", evaluatie("2026-03-12"), ["datum-niet-in-toekomst"]],
    ["een doel niet beoordeeld", "ondertekend", evaluatie("2026-03-09", []), ["evaluatie-elk-doel"]],
    [
      "een doel twee keer",
      "ondertekend",
      evaluatie("2026-03-09", [
        { doelId: "d1", uitkomst: "deels" },
        { doelId: "d1", uitkomst: "bereikt" },
      ]),
      ["evaluatie-elk-doel"],
    ],
    [
      "een onbekend doel",
      "ondertekend",
      evaluatie("2026-03-09", [{ doelId: "x", uitkomst: "deels" }]),
      ["evaluatie-elk-doel"],
    ],
  ])("evalueren: %s", (_naam, status, e, verwacht) => {
    expect(regels(toetsEvaluatie(plan(status), e, VANDAAG))).toEqual(verwacht);
  });
});
