import { describe, expect, it } from "vitest";
import {
  afschalingVereist,
  type Beoordeling,
  gevolgVanBevestiging,
  type Medewerker,
  type SchaalRichting,
  toetsBeoordeling,
  toetsVoorstel,
} from "./voorstel";

const CONSULENT: Medewerker = { medewerkerId: "consulent", rollen: ["toegangsmedewerker"] };
const BUURTTEAM: Medewerker = { medewerkerId: "buurtteam", rollen: ["buurtteam"] };
const BEIDE: Medewerker = { medewerkerId: "beide", rollen: ["toegangsmedewerker", "buurtteam"] };
const AO: Medewerker = { medewerkerId: "ao", rollen: ["ao"] };
const TEAMLEIDER: Medewerker = { medewerkerId: "tl", rollen: ["teamleider"] };
const MOTIVERING = "Dagstructuur bereikt; de inwoner kan verder met de inloop van het buurthuis.";

describe("toetsVoorstel: wie stelt voor, in welke status", () => {
  const gevallen: [string, Medewerker, string, boolean, string, string[]][] = [
    ["consulent tijdens levering", CONSULENT, "levering", false, MOTIVERING, []],
    ["consulent tijdens evaluatie", CONSULENT, "evaluatie", false, MOTIVERING, []],
    ["consulent die ook buurtteam is", BEIDE, "evaluatie", false, MOTIVERING, []],
    ["buurtteam stelt niet voor", BUURTTEAM, "levering", false, MOTIVERING, ["voorstel-door-consulent"]],
    ["A&O stelt niet voor", AO, "levering", false, MOTIVERING, ["voorstel-door-consulent"]],
    ["teamleider stelt niet voor", TEAMLEIDER, "levering", false, MOTIVERING, ["voorstel-door-consulent"]],
    [
      "vóór de levering (besluit)",
      CONSULENT,
      "besluit",
      false,
      MOTIVERING,
      ["voorstel-tijdens-ondersteuning"],
    ],
    ["tijdens onderzoek", CONSULENT, "onderzoek", false, MOTIVERING, ["voorstel-tijdens-ondersteuning"]],
    ["afgesloten zaak", CONSULENT, "afgesloten", false, MOTIVERING, ["voorstel-tijdens-ondersteuning"]],
    ["al een open voorstel", CONSULENT, "levering", true, MOTIVERING, ["een-open-voorstel"]],
    ["zonder motivering", CONSULENT, "levering", false, "   ", ["motivering-nodig"]],
    ["te korte motivering", CONSULENT, "levering", false, "Klaar.", ["motivering-nodig"]],
    [
      "alles mis",
      BUURTTEAM,
      "melding",
      true,
      "",
      ["voorstel-door-consulent", "voorstel-tijdens-ondersteuning", "een-open-voorstel", "motivering-nodig"],
    ],
  ];
  it.each(gevallen)("%s", (_naam, wie, status, open, motivering, regels) => {
    const fouten = toetsVoorstel(wie, { status, heeftOpenVoorstel: open }, { motivering });
    expect(fouten.map((f) => f.regel)).toEqual(regels);
  });

  it("de fout over de motivering noemt het veld", () => {
    const [fout] = toetsVoorstel(
      CONSULENT,
      { status: "levering", heeftOpenVoorstel: false },
      { motivering: "" },
    );
    expect(fout).toMatchObject({ veld: "motivering" });
  });
});

