import { describe, expect, it } from "vitest";
import { type Boekingsaanvraag, beoordeelBoeking, maxGelijktijdig, overlapt, type Periode } from "./boeking";
import type { Werktijd } from "./werktijden";

const t = (iso: string) => new Date(iso);
const p = (van: string, tot: string): Periode => ({ begin: t(van), eind: t(tot) });
const werkweek: Werktijd[] = [1, 2, 3, 4, 5].map((weekdag) => ({
  weekdag: weekdag as Werktijd["weekdag"],
  van: "08:30",
  tot: "17:00",
  locatieId: null,
}));

// Monday 5 January 2026, 10:00–11:00 Dutch time = 09:00–10:00 UTC.
const basis: Boekingsaanvraag = {
  ...p("2026-01-05T09:00:00Z", "2026-01-05T10:00:00Z"),
  nu: t("2026-01-02T12:00:00Z"),
  medewerker: { naam: "Rianne Gieling", werktijden: werkweek },
  afsprakenMedewerker: [],
  locatie: { naam: "Spreekkamer 1", capaciteit: 1 },
  afsprakenLocatie: [],
};

describe("overlap", () => {
  it.each([
    [
      "aansluitend is geen overlap",
      p("2026-01-05T09:00Z", "2026-01-05T10:00Z"),
      p("2026-01-05T10:00Z", "2026-01-05T11:00Z"),
      false,
    ],
    ["deels", p("2026-01-05T09:00Z", "2026-01-05T10:00Z"), p("2026-01-05T09:30Z", "2026-01-05T11:00Z"), true],
    [
      "binnen",
      p("2026-01-05T09:00Z", "2026-01-05T12:00Z"),
      p("2026-01-05T10:00Z", "2026-01-05T11:00Z"),
      true,
    ],
    [
      "ervoor",
      p("2026-01-05T07:00Z", "2026-01-05T08:00Z"),
      p("2026-01-05T09:00Z", "2026-01-05T10:00Z"),
      false,
    ],
  ])("%s", (_naam, a, b, verwacht) => {
    expect(overlapt(a, b)).toBe(verwacht);
    expect(overlapt(b, a)).toBe(verwacht);
  });

  it.each([
    ["niets", [], 0],
    [
      "twee na elkaar",
      [p("2026-01-05T09:00Z", "2026-01-05T09:30Z"), p("2026-01-05T09:30Z", "2026-01-05T10:00Z")],
      1,
    ],
    [
      "twee tegelijk",
      [p("2026-01-05T09:00Z", "2026-01-05T09:45Z"), p("2026-01-05T09:15Z", "2026-01-05T10:00Z")],
      2,
    ],
    [
      "buiten de periode telt niet",
      [p("2026-01-05T08:00Z", "2026-01-05T09:00Z"), p("2026-01-05T10:00Z", "2026-01-05T11:00Z")],
      0,
    ],
    [
      "drie, maximaal twee tegelijk",
      [
        p("2026-01-05T08:00Z", "2026-01-05T09:20Z"),
        p("2026-01-05T09:10Z", "2026-01-05T09:40Z"),
        p("2026-01-05T09:30Z", "2026-01-05T11:00Z"),
      ],
      2,
    ],
  ])("gelijktijdig: %s", (_naam, bestaande, verwacht) => {
    expect(maxGelijktijdig(p("2026-01-05T09:00Z", "2026-01-05T10:00Z"), bestaande)).toBe(verwacht);
  });
});

describe("een afspraak boeken", () => {
  it.each<[string, Partial<Boekingsaanvraag>, string | null, string | undefined]>([
    ["goed", {}, null, undefined],
    ["eind voor begin", p("2026-01-05T10:00:00Z", "2026-01-05T09:00:00Z"), "eind-na-begin", "eindtijd"],
    ["eind gelijk aan begin", p("2026-01-05T10:00:00Z", "2026-01-05T10:00:00Z"), "eind-na-begin", "eindtijd"],
    ["in het verleden", { nu: t("2026-01-05T09:30:00Z") }, "niet-in-verleden", "begintijd"],
    ["langer dan 8 uur", p("2026-01-05T07:00:00Z", "2026-01-05T15:30:00Z"), "maximale-duur", "eindtijd"],
    ["voor 08:30", p("2026-01-05T07:00:00Z", "2026-01-05T08:00:00Z"), "binnen-werktijden", undefined],
    ["op zaterdag", p("2026-01-10T09:00:00Z", "2026-01-10T10:00:00Z"), "binnen-werktijden", undefined],
    [
      "medewerker al bezet",
      { afsprakenMedewerker: [p("2026-01-05T09:30:00Z", "2026-01-05T10:30:00Z")] },
      "medewerker-vrij",
      undefined,
    ],
    [
      "medewerker aansluitend bezet mag",
      { afsprakenMedewerker: [p("2026-01-05T10:00:00Z", "2026-01-05T10:30:00Z")] },
      null,
      undefined,
    ],
    [
      "ruimte met capaciteit 1 bezet",
      { afsprakenLocatie: [p("2026-01-05T08:30:00Z", "2026-01-05T09:30:00Z")] },
      "locatie-capaciteit",
      undefined,
    ],
    [
      "ruimte met capaciteit 2 heeft nog plek",
      {
        locatie: { naam: "Wijkcentrum", capaciteit: 2 },
        afsprakenLocatie: [p("2026-01-05T08:30:00Z", "2026-01-05T09:30:00Z")],
      },
      null,
      undefined,
    ],
    [
      "huisbezoek zonder capaciteit",
      {
        locatie: { naam: "Huisbezoek", capaciteit: null },
        afsprakenLocatie: [p("2026-01-05T09:00:00Z", "2026-01-05T10:00:00Z")],
      },
      null,
      undefined,
    ],
  ])("%s", (_naam, wijziging, regel, veld) => {
    const oordeel = beoordeelBoeking({ ...basis, ...wijziging });
    if (regel === null) {
      expect(oordeel).toEqual({ ok: true });
      return;
    }
    expect(oordeel).toMatchObject({ ok: false, regel });
    if (!oordeel.ok) {
      expect(oordeel.veld).toBe(veld);
      expect(oordeel.reden.length).toBeGreaterThan(10);
    }
  });

  it("noemt de bezette tijd in Nederlandse tijd", () => {
    const oordeel = beoordeelBoeking({
      ...basis,
      afsprakenMedewerker: [p("2026-01-05T09:30:00Z", "2026-01-05T10:30:00Z")],
    });
    expect(oordeel.ok ? "" : oordeel.reden).toContain("10:30–11:30");
  });
});
