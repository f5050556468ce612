import { describe, expect, it } from "vitest";
import {
  contactweken,
  doelgroepVan,
  eindeZoekperiode,
  LEEG_TRAJECT,
  toetsAfzien,
  toetsContact,
  toetsIntake,
  toetsPlan,
  toetsStap,
  type Werktraject,
} from "./jongeren";

// Melding at Werk.nl on Monday 2 March 2026: weeks 2–8, 9–15, 16–22, 23–29 March; the zoekperiode ends 30 March.
const MELDING = "2026-03-02";
const jongere = { melding: MELDING, doelgroep: "jongere" as const };
const fouten = (u: { ok: boolean; regel?: string }[]) => u.flatMap((x) => (x.ok ? [] : [x.regel]));

describe("doelgroep (Pw art. 41 lid 4: de leeftijd bij de melding)", () => {
  it.each([
    ["2000-03-03", "jongere", "26 op de dag van de melding, 27 de dag erna"],
    ["1999-03-02", "volwassene", "27 geworden op de dag van de melding"],
    ["2008-03-01", "jongere", "net 18"],
    [null, "onbekend", "geen geboortedatum"],
  ])("%s → %s (%s)", (geboren, verwacht, _uitleg) => {
    expect(doelgroepVan(geboren, MELDING)).toBe(verwacht);
  });
});

describe("de vier contactweken", () => {
  it("zoekperiode eindigt 4 weken na de melding", () => {
    expect(eindeZoekperiode(MELDING)).toBe("2026-03-30");
  });

  it.each([
    // vandaag, contacten, standen per week
    ["2026-03-02", [], ["loopt", "komt", "komt", "komt"]],
    ["2026-03-10", ["2026-03-04"], ["gehad", "loopt", "komt", "komt"]],
    ["2026-03-17", ["2026-03-04"], ["gehad", "gemist", "loopt", "komt"]],
    [
      "2026-03-30",
      ["2026-03-08", "2026-03-09", "2026-03-22", "2026-03-29"],
      ["gehad", "gehad", "gehad", "gehad"],
    ],
    ["2026-04-15", ["2026-03-30"], ["gemist", "gemist", "gemist", "gemist"]],
  ])("op %s met %j: %j", (vandaag, contacten, standen) => {
    const weken = contactweken(
      MELDING,
      contacten.map((op) => ({ op })),
      vandaag,
    );
    expect(weken.map((w) => w.stand)).toEqual(standen);
    expect(weken.map((w) => [w.van, w.tot])).toEqual([
      ["2026-03-02", "2026-03-08"],
      ["2026-03-09", "2026-03-15"],
      ["2026-03-16", "2026-03-22"],
      ["2026-03-23", "2026-03-29"],
    ]);
  });
});

