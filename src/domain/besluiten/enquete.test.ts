import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  controleerAntwoorden,
  ENQUETE_VRAGEN,
  gemeenteVanCode,
  maakEnqueteCode,
  normaliseerCode,
  vatSamen,
} from "./enquete";

const alles = (w: number | null) => Object.fromEntries(ENQUETE_VRAGEN.map((v) => [v.code, w]));

describe("enquête", () => {
  it("vraagt naar toegankelijkheid, kwaliteit en effect (Wmo art. 2.5.1)", () => {
    expect(new Set(ENQUETE_VRAGEN.map((v) => v.thema))).toEqual(
      new Set(["toegankelijkheid", "kwaliteit", "effect"]),
    );
    expect(ENQUETE_VRAGEN.map((v) => v.tekst)).toContain("Door de ondersteuning kan ik mij beter redden.");
  });

  it.each([
    ["alles beantwoord", alles(4), []],
    ["weet niet mag", alles(null), []],
    ["buiten de schaal", { ...alles(4), "snel-geholpen": 6 }, ["snel-geholpen"]],
    ["ontbrekende vraag", Object.fromEntries(Object.entries(alles(3)).slice(1)), [ENQUETE_VRAGEN[0]?.code]],
    ["onbekende vraag", { ...alles(3), extra: 2 }, ["extra"]],
  ])("%s", (_naam, antwoorden, velden) => {
    expect(controleerAntwoorden(antwoorden).map((f) => f.veld)).toEqual(velden);
  });

  it("maakt codes die genormaliseerd terugkomen en de gemeente dragen", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 8, maxLength: 8 }), (bytes) => {
        const code = maakEnqueteCode("1699", bytes);
        expect(normaliseerCode(code)).toBe(code);
        expect(normaliseerCode(code.toLowerCase().replaceAll("-", " "))).toBe(code);
        expect(gemeenteVanCode(code)).toBe("1699");
      }),
    );
  });

  it.each(["", "1699-AAAA", "1699-OOOO-IIII", "abcd-efgh-jkmn"])("weigert code %j", (code) => {
    expect(normaliseerCode(code)).toBeNull();
  });

  it("vat samen: gemiddelde, percentage eens en weet niet", () => {
    const s = vatSamen([
      { antwoorden: alles(5) },
      { antwoorden: alles(4) },
      { antwoorden: alles(2) },
      { antwoorden: alles(null) },
    ]);
    expect(s.respondenten).toBe(4);
    expect(s.vragen[0]).toMatchObject({ aantal: 3, weetNiet: 1, gemiddelde: 3.7, percentageEens: 67 });
    expect(s.vragen[0]?.verdeling).toEqual({ 1: 0, 2: 1, 3: 0, 4: 1, 5: 1 });
  });
});
