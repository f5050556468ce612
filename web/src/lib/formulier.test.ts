import { describe, expect, it } from "vitest";
import { labelVanPad, type VeldLabels } from "./formulier";

const labels: VeldLabels = {
  velden: {
    besluitdatum: "Besluitdatum",
    producten: "Producten",
    "producten.*.aanbiederAgb": "Aanbieder",
    "producten.*.omvang": "Omvang",
    "producten.*.omvang.volume": "Omvang (aantal)",
  },
  rijen: { producten: "Product" },
};

describe("labelVanPad", () => {
  it("names a field of a product row by its label and the row, never by the path", () => {
    expect(labelVanPad("producten.0.aanbiederAgb", labels)).toBe("Product 1: Aanbieder");
    expect(labelVanPad("producten.2.omvang.volume", labels)).toBe("Product 3: Omvang (aantal)");
    expect(labelVanPad("besluitdatum", labels)).toBe("Besluitdatum");
  });

  it("falls back to the nearest labelled field above, then to the row, then to the form", () => {
    expect(labelVanPad("producten.0.omvang.eenheid", labels)).toBe("Product 1: Omvang");
    expect(labelVanPad("producten.1.onbekend", labels)).toBe("Product 2");
    expect(labelVanPad("producten", labels)).toBe("Producten");
    expect(labelVanPad("iets.anders", labels)).toBe("Formulier");
  });
});
