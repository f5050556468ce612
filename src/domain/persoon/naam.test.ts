import { describe, expect, it } from "vitest";
import { aanschrijfnaam, volledigeNaam, zoeksleutel, zoektermen } from "./naam";

describe("namen", () => {
  it("volledige naam en aanschrijfnaam", () => {
    const n = { voornamen: "Jan Pieter", voorvoegsel: "de", geslachtsnaam: "Vries" };
    expect(volledigeNaam(n)).toBe("Jan Pieter de Vries");
    expect(aanschrijfnaam(n)).toBe("Vries, J.P. de");
  });
  it("zoeksleutel zonder accenten en hoofdletters", () => {
    expect(zoeksleutel("Jánsen")).toBe("jansen");
    expect(zoeksleutel("  Ölçer-Öztürk ")).toBe("olcer ozturk");
    expect(zoeksleutel("D'Hondt")).toBe("d hondt");
  });
});

describe("zoektermen", () => {
  it.each([
    ["999990019", { soort: "bsn", bsn: "999990019" }],
    ["1950-03-05", { soort: "geboortedatum", datum: "1950-03-05" }],
    ["5-3-1950", { soort: "geboortedatum", datum: "1950-03-05" }],
    ["05-03-1950", { soort: "geboortedatum", datum: "1950-03-05" }],
    ["9301ab", { soort: "postcode", postcode: "9301 AB" }],
    ["9301 AB 12", { soort: "postcode", postcode: "9301 AB", huisnummer: 12 }],
    ["jansen", { soort: "naam", geslachtsnaamPrefix: "jansen" }],
    ["Jánsen", { soort: "naam", geslachtsnaamPrefix: "jansen" }],
    ["de vries", { soort: "naam", geslachtsnaamPrefix: "vries", voorvoegsel: "de" }],
    ["van der Berg", { soort: "naam", geslachtsnaamPrefix: "berg", voorvoegsel: "van der" }],
    ["Vries, de", { soort: "naam", geslachtsnaamPrefix: "vries", voorvoegsel: "de" }],
    [
      "Vries, Jan de",
      { soort: "naam", geslachtsnaamPrefix: "vries", voorvoegsel: "de", voornaamPrefix: "jan" },
    ],
    [
      "jan de vries",
      { soort: "naam", geslachtsnaamPrefix: "vries", voorvoegsel: "de", voornaamPrefix: "jan" },
    ],
    ["piet jansen", { soort: "naam", geslachtsnaamPrefix: "jansen", voornaamPrefix: "piet" }],
    ["2026-02-30", { soort: "naam", geslachtsnaamPrefix: "2026 02 30" }],
  ])("'%s'", (invoer, verwacht) => {
    expect(zoektermen(invoer)).toEqual(verwacht);
  });
});
