/** Veilig Opgroeien's rules as tables: the beoordeling, the gedwongen kader's state machine, the OTS (BW 1:258, 1:260). */
import { describe, expect, it } from "vitest";
import {
  type Adviesvraag,
  beslissingVoorStap,
  toetsAdvies,
  toetsAdviesvraag,
  toetsBeslissingMetAdvies,
  toetsBesluitOpAdvies,
} from "./advies";
import {
  type Beoordeling,
  eenJaarNa,
  faseVan,
  otsVan,
  type Stap,
  toetsBeoordeling,
  toetsBeschermtafel,
  toetsStap,
  verlengenUiterlijk,
} from "./traject";

const VANDAAG = "2026-05-20";
const beoordeling: Beoordeling = {
  datum: "2025-01-06",
  procesregisseurId: "regie",
  casemanagerId: "veilig",
  conclusie: "gedwongen-kader",
};
const vto: Stap = { soort: "vto-ingediend", datum: "2025-01-10", gronden: "Ernstige zorgen" };
const onderzoek: Stap = { soort: "raad-onderzoek-gestart", datum: "2025-01-20" };
const verzoek: Stap = { soort: "raad-verzoek-kinderrechter", datum: "2025-03-01" };
const ots: Stap = {
  soort: "ots-uitgesproken",
  datum: "2025-06-02",
  tot: "2026-06-02",
  gecertificeerdeInstelling: "Jeugdbescherming Noord",
};
const regels = (u: { ok: boolean; regel?: string }[]) => u.map((x) => x.regel ?? "ok");

describe("de veiligheidsbeoordeling", () => {
  const basis = {
    datum: "2026-05-19",
    vandaag: VANDAAG,
    procesregisseurId: "regie",
    casemanagerId: "veilig",
    vakgroepenProcesregisseur: ["regiegroep"],
    vakgroepenCasemanager: ["veilig-opgroeien"],
  };
  it.each([
    ["samen beoordeeld door procesregisseur en casemanager", {}, []],
    ["datum in de toekomst", { datum: "2026-05-21" }, ["datum-niet-in-toekomst"]],
    [
      "procesregisseur niet in de Regiegroep",
      { vakgroepenProcesregisseur: ["wmo"] },
      ["beoordeling-procesregisseur"],
    ],
    ["onbekende casemanager", { vakgroepenCasemanager: null }, ["beoordeling-casemanager"]],
    [
      "één medewerker in beide rollen",
      { casemanagerId: "regie", vakgroepenCasemanager: ["veilig-opgroeien"] },
      ["beoordeling-samen"],
    ],
  ])("%s", (_naam, over, verwacht) => {
    expect(regels(toetsBeoordeling({ ...basis, ...over }))).toEqual(verwacht);
  });
});

describe("het gedwongen kader als toestandsmachine", () => {
  it.each<[string, Stap[], string]>([
    ["zonder stappen", [], "geen"],
    ["na het VTO", [vto], "vto-ingediend"],
    [
      "Raad: geen grond → meer informatie",
      [vto, { soort: "raad-geen-grond", datum: "2025-01-20" }],
      "meer-informatie",
    ],
    ["onderzoek → kinderrechter", [vto, onderzoek, verzoek], "bij-kinderrechter"],
    [
      "kinderrechter: geen gronden",
      [vto, onderzoek, verzoek, { soort: "kinderrechter-geen-grond", datum: "2025-06-02" }],
      "meer-informatie",
    ],
    ["OTS", [vto, onderzoek, verzoek, ots], "ots"],
    [
      "OTS beëindigd",
      [vto, onderzoek, verzoek, ots, { soort: "ots-beeindigd", datum: "2026-01-01" }],
      "beeindigd",
    ],
  ])("%s: fase %s", (_naam, stappen, fase) => {
    expect(faseVan(stappen)).toBe(fase);
  });

  const toets = (stappen: Stap[], stap: Stap, b: Beoordeling | null = beoordeling) =>
    regels(toetsStap({ beoordeling: b, stappen, vandaag: VANDAAG }, stap));

  it.each<[string, Stap[], Stap, Beoordeling | null, string[]]>([
    ["VTO na beoordeling gedwongen kader", [], vto, beoordeling, []],
    [
      "VTO na beoordeling vrijwillig kader",
      [],
      vto,
      { ...beoordeling, conclusie: "vrijwillig-kader" },
      ["vto-na-beoordeling-gedwongen-kader"],
    ],
    ["VTO zonder gronden", [], { ...vto, gronden: " " }, beoordeling, ["vto-gronden"]],
    ["VTO vóór de beoordeling", [], { ...vto, datum: "2025-01-01" }, beoordeling, ["stap-na-vorige"]],
    ["OTS zonder onderzoek", [vto], ots, beoordeling, ["gedwongen-kader-volgorde"]],
    [
      "stap in de toekomst",
      [vto],
      { ...onderzoek, datum: "2026-05-21" },
      beoordeling,
      ["datum-niet-in-toekomst"],
    ],
    [
      "nieuw VTO na meer informatie",
      [vto, { soort: "raad-geen-grond", datum: "2025-01-20" }],
      { ...vto, datum: "2025-03-01" },
      beoordeling,
      [],
    ],
  ])("%s", (_naam, stappen, stap, b, verwacht) => {
    expect(toets(stappen, stap, b)).toEqual(verwacht);
  });

  const voorOts = [vto, onderzoek, verzoek];
  it.each<[string, Partial<Stap>, string[]]>([
    ["precies een jaar (BW 1:258)", {}, []],
    ["een jaar en een dag", { tot: "2026-06-03" }, ["bw-1-258-ten-hoogste-een-jaar"]],
    ["einde vóór de uitspraak", { tot: "2025-06-01" }, ["ots-einddatum"]],
    [
      "zonder gecertificeerde instelling",
      { gecertificeerdeInstelling: "" },
      ["ots-gecertificeerde-instelling"],
    ],
  ])("OTS uitspreken: %s", (_naam, over, verwacht) => {
    expect(toets(voorOts, { ...ots, ...over })).toEqual(verwacht);
  });

  it("een jaar na 29 februari is 28 februari", () => {
    expect(eenJaarNa("2028-02-29")).toBe("2029-02-28");
  });

  const metOts = [...voorOts, ots];
  it.each<[string, Stap, string[]]>([
    [
      "verlengd op de dag vóór het einde, met een jaar",
      { soort: "ots-verlengd", datum: "2026-05-20", tot: "2027-06-02" },
      [],
    ],
    [
      "verlengd met meer dan een jaar (BW 1:260 lid 1)",
      { soort: "ots-verlengd", datum: "2026-05-20", tot: "2027-06-03" },
      ["bw-1-260-telkens-ten-hoogste-een-jaar"],
    ],
    [
      "verlenging zonder later einde",
      { soort: "ots-verlengd", datum: "2026-05-20", tot: "2026-06-02" },
      ["ots-verlenging-later"],
    ],
    ["beëindigd vóór het einde", { soort: "ots-beeindigd", datum: "2026-05-01" }, []],
  ])("%s", (_naam, stap, verwacht) => {
    expect(toets(metOts, stap)).toEqual(verwacht);
  });

  it("verlengen ná het einde wordt geweigerd (BW 1:260 lid 1)", () => {
    const kort = [...voorOts, { ...ots, tot: "2026-05-01" }];
    const na = { soort: "ots-verlengd" as const, datum: "2026-05-01", tot: "2027-05-01" };
    expect(toets(kort, na)).toEqual(["bw-1-260-voor-einde"]);
    expect(verlengenUiterlijk(kort, VANDAAG)).toBeNull();
  });

  it("na verlengen telt het nieuwe einde, en verlengen kan telkens tot een jaar daarna", () => {
    const verlengd = [...metOts, { soort: "ots-verlengd" as const, datum: "2026-05-20", tot: "2027-06-02" }];
    expect(otsVan(verlengd)).toMatchObject({ sinds: "2025-06-02", tot: "2027-06-02", verlengingen: 1 });
    expect(verlengenUiterlijk(verlengd, VANDAAG)).toBe("2028-06-02");
    expect(verlengenUiterlijk(metOts, VANDAAG)).toBe("2027-06-02");
  });
});

