import { describe, expect, it } from "vitest";
import { nieuwePersoon } from "./schema";

const geldig = {
  bsn: "999990019",
  voornamen: "Jan",
  geslachtsnaam: "Vries",
  voorvoegsel: "de",
  geboortedatum: "1950-03-05",
  adres: { huisnummer: 12, postcode: "9301 AB", woonplaats: "Roden" },
};

const velden = (invoer: unknown) => {
  const r = nieuwePersoon.safeParse(invoer);
  return r.success ? [] : r.error.issues.map((i) => i.path.join("."));
};

describe("persoon-schema", () => {
  it("accepteert een geldige persoon, ook met HTML, quotes en emoji in de naam", () => {
    expect(velden(geldig)).toEqual([]);
    expect(velden({ ...geldig, geslachtsnaam: `O'Neil <script>x</script> 😀 Ñúñez` })).toEqual([]);
  });
  it.each([
    [{ bsn: "123456789" }, "bsn"],
    [{ bsn: undefined }, "bsn"],
    [{ geboortedatum: "2026-02-30" }, "geboortedatum"],
    [{ geboortedatum: "2999-01-01" }, "geboortedatum"],
    [{ geboortedatum: "1850-01-01" }, "geboortedatum"],
    [{ adres: { ...geldig.adres, postcode: "12345" } }, "adres.postcode"],
    [{ adres: { ...geldig.adres, huisnummer: "12" } }, "adres.huisnummer"],
    [{ geslachtsnaam: "x".repeat(10_000) }, "geslachtsnaam"],
    [{ voornamen: "Jan\u0000" }, "voornamen"],
    [{ onbekend: 1 }, ""],
  ])("%o → fout bij %s", (over, veld) => {
    expect(velden({ ...geldig, ...over })).toContain(veld);
  });
  it("zonder BSN mag met een reden", () => {
    expect(velden({ ...geldig, bsn: undefined, zonderBsnReden: "nog niet ingeschreven in de BRP" })).toEqual(
      [],
    );
  });
});
