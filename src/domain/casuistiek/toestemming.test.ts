import { describe, expect, it } from "vitest";
import { toetsAgendapunt, toetsUitkomst, uitkomstAlsJournaal } from "./agenda";
import { type Toestemming, toetsBenoemdBespreken, toetsToestemming } from "./toestemming";

const t = (over: Partial<Toestemming> = {}): Toestemming => ({
  gegevenDoor: "de inwoner",
  op: "2026-03-01",
  wijze: "mondeling",
  ingetrokkenOp: null,
  ...over,
});

describe("toetsBenoemdBespreken", () => {
  it.each([
    ["geen toestemming", null, "2026-03-03", "geen toestemming"],
    ["toestemming van later", t({ op: "2026-03-04" }), "2026-03-03", "pas vanaf"],
    ["ingetrokken", t({ ingetrokkenOp: "2026-03-02" }), "2026-03-03", "ingetrokken"],
    ["ingetrokken op de dag zelf", t({ ingetrokkenOp: "2026-03-03" }), "2026-03-03", "ingetrokken"],
  ])("%s → geweigerd", (_naam, toestemming, datum, tekst) => {
    const reden = toetsBenoemdBespreken(toestemming, datum);
    expect(reden).toContain(tekst);
    expect(reden).toContain("toestemming-benoemd-bespreken");
  });

  it.each([
    ["gegeven vóór het overleg", t(), "2026-03-03"],
    ["gegeven op de dag zelf", t({ op: "2026-03-03" }), "2026-03-03"],
    ["later ingetrokken", t({ ingetrokkenOp: "2026-04-01" }), "2026-03-03"],
  ])("%s → toegestaan", (_naam, toestemming, datum) => {
    expect(toetsBenoemdBespreken(toestemming, datum)).toBeNull();
  });

  it.each([
    ["in de toekomst", "2026-03-04", ["op"]],
    ["voor de melding", "2026-01-01", ["op"]],
    ["in orde", "2026-03-01", []],
  ])("toestemming %s", (_naam, op, velden) => {
    expect(
      toetsToestemming({ op }, { meldingsdatum: "2026-02-01", vandaag: "2026-03-03" }).map((f) => f.veld),
    ).toEqual(velden);
  });
});

describe("agenda", () => {
  const basis = {
    overlegDatum: "2026-03-05",
    vandaag: "2026-03-03",
    zaakAfgesloten: false,
    alOpAgenda: false,
  };
  it.each([
    ["in orde", basis, null],
    ["overleg voorbij", { ...basis, overlegDatum: "2026-03-02" }, "overleg-niet-voorbij"],
    ["zaak afgesloten", { ...basis, zaakAfgesloten: true }, "zaak-open"],
    ["al op de agenda", { ...basis, alOpAgenda: true }, "niet-dubbel"],
  ])("%s", (_naam, invoer, regel) => {
    expect(toetsAgendapunt(invoer)?.regel ?? null).toBe(regel);
  });

  it.each([
    ["leeg", { advies: " ", besluiten: ["", " "] }, "uitkomst-inhoud"],
    ["alleen advies", { advies: "Inzet Veilig Opgroeien", besluiten: [] }, null],
    ["alleen besluit", { advies: "", besluiten: ["Regisseur sluit aan"] }, null],
  ])("uitkomst %s", (_naam, uitkomst, regel) => {
    expect(toetsUitkomst(uitkomst)?.regel ?? null).toBe(regel);
  });

  it("schrijft de uitkomst als journaaltekst", () => {
    expect(
      uitkomstAlsJournaal({
        overlegDatum: "2026-03-05",
        advies: "Schuldhulp erbij",
        besluiten: ["A", " ", "B"],
      }),
    ).toBe("Casuïstiekoverleg 2026-03-05.\nAdvies: Schuldhulp erbij\nBesluiten: 1. A 2. B");
  });
});
