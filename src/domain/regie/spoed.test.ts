import { describe, expect, it } from "vitest";
import { binnenKantoortijd, spoedStatus, terugNaarRegiegroep, toetsOverdracht } from "./spoed";

// [what, hand-over (Dutch clock with offset), inside office hours?, back at the Regiegroep (UTC)]
const TABEL: [string, string, boolean, string][] = [
  ["vrijdagavond → maandag", "2026-05-29T18:00:00+02:00", false, "2026-06-01T06:30:00.000Z"],
  ["woensdag 17.00 precies → donderdag", "2026-05-20T17:00:00+02:00", false, "2026-05-21T06:30:00.000Z"],
  ["woensdag 16.59 is nog kantoortijd", "2026-05-20T16:59:00+02:00", true, "2026-05-21T06:30:00.000Z"],
  ["dinsdag 8.30 precies is kantoortijd", "2026-05-19T08:30:00+02:00", true, "2026-05-20T06:30:00.000Z"],
  ["dinsdagochtend 7.00 → dezelfde dag 8.30", "2026-05-19T07:00:00+02:00", false, "2026-05-19T06:30:00.000Z"],
  ["avond vóór Hemelvaartsdag → vrijdag", "2026-05-13T19:00:00+02:00", false, "2026-05-15T06:30:00.000Z"],
  [
    "zaterdag vóór Tweede Pinksterdag → dinsdag",
    "2026-05-23T10:00:00+02:00",
    false,
    "2026-05-26T06:30:00.000Z",
  ],
  ["Koningsdag overdag → dinsdag", "2026-04-27T12:00:00+02:00", false, "2026-04-28T06:30:00.000Z"],
  [
    "avond vóór Goede Vrijdag → vrijdag (gewone werkdag)",
    "2026-04-02T20:00:00+02:00",
    false,
    "2026-04-03T06:30:00.000Z",
  ],
  ["kerstavond → maandag 28 december", "2026-12-24T22:00:00+01:00", false, "2026-12-28T07:30:00.000Z"],
  [
    "zaterdag vóór zomertijd → maandag 8.30 zomertijd",
    "2026-03-28T23:00:00+01:00",
    false,
    "2026-03-30T06:30:00.000Z",
  ],
  [
    "nacht op Nieuwjaarsdag → vrijdag 2 januari",
    "2026-01-01T01:00:00+01:00",
    false,
    "2026-01-02T07:30:00.000Z",
  ],
];

describe("Spoed voor Jeugd: kantoortijd en terug naar de Regiegroep", () => {
  it.each(TABEL)("%s", (_wat, moment, binnen, terug) => {
    expect(binnenKantoortijd(moment)).toBe(binnen);
    expect(terugNaarRegiegroep(moment).moment).toBe(terug);
  });

  it("de terugkeerdatum is een Nederlandse kalenderdatum", () => {
    expect(terugNaarRegiegroep("2026-05-29T23:30:00+02:00").datum).toBe("2026-06-01");
  });

  it("de status volgt de klok: tot 8.30 bij Spoed voor Jeugd, daarna terug", () => {
    const op = "2026-05-29T18:00:00+02:00";
    expect(spoedStatus(op, "2026-06-01T06:29:59.000Z")).toBe("bij-spoed-voor-jeugd");
    expect(spoedStatus(op, "2026-06-01T06:30:00.000Z")).toBe("terug-bij-regiegroep");
  });

  it("overdracht: niet in de toekomst (400), niet binnen kantoortijd (422)", () => {
    const nu = "2026-05-20T20:00:00+02:00";
    expect(toetsOverdracht("2026-05-20T19:00:00+02:00", nu)).toEqual([]);
    expect(toetsOverdracht("2026-05-20T21:00:00+02:00", nu)).toMatchObject([
      { regel: "moment-niet-in-toekomst", ongeldig: true },
    ]);
    expect(toetsOverdracht("2026-05-20T10:00:00+02:00", nu)).toMatchObject([
      { regel: "spoed-buiten-kantoortijd", veld: "overgedragenOp" },
    ]);
  });
});
