import { describe, expect, it } from "vitest";
import {
  type Beslissing,
  type InzageDocument,
  stelInzageSamen,
  toetsBeslissing,
  WEIGERGROND_CODES,
} from "./inzage";

const doc = (id: string, soort: InzageDocument["soort"]): InzageDocument => ({
  id,
  soort,
  zaakId: "z",
  zaaknummer: "Z-1",
  titel: `Titel ${id}`,
  datum: "2026-01-05",
  inhoud: `Inhoud ${id}`,
});
const docs = [doc("zaak:1", "zaakgegevens"), doc("document:2", "document"), doc("journaal:3", "journaal")];
const motivering = "Bevat de mening van de buurman over de vader.";

describe("een beslissing per document", () => {
  it.each<[string, Beslissing, string[]]>([
    ["verstrekken zonder grond", { documentId: "d", uitkomst: "verstrekken" }, []],
    [
      "verstrekken met grond",
      { documentId: "d", uitkomst: "verstrekken", grond: "privacy-derden" },
      ["b.grond"],
    ],
    [
      "weigeren met grond en motivering",
      { documentId: "d", uitkomst: "weigeren", grond: "privacy-derden", toelichting: motivering },
      [],
    ],
    [
      "weigeren zonder grond",
      { documentId: "d", uitkomst: "weigeren", toelichting: motivering },
      ["b.grond"],
    ],
    [
      "weigeren met een grond buiten de lijst",
      { documentId: "d", uitkomst: "weigeren", grond: "geen-zin", toelichting: motivering },
      ["b.grond"],
    ],
    [
      "weigeren met een te korte motivering",
      { documentId: "d", uitkomst: "weigeren", grond: "rechten-anderen", toelichting: "  nee     " },
      ["b.toelichting"],
    ],
    ["weigeren zonder iets", { documentId: "d", uitkomst: "weigeren" }, ["b.grond", "b.toelichting"]],
  ])("%s", (_naam, beslissing, velden) => {
    expect(toetsBeslissing(beslissing, "b").map((f) => f.veld)).toEqual(velden);
  });

  it("iedere grond uit de lijst is bruikbaar", () => {
    for (const grond of WEIGERGROND_CODES)
      expect(
        toetsBeslissing({ documentId: "d", uitkomst: "weigeren", grond, toelichting: motivering }, "b"),
      ).toEqual([]);
  });
});

describe("inzage samenstellen", () => {
  it("splitst verstrekt en geweigerd; het geweigerde houdt grond en motivering, zonder inhoud", () => {
    const uitkomst = stelInzageSamen(docs, [
      { documentId: "zaak:1", uitkomst: "verstrekken" },
      { documentId: "document:2", uitkomst: "verstrekken" },
      {
        documentId: "journaal:3",
        uitkomst: "weigeren",
        grond: "privacy-derden",
        toelichting: ` ${motivering} `,
      },
    ]);
    expect(uitkomst).toMatchObject({
      ok: true,
      verstrekt: [{ id: "zaak:1" }, { id: "document:2" }],
      geweigerd: [{ document: { id: "journaal:3" }, grond: "privacy-derden", toelichting: motivering }],
    });
    expect(JSON.stringify(uitkomst.ok && uitkomst.geweigerd)).not.toContain("Inhoud journaal:3");
  });

  it.each<[string, Beslissing[], string[]]>([
    [
      "een document zonder beslissing",
      [
        { documentId: "zaak:1", uitkomst: "verstrekken" },
        { documentId: "document:2", uitkomst: "verstrekken" },
      ],
      ["beslissingen"],
    ],
    [
      "een onbekend en een dubbel document",
      [
        { documentId: "zaak:1", uitkomst: "verstrekken" },
        { documentId: "zaak:1", uitkomst: "verstrekken" },
        { documentId: "x", uitkomst: "verstrekken" },
        { documentId: "document:2", uitkomst: "verstrekken" },
        { documentId: "journaal:3", uitkomst: "verstrekken" },
      ],
      ["beslissingen.1.documentId", "beslissingen.2.documentId"],
    ],
    [
      "weigeren zonder motivering",
      [
        { documentId: "zaak:1", uitkomst: "verstrekken" },
        { documentId: "document:2", uitkomst: "weigeren", grond: "privacy-derden" },
        { documentId: "journaal:3", uitkomst: "verstrekken" },
      ],
      ["beslissingen.1.toelichting"],
    ],
  ])("weigert %s", (_naam, beslissingen, velden) => {
    const uitkomst = stelInzageSamen(docs, beslissingen);
    expect(uitkomst.ok).toBe(false);
    if (!uitkomst.ok) expect(uitkomst.fouten.map((f) => f.veld)).toEqual(velden);
  });

  it("zonder documenten is een lege inzage (alleen de persoonsgegevens) goed", () => {
    expect(stelInzageSamen([], [])).toEqual({ ok: true, verstrekt: [], geweigerd: [] });
  });
});
