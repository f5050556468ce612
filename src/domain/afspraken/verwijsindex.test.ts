import { describe, expect, it } from "vitest";
import { beoordeelVerwijsindex } from "./verwijsindex";

const basis = {
  zaaktype: "jeugd",
  persoon: { geboortedatum: "2014-03-01" },
  geregistreerdOp: "2026-01-05",
  vandaag: "2026-01-06",
  meldingsdatum: "2025-12-01",
  alGeregistreerd: false,
};

describe("Verwijsindex", () => {
  it.each<
    [
      string,
      Partial<typeof basis> & { persoon?: { geboortedatum: string } | undefined },
      string | null,
      string | undefined,
    ]
  >([
    ["jeugdzaak met een kind", {}, null, undefined],
    [
      "regiezaak met een jongere van 22",
      { zaaktype: "regie", persoon: { geboortedatum: "2003-06-01" } },
      null,
      undefined,
    ],
    ["Wmo-zaak", { zaaktype: "wmo" }, "jeugdzaak", undefined],
    ["persoon niet op de zaak", { persoon: undefined }, "hoort niet bij de zaak", "persoonId"],
    ["23 jaar of ouder", { persoon: { geboortedatum: "2002-01-05" } }, "tot 23 jaar", undefined],
    ["datum in de toekomst", { geregistreerdOp: "2026-01-07" }, "toekomst", "geregistreerdOp"],
    ["datum voor de melding", { geregistreerdOp: "2025-11-30" }, "voor de melding", "geregistreerdOp"],
    ["al geregistreerd", { alGeregistreerd: true }, "al in de Verwijsindex", undefined],
  ])("%s", (_naam, over, reden, veld) => {
    const oordeel = beoordeelVerwijsindex({ ...basis, ...over });
    if (reden === null) {
      expect(oordeel).toEqual({ ok: true });
      return;
    }
    expect(oordeel.ok).toBe(false);
    if (!oordeel.ok) {
      expect(oordeel.reden).toContain(reden);
      expect(oordeel.veld).toBe(veld);
    }
  });
});
