import { describe, expect, it } from "vitest";
import { berekenTermijnen } from "../termijnen/bereken";
import { maakKalender } from "../termijnen/kalender";
import {
  eindeSchooljaar,
  leerplichtVanaf,
  plichtOp,
  rmcInZicht,
  rmcOverdracht,
  verjaardag,
  volledigeLeerplichtTot,
} from "./leeftijd";

describe("leerplicht vanaf (Leerplichtwet 1969 art. 3 lid 1: de maand volgende op die van de vijfde verjaardag)", () => {
  it.each([
    ["midden in de maand", "2020-03-12", "2025-04-01"],
    ["geboren op de 1e: niet dezelfde maand, de maand erna", "2020-10-01", "2025-11-01"],
    ["geboren op de laatste dag van de maand", "2020-01-31", "2025-02-01"],
    ["december: de leerplicht begint in januari van het volgende jaar", "2020-12-15", "2026-01-01"],
    ["29 februari: vijf jaar op 1 maart (geen schrikkeljaar), dus april", "2020-02-29", "2025-04-01"],
    ["28 februari in een schrikkeljaar: maart", "2019-02-28", "2024-03-01"],
  ])("%s", (_naam, geboren, vanaf) => {
    expect(leerplichtVanaf(geboren)).toBe(vanaf);
  });
});

describe("verjaardag en schooljaar (art. 1: 1 augustus – 31 juli)", () => {
  it.each([
    ["2008-02-29", 18, "2026-03-01"],
    ["2008-02-29", 16, "2024-02-29"],
    ["2008-06-01", 18, "2026-06-01"],
  ])("geboren %s wordt %i op %s", (geboren, jaren, dag) => {
    expect(verjaardag(geboren, jaren)).toBe(dag);
  });
  it.each([
    ["2026-07-31", "2026-07-31"],
    ["2026-08-01", "2027-07-31"],
    ["2026-01-15", "2026-07-31"],
  ])("%s valt in het schooljaar dat eindigt op %s", (dag, einde) => {
    expect(eindeSchooljaar(dag)).toBe(einde);
  });
});

describe("volledige leerplicht tot (art. 4 lid 1: einde schooljaar van de 16e verjaardag of na 12 volledige schooljaren)", () => {
  it.each([
    ["16 in het voorjaar: einde van dat schooljaar", { geboortedatum: "2010-03-10" }, "2026-07-31"],
    [
      "16 op 1 augustus: einde van het schooljaar dat dan begint",
      { geboortedatum: "2010-08-01" },
      "2027-07-31",
    ],
    ["16 op 31 juli: dezelfde dag", { geboortedatum: "2010-07-31" }, "2026-07-31"],
    [
      "twaalf volledige schooljaren eerder voorbij",
      { geboortedatum: "2010-09-20", eersteVolledigeSchooljaarVanaf: "2014-08-01" },
      "2026-07-31",
    ],
    [
      "twaalf schooljaren later dan de 16e verjaardag: de 16 telt",
      { geboortedatum: "2010-03-10", eersteVolledigeSchooljaarVanaf: "2016-08-01" },
      "2026-07-31",
    ],
  ])("%s", (_naam, leerling, tot) => {
    expect(volledigeLeerplichtTot(leerling)).toBe(tot);
  });
});

describe("plicht op een datum", () => {
  const leerling = { geboortedatum: "2009-05-20" };
  it.each([
    ["4 jaar", { geboortedatum: "2021-10-01" }, "2026-05-01", "nog-niet-leerplichtig", null],
    [
      "de dag vóór de leerplicht (geboren op de 1e)",
      { geboortedatum: "2021-05-01" },
      "2026-05-31",
      "nog-niet-leerplichtig",
      null,
    ],
    [
      "de eerste dag van de leerplicht",
      { geboortedatum: "2021-05-01" },
      "2026-06-01",
      "leerplichtig",
      "2037-07-31",
    ],
    ["16, schooljaar nog niet om", leerling, "2025-07-31", "leerplichtig", "2025-07-31"],
    [
      "16, na het schooljaar: kwalificatieplichtig",
      leerling,
      "2025-08-01",
      "kwalificatieplichtig",
      "2027-05-19",
    ],
    [
      "startkwalificatie behaald",
      { ...leerling, startkwalificatieOp: "2026-07-01" },
      "2026-07-02",
      "startkwalificatie",
      null,
    ],
    ["de dag vóór de 18e verjaardag", leerling, "2027-05-19", "kwalificatieplichtig", "2027-05-19"],
    ["de 18e verjaardag: RMC", leerling, "2027-05-20", "rmc", null],
    [
      "29 februari: 28 februari nog kwalificatieplichtig",
      { geboortedatum: "2008-02-29" },
      "2026-02-28",
      "kwalificatieplichtig",
      "2026-02-28",
    ],
    ["29 februari: 1 maart 18 jaar", { geboortedatum: "2008-02-29" }, "2026-03-01", "rmc", null],
  ])("%s", (_naam, l, datum, plicht, tot) => {
    expect(plichtOp(l, datum)).toMatchObject({ plicht, tot });
  });
});

describe("overdracht aan het RMC (seed 004 §5.2): signaal zes weken vóór de 18e verjaardag", () => {
  it.each([
    ["2008-06-01", "2026-04-20", "2026-06-01"],
    ["2008-02-29", "2026-01-18", "2026-03-01"],
  ])("geboren %s: signaal vanaf %s, uiterlijk %s", (geboren, signaal, uiterlijk) => {
    expect(rmcOverdracht(geboren)).toEqual({ signaalVanaf: signaal, uiterlijk });
  });
  it("in zicht vanaf 17 jaar", () => {
    expect(rmcInZicht("2009-05-20", "2026-05-19")).toBe(false);
    expect(rmcInZicht("2009-05-20", "2026-05-20")).toBe(true);
  });
});

describe("het RMC-signaal als termijn (termijnen-motor)", () => {
  const feiten = (overdracht: string | null) => ({
    zaaktype: "leerplicht" as const,
    meldingsdatum: "2026-01-05",
    leerplichtRmcSignaalOp: rmcOverdracht("2008-02-29").signaalVanaf,
    leerplichtRmcOverdrachtOp: overdracht,
  });
  it("loopt tot de 18e verjaardag (29 februari → 1 maart), zonder Atw-verschuiving", () => {
    const [t] = berekenTermijnen(feiten(null), "2026-02-01", maakKalender([])).termijnen;
    expect(t).toMatchObject({
      soort: "rmc-overdracht",
      startdatum: "2026-01-18",
      uiterlijkeDatum: "2026-03-01",
      status: "lopend",
    });
  });
  it("is gehaald met de overdracht", () => {
    const [t] = berekenTermijnen(feiten("2026-02-10"), "2026-02-11", maakKalender([])).termijnen;
    expect(t).toMatchObject({ status: "gehaald", afgerondOp: "2026-02-10" });
  });
});