describe("Beschermtafel", () => {
  it.each<[string, Beoordeling | null, string, string[]]>([
    ["na de beoordeling", beoordeling, "2026-05-01", []],
    ["zonder beoordeling", null, "2026-05-01", ["beschermtafel-na-beoordeling"]],
    ["in de toekomst", beoordeling, "2026-06-01", ["datum-niet-in-toekomst"]],
  ])("%s", (_naam, b, datum, verwacht) => {
    expect(regels(toetsBeschermtafel(b, datum, VANDAAG))).toEqual(verwacht);
  });
});

describe("de gedragswetenschapper bij belangrijke beslissingen", () => {
  const vraag = (over: Partial<Adviesvraag> = {}): Adviesvraag => ({
    id: "a",
    beslissing: "vto-indienen",
    gevraagdOp: "2026-05-01T10:00:00Z",
    advies: null,
    besluit: null,
    ...over,
  });
  const gegeven = { op: "2026-05-02T10:00:00Z" };
  it("het VTO is een beslissing met advies; de andere stappen niet", () => {
    expect(beslissingVoorStap("vto-ingediend")).toBe("vto-indienen");
    expect(beslissingVoorStap("ots-verlengd")).toBeNull();
  });
  it.each<[string, Adviesvraag[], string]>([
    ["geen adviesvraag", [], "gedragswetenschapper-advies-eerst"],
    ["advies gevraagd, nog niet gegeven", [vraag()], "gedragswetenschapper-advies-eerst"],
    [
      "advies over een andere beslissing",
      [vraag({ beslissing: "uithuisplaatsing-voorstellen", advies: gegeven })],
      "gedragswetenschapper-advies-eerst",
    ],
    ["advies gegeven", [vraag({ advies: gegeven })], "ok"],
  ])("beslissing vastleggen: %s", (_naam, vragen, verwacht) => {
    expect(regels([toetsBeslissingMetAdvies(vragen, "vto-indienen")])).toEqual([verwacht]);
  });
  it.each<[string, Adviesvraag, string, string, string]>([
    ["open vraag", vraag(), "adviesvraag-loopt-al", "ok", "gedragswetenschapper-advies-eerst"],
    ["advies gegeven", vraag({ advies: gegeven }), "adviesvraag-loopt-al", "advies-al-gegeven", "ok"],
    [
      "besloten",
      vraag({ advies: gegeven, besluit: gegeven }),
      "ok",
      "advies-al-gegeven",
      "besluit-al-vastgelegd",
    ],
  ])("%s: nieuwe vraag %s, advies %s, besluit %s", (_naam, v, nieuweVraag, advies, besluit) => {
    expect(regels([toetsAdviesvraag([v], "vto-indienen")])).toEqual([nieuweVraag]);
    expect(regels([toetsAdvies(v)])).toEqual([advies]);
    expect(regels([toetsBesluitOpAdvies(v)])).toEqual([besluit]);
  });
});