describe("regels", () => {
  const metIntake: Werktraject = { ...LEEG_TRAJECT, intakeOp: "2026-03-30" };

  it.each([
    ["een contact in de zoekperiode", LEEG_TRAJECT, jongere, "2026-03-03", "2026-03-05", []],
    ["niet in de toekomst", LEEG_TRAJECT, jongere, "2026-03-06", "2026-03-05", ["ongeldige-invoer"]],
    ["niet vóór de melding", LEEG_TRAJECT, jongere, "2026-03-01", "2026-03-05", ["ongeldige-invoer"]],
    [
      "niet twee keer op één dag",
      { ...LEEG_TRAJECT, contacten: [{ op: "2026-03-03", wijze: "telefoon" as const }] },
      jongere,
      "2026-03-03",
      "2026-03-05",
      ["contact-bestaat"],
    ],
    [
      "alleen voor jongeren",
      LEEG_TRAJECT,
      { melding: MELDING, doelgroep: "volwassene" as const },
      "2026-03-03",
      "2026-03-05",
      ["zoekperiode-jongeren"],
    ],
  ])("contact: %s", (_, t, s, op, vandaag, verwacht) => {
    expect(fouten(toetsContact(t, s, op, vandaag))).toEqual(verwacht);
  });

  it.each([
    ["intake op de dag dat de zoekperiode eindigt", LEEG_TRAJECT, jongere, "2026-03-30", []],
    [
      "intake tijdens de zoekperiode zonder reden",
      LEEG_TRAJECT,
      jongere,
      "2026-03-29",
      ["intake-na-zoekperiode"],
    ],
    [
      "intake tijdens de zoekperiode na afzien",
      {
        ...LEEG_TRAJECT,
        afzien: {
          op: "2026-03-03",
          reden: "Psychische problemen en schulden",
          afstemming: "hulpverlening-betrokken" as const,
        },
      },
      jongere,
      "2026-03-04",
      [],
    ],
    [
      "volwassene: geen zoekperiode",
      LEEG_TRAJECT,
      { melding: MELDING, doelgroep: "volwassene" as const },
      "2026-03-03",
      [],
    ],
    ["niet twee keer", metIntake, jongere, "2026-04-01", ["intake-al-geweest"]],
  ])("intake: %s", (_, t, s, op, verwacht) => {
    expect(fouten(toetsIntake(t, s, op, "2026-04-15"))).toEqual(verwacht);
  });

  it("afzien: met een reden, vóór de intake, één keer", () => {
    const a = { op: "2026-03-03", reden: "Psychische problemen en schulden" };
    expect(fouten(toetsAfzien(LEEG_TRAJECT, jongere, a, "2026-03-05"))).toEqual([]);
    expect(fouten(toetsAfzien(LEEG_TRAJECT, jongere, { ...a, reden: "kort" }, "2026-03-05"))).toEqual([
      "ongeldige-invoer",
    ]);
    expect(fouten(toetsAfzien(metIntake, jongere, a, "2026-04-05"))).toEqual(["intake-al-geweest"]);
  });

  it.each([
    ["na de intake", metIntake, "2026-03-31", "2026-06-30", []],
    ["zonder intake", LEEG_TRAJECT, "2026-03-31", "2026-06-30", ["plan-na-intake"]],
    ["vóór de intake", metIntake, "2026-03-29", "2026-06-30", ["plan-na-intake"]],
    ["voortgang niet vóór het plan", metIntake, "2026-03-31", "2026-03-31", ["ongeldige-invoer"]],
  ])("plan van aanpak: %s", (_, t, opgesteldOp, voortgangOp, verwacht) => {
    const p = { opgesteldOp, voortgangOp, afspraken: "Solliciteert bij twee bedrijven per week" };
    expect(fouten(toetsPlan(t, { melding: MELDING }, p, "2026-04-15"))).toEqual(verwacht);
  });
});

describe("actieplan van een volwassene (004 §9.2)", () => {
  const volwassene = { doelgroep: "volwassene" as const };
  const na: Werktraject = { ...LEEG_TRAJECT, intakeOp: "2026-03-04" };
  const stap = { doel: "Twee dagen per week in de kringloopwinkel", evaluatieOp: "2026-06-01" };
  it.each([
    ["na de intake, evaluatie later", na, volwassene, stap, []],
    ["niet vóór de intake", LEEG_TRAJECT, volwassene, stap, ["plan-na-intake"]],
    ["niet voor een jongere", na, jongere, stap, ["actieplan-volwassenen"]],
    [
      "evaluatie niet vandaag of eerder",
      na,
      volwassene,
      { ...stap, evaluatieOp: "2026-03-18" },
      ["ongeldige-invoer"],
    ],
    ["met een doel", na, volwassene, { ...stap, doel: "ja" }, ["ongeldige-invoer"]],
  ])("%s", (_, t, s, st, verwacht) => {
    expect(fouten(toetsStap(t, s, st, "2026-03-18"))).toEqual(verwacht);
  });
});
