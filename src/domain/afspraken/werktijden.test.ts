import { describe, expect, it } from "vitest";
import { naarLokaal, vanLokaal } from "./tijd";
import { binnenWerktijden, valideerWerktijden, type Werktijd } from "./werktijden";

const patroon: Werktijd[] = [
  { weekdag: 1, van: "08:30", tot: "12:00", locatieId: "gemeentehuis" },
  { weekdag: 1, van: "13:00", tot: "17:00", locatieId: "wijk" },
  { weekdag: 3, van: "08:30", tot: "17:00", locatieId: null },
];

const lokaal = (datum: string, tijd: string) => {
  const moment = vanLokaal(datum, tijd);
  if (!moment) throw new Error("bestaat niet");
  return naarLokaal(moment);
};

describe("werktijden", () => {
  it.each([
    ["binnen het ochtendblok", "2026-01-05", "09:00", "10:00", true, ""],
    ["precies het hele blok", "2026-01-05", "08:30", "12:00", true, ""],
    ["over de lunch heen", "2026-01-05", "11:30", "13:30", false, "08:30–12:00 en 13:00–17:00"],
    ["voor het begin", "2026-01-05", "08:00", "09:00", false, "buiten de werktijden"],
    ["op een dag zonder werktijden", "2026-01-06", "10:00", "11:00", false, "werkt niet op dinsdag"],
    ["op woensdag", "2026-01-07", "16:00", "17:00", true, ""],
    ["op Koningsdag", "2026-04-27", "10:00", "11:00", false, "feestdag"],
    ["in de zomer (zomertijd)", "2026-07-06", "09:00", "10:00", true, ""],
  ])("%s", (_naam, datum, van, tot, ok, reden) => {
    const uitkomst = binnenWerktijden(patroon, lokaal(datum, van), lokaal(datum, tot), "Rianne");
    expect(uitkomst.ok).toBe(ok);
    if (!uitkomst.ok) {
      expect(uitkomst.reden).toContain(reden);
      expect(uitkomst.reden).toContain("regel:");
    }
  });

  it("weigert een afspraak over middernacht", () => {
    const uitkomst = binnenWerktijden(
      [{ weekdag: 1, van: "00:00", tot: "23:59", locatieId: null }],
      lokaal("2026-01-05", "23:00"),
      lokaal("2026-01-06", "01:00"),
      "R",
    );
    expect(uitkomst).toMatchObject({ ok: false });
  });

  it.each([
    ["een goed patroon", patroon, []],
    ["eind voor begin", [{ weekdag: 2, van: "12:00", tot: "09:00", locatieId: null }], ["werktijden.0.tot"]],
    ["ongeldige tijd", [{ weekdag: 2, van: "9:00", tot: "12:00", locatieId: null }], ["werktijden.0.van"]],
    [
      "overlappende blokken op één dag",
      [
        { weekdag: 2, van: "09:00", tot: "12:00", locatieId: null },
        { weekdag: 2, van: "11:00", tot: "14:00", locatieId: null },
      ],
      ["werktijden.1.van"],
    ],
    [
      "aansluitende blokken mogen",
      [
        { weekdag: 2, van: "09:00", tot: "12:00", locatieId: null },
        { weekdag: 2, van: "12:00", tot: "14:00", locatieId: null },
      ],
      [],
    ],
    [
      "te veel blokken",
      Array.from({ length: 22 }, (_, i) => ({
        weekdag: ((i % 7) + 1) as Werktijd["weekdag"],
        van: `0${Math.floor(i / 7)}:00`,
        tot: `0${Math.floor(i / 7)}:30`,
        locatieId: null,
      })),
      ["werktijden"],
    ],
  ] as const)("valideert %s", (_naam, werktijden, velden) => {
    expect(valideerWerktijden(werktijden).map((f) => f.veld)).toEqual(velden);
  });
});
