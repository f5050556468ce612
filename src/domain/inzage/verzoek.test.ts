import { describe, expect, it } from "vitest";
import { antwoordUiterlijk, inzageVoorAnderMag } from "./verzoek";

describe("antwoord op een inzageverzoek (AVG art. 12 lid 3, Verordening 1182/71 art. 3)", () => {
  it.each([
    // The same date a month later (Friday 10 April 2026).
    ["2026-03-10", "2026-04-10"],
    // 28 February 2026 is a Saturday: the period ends on Monday 2 March.
    ["2026-01-31", "2026-03-02"],
    // Leap year: 31 January 2028 → 29 February 2028 (a Tuesday).
    ["2028-01-31", "2028-02-29"],
    // 30 March 2026 → 30 April 2026 (Thursday).
    ["2026-03-30", "2026-04-30"],
    // 27 March 2026 → 27 April 2026 is Koningsdag → Tuesday 28 April.
    ["2026-03-27", "2026-04-28"],
    // 25 November 2026 → 25 December (Eerste Kerstdag, Friday) → Monday 28 December (Tweede Kerstdag is 26th, Saturday).
    ["2026-11-25", "2026-12-28"],
    // 4 December 2026 → Monday 4 January 2027.
    ["2026-12-04", "2027-01-04"],
  ])("%s → %s", (ontvangen, verwacht) => {
    expect(antwoordUiterlijk(ontvangen)).toBe(verwacht);
  });
});

describe("inzage vragen voor een ander (UAVG art. 5)", () => {
  it.each([
    ["uzelf", 40, true],
    ["gezag", 9, true],
    ["gezag", 15, true],
    ["gezag", 16, false],
    ["gezag", 17, false],
    ["wettelijk-vertegenwoordiger", 70, true],
  ] as const)("%s, %i jaar → %s", (grond, leeftijd, mag) => {
    expect(inzageVoorAnderMag(grond, leeftijd) === null).toBe(mag);
  });
});
