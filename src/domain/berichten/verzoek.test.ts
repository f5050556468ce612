import { describe, expect, it } from "vitest";
import { beantwoord, omschrijvingVerzoek, referenties, type VerzoekInhoud } from "./verzoek";

const ontvangen = { verzoekOntvangenOp: "2026-01-05" };

describe("een verzoek beantwoorden", () => {
  it.each([
    [
      "open → toewijzen",
      "open",
      ontvangen,
      "toewijzen",
      {
        ok: true,
        status: "toegewezen",
        feiten: { verzoekBeantwoordOp: "2026-01-07", verzoekAfgehandeldOp: "2026-01-07" },
      },
    ],
    [
      "open → afwijzen",
      "open",
      ontvangen,
      "afwijzen",
      { ok: true, status: "afgewezen", feiten: { verzoekAfgehandeldOp: "2026-01-07" } },
    ],
    [
      "open → in onderzoek",
      "open",
      ontvangen,
      "in-onderzoek",
      {
        ok: true,
        status: "in-onderzoek",
        feiten: { verzoekBeantwoordOp: "2026-01-07", verzoekInOnderzoekOp: "2026-01-07" },
      },
    ],
    [
      "in onderzoek → toewijzen houdt de eerste antwoorddatum",
      "in-onderzoek",
      { ...ontvangen, verzoekBeantwoordOp: "2026-01-06", verzoekInOnderzoekOp: "2026-01-06" },
      "toewijzen",
      {
        ok: true,
        status: "toegewezen",
        feiten: { verzoekBeantwoordOp: "2026-01-06", verzoekAfgehandeldOp: "2026-01-07" },
      },
    ],
    ["in onderzoek → nog eens in onderzoek", "in-onderzoek", ontvangen, "in-onderzoek", { ok: false }],
    ["toegewezen → afwijzen", "toegewezen", ontvangen, "afwijzen", { ok: false }],
    ["afgewezen → toewijzen", "afgewezen", ontvangen, "toewijzen", { ok: false }],
  ] as const)("%s", (_naam, status, feiten, antwoord, verwacht) => {
    expect(beantwoord(status, feiten, antwoord, "2026-01-07")).toMatchObject(verwacht);
  });
});

describe("verzoekinhoud", () => {
  const product = (referentieAanbieder: string | null) => ({
    referentieAanbieder,
    toewijzingnummer: null,
    soort: "nieuw" as const,
    product: { categorie: "45", code: "45A33" },
    ingangsdatum: "2026-02-01",
    einddatum: "2026-12-31",
    omvang: { volume: 2, eenheid: "04", frequentie: "2" },
    budget: null,
    verwijzer: { type: "01", naam: "huisarts", zorgverlenerCode: null },
    commentaar: null,
  });
  const vot: VerzoekInhoud = {
    referentieAanbieder: null,
    redenVerzoek: null,
    commentaar: null,
    producten: [product("A1"), product("A2"), product("A1")],
  };
  it("een 315 wordt per product beantwoord, een 317 als geheel", () => {
    expect(referenties(vot)).toEqual(["A1", "A2"]);
    expect(referenties({ ...vot, referentieAanbieder: "VOW-9" })).toEqual(["VOW-9"]);
  });
  it("de omschrijving noemt aanbieder, producten en verwijzer", () => {
    expect(omschrijvingVerzoek("toewijzing", "42420001", vot)).toBe(
      "Verzoek om toewijzing van aanbieder 42420001 voor 45 45A33, 45 45A33, 45 45A33 (verwijzer: huisarts).",
    );
  });
});
