import { describe, expect, it } from "vitest";
import {
  type Melding,
  type Stap,
  type StapSoort,
  toetsDoorverwijzing,
  toetsMelding,
  toetsStap,
  volgendeStappen,
} from "./verzuim";

const VANDAAG = "2026-05-01";
const leerling = { geboortedatum: "2012-09-15" }; // 13 jaar
const melding: Melding = { datum: "2026-03-02", verzuimsoort: "ongeoorloofd", uren: 18, schoolId: "s1" };
const regels = (u: { ok: boolean; regel?: string }[]) => u.map((x) => (x.ok ? "ok" : x.regel));

const REEKS: StapSoort[] = [
  "verzuimmelding",
  "contact-school",
  "waarschuwingsgesprek",
  "officiele-waarschuwing",
  "terugkoppeling",
  "mpo",
];
const stappenTot = (n: number): Stap[] =>
  REEKS.slice(0, n).map((soort, i) => ({ soort, datum: `2026-03-${String(2 + i).padStart(2, "0")}` }));

describe("verzuimmelding", () => {
  const toets = (m: Partial<Melding>, l: typeof leerling | null = leerling, schoolBekend = true) =>
    regels(toetsMelding({ melding: { ...melding, ...m }, leerling: l, vandaag: VANDAAG, schoolBekend }));
  it.each<[string, Partial<Melding>, string[]]>([
    ["ongeoorloofd, 18 uur", {}, []],
    ["ongeoorloofd precies 16 uur (art. 21a)", { uren: 16 }, []],
    ["ongeoorloofd 15 uur: dat is signaalverzuim", { uren: 15 }, ["lpw-21a-zestien-uur"]],
    ["ongeoorloofd zonder uren", { uren: null }, ["lpw-21a-zestien-uur"]],
    ["signaalverzuim 8 uur", { verzuimsoort: "signaalverzuim", uren: 8 }, []],
    ["signaalverzuim 16 uur", { verzuimsoort: "signaalverzuim", uren: 16 }, ["signaalverzuim-onder-grens"]],
    ["luxe verzuim zonder uren", { verzuimsoort: "luxe-verzuim", uren: null }, []],
    ["absoluut verzuim zonder school", { verzuimsoort: "absoluut-verzuim", uren: null, schoolId: null }, []],
    [
      "absoluut verzuim met school",
      { verzuimsoort: "absoluut-verzuim", uren: null },
      ["absoluut-verzuim-geen-school"],
    ],
    ["geen school bij ongeoorloofd", { schoolId: null }, ["school-bekend"]],
    ["datum in de toekomst", { datum: "2026-05-02" }, ["datum-niet-in-toekomst"]],
  ])("%s", (_naam, m, verwacht) => {
    expect(toets(m)).toEqual(verwacht);
  });
  it("onbekende school", () => expect(toets({}, leerling, false)).toEqual(["school-bekend"]));
  it("geen leerling", () => expect(toets({}, null)).toEqual(["leerling-op-zaak"]));
  it.each([
    ["4 jaar: nog niet leerplichtig", "2021-06-10", ["leerplichtwet-van-toepassing"]],
    ["18 op de meldingsdatum: RMC", "2008-03-02", ["rmc-vanaf-18"]],
    ["de dag vóór de 18e verjaardag: nog kwalificatieplichtig", "2008-03-03", []],
  ])("%s", (_naam, geboren, verwacht) => {
    expect(toets({}, { geboortedatum: geboren })).toEqual(verwacht);
  });
});

