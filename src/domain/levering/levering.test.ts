import { describe, expect, it } from "vitest";
import {
  geplandEinde,
  type LeveringBesluit,
  type LeveringToewijzing,
  toetsStartLevering,
  volgendeLeveringsstap,
} from "./levering";

const VANDAAG = "2026-06-15";
const zin = (over: Partial<LeveringBesluit> = {}): LeveringBesluit => ({
  id: "b1",
  soort: "toekenning",
  leveringsvorm: "zin",
  producten: [{ ingangsdatum: "2026-06-01", einddatum: "2026-12-31" }],
  ...over,
});
const pgb = (over: Partial<LeveringBesluit> = {}) => zin({ leveringsvorm: "pgb", ...over });
const tw = (over: Partial<LeveringToewijzing> = {}): LeveringToewijzing => ({
  besluitId: "b1",
  ingangsdatum: "2026-06-01",
  einddatum: "2026-12-31",
  redenWijziging: null,
  zorgGestartOp: null,
  zorgGestoptOp: null,
  ...over,
});

describe("volgendeLeveringsstap", () => {
  const gevallen: {
    naam: string;
    status: string;
    besluit: LeveringBesluit | null;
    toewijzingen: LeveringToewijzing[];
    verwacht: null | { actie: string; datum: string; einde?: string; eindigtOp?: string | null };
  }[] = [
    {
      naam: "ZIN zonder startbericht: nog geen levering",
      status: "besluit",
      besluit: zin(),
      toewijzingen: [tw()],
      verwacht: null,
    },
    {
      naam: "ZIN met 305: levering vanaf de Begindatum, gepland einde de einddatum",
      status: "besluit",
      besluit: zin(),
      toewijzingen: [tw({ zorgGestartOp: "2026-06-03" })],
      verwacht: { actie: "start-levering", datum: "2026-06-03", eindigtOp: "2026-12-31" },
    },
    {
      naam: "twee toewijzingen: de vroegste start telt; één zonder einddatum: geen gepland einde",
      status: "besluit",
      besluit: zin(),
      toewijzingen: [
        tw({ zorgGestartOp: "2026-06-10" }),
        tw({ zorgGestartOp: "2026-06-04", einddatum: null }),
      ],
      verwacht: { actie: "start-levering", datum: "2026-06-04", eindigtOp: null },
    },
    {
      naam: "305 met een Begindatum in de toekomst: nog niet",
      status: "besluit",
      besluit: zin(),
      toewijzingen: [tw({ zorgGestartOp: "2026-06-16" })],
      verwacht: null,
    },
    {
      naam: "305 op een toewijzing van een eerder besluit telt niet",
      status: "besluit",
      besluit: zin({ id: "b2" }),
      toewijzingen: [tw({ zorgGestartOp: "2026-06-03" })],
      verwacht: null,
    },
    {
      naam: "beëindigingsbesluit: geen levering",
      status: "besluit",
      besluit: zin({ soort: "beeindiging" }),
      toewijzingen: [tw({ zorgGestartOp: "2026-06-03" })],
      verwacht: null,
    },
    {
      naam: "PGB start nooit vanzelf",
      status: "besluit",
      besluit: pgb(),
      toewijzingen: [],
      verwacht: null,
    },
    {
      naam: "levering loopt: toewijzing gestart, niet gestopt",
      status: "levering",
      besluit: zin(),
      toewijzingen: [tw({ zorgGestartOp: "2026-06-03" })],
      verwacht: null,
    },
    {
      naam: "307 voor de laatste lopende toewijzing: evaluatie vanaf de Einddatum",
      status: "levering",
      besluit: zin(),
      toewijzingen: [tw({ zorgGestartOp: "2026-06-03", zorgGestoptOp: "2026-06-14" })],
      verwacht: { actie: "start-evaluatie", datum: "2026-06-14", einde: "stopbericht" },
    },
    {
      naam: "307 met de Einddatum vandaag (laatste zorgdag): beëindigd",
      status: "levering",
      besluit: zin(),
      toewijzingen: [tw({ zorgGestartOp: "2026-06-03", zorgGestoptOp: VANDAAG })],
      verwacht: { actie: "start-evaluatie", datum: VANDAAG, einde: "stopbericht" },
    },
    {
      naam: "307 met een Einddatum in de toekomst: loopt nog",
      status: "levering",
      besluit: zin(),
      toewijzingen: [tw({ zorgGestartOp: "2026-06-03", zorgGestoptOp: "2026-06-20" })],
      verwacht: null,
    },
    {
      naam: "307 voor één van twee toewijzingen: loopt nog",
      status: "levering",
      besluit: zin(),
      toewijzingen: [tw({ zorgGestartOp: "2026-06-03", zorgGestoptOp: "2026-06-10" }), tw()],
      verwacht: null,
    },
    {
      naam: "einddatum gisteren verstreken: evaluatie vanaf de einddatum",
      status: "levering",
      besluit: zin(),
      toewijzingen: [tw({ zorgGestartOp: "2026-01-03", einddatum: "2026-06-14" })],
      verwacht: { actie: "start-evaluatie", datum: "2026-06-14", einde: "einddatum" },
    },
    {
      naam: "einddatum vandaag: vandaag is nog een zorgdag",
      status: "levering",
      besluit: zin(),
      toewijzingen: [tw({ zorgGestartOp: "2026-01-03", einddatum: VANDAAG })],
      verwacht: null,
    },
    {
      naam: "gemengd: het laatste einde bepaalt datum en reden",
      status: "levering",
      besluit: zin(),
      toewijzingen: [
        tw({ zorgGestartOp: "2026-01-03", zorgGestoptOp: "2026-06-01" }),
        tw({ zorgGestartOp: "2026-01-03", einddatum: "2026-06-12" }),
      ],
      verwacht: { actie: "start-evaluatie", datum: "2026-06-12", einde: "einddatum" },
    },
    {
      naam: "een verwijderde toewijzing (reden 13) telt niet mee",
      status: "levering",
      besluit: zin(),
      toewijzingen: [
        tw({ zorgGestartOp: "2026-06-03", zorgGestoptOp: "2026-06-10" }),
        tw({ redenWijziging: "13", einddatum: "2026-07-01", ingangsdatum: "2026-07-01" }),
      ],
      verwacht: { actie: "start-evaluatie", datum: "2026-06-10", einde: "stopbericht" },
    },
    {
      naam: "PGB: einddatum van alle producten verstreken",
      status: "levering",
      besluit: pgb({
        producten: [
          { ingangsdatum: "2026-01-01", einddatum: "2026-03-31" },
          { ingangsdatum: "2026-01-01", einddatum: "2026-06-13" },
        ],
      }),
      toewijzingen: [],
      verwacht: { actie: "start-evaluatie", datum: "2026-06-13", einde: "einddatum" },
    },
    {
      naam: "PGB: één product loopt nog",
      status: "levering",
      besluit: pgb({
        producten: [
          { ingangsdatum: "2026-01-01", einddatum: "2026-03-31" },
          { ingangsdatum: "2026-01-01", einddatum: null },
        ],
      }),
      toewijzingen: [],
      verwacht: null,
    },
    {
      naam: "evaluatie: de levering doet niets",
      status: "evaluatie",
      besluit: zin(),
      toewijzingen: [tw({ zorgGestartOp: "2026-06-03", zorgGestoptOp: "2026-06-10" })],
      verwacht: null,
    },
    {
      naam: "bezwaar: geen start",
      status: "bezwaar",
      besluit: zin(),
      toewijzingen: [tw({ zorgGestartOp: "2026-06-03" })],
      verwacht: null,
    },
  ];
  it.each(gevallen)("$naam", ({ status, besluit, toewijzingen, verwacht }) => {
    const stap = volgendeLeveringsstap({ status, besluit, toewijzingen, vandaag: VANDAAG });
    if (verwacht === null) expect(stap).toBeNull();
    else expect(stap).toMatchObject(verwacht);
  });
});

