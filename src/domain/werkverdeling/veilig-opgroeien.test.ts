import { describe, expect, it } from "vitest";
import {
  type Raadpleging,
  toetsRaadpleging,
  toetsRaadplegingOpZaak,
  veiligOpgroeienCheck,
} from "./veilig-opgroeien";

const PEIL = "2026-03-03";
const volwassene = { geboortedatum: "1985-04-01", bron: "zaak" as const };
const kind = { geboortedatum: "2015-09-12", bron: "zaak" as const };
const kindThuis = { geboortedatum: "2012-01-30", bron: "huishouden" as const };
const bijna18 = { geboortedatum: "2008-03-04", bron: "zaak" as const };
const raadpleging: Raadpleging = {
  soort: "geraadpleegd",
  medewerkerId: "v",
  op: "2026-03-02",
  toelichting: "Overleg met casemanager",
  vastgelegdDoor: "r",
};

describe("veiligOpgroeienCheck", () => {
  it.each([
    [
      "Wmo-zaak met kind: niet nodig",
      { werkvoorraad: "wmo", zaaktype: "wmo", personen: [volwassene, kind] },
      false,
      undefined,
    ],
    [
      "Regiegroep zonder kinderen",
      { werkvoorraad: "regiegroep", zaaktype: "wmo", personen: [volwassene] },
      false,
      undefined,
    ],
    [
      "Regiegroep met kind op de zaak",
      { werkvoorraad: "regiegroep", zaaktype: "jeugd", personen: [volwassene, kind] },
      true,
      true,
    ],
    [
      "Regiegroep met kind in het huishouden",
      { werkvoorraad: "regiegroep", zaaktype: "wmo", personen: [volwassene, kindThuis] },
      true,
      true,
    ],
    [
      "zaaktype regie in een andere bak",
      { werkvoorraad: "jeugd", zaaktype: "regie", personen: [kind] },
      true,
      true,
    ],
    [
      "17 jaar en 364 dagen telt mee",
      { werkvoorraad: "regiegroep", zaaktype: "wmo", personen: [bijna18] },
      true,
      true,
    ],
  ])("%s", (_naam, zaak, nodig, open) => {
    const check = veiligOpgroeienCheck({ ...zaak, raadpleging: null }, PEIL);
    expect(check.nodig).toBe(nodig);
    if (check.nodig) expect(check.open).toBe(open);
  });

  it("is gesloten zodra de raadpleging is vastgelegd", () => {
    const check = veiligOpgroeienCheck(
      { werkvoorraad: "regiegroep", zaaktype: "regie", personen: [kind, kindThuis], raadpleging },
      PEIL,
    );
    expect(check).toMatchObject({ nodig: true, open: false, minderjarigen: 2 });
    expect(check.uitleg).toContain("geraadpleegd op 2026-03-02");
  });
});

describe("toetsRaadpleging", () => {
  const grenzen = { meldingsdatum: "2026-02-20", vandaag: PEIL };
  const casemanager = { naam: "Vera", vakgroepen: ["veilig-opgroeien"], actief: true };
  it.each([
    ["in orde", { op: "2026-03-01", medewerker: casemanager }, []],
    ["op de dag van de melding", { op: "2026-02-20", medewerker: casemanager }, []],
    ["vandaag", { op: PEIL, medewerker: casemanager }, []],
    ["in de toekomst", { op: "2026-03-04", medewerker: casemanager }, ["op:datum-niet-in-toekomst"]],
    ["voor de melding", { op: "2026-02-19", medewerker: casemanager }, ["op:datum-na-melding"]],
    ["onbekende medewerker", { op: "2026-03-01", medewerker: undefined }, ["medewerkerId:medewerker-bekend"]],
    [
      "geen casemanager VO",
      { op: "2026-03-01", medewerker: { ...casemanager, vakgroepen: ["wmo"] } },
      ["medewerkerId:casemanager-veilig-opgroeien"],
    ],
    [
      "inactieve casemanager VO",
      { op: "2026-03-01", medewerker: { ...casemanager, actief: false } },
      ["medewerkerId:casemanager-veilig-opgroeien"],
    ],
    [
      "in de toekomst en onbekend: beide",
      { op: "2026-03-04", medewerker: undefined },
      ["op:datum-niet-in-toekomst", "medewerkerId:medewerker-bekend"],
    ],
  ])("%s", (_naam, r, fouten) => {
    expect(toetsRaadpleging(r, grenzen).map((f) => `${f.veld}:${f.regel}`)).toEqual(fouten);
  });
});

describe("toetsRaadplegingOpZaak", () => {
  it.each([
    ["open Regiegroep-zaak", { werkvoorraad: "regiegroep", zaaktype: "jeugd", afgesloten: false }, null],
    [
      "open regiezaak in een andere werkvoorraad",
      { werkvoorraad: "jeugd", zaaktype: "regie", afgesloten: false },
      null,
    ],
    ["Jeugd-zaak", { werkvoorraad: "jeugd", zaaktype: "jeugd", afgesloten: false }, "regiegroep-zaak"],
    [
      "afgesloten Regiegroep-zaak",
      { werkvoorraad: "regiegroep", zaaktype: "regie", afgesloten: true },
      "zaak-open",
    ],
    [
      "afgesloten Wmo-zaak: eerst de Regiegroep",
      { werkvoorraad: "wmo", zaaktype: "wmo", afgesloten: true },
      "regiegroep-zaak",
    ],
  ])("%s → %s", (_naam, zaak, regel) => {
    expect(toetsRaadplegingOpZaak(zaak)?.regel ?? null).toBe(regel);
  });
});
