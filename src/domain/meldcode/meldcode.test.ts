/** The Meldcode's rules as tables: afwegingskader → outcome, the order of questions and steps, closing. */
import { describe, expect, it } from "vitest";
import {
  type Afwegingsantwoord,
  type Beslissingen,
  type Meldcode,
  type Melding,
  meldingVereist,
  type Stappen,
  toetsAfsluiten,
  toetsAfweging,
  toetsBeslissingStap,
  toetsGesprek,
  toetsKennisgeving,
  toetsMeldingVastleggen,
  toetsSignalen,
  toetsStap,
  uitkomstAfweging,
  volgendeStap,
} from "./meldcode";

const VANDAAG = "2026-03-10";
const antwoorden = (reeks: string): Afwegingsantwoord[] =>
  [...reeks].map((c, i) => ({ vraag: i + 1, antwoord: c === "J", motivering: `motivering ${i + 1}` }));

const SIGNAAL = {
  soort: "waarneming" as const,
  datum: "2026-03-01",
  bron: "huisbezoek",
  omschrijving: "Meisje onverzorgd, kleren te klein",
};
const OVERLEG = {
  met: "casemanager-veiligheid" as const,
  naam: "Vera Lubbers",
  datum: "2026-03-02",
  advies: "Bespreek de zorgen met de ouders",
};
const GESPREK = {
  gevoerd: true as const,
  datum: "2026-03-03",
  metWie: "beide ouders",
  verslag: "Ouders weigeren",
};
const tot = (afweging: string, extra: Partial<Stappen> = {}): Stappen => ({
  signalen: [SIGNAAL],
  overleg: [OVERLEG],
  gesprek: GESPREK,
  afweging: antwoorden(afweging),
  ...extra,
});
const lopend = (stappen: Stappen, melding: Melding | null = null): Meldcode => ({
  status: "loopt",
  stappen,
  melding,
});
const beslissingen = (meldingNodig: boolean, hulpMogelijk: boolean): Beslissingen => ({
  meldingNodig,
  meldingMotivering: "zie afweging",
  hulpMogelijk,
  hulpMotivering: "zie afweging",
});
const MELDING: Melding = {
  datum: "2026-03-05",
  contactpersoon: "Veilig Thuis Drenthe, P. de Vries",
  inhoud: "Zorgen over verwaarlozing",
  ouders: { op: "2026-03-06", documentIds: ["d1"] },
};
const BRIEF_VOLGT: Melding = { ...MELDING, ouders: { briefVolgt: true } };
const REDEN_NIET: Melding = {
  ...MELDING,
  ouders: { redenNiet: "Vader is gewelddadig; een brief brengt moeder in gevaar" },
};

// answers J/N to the questions in order → outcome (afwegingskader 2019, DOMAIN §5)
const AFWEGING: [string, string][] = [
  ["", "onvolledig:1"],
  ["N", "geen-vermoeden"],
  ["J", "onvolledig:2"],
  ["JJ", "melden:2"],
  ["JN", "onvolledig:3"],
  ["JNN", "melden:3"],
  ["JNJ", "onvolledig:4"],
  ["JNJN", "melden:4"],
  ["JNJJ", "onvolledig:5"],
  ["JNJJN", "melden:5"],
  ["JNJJJ", "hulp"],
];

describe("afwegingskader → uitkomst", () => {
  it.each(AFWEGING)("%s → %s", (reeks, verwacht) => {
    const u = uitkomstAfweging(antwoorden(reeks));
    const tekst =
      u.soort === "onvolledig"
        ? `onvolledig:${u.volgendeVraag}`
        : u.soort === "melden"
          ? `melden:${u.vraag}`
          : u.soort;
    expect(tekst).toBe(verwacht);
    expect(toetsAfweging(antwoorden(reeks))).toEqual([]);
  });

  it.each([
    ["vraag 2 overgeslagen", [1, 3], "afwegingskader-volgorde"],
    ["omgekeerde volgorde", [2, 1], "afwegingskader-volgorde"],
  ])("%s wordt geweigerd", (_naam, vragen, regel) => {
    const rij = (vragen as number[]).map((vraag) => ({ vraag, antwoord: true, motivering: "m" }));
    expect(toetsAfweging(rij).map((f) => f.regel)).toContain(regel);
  });

  it.each([
    ["N", "J"],
    ["JJ", "N"],
    ["JNN", "J"],
  ])("na het beslissende antwoord %s geen vraag meer (%s)", (reeks, erna) => {
    const fouten = toetsAfweging(antwoorden(reeks + erna));
    expect(fouten.map((f) => f.regel)).toEqual(["afwegingskader-volgorde"]);
    expect(fouten[0]?.veld).toBe(`afweging.${reeks.length}.vraag`);
  });

  it("elk antwoord heeft een motivering", () => {
    const fouten = toetsAfweging([{ vraag: 1, antwoord: true, motivering: "  " }]);
    expect(fouten).toEqual([
      expect.objectContaining({ regel: "afwegingskader-gemotiveerd", veld: "afweging.0.motivering" }),
    ]);
  });
});