describe("volgorde van de verzuimaanpak (seed 004 §5.2)", () => {
  const ctx = (n: number, m: Partial<Melding> = {}, l = leerling) => ({
    melding: { ...melding, ...m },
    leerling: l,
    stappen: stappenTot(n),
    vandaag: VANDAAG,
  });
  it.each<[string, number, StapSoort, string[]]>([
    ["contact met de school na de melding", 1, "contact-school", []],
    [
      "waarschuwingsgesprek overslaan het contact met school",
      1,
      "waarschuwingsgesprek",
      ["leerplicht-volgorde"],
    ],
    ["waarschuwingsgesprek na contact", 2, "waarschuwingsgesprek", []],
    ["officiële waarschuwing na gesprek", 3, "officiele-waarschuwing", []],
    ["MPO zonder terugkoppeling", 4, "mpo", ["leerplicht-volgorde"]],
    ["terugkoppeling na waarschuwing", 4, "terugkoppeling", []],
    ["MPO na terugkoppeling", 5, "mpo", []],
    ["HALT vóór het MPO", 5, "halt", ["leerplicht-volgorde"]],
    ["HALT na het MPO", 6, "halt", []],
    ["proces-verbaal na het MPO", 6, "proces-verbaal", []],
    ["verzuim opgelost na het gesprek", 3, "verzuim-opgelost", []],
    ["tweede melding", 1, "verzuimmelding", ["leerplicht-volgorde"]],
  ])("%s", (_naam, n, soort, verwacht) => {
    expect(regels(toetsStap(ctx(n), { soort, datum: "2026-04-20" }))).toEqual(verwacht);
  });

  it("na HALT volgt niets meer", () => {
    const klaar = { ...ctx(6), stappen: [...stappenTot(6), { soort: "halt" as const, datum: "2026-04-01" }] };
    const [fout] = toetsStap(klaar, { soort: "proces-verbaal", datum: "2026-04-20" });
    expect(fout).toMatchObject({ regel: "leerplicht-volgorde", reden: expect.stringMatching(/afgerond/) });
  });

  it("de weigering noemt de stap die wel volgt", () => {
    const [fout] = toetsStap(ctx(1), { soort: "mpo", datum: "2026-04-20" });
    expect(fout).toMatchObject({ reden: expect.stringContaining('"Contact met de school"') });
  });

  it("absoluut verzuim: geen school om contact mee op te nemen, het gesprek volgt direct", () => {
    expect(volgendeStappen("absoluut-verzuim", stappenTot(1))).toContain("waarschuwingsgesprek");
    expect(volgendeStappen("absoluut-verzuim", stappenTot(1))).not.toContain("contact-school");
    expect(volgendeStappen("luxe-verzuim", stappenTot(1))).toContain("contact-school");
  });

  it.each([
    ["datum vóór de vorige stap", "2026-03-03", ["stap-na-vorige"]],
    ["datum in de toekomst", "2026-05-02", ["datum-niet-in-toekomst"]],
  ])("%s", (_naam, datum, verwacht) => {
    expect(regels(toetsStap(ctx(3), { soort: "officiele-waarschuwing", datum }))).toEqual(verwacht);
  });

  it.each([
    ["HALT voor een kind van 11", "2014-09-15", "halt", ["halt-vanaf-12"]],
    ["HALT op de 12e verjaardag", "2014-04-20", "halt", []],
    ["proces-verbaal voor een kind van 11", "2014-09-15", "proces-verbaal", []],
  ])("%s", (_naam, geboren, soort, verwacht) => {
    expect(
      regels(
        toetsStap(ctx(6, {}, { geboortedatum: geboren }), { soort: soort as StapSoort, datum: "2026-04-20" }),
      ),
    ).toEqual(verwacht);
  });

  describe("18 jaar worden tijdens de aanpak", () => {
    const bijna18 = { geboortedatum: "2008-04-20" }; // 18 op 2026-04-20
    it.each<[string, string, StapSoort, string[]]>([
      ["MPO de dag vóór de 18e verjaardag", "2026-04-19", "mpo", []],
      ["MPO op de 18e verjaardag", "2026-04-20", "mpo", ["rmc-vanaf-18"]],
      ["overdracht RMC op de 18e verjaardag", "2026-04-20", "overgedragen-rmc", []],
      ["overdracht RMC zes weken vóór (signaal)", "2026-03-09", "overgedragen-rmc", []],
      ["overdracht RMC eerder dan het signaal", "2026-03-08", "overgedragen-rmc", ["rmc-vanaf-18"]],
      ["afsluiten na 18 mag", "2026-04-25", "verzuim-opgelost", []],
    ])("%s", (_naam, datum, soort, verwacht) => {
      expect(regels(toetsStap(ctx(5, {}, bijna18), { soort, datum }))).toEqual(verwacht);
    });
  });
});

describe("onderliggende problematiek: bij elke stap", () => {
  it.each([
    ["na de melding", 1, "2026-04-01", []],
    ["na het MPO", 6, "2026-04-01", []],
    ["zonder melding", 0, "2026-04-01", ["doorverwijzing-na-melding"]],
    ["vóór de melding", 1, "2026-03-01", ["stap-na-vorige"]],
  ])("%s", (_naam, n, datum, verwacht) => {
    expect(regels(toetsDoorverwijzing(stappenTot(n as number), datum, VANDAAG))).toEqual(verwacht);
  });
  it("niet meer na HALT", () => {
    const klaar = [...stappenTot(6), { soort: "halt" as const, datum: "2026-04-01" }];
    expect(regels(toetsDoorverwijzing(klaar, "2026-04-02", VANDAAG))).toEqual(["doorverwijzing-lopend"]);
  });
});
