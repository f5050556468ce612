import { describe, expect, it } from "vitest";
import { vanLokaal } from "./tijd";
import { vrijeTijden, type Zoekvraag } from "./vrije-tijden";

const L = "locatie-1";
// Monday 20 April 2026 and Tuesday 21 April; Monday 27 April is Koningsdag.
const basis: Zoekvraag = {
  vanaf: "2026-04-20",
  dagen: 1,
  duurMinuten: 60,
  werktijden: [{ weekdag: 1, van: "09:00", tot: "11:00", locatieId: L }],
  locatieId: L,
  bezet: [],
  nu: new Date("2026-04-19T12:00:00Z"),
  max: 20,
};
const tijden = (v: Partial<Zoekvraag>) =>
  vrijeTijden({ ...basis, ...v }).map((t) => `${t.datum} ${t.begintijd}`);
const periode = (datum: string, van: string, tot: string) => ({
  begin: vanLokaal(datum, van) as Date,
  eind: vanLokaal(datum, tot) as Date,
});

describe("vrije tijden in de agenda", () => {
  it("elk half uur binnen het blok, zo lang als de afspraak", () => {
    expect(tijden({})).toEqual(["2026-04-20 09:00", "2026-04-20 09:30", "2026-04-20 10:00"]);
  });
  it("niet over een bestaande afspraak heen (half open: 10:00 mag na een afspraak tot 10:00)", () => {
    expect(tijden({ bezet: [periode("2026-04-20", "09:15", "10:00")] })).toEqual(["2026-04-20 10:00"]);
  });
  it("niet in het verleden", () => {
    expect(tijden({ nu: new Date("2026-04-20T07:15:00Z") })).toEqual([
      "2026-04-20 09:30",
      "2026-04-20 10:00",
    ]);
  });
  it("alleen blokken op dezelfde locatie", () => {
    expect(tijden({ locatieId: "elders" })).toEqual([]);
  });
  it("niet op een feestdag (Koningsdag 27 april)", () => {
    expect(tijden({ vanaf: "2026-04-27", dagen: 8 })).toEqual([
      "2026-05-04 09:00",
      "2026-05-04 09:30",
      "2026-05-04 10:00",
    ]);
  });
  it("een blok dat niet op het halve uur begint, begint bij het volgende halve uur", () => {
    expect(tijden({ werktijden: [{ weekdag: 1, van: "09:10", tot: "11:00", locatieId: L }] })).toEqual([
      "2026-04-20 09:30",
      "2026-04-20 10:00",
    ]);
  });
  it("hoogstens max tijden", () => {
    expect(tijden({ dagen: 15, max: 4 })).toEqual([
      "2026-04-20 09:00",
      "2026-04-20 09:30",
      "2026-04-20 10:00",
      "2026-05-04 09:00",
    ]);
  });
});
