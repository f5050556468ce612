import { describe, expect, it } from "vitest";
import { type InzageDocument, stelInzageSamen } from "./inzage";

const docs: InzageDocument[] = [
  { id: "z1", soort: "zaak", titel: "Zaak Z-1 (wmo)", datum: "2026-01-05", inhoud: "Hulp bij huishouden" },
  {
    id: "a1",
    soort: "aantekening",
    titel: "Aantekening",
    datum: "2026-01-06",
    inhoud: "Vader zegt dat moeder ...",
  },
];

describe("inzage samenstellen", () => {
  it("neemt op wat is gekozen en legt de motivering van het uitgeslotene vast", () => {
    const uitkomst = stelInzageSamen(docs, [
      { documentId: "z1", opnemen: true },
      {
        documentId: "a1",
        opnemen: false,
        motivering: "Belang van de andere ouder weegt zwaarder (art. 15 lid 4 AVG).",
      },
    ]);
    expect(uitkomst).toMatchObject({
      ok: true,
      opgenomen: [{ id: "z1" }],
      uitgesloten: [
        {
          document: { id: "a1" },
          motivering: "Belang van de andere ouder weegt zwaarder (art. 15 lid 4 AVG).",
        },
      ],
    });
  });

  it("eist een beslissing per document en een motivering bij uitsluiten", () => {
    const uitkomst = stelInzageSamen(docs, [{ documentId: "a1", opnemen: false, motivering: "nee" }]);
    expect(uitkomst.ok).toBe(false);
    if (!uitkomst.ok) {
      expect(uitkomst.fouten.map((f) => f.veld)).toEqual(["beslissingen.0.motivering", "beslissingen"]);
    }
  });

  it("weigert onbekende of dubbele documenten", () => {
    const uitkomst = stelInzageSamen(docs, [
      { documentId: "z1", opnemen: true },
      { documentId: "z1", opnemen: true },
      { documentId: "x", opnemen: true },
      { documentId: "a1", opnemen: true },
    ]);
    expect(uitkomst.ok).toBe(false);
    if (!uitkomst.ok) expect(uitkomst.fouten).toHaveLength(2);
  });
});