describe("toetsBeoordeling: wie bevestigt — nooit de voorsteller", () => {
  const open = (door: string) => ({ status: "voorgesteld", voorgesteldDoor: door });
  const gevallen: [
    string,
    Medewerker,
    { status: string; voorgesteldDoor: string },
    string,
    Beoordeling,
    string,
    string[],
  ][] = [
    ["buurtteam bevestigt", BUURTTEAM, open("consulent"), "evaluatie", "bevestigen", "", []],
    ["buurtteam bevestigt tijdens levering", BUURTTEAM, open("consulent"), "levering", "bevestigen", "", []],
    [
      "buurtteam weigert met toelichting",
      BUURTTEAM,
      open("consulent"),
      "evaluatie",
      "weigeren",
      "Eerst nog drie maanden.",
      [],
    ],
    [
      "weigeren zonder toelichting",
      BUURTTEAM,
      open("consulent"),
      "evaluatie",
      "weigeren",
      " ",
      ["weigering-gemotiveerd"],
    ],
    [
      "de voorsteller met beide rollen",
      BEIDE,
      open("beide"),
      "evaluatie",
      "bevestigen",
      "",
      ["vier-ogen-niet-de-voorsteller"],
    ],
    ["een andere collega met beide rollen", BEIDE, open("consulent"), "evaluatie", "bevestigen", "", []],
    [
      "de consulent zelf",
      CONSULENT,
      open("consulent"),
      "evaluatie",
      "bevestigen",
      "",
      ["vier-ogen-niet-de-voorsteller", "bevestiging-door-buurtteam"],
    ],
    [
      "een andere consulent",
      { medewerkerId: "collega", rollen: ["toegangsmedewerker"] },
      open("consulent"),
      "evaluatie",
      "bevestigen",
      "",
      ["bevestiging-door-buurtteam"],
    ],
    [
      "de teamleider",
      TEAMLEIDER,
      open("consulent"),
      "evaluatie",
      "bevestigen",
      "",
      ["bevestiging-door-buurtteam"],
    ],
    [
      "al bevestigd",
      BUURTTEAM,
      { status: "bevestigd", voorgesteldDoor: "consulent" },
      "evaluatie",
      "bevestigen",
      "",
      ["voorstel-al-beoordeeld"],
    ],
    [
      "al geweigerd",
      BUURTTEAM,
      { status: "geweigerd", voorgesteldDoor: "consulent" },
      "evaluatie",
      "weigeren",
      "x",
      ["voorstel-al-beoordeeld"],
    ],
    [
      "zaak intussen afgesloten",
      BUURTTEAM,
      open("consulent"),
      "afgesloten",
      "bevestigen",
      "",
      ["voorstel-tijdens-ondersteuning"],
    ],
    [
      "zaak intussen in besluit",
      BUURTTEAM,
      open("consulent"),
      "besluit",
      "bevestigen",
      "",
      ["voorstel-tijdens-ondersteuning"],
    ],
  ];
  it.each(gevallen)("%s", (_naam, wie, voorstel, status, beoordeling, toelichting, regels) => {
    const fouten = toetsBeoordeling(wie, voorstel, { status }, { beoordeling, toelichting });
    expect(fouten.map((f) => f.regel)).toEqual(regels);
  });
});

describe("gevolgVanBevestiging", () => {
  const gevallen: [SchaalRichting, string, string[]][] = [
    ["opschalen", "levering", ["start-evaluatie", "herindicatie"]],
    ["opschalen", "evaluatie", ["herindicatie"]],
    ["afschalen-maatwerk", "levering", ["start-evaluatie", "herindicatie"]],
    ["afschalen-maatwerk", "evaluatie", ["herindicatie"]],
    ["afschalen-voorliggend-veld", "levering", ["start-evaluatie"]],
    ["afschalen-voorliggend-veld", "evaluatie", []],
  ];
  it.each(gevallen)("%s vanuit %s → %j", (richting, status, acties) => {
    expect(gevolgVanBevestiging(richting, status)).toEqual(acties);
  });
});

describe("afschalingVereist: afsluiten met reden voorliggend veld", () => {
  it.each([
    ["zonder levering (bijvoorbeeld na het onderzoek) mag het zonder voorstel", null, [], true],
    ["na een levering zonder bevestigd voorstel niet", "2026-03-01", [], false],
    [
      "na een levering met een voorstel dat vóór de levering werd bevestigd niet",
      "2026-03-01",
      ["2026-02-28"],
      false,
    ],
    ["na een levering met een bevestigd voorstel op de startdag", "2026-03-01", ["2026-03-01"], true],
    ["na een levering met een later bevestigd voorstel", "2026-03-01", ["2026-02-01", "2026-05-04"], true],
  ] as const)("%s", (_naam, start, bevestigd, mag) => {
    const reden = afschalingVereist({ leveringGestartOp: start, bevestigdeAfschalingen: bevestigd });
    if (mag) expect(reden).toBeNull();
    else expect(reden).toMatch(/vier ogen/);
  });
});
