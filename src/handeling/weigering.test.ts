import { describe, expect, it } from "vitest";
import { regelsOvertreden } from "./weigering";

describe("regelsOvertreden", () => {
  it("geeft de persoon Nederlandse zinnen zonder codes, en programma's de codes per regel", () => {
    const w = regelsOvertreden([
      {
        regel: "einde-voor-begin",
        veld: "producten.0.einddatum",
        melding: "De einddatum ligt voor de ingangsdatum.",
      },
      {
        regel: "evaluatie-tijdens-levering",
        melding: "Een evaluatie kan alleen als de ondersteuning loopt.",
      },
    ]);
    expect(w.soort).toBe("regel-overtreden");
    expect(w.melding).toBe(
      "De einddatum ligt voor de ingangsdatum. Een evaluatie kan alleen als de ondersteuning loopt.",
    );
    expect(w.melding).not.toMatch(/Regel '|einde-voor-begin/);
    expect(w.regel).toBe("einde-voor-begin");
    expect(w.overtredingen).toEqual([
      {
        regel: "einde-voor-begin",
        veld: "producten.0.einddatum",
        melding: "De einddatum ligt voor de ingangsdatum.",
      },
      {
        regel: "evaluatie-tijdens-levering",
        melding: "Een evaluatie kan alleen als de ondersteuning loopt.",
      },
    ]);
  });
});