describe("toetsStartLevering (PGB)", () => {
  const gevallen: { naam: string; besluit: LeveringBesluit | null; datum: string; regel: string | null }[] = [
    { naam: "PGB op de ingangsdatum", besluit: pgb(), datum: "2026-06-01", regel: null },
    { naam: "PGB vandaag", besluit: pgb(), datum: VANDAAG, regel: null },
    { naam: "vóór de ingangsdatum", besluit: pgb(), datum: "2026-05-31", regel: "start-vanaf-ingangsdatum" },
    { naam: "in de toekomst", besluit: pgb(), datum: "2026-06-16", regel: "datum-niet-in-toekomst" },
    {
      naam: "na de einddatum",
      besluit: pgb({ producten: [{ ingangsdatum: "2026-01-01", einddatum: "2026-03-31" }] }),
      datum: "2026-04-01",
      regel: "start-voor-einddatum",
    },
    { naam: "ZIN start met de 305", besluit: zin(), datum: VANDAAG, regel: "zin-start-met-305" },
    { naam: "geen besluit", besluit: null, datum: VANDAAG, regel: "besluit-in-kracht" },
    { naam: "afwijzing", besluit: pgb({ soort: "afwijzing" }), datum: VANDAAG, regel: "besluit-in-kracht" },
  ];
  it.each(gevallen)("$naam", ({ besluit, datum, regel }) => {
    const uitkomst = toetsStartLevering({ besluit, datum, vandaag: VANDAAG });
    if (regel === null) expect(uitkomst).toEqual({ ok: true, eindigtOp: "2026-12-31" });
    else expect(uitkomst).toMatchObject({ ok: false, overtreding: { regel, veld: "datum" } });
  });

  it("noemt de ingangsdatum in Nederlandse notatie", () => {
    const uitkomst = toetsStartLevering({ besluit: pgb(), datum: "2026-05-01", vandaag: VANDAAG });
    expect(uitkomst.ok ? "" : uitkomst.overtreding.melding).toContain("1-6-2026");
  });
});

describe("geplandEinde", () => {
  it.each([
    [[], null],
    [[{ einddatum: "2026-01-01" }, { einddatum: "2026-03-01" }], "2026-03-01"],
    [[{ einddatum: "2026-01-01" }, { einddatum: null }], null],
  ] as const)("%j → %s", (perioden, verwacht) => {
    expect(geplandEinde(perioden)).toBe(verwacht);
  });
});