// afweging, beslissingen (melding nodig, hulp mogelijk) → melding verplicht
const VERPLICHT: [string, Beslissingen | undefined, boolean][] = [
  ["N", undefined, false],
  ["JJ", undefined, true],
  ["JNN", undefined, true],
  ["JNJN", undefined, true],
  ["JNJJN", undefined, true],
  ["JNJJJ", beslissingen(false, true), false],
  ["JNJJJ", beslissingen(true, true), true],
  ["JNJJJ", beslissingen(true, false), true],
];

describe("de uitkomst is bindend: melding bij Veilig Thuis verplicht", () => {
  it.each(VERPLICHT)("%s %o → %s", (reeks, b, verwacht) => {
    expect(meldingVereist(tot(reeks, b ? { beslissingen: b } : {})).vereist).toBe(verwacht);
  });

  it("na 'melden' uit het afwegingskader mag beslissing 1 niet 'niet melden' zijn", () => {
    const fouten = toetsBeslissingStap(lopend(tot("JNJN")), beslissingen(false, false));
    expect(fouten.map((f) => f.regel)).toContain("uitkomst-afwegingskader-bindend");
    expect(fouten[0]?.veld).toBe("meldingNodig");
  });

  it("hulp niet mogelijk zonder melding wordt geweigerd", () => {
    const fouten = toetsBeslissingStap(lopend(tot("JNJJJ")), beslissingen(false, false));
    expect(fouten.map((f) => f.regel)).toEqual(["uitkomst-afwegingskader-bindend"]);
  });

  it("hulp mogelijk en niet melden is toegestaan na een volledige afweging", () => {
    expect(toetsBeslissingStap(lopend(tot("JNJJJ")), beslissingen(false, true))).toEqual([]);
  });
});

describe("de stappen in volgorde", () => {
  it.each([
    [{}, "signalen"],
    [{ signalen: [SIGNAAL] }, "overleg"],
    [{ signalen: [SIGNAAL], overleg: [OVERLEG] }, "gesprek"],
    [tot("J"), "afweging"],
    [tot("JJ"), "beslissingen"],
    [tot("JJ", { beslissingen: beslissingen(true, false) }), null],
  ] as [Stappen, string | null][])("%o → volgende stap %s", (stappen, verwacht) => {
    expect(volgendeStap(stappen)).toBe(verwacht);
  });

  it("overleg vóór signalen wordt geweigerd", () => {
    expect(toetsStap(lopend({}), "overleg", [OVERLEG], VANDAAG).map((f) => f.regel)).toEqual([
      "stappen-in-volgorde",
    ]);
  });

  it("de afweging vóór het gesprek wordt geweigerd", () => {
    const m = lopend({ signalen: [SIGNAAL], overleg: [OVERLEG] });
    expect(toetsStap(m, "afweging", antwoorden("J"), VANDAAG).map((f) => f.regel)).toEqual([
      "stappen-in-volgorde",
    ]);
  });

  it("stap 5 vóór een afgeronde afweging wordt geweigerd", () => {
    expect(toetsBeslissingStap(lopend(tot("JN")), beslissingen(true, false)).map((f) => f.regel)).toEqual([
      "stappen-in-volgorde",
    ]);
  });

  it("een eerdere stap mag worden bijgewerkt zolang er geen melding is", () => {
    expect(toetsStap(lopend(tot("JJ")), "signalen", [SIGNAAL], VANDAAG)).toEqual([]);
    expect(toetsStap(lopend(tot("JJ"), MELDING), "signalen", [SIGNAAL], VANDAAG)[0]?.regel).toBe(
      "meldcode-afgesloten",
    );
  });
});

describe("signalen en gesprek", () => {
  it.each([
    [{ ...SIGNAAL, omschrijving: " " }, "signalen.0.omschrijving"],
    [{ ...SIGNAAL, bron: "" }, "signalen.0.bron"],
    [{ ...SIGNAAL, soort: "standpunt-ander" as const }, "signalen.0.wie"],
    [{ ...SIGNAAL, datum: "2026-03-11" }, "signalen.0.datum"],
  ])("%o → fout bij %s", (signaal, veld) => {
    const fouten = toetsSignalen([signaal], VANDAAG);
    expect(fouten.map((f) => f.veld)).toEqual([veld]);
    expect(fouten[0]?.ongeldig).toBe(true);
  });

  it("een standpunt van een ander met naam is goed; geen signalen niet", () => {
    expect(toetsSignalen([{ ...SIGNAAL, soort: "standpunt-ander", wie: "de juf" }], VANDAAG)).toEqual([]);
    expect(toetsSignalen([], VANDAAG)[0]?.regel).toBe("signaal-feitelijk");
  });

  it("geen gesprek vraagt de reden waarom het niet veilig was", () => {
    expect(toetsGesprek({ gevoerd: false, redenNietVeilig: "" }, VANDAAG)[0]?.veld).toBe("redenNietVeilig");
    expect(toetsGesprek({ gevoerd: false, redenNietVeilig: "Vader dreigde" }, VANDAAG)).toEqual([]);
  });
});

