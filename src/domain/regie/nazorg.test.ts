import { describe, expect, it } from "vitest";
import { allesOpen, dagenTotVerwacht, type Nazorg, nazorgStatus, openPunten, toetsNazorg } from "./nazorg";

const VANDAAG = "2026-05-20";
const basis: Nazorg = {
  zelfmelder: false,
  gemeldOp: "2026-05-01",
  verwachtOp: "2026-08-01",
  piContact: { naam: "J. de PI", op: "2026-05-04" },
  achterblijvers: "Partner en twee kinderen",
  punten: allesOpen(),
};

// [what, change, the rules broken]
const TABEL: [string, Partial<Nazorg>, string[]][] = [
  ["alles klopt", {}, []],
  ["melding vandaag mag", { gemeldOp: VANDAAG, piContact: null, verwachtOp: null }, []],
  [
    "melding in de toekomst",
    { gemeldOp: "2026-05-21", piContact: null, verwachtOp: null },
    ["nazorg-melding-niet-in-toekomst"],
  ],
  ["vrijlating vóór melding", { verwachtOp: "2026-04-30" }, ["nazorg-verwacht-na-melding"]],
  ["vrijlating op de dag van melding mag", { verwachtOp: "2026-05-01" }, []],
  ["contact vóór de melding", { piContact: { naam: "X", op: "2026-04-30" } }, ["nazorg-contact-na-melding"]],
  [
    "contact in de toekomst",
    { piContact: { naam: "X", op: "2026-05-21" } },
    ["nazorg-contact-niet-in-toekomst"],
  ],
  ["zelfmelder zonder PI-contact", { zelfmelder: true, piContact: null }, []],
  ["zelfmelder met PI-contact", { zelfmelder: true }, ["nazorg-zelfmelder-geen-pi"]],
];

describe("nazorg ex-gedetineerden: de data passen bij elkaar", () => {
  it.each(TABEL)("%s", (_wat, wijziging, regels) => {
    expect(toetsNazorg({ ...basis, ...wijziging }, VANDAAG).map((u) => (u.ok ? "" : u.regel))).toEqual(
      regels,
    );
  });

  it("de vijf punten: geregeld zodra er geen meer open staat (n.v.t. telt als afgehandeld)", () => {
    expect(nazorgStatus(basis)).toBe("loopt");
    expect(openPunten(basis)).toHaveLength(5);
    const punten = {
      ...allesOpen(),
      identiteitsbewijs: "geregeld",
      inkomen: "geregeld",
      huisvesting: "nvt",
      zorg: "geregeld",
    } as const;
    expect(nazorgStatus({ punten })).toBe("loopt");
    expect(openPunten({ punten })).toEqual(["schulden"]);
    expect(nazorgStatus({ punten: { ...punten, schulden: "nvt" } })).toBe("geregeld");
  });

  it("dagen tot de verwachte vrijlating", () => {
    expect(dagenTotVerwacht(basis, VANDAAG)).toBe(73);
    expect(dagenTotVerwacht({ verwachtOp: null }, VANDAAG)).toBeNull();
  });
});
