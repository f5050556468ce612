import { describe, expect, it } from "vitest";
import { onbekendePlaatshouders, ontbrekendeVelden, plaatshouders, vulIn } from "./sjabloon";

describe("sjablonen met {{plaatshouders}}", () => {
  const tekst = "Beste {{aanhef}},\nU heeft op {{ datum }} een afspraak met {{medewerker}}. {{aanhef}}";

  it.each([
    [
      { aanhef: "mevrouw Jansen", datum: "5 januari 2026", medewerker: "J. de Vries" },
      "Beste mevrouw Jansen,\nU heeft op 5 januari 2026 een afspraak met J. de Vries. mevrouw Jansen",
    ],
    [
      { aanhef: "heer Bakker", datum: 3, medewerker: null },
      "Beste heer Bakker,\nU heeft op 3 een afspraak met . heer Bakker",
    ],
  ])("vult %j in", (waarden, verwacht) => {
    expect(vulIn(tekst, waarden)).toBe(verwacht);
  });

  it("noemt iedere plaatshouder één keer, ook met spaties", () => {
    expect(plaatshouders(tekst)).toEqual(["aanhef", "datum", "medewerker"]);
  });

  it("meldt lege en ontbrekende waarden", () => {
    expect(ontbrekendeVelden(tekst, { aanhef: "x", datum: "" })).toEqual(["datum", "medewerker"]);
  });

  it("vindt tikfouten in plaatshouders", () => {
    expect(onbekendePlaatshouders("{{aanhef}} {{adres}} {{datm}}", ["aanhef", "adres", "datum"])).toEqual([
      "datm",
    ]);
  });

  it("laat gewone accolades en onvolledige plaatshouders staan", () => {
    expect(vulIn("{a} {{ }} {{1x}} {{naam", { a: "x" })).toBe("{a} {{ }} {{1x}} {{naam");
  });
});