describe("melding en afsluiten", () => {
  const beslist = (reeks: string, b: Beslissingen) => lopend(tot(reeks, { beslissingen: b }));

  it("afsluiten zonder melding terwijl die verplicht is: geweigerd met de regel", () => {
    const fouten = toetsAfsluiten(beslist("JNJN", beslissingen(true, false)), "Gesloten");
    expect(fouten.map((f) => f.regel)).toEqual(["melding-veilig-thuis-vereist"]);
    expect(fouten[0]?.melding).toMatch(/Veilig Thuis/);
  });

  it.each([
    ["melding gedaan, ouders per brief geïnformeerd", beslist("JJ", beslissingen(true, true)), MELDING, []],
    [
      "melding gedaan, reden waarom de ouders het niet horen",
      beslist("JJ", beslissingen(true, true)),
      REDEN_NIET,
      [],
    ],
    [
      "melding gedaan, brief aan de ouders nog niet verstuurd",
      beslist("JJ", beslissingen(true, true)),
      BRIEF_VOLGT,
      ["ouders-schriftelijk-geinformeerd"],
    ],
    ["hulp, geen melding nodig", beslist("JNJJJ", beslissingen(false, true)), null, []],
    ["geen vermoeden, zonder stap 5", lopend(tot("N")), null, []],
    ["afweging niet af", lopend(tot("JN")), null, ["afwegingskader-volledig"]],
    ["stap 5 ontbreekt", lopend(tot("JJ")), null, ["stappen-in-volgorde"]],
  ] as [string, Meldcode, Melding | null, string[]][])("%s", (_naam, m, melding, regels) => {
    expect(toetsAfsluiten({ ...m, melding }, "Vervolgafspraken met casemanager").map((f) => f.regel)).toEqual(
      regels,
    );
  });

  it("de melding pas na stap 5, met contact, inhoud en de ouders geïnformeerd of de reden", () => {
    expect(toetsMeldingVastleggen(lopend(tot("JJ")), MELDING, VANDAAG)[0]?.regel).toBe(
      "melding-alleen-na-beslissing",
    );
    const m = beslist("JJ", beslissingen(true, true));
    expect(toetsMeldingVastleggen(m, MELDING, VANDAAG)).toEqual([]);
    expect(
      toetsMeldingVastleggen(m, { ...MELDING, ouders: { redenNiet: "" } }, VANDAAG).map((f) => f.veld),
    ).toEqual(["oudersRedenNiet"]);
    expect(toetsMeldingVastleggen(m, BRIEF_VOLGT, VANDAAG)).toEqual([]);
    expect(
      toetsMeldingVastleggen(m, { ...MELDING, contactpersoon: "", inhoud: "" }, VANDAAG).map((f) => f.veld),
    ).toEqual(["contactpersoon", "inhoud"]);
    expect(toetsMeldingVastleggen({ ...m, melding: MELDING }, MELDING, VANDAAG)[0]?.regel).toBe(
      "melding-vastgelegd",
    );
  });

  // the written notice to the parents: after the melding, once, and not when a reason not to inform is recorded
  it.each([
    ["brief volgt, met toelichting", BRIEF_VOLGT, "loopt" as const, "Zorgen over de veiligheid", []],
    ["Meldcode afgesloten", BRIEF_VOLGT, "afgesloten" as const, "Zorgen", ["meldcode-afgesloten"]],
    ["brief volgt, zonder toelichting", BRIEF_VOLGT, "loopt" as const, "  ", ["kennisgeving-toegelicht"]],
    ["nog geen melding", null, "loopt" as const, "Zorgen", ["kennisgeving-na-melding"]],
    ["brief al verstuurd", MELDING, "loopt" as const, "Zorgen", ["kennisgeving-na-melding"]],
    ["reden vastgelegd: geen brief", REDEN_NIET, "loopt" as const, "Zorgen", ["kennisgeving-na-melding"]],
  ] as [string, Melding | null, "loopt" | "afgesloten", string, string[]][])(
    "kennisgeving: %s",
    (_naam, melding, status, reden, regels) => {
      const m: Meldcode = { ...beslist("JJ", beslissingen(true, true)), melding };
      expect(toetsKennisgeving({ ...m, status }, reden).map((f) => f.regel)).toEqual(regels);
    },
  );

  it("afsluiten vraagt een toelichting, en een afgesloten Meldcode verandert niet meer", () => {
    const m = beslist("JNJJJ", beslissingen(false, true));
    expect(toetsAfsluiten(m, " ").map((f) => f.veld)).toEqual(["toelichting"]);
    expect(toetsAfsluiten({ ...m, status: "afgesloten" }, "x")[0]?.regel).toBe("meldcode-afgesloten");
    expect(toetsStap({ ...m, status: "afgesloten" }, "signalen", [SIGNAAL], VANDAAG)[0]?.regel).toBe(
      "meldcode-afgesloten",
    );
  });
});
