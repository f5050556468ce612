import { describe, expect, it } from "vitest";
import { bepaalWoonplaats, normaliseerGemeentecode, type WoonplaatsInvoer } from "./woonplaatsbeginsel";

const NOORDENVELD = "1699";
const ASSEN = "0106";
const TYNAARLO = "1730";

describe("bepaalWoonplaats (Jeugdwet art. 1.1, sinds 2022)", () => {
  it.each<[string, Omit<WoonplaatsInvoer, "eigenGemeente">, string | null, string, boolean, RegExp]>([
    [
      "BRP-adres in eigen gemeente",
      { brpGemeente: NOORDENVELD },
      NOORDENVELD,
      "brp-adres",
      false,
      /BRP-woonadres van de jeugdige.*Onze gemeente/,
    ],
    [
      "BRP-adres elders",
      { brpGemeente: ASSEN },
      ASSEN,
      "brp-adres",
      true,
      /\(0106\)\. Gemeente 0106 is verantwoordelijk: draag de jeugdige warm over/,
    ],
    [
      "pleegouders: adres voor verblijf telt, niet het huidige BRP-adres",
      { brpGemeente: TYNAARLO, verblijf: { soort: "pleegouders", brpGemeenteVoorVerblijf: NOORDENVELD } },
      NOORDENVELD,
      "brp-adres-voor-verblijf",
      false,
      /verblijft bij pleegouders; verantwoordelijk is de gemeente van het BRP-woonadres direct voor dat verblijf/,
    ],
    [
      "JJI: adres voor verblijf elders",
      { brpGemeente: NOORDENVELD, verblijf: { soort: "jji", brpGemeenteVoorVerblijf: ASSEN } },
      ASSEN,
      "brp-adres-voor-verblijf",
      true,
      /justitiële jeugdinrichting/,
    ],
    [
      "jeugdhulpaanbieder zonder adres voor verblijf: moeder bij geboorte (huidig BRP telt niet)",
      {
        brpGemeente: NOORDENVELD,
        verblijf: { soort: "jeugdhulpaanbieder" },
        gemeenteMoederBijGeboorte: TYNAARLO,
      },
      TYNAARLO,
      "moeder-bij-geboorte",
      true,
      /verblijft bij een jeugdhulpaanbieder en het BRP-woonadres direct voor dat verblijf is niet bekend; daarom de gemeente waar de moeder/,
    ],
    [
      "geen BRP-adres: moeder bij geboorte",
      { gemeenteMoederBijGeboorte: NOORDENVELD, feitelijkeVerblijfplaats: ASSEN },
      NOORDENVELD,
      "moeder-bij-geboorte",
      false,
      /geen bekend BRP-woonadres; daarom de gemeente waar de moeder bij de geboorte stond ingeschreven/,
    ],
    [
      "geen BRP-adres en moeder onbekend: feitelijke verblijfplaats",
      { brpGemeente: " ", feitelijkeVerblijfplaats: NOORDENVELD },
      NOORDENVELD,
      "feitelijke-verblijfplaats",
      false,
      /feitelijk verblijft/,
    ],
    [
      "opvang zonder eerdere gegevens: feitelijke verblijfplaats",
      { verblijf: { soort: "opvang", brpGemeenteVoorVerblijf: null }, feitelijkeVerblijfplaats: ASSEN },
      ASSEN,
      "feitelijke-verblijfplaats",
      true,
      /verblijft in een opvang/,
    ],
    ["niets bekend", {}, null, "onbekend", false, /niet vast te stellen.*Zoek dit uit in de BRP/],
    [
      "gezinshuis, verder niets bekend",
      { verblijf: { soort: "gezinshuis" } },
      null,
      "onbekend",
      false,
      /gezinshuis/,
    ],
    [
      "GM-code wordt genormaliseerd",
      { brpGemeente: "GM1699" },
      NOORDENVELD,
      "brp-adres",
      false,
      /Onze gemeente/,
    ],
  ])("%s", (_naam, invoer, verantwoordelijk, grondslag, warmeOverdrachtNodig, grond) => {
    const uitkomst = bepaalWoonplaats({ eigenGemeente: NOORDENVELD, ...invoer });
    expect(uitkomst).toMatchObject({ verantwoordelijk, grondslag, warmeOverdrachtNodig });
    expect(uitkomst.eigen).toBe(verantwoordelijk === NOORDENVELD);
    expect(uitkomst.grond).toMatch(/^Jeugdwet art\. 1\.1 \(woonplaats\), sinds 1-1-2022: /);
    expect(uitkomst.grond).toMatch(grond);
  });

  it("compares codes of the asking gemeente in any notation", () => {
    expect(bepaalWoonplaats({ eigenGemeente: "GM0106", brpGemeente: "106" })).toMatchObject({
      verantwoordelijk: ASSEN,
      eigen: true,
      warmeOverdrachtNodig: false,
    });
  });
});

describe("normaliseerGemeentecode", () => {
  it.each([
    ["1699", "1699"],
    ["GM0106", "0106"],
    ["gm106", "0106"],
    [" 106 ", "0106"],
    ["Assen", "ASSEN"],
  ])("%j → %j", (invoer, verwacht) => {
    expect(normaliseerGemeentecode(invoer)).toBe(verwacht);
  });
});
