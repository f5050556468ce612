import { describe, expect, it } from "vitest";
import type { PlanStatus } from "../resultatenplan/status";
import { beslisInwoner, type InwonerActor, magOptredenVoor } from "./inwoner";

const ZELF = "p-zelf";
const KIND = "p-kind";
const ANDER = "p-ander";
const zelf: InwonerActor = { persoonId: ZELF, gemeenteCode: "0106", namensPersoonId: ZELF };
const voorKind: InwonerActor = { ...zelf, namensPersoonId: KIND };
const brief = (documentSoort: string, hoofdpersoonId: string, aan: readonly string[] | null = null) =>
  ({ soort: "brief", gemeenteCode: "0106", hoofdpersoonId, documentSoort, aan }) as const;
const plan = (planStatus: PlanStatus, hoofdpersoonId: string) =>
  ({ soort: "plan", gemeenteCode: "0106", hoofdpersoonId, planStatus }) as const;
const gesprek = (hoofdpersoonId: string) =>
  ({ soort: "inwonerbericht", gemeenteCode: "0106", hoofdpersoonId }) as const;
const bezwaar = (hoofdpersoonId: string) =>
  ({ soort: "bezwaar", gemeenteCode: "0106", hoofdpersoonId }) as const;

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
    ["beschikking van de eigen zaak", zelf, "lezen", brief("beschikking", ZELF), true],
    [
      "beschikking van de zaak van het kind, namens het kind",
      voorKind,
      "lezen",
      brief("beschikking", KIND),
      true,
    ],
    ["beschikking van een ander", zelf, "lezen", brief("beschikking", ANDER), false],
    ["intern document van de eigen zaak", zelf, "lezen", brief("veilig-thuis-melding", ZELF), false],
    ["een geërfde sleutel als documentsoort", zelf, "lezen", brief("constructor", ZELF), false],
    ["eigen brief wijzigen", zelf, "wijzigen", brief("beschikking", ZELF), false],
    ["brief aan zichzelf", zelf, "lezen", brief("beschikking", ZELF, [ZELF]), true],
    ["brief aan de ouder over het kind", voorKind, "lezen", brief("beschikking", KIND, [ZELF]), true],
    [
      "brief aan het kind zelf (16+), namens het kind",
      voorKind,
      "lezen",
      brief("beschikking", KIND, [KIND]),
      true,
    ],
    ["brief aan de andere ouder", voorKind, "lezen", brief("beschikking", KIND, [ANDER]), false],
    ["gedeeld plan lezen", zelf, "lezen", plan("ter-ondertekening", ZELF), true],
    ["gedeeld plan ondertekenen", zelf, "wijzigen", plan("ter-ondertekening", ZELF), true],
    ["ondertekend plan lezen", zelf, "lezen", plan("ondertekend", ZELF), true],
    ["conceptplan lezen", zelf, "lezen", plan("concept", ZELF), false],
    ["definitief, nog niet gedeeld plan lezen", zelf, "lezen", plan("definitief", ZELF), false],
    ["gedeeld plan van een ander", zelf, "lezen", plan("ter-ondertekening", ANDER), false],
    ["gedeeld plan verwijderen", zelf, "verwijderen", plan("ter-ondertekening", ZELF), false],
    ["bezwaar op de eigen zaak", zelf, "aanmaken", bezwaar(ZELF), true],
    ["bezwaar op de zaak van het kind, namens zichzelf", zelf, "aanmaken", bezwaar(KIND), false],
    ["bezwaar op de zaak van het kind, namens het kind", voorKind, "aanmaken", bezwaar(KIND), true],
    ["ingediend bezwaar wijzigen", zelf, "wijzigen", bezwaar(ZELF), false],
    ["bericht op de eigen zaak", zelf, "aanmaken", gesprek(ZELF), true],
    ["gesprek van de eigen zaak lezen", zelf, "lezen", gesprek(ZELF), true],
    ["gesprek van de zaak van het kind, namens het kind", voorKind, "lezen", gesprek(KIND), true],
    ["gesprek van een ander", zelf, "lezen", gesprek(ANDER), false],
    ["verstuurd bericht wijzigen", zelf, "wijzigen", gesprek(ZELF), false],
    [
      "eigen afspraak verzetten",
      zelf,
      "wijzigen",
      { soort: "afspraak", gemeenteCode: "0106", hoofdpersoonId: ZELF },
      true,
    ],
    [
      "afspraak van een ander verzetten",
      zelf,
      "wijzigen",
      { soort: "afspraak", gemeenteCode: "0106", hoofdpersoonId: ANDER },
      false,
    ],
    [
      "afspraak verwijderen",
      zelf,
      "verwijderen",
      { soort: "afspraak", gemeenteCode: "0106", hoofdpersoonId: ZELF },
      false,
    ],
    [
      "gevraagd document aanleveren",
      zelf,
      "wijzigen",
      { soort: "documentverzoek", gemeenteCode: "0106", hoofdpersoonId: ZELF },
      true,
    ],
    [
      "document aanleveren op de zaak van een ander",
      zelf,
      "wijzigen",
      { soort: "documentverzoek", gemeenteCode: "0106", hoofdpersoonId: ANDER },
      false,
    ],
    [
      "documentverzoek verwijderen",
      zelf,
      "verwijderen",
      { soort: "documentverzoek", gemeenteCode: "0106", hoofdpersoonId: ZELF },
      false,
    ],
    [
      "eigen inzage vragen",
      zelf,
      "aanmaken",
      { soort: "inzageverzoek", gemeenteCode: "0106", persoonId: ZELF },
      true,
    ],
    [
      "inzage voor het kind, namens het kind",
      voorKind,
      "aanmaken",
      { soort: "inzageverzoek", gemeenteCode: "0106", persoonId: KIND },
      true,
    ],
    [
      "inzage van een ander",
      zelf,
      "lezen",
      { soort: "inzageverzoek", gemeenteCode: "0106", persoonId: ANDER },
      false,
    ],
    [
      "inzageverzoek wijzigen",
      zelf,
      "wijzigen",
      { soort: "inzageverzoek", gemeenteCode: "0106", persoonId: ZELF },
      false,
    ],
    ["bezwaar in een andere gemeente", zelf, "aanmaken", { ...bezwaar(ZELF), gemeenteCode: "1681" }, false],
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
