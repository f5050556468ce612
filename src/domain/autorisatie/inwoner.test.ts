import { describe, expect, it } from "vitest";
import { beslisInwoner, type InwonerActor, magOptredenVoor } from "./inwoner";

const ZELF = "p-zelf";
const KIND = "p-kind";
const ANDER = "p-ander";
const zelf: InwonerActor = { persoonId: ZELF, gemeenteCode: "0106", namensPersoonId: ZELF };
const voorKind: InwonerActor = { ...zelf, namensPersoonId: KIND };

describe("regel 30: de inwoner in Mijn Voordeur", () => {
  it.each([
    ["eigen zaak lezen", zelf, "lezen", { soort: "zaak", gemeenteCode: "0106", hoofdpersoonId: ZELF }, true],
    [
      "eigen zaak wijzigen",
      zelf,
      "wijzigen",
      { soort: "zaak", gemeenteCode: "0106", hoofdpersoonId: ZELF },
      false,
    ],
    [
      "zaak van het kind, namens zichzelf",
      zelf,
      "lezen",
      { soort: "zaak", gemeenteCode: "0106", hoofdpersoonId: KIND },
      false,
    ],
    [
      "zaak van het kind, namens het kind",
      voorKind,
      "lezen",
      { soort: "zaak", gemeenteCode: "0106", hoofdpersoonId: KIND },
      true,
    ],
    [
      "eigen zaak, namens het kind",
      voorKind,
      "lezen",
      { soort: "zaak", gemeenteCode: "0106", hoofdpersoonId: ZELF },
      false,
    ],
    [
      "zaak van een ander",
      zelf,
      "lezen",
      { soort: "zaak", gemeenteCode: "0106", hoofdpersoonId: ANDER },
      false,
    ],
    [
      "zaak zonder hoofdpersoon",
      zelf,
      "lezen",
      { soort: "zaak", gemeenteCode: "0106", hoofdpersoonId: null },
      false,
    ],
    [
      "eigen zaak in een andere gemeente",
      zelf,
      "lezen",
      { soort: "zaak", gemeenteCode: "1681", hoofdpersoonId: ZELF },
      false,
    ],
    [
      "hulp vragen voor zichzelf",
      zelf,
      "aanmaken",
      { soort: "hulpvraag", gemeenteCode: "0106", persoonId: ZELF },
      true,
    ],
    [
      "hulp vragen voor het kind",
      voorKind,
      "aanmaken",
      { soort: "hulpvraag", gemeenteCode: "0106", persoonId: KIND },
      true,
    ],
    [
      "hulp vragen voor een ander",
      zelf,
      "aanmaken",
      { soort: "hulpvraag", gemeenteCode: "0106", persoonId: ANDER },
      false,
    ],
    [
      "eigen hulpvraag wijzigen",
      zelf,
      "wijzigen",
      { soort: "hulpvraag", gemeenteCode: "0106", persoonId: ZELF },
      false,
    ],
    [
      "eigen hulpvraag verwijderen",
      zelf,
      "verwijderen",
      { soort: "hulpvraag", gemeenteCode: "0106", persoonId: ZELF },
      false,
    ],
  ] as const)("%s", (_naam, actor, actie, resource, verwacht) => {
    expect(beslisInwoner(actor, actie, resource).toegestaan).toBe(verwacht);
  });
});

describe("optreden voor een ander: alleen op een vastgelegde relatie", () => {
  const gezag = { soort: "gezag", gerelateerdeId: KIND, gerelateerdeGeboortedatum: "2015-06-10" };
  it.each([
    ["gezag over een kind van 11", [gezag], KIND, "2026-12-04", true],
    ["gezag, de dag vóór de 18e verjaardag", [gezag], KIND, "2033-06-09", true],
    ["gezag eindigt op de 18e verjaardag (BW 1:233)", [gezag], KIND, "2033-06-10", false],
    ["ouder zonder gezag", [{ ...gezag, soort: "ouder" }], KIND, "2026-12-04", false],
    [
      "partner",
      [{ soort: "partner", gerelateerdeId: ANDER, gerelateerdeGeboortedatum: "1950-01-01" }],
      ANDER,
      "2026-12-04",
      false,
    ],
    [
      "wettelijk vertegenwoordiger van een volwassene",
      [
        {
          soort: "wettelijk-vertegenwoordiger",
          gerelateerdeId: ANDER,
          gerelateerdeGeboortedatum: "1950-01-01",
        },
      ],
      ANDER,
      "2026-12-04",
      true,
    ],
    ["gezag over een ander kind", [gezag], ANDER, "2026-12-04", false],
    ["geen relaties", [], KIND, "2026-12-04", false],
  ] as const)("%s", (_naam, relaties, andere, peildatum, verwacht) => {
    expect(magOptredenVoor(relaties, andere, peildatum)).toBe(verwacht);
  });
});
