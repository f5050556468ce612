import { describe, expect, it } from "vitest";
import { UITKOMSTEN } from "../zaak/statusmachine";
import { gevolgVanUitkomst, toetsBezwaar } from "./bezwaar";

describe("toetsBezwaar", () => {
  const basis = { besluitdatum: "2026-01-10", bezwaarUiterlijk: "2026-02-23", vandaag: "2026-03-01" };
  it.each([
    ["op tijd", "2026-02-01", { ok: true, teLaat: false }],
    ["op de laatste dag", "2026-02-23", { ok: true, teLaat: false }],
    ["te laat", "2026-02-24", { ok: true, teLaat: true }],
    ["voor het besluit", "2026-01-09", { ok: false, regel: "ontvangen-na-besluit" }],
    ["in de toekomst", "2026-03-02", { ok: false, regel: "ontvangen-niet-in-toekomst" }],
  ] as const)("%s", (_naam, ontvangenOp, verwacht) => {
    expect(toetsBezwaar({ ...basis, ontvangenOp })).toMatchObject(verwacht);
  });

  it("zonder bezwaartermijn geen bezwaar", () => {
    expect(toetsBezwaar({ ...basis, bezwaarUiterlijk: null, ontvangenOp: "2026-02-01" })).toMatchObject({
      ok: false,
      regel: "bezwaar-mogelijk",
    });
  });

  it("te laat noemt de verschoonbaarheid (Awb 6:11)", () => {
    const o = toetsBezwaar({ ...basis, ontvangenOp: "2026-02-27" });
    expect(o.ok && o.uitleg).toContain("6:11");
  });
});

describe("gevolgVanUitkomst", () => {
  it.each([
    ["gegrond", "herroepen", true],
    ["deels-gegrond", "herzien", true],
    ["ongegrond", "geldig", false],
    ["niet-ontvankelijk", "geldig", false],
  ] as const)("%s → %s", (uitkomst, status, nieuw) => {
    expect(gevolgVanUitkomst(uitkomst)).toMatchObject({ besluitStatus: status, nieuwBesluitNodig: nieuw });
  });

  it("heeft voor elke uitkomst een uitleg", () => {
    for (const u of UITKOMSTEN) expect(gevolgVanUitkomst(u).uitleg.length).toBeGreaterThan(10);
  });
});
