import { describe, expect, it } from "vitest";
import { toetsWvggz, type Wvggz, wvggzStatus } from "./wvggz";

const VANDAAG = "2026-05-20";
const CONTEXT = { vandaag: VANDAAG, persoonIds: ["p1", "p2"] };
const onderzoek = {
  door: "GGD, sociaal psychiatrisch verpleegkundige",
  afgerondOp: "2026-05-15",
  bevindingen: "Ernstig nadeel dreigt",
};
const besluit = { op: "2026-05-18", aanvraag: true, motivering: "Vrijwillige zorg lukt niet" };
const basis: Wvggz = {
  betrokkeneId: "p1",
  melding: {
    op: "2026-05-06",
    door: "J. Buur",
    melder: "buurtbewoner",
    zorgen: "Verward, verwaarloost zich",
  },
  onderzoek,
  besluit,
  betrokkenen: [{ rol: "officier-van-justitie", naam: "Mr. A. de Vries" }],
  crisismaatregel: null,
};

// [what, change, the rules broken] — the steps in order (Wvggz art. 5:2, 5:3; hoofdstuk 7); no term is computed.
const TABEL: [string, Partial<Wvggz>, string[]][] = [
  ["alles klopt", {}, []],
  ["alleen de melding", { onderzoek: null, besluit: null }, []],
  [
    "melding vandaag mag (ieder mag melden)",
    { melding: { ...basis.melding, op: VANDAAG, melder: "anders" }, onderzoek: null, besluit: null },
    [],
  ],
  [
    "melding in de toekomst",
    { melding: { ...basis.melding, op: "2026-05-21" }, onderzoek: null, besluit: null },
    ["wvggz-melding-niet-in-toekomst"],
  ],
  ["betrokkene niet op de zaak", { betrokkeneId: "p9" }, ["wvggz-betrokkene-op-zaak"]],
  [
    "onderzoek vóór de melding",
    { onderzoek: { ...onderzoek, afgerondOp: "2026-05-05" }, besluit: null },
    ["wvggz-onderzoek-na-melding"],
  ],
  ["onderzoek op de dag van de melding mag", { onderzoek: { ...onderzoek, afgerondOp: "2026-05-06" } }, []],
  [
    "onderzoek in de toekomst",
    { onderzoek: { ...onderzoek, afgerondOp: "2026-05-21" }, besluit: null },
    ["wvggz-onderzoek-niet-in-toekomst"],
  ],
  ["besluit zonder onderzoek", { onderzoek: null }, ["wvggz-besluit-na-onderzoek"]],
  [
    "besluit vóór het einde van het onderzoek",
    { besluit: { ...besluit, op: "2026-05-14" } },
    ["wvggz-besluit-na-onderzoek"],
  ],
  [
    "besluit in de toekomst",
    { besluit: { ...besluit, op: "2026-05-21" } },
    ["wvggz-besluit-niet-in-toekomst"],
  ],
  ["crisismaatregel vandaag", { crisismaatregel: { op: VANDAAG, toelichting: "Na escalatie thuis" } }, []],
  [
    "crisismaatregel zonder melding-stappen",
    { onderzoek: null, besluit: null, crisismaatregel: { op: "2026-05-07", toelichting: "" } },
    [],
  ],
  [
    "crisismaatregel in de toekomst",
    { crisismaatregel: { op: "2026-05-21", toelichting: "" } },
    ["wvggz-crisismaatregel-niet-in-toekomst"],
  ],
];

describe("Wet verplichte GGZ: de stappen op volgorde", () => {
  it.each(TABEL)("%s", (_wat, wijziging, regels) => {
    expect(toetsWvggz({ ...basis, ...wijziging }, CONTEXT).map((u) => (u.ok ? "" : u.regel))).toEqual(regels);
  });

  it("in de toekomst of buiten de zaak is ongeldig (400), een stap te vroeg is een regel (422)", () => {
    expect(toetsWvggz({ ...basis, betrokkeneId: "p9" }, CONTEXT)[0]).toMatchObject({ ongeldig: true });
    expect(toetsWvggz({ ...basis, onderzoek: null }, CONTEXT)[0]).not.toHaveProperty("ongeldig");
  });

  it("de status volgt de stappen", () => {
    expect(wvggzStatus({ onderzoek: null, besluit: null })).toBe("onderzoek");
    expect(wvggzStatus({ onderzoek: basis.onderzoek, besluit: null })).toBe("besluit");
    expect(wvggzStatus(basis)).toBe("aanvraag-ingediend");
    expect(wvggzStatus({ ...basis, besluit: { ...besluit, aanvraag: false } })).toBe("geen-aanvraag");
  });
});
