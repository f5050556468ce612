import { describe, expect, it } from "vitest";
import {
  type BesluitContext,
  type BesluitInvoer,
  type BesluitProduct,
  type BesluitRegel,
  type CatalogusProduct,
  toetsBesluit,
} from "./besluit";

const CATALOGUS: CatalogusProduct[] = [
  {
    wet: "wmo",
    categorie: "07",
    code: "07A01",
    omschrijving: "Dagbesteding naar onderwijs 1-4 dagdelen",
    interventieniveau: 7,
    geldigVanaf: "2020-01-01",
    geldigTot: null,
  },
  {
    wet: "jeugd",
    categorie: "45",
    code: "45A33",
    omschrijving: "I4G Begeleiding gezondheid",
    interventieniveau: 4,
    geldigVanaf: "2020-01-01",
    geldigTot: "2025-12-31",
  },
];

const product = (over: Partial<BesluitProduct> = {}): BesluitProduct => ({
  categorie: "07",
  productcode: "07A01",
  aanbiederAgb: "12345678",
  ingangsdatum: "2026-02-01",
  einddatum: "2026-12-31",
  omvang: { volume: 2, eenheid: "16", frequentie: "2" },
  budget: null,
  ...over,
});

const invoer = (over: Partial<BesluitInvoer> = {}): BesluitInvoer => ({
  soort: "toekenning",
  besluitdatum: "2026-01-20",
  leveringsvorm: "zin",
  producten: [product()],
  reden: null,
  einddatum: null,
  nieuweGemeente: null,
  terugvordering: null,
  motivering: "",
  ...over,
});

const PLAN = {
  ondertekendOp: "2026-01-10",
  maatwerkvoorzieningen: null,
  afwijking: false,
  afwijkingGoedgekeurd: false,
};

const context = (over: Partial<BesluitContext> = {}): BesluitContext => ({
  zaaktype: "wmo",
  plan: PLAN,
  catalogus: CATALOGUS,
  besluitInKracht: null,
  vandaag: "2026-01-20",
  ...over,
});

const regels = (i: BesluitInvoer, c: BesluitContext) => toetsBesluit(i, c).map((f) => f.regel);

