import { describe, expect, it } from "vitest";
import {
  deelTekstOp,
  isVoorbeeld,
  MELDING_STATUSSEN,
  type MeldingActie,
  type MeldingStatus,
  PROTOCOL_SOORTEN,
  statusNa,
  toetsActie,
  toetsAfsluiten,
  toetsMelding,
  toetsProtocoltekst,
  toetsStap,
  VOORBEELDTEKSTEN,
} from "./protocollen";

const NU = new Date("2026-03-10T10:00:00Z");
const UUR_GELEDEN = new Date("2026-03-10T09:00:00Z");
const MORGEN = new Date("2026-03-11T10:00:00Z");

describe("de status van een melding bij de teamleider", () => {
  // status → actie → allowed? (then the status after it)
  const TABEL: [MeldingStatus, MeldingActie, MeldingStatus | null][] = [
    ["gemeld", "opstarten", "opgestart"],
    ["gemeld", "stap", null],
    ["gemeld", "afsluiten", null],
    ["opgestart", "opstarten", null],
    ["opgestart", "stap", "opgestart"],
    ["opgestart", "afsluiten", "afgesloten"],
    ["afgesloten", "opstarten", null],
    ["afgesloten", "stap", null],
    ["afgesloten", "afsluiten", null],
  ];

  it("de tabel dekt iedere status × actie", () => {
    expect(TABEL).toHaveLength(MELDING_STATUSSEN.length * 3);
  });

  it.each(TABEL)("%s · %s → %s", (status, actie, na) => {
    const fouten = toetsActie(status, actie);
    if (na === null) {
      expect(fouten).toHaveLength(1);
      expect(fouten[0]?.regel).toBe(`${actie}-bij-${status}`);
    } else {
      expect(fouten).toEqual([]);
      expect(statusNa(status, actie)).toBe(na);
    }
  });

  it("een afgesloten melding neemt geen stappen meer", () => {
    expect(toetsStap("afgesloten", { tijdstip: UUR_GELEDEN, wat: "Gebeld", door: "Teamleider" }, NU)).toEqual(
      [
        {
          regel: "stap-bij-afgesloten",
          melding: "Deze melding is afgesloten; er kan niets meer worden vastgelegd.",
        },
      ],
    );
  });
});

describe("invoer van melding, stap en afsluiting", () => {
  const velden = (fouten: { veld?: string }[]) => fouten.map((f) => f.veld);

  it.each([
    [{ wat: "Dreigende brief", waar: "Balie", wanneer: UUR_GELEDEN }, []],
    [{ wat: " ", waar: "Balie", wanneer: UUR_GELEDEN }, ["wat"]],
    [{ wat: "Dreigende brief", waar: "", wanneer: MORGEN }, ["waar", "wanneer"]],
  ])("melding %j → velden %j", (melding, verwacht) => {
    expect(velden(toetsMelding(melding, NU))).toEqual(verwacht);
  });

  it("noemt het veld bij zijn label", () => {
    expect(toetsMelding({ wat: "", waar: "x", wanneer: NU }, NU)[0]?.melding).toBe(
      "Wat is er gebeurd of wat is de dreiging: vul dit in.",
    );
    expect(toetsMelding({ wat: "x", waar: "x", wanneer: MORGEN }, NU)[0]?.melding).toBe(
      "Wanneer: dit tijdstip ligt in de toekomst.",
    );
  });

  it.each([
    [{ tijdstip: UUR_GELEDEN, wat: "Politie gebeld", door: "Teamleider" }, []],
    [{ tijdstip: MORGEN, wat: "", door: "" }, ["tijdstip", "wat", "door"]],
  ])("stap %j → velden %j", (stap, verwacht) => {
    expect(velden(toetsStap("opgestart", stap, NU))).toEqual(verwacht);
  });

  it.each([
    ["opgestart", "Goed verlopen; nazorg geregeld.", []],
    ["opgestart", "  ", ["evaluatie"]],
    ["gemeld", "Goed verlopen.", [undefined]],
  ] as const)("afsluiten bij %s met %j → %j", (status, evaluatie, verwacht) => {
    expect(velden(toetsAfsluiten(status, evaluatie))).toEqual(verwacht);
  });

  it("een protocoltekst heeft een titel en een tekst", () => {
    expect(velden(toetsProtocoltekst({ titel: "", tekst: "" }))).toEqual(["titel", "tekst"]);
    expect(toetsProtocoltekst({ titel: "Alarmprotocol", tekst: "1. Druk op de knop" })).toEqual([]);
  });
});

describe("de tekst van een protocol zoals de lezer hem ziet", () => {
  it.each([
    ["", []],
    ["Eén alinea\nover twee regels", [{ soort: "alinea", regels: ["Eén alinea", "over twee regels"] }]],
    [
      "# Wat doet u?\n1. Blijf rustig\n2) Druk op de alarmknop\n\n3. Ga naar de veilige ruimte",
      [
        { soort: "kop", tekst: "Wat doet u?" },
        { soort: "stappen", start: 1, items: ["Blijf rustig", "Druk op de alarmknop"] },
        { soort: "stappen", start: 3, items: ["Ga naar de veilige ruimte"] },
      ],
    ],
    [
      "Bij:\r\n- agressie\r\n* geweld\r\nDaarna bellen.",
      [
        { soort: "alinea", regels: ["Bij:"] },
        { soort: "opsomming", items: ["agressie", "geweld"] },
        { soort: "alinea", regels: ["Daarna bellen."] },
      ],
    ],
    ["2026 was een rustig jaar.", [{ soort: "alinea", regels: ["2026 was een rustig jaar."] }]],
  ])("%j", (tekst, blokken) => {
    expect(deelTekstOp(tekst)).toEqual(blokken);
  });

  it.each(PROTOCOL_SOORTEN)(
    "de voorbeeldtekst van %s is als voorbeeld herkenbaar en heeft stappen of punten",
    (soort) => {
      const { tekst } = VOORBEELDTEKSTEN[soort];
      expect(isVoorbeeld(tekst)).toBe(true);
      expect(deelTekstOp(tekst).some((b) => b.soort === "stappen" || b.soort === "opsomming")).toBe(true);
      expect(isVoorbeeld(`Ons eigen protocol.\n\n${tekst}`)).toBe(false);
    },
  );
});