describe("toetsBesluit", () => {
  it("staat een correcte toekenning in natura toe", () => {
    expect(toetsBesluit(invoer(), context())).toEqual([]);
  });

  const gevallen: [string, BesluitInvoer, BesluitContext, BesluitRegel][] = [
    [
      "besluitdatum in de toekomst",
      invoer({ besluitdatum: "2026-02-01" }),
      context(),
      "besluitdatum-niet-in-toekomst",
    ],
    ["toekenning zonder ondertekend plan", invoer(), context({ plan: null }), "plan-ondertekend"],
    [
      "afwijking zonder handtekening teamleider",
      invoer(),
      context({ plan: { ...PLAN, afwijking: true } }),
      "afwijking-goedgekeurd",
    ],
    ["toekenning zonder producten", invoer({ producten: [] }), context(), "producten-nodig"],
    [
      "product niet in catalogus",
      invoer({ producten: [product({ productcode: "99X99" })] }),
      context(),
      "product-in-catalogus",
    ],
    [
      "product buiten geldigheid",
      invoer({ producten: [product({ categorie: "45", productcode: "45A33", ingangsdatum: "2026-02-01" })] }),
      context({ zaaktype: "jeugd" }),
      "product-in-catalogus",
    ],
    [
      "Jeugdproduct op een Wmo-zaak",
      invoer({ producten: [product({ categorie: "45", productcode: "45A33", ingangsdatum: "2025-02-01" })] }),
      context(),
      "product-past-bij-wet",
    ],
    [
      "einde voor begin",
      invoer({ producten: [product({ einddatum: "2026-01-01" })] }),
      context(),
      "einde-voor-begin",
    ],
    [
      "omvang en budget samen",
      invoer({ producten: [product({ budget: 1000 })] }),
      context(),
      "omvang-of-budget",
    ],
    ["zin zonder omvang", invoer({ producten: [product({ omvang: null })] }), context(), "omvang-nodig"],
    [
      "zin zonder aanbieder",
      invoer({ producten: [product({ aanbiederAgb: null })] }),
      context(),
      "aanbieder-nodig",
    ],
    [
      "pgb zonder budget",
      invoer({ leveringsvorm: "pgb", producten: [product({ omvang: null, aanbiederAgb: null })] }),
      context(),
      "budget-nodig",
    ],
    [
      "pgb met een niet doorstane pgb-toets",
      invoer({ leveringsvorm: "pgb", producten: [product({ omvang: null, budget: 250000 })] }),
      context({
        plan: {
          ...PLAN,
          maatwerkvoorzieningen: [
            { productCode: "07A01", leveringsvorm: "pgb", pgbBezwaren: ["bekwaamheid is niet aangetoond"] },
          ],
        },
      }),
      "pgb-toets",
    ],
    [
      "pgb dat niet in het plan staat",
      invoer({ leveringsvorm: "pgb", producten: [product({ omvang: null, budget: 250000 })] }),
      context({ plan: { ...PLAN, maatwerkvoorzieningen: [] } }),
      "pgb-toets",
    ],
    ["producten zonder leveringsvorm", invoer({ leveringsvorm: null }), context(), "leveringsvorm-nodig"],
    ["wijziging zonder lopend besluit", invoer({ soort: "wijziging" }), context(), "besluit-in-kracht"],
    [
      "beëindiging zonder reden",
      invoer({ soort: "beeindiging", producten: [], einddatum: "2026-03-01" }),
      context({ besluitInKracht: "toekenning" }),
      "reden-beeindiging",
    ],
    [
      "beëindiging wegens verhuizing zonder nieuwe gemeente",
      invoer({ soort: "beeindiging", producten: [], reden: "verhuizing", einddatum: "2026-03-01" }),
      context({ besluitInKracht: "toekenning" }),
      "nieuwe-gemeente",
    ],
    ["producten op een werk-zaak", invoer(), context({ zaaktype: "werk" }), "geen-producten"],
    [
      "afwijzing zonder motivering",
      invoer({ soort: "afwijzing", producten: [] }),
      context(),
      "motivering-nodig",
    ],
  ];

  it.each(gevallen)("%s → regel %s", (_naam, i, c, regel) => {
    expect(regels(i, c)).toContain(regel);
  });

  it("staat een pgb met doorstane toets toe", () => {
    const i = invoer({
      leveringsvorm: "pgb",
      producten: [product({ omvang: null, aanbiederAgb: null, budget: 250000 })],
    });
    const c = context({
      plan: {
        ...PLAN,
        maatwerkvoorzieningen: [{ productCode: "07A01", leveringsvorm: "pgb", pgbBezwaren: [] }],
      },
    });
    expect(toetsBesluit(i, c)).toEqual([]);
  });

  it("afwijzing en beëindiging hebben geen nieuw ondertekend plan nodig", () => {
    expect(
      regels(
        invoer({ soort: "afwijzing", producten: [], leveringsvorm: null, motivering: "Voorliggend veld." }),
        context({ plan: null }),
      ),
    ).toEqual([]);
    expect(
      regels(
        invoer({ soort: "beeindiging", producten: [], reden: "doelen-bereikt", einddatum: "2026-03-01" }),
        context({ plan: null, besluitInKracht: "wijziging" }),
      ),
    ).toEqual([]);
  });

  it("een afwijzing toetst geen levering (aanbieder, omvang)", () => {
    expect(
      regels(
        invoer({
          soort: "afwijzing",
          motivering: "Geen maatwerk nodig.",
          producten: [product({ aanbiederAgb: null, omvang: null })],
        }),
        context(),
      ),
    ).toEqual([]);
  });

  it("een besluit Participatiewet kan zonder producten en zonder plan", () => {
    expect(
      regels(invoer({ producten: [], leveringsvorm: null }), context({ zaaktype: "werk", plan: null })),
    ).toEqual([]);
  });

  it("geeft elke gebroken regel met zijn code", () => {
    const fouten = toetsBesluit(
      invoer({ producten: [product({ einddatum: "2025-01-01", budget: 5 })] }),
      context(),
    );
    expect(fouten.map((f) => f.regel)).toEqual(
      expect.arrayContaining(["einde-voor-begin", "omvang-of-budget"]),
    );
  });
});
