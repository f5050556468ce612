import { describe, expect, it } from "vitest";
import { beoordeelLevering, type Leveringsfeiten, type Leveringsvraag } from "./leverbaarheid";

const vraag = (over: Partial<Leveringsvraag> = {}): Leveringsvraag => ({
  aanbiederAgb: "42420001",
  gemeenteCode: "1699",
  wet: "jeugd",
  productCategorie: "45",
  productCode: "45A33",
  ingangsdatum: "2026-02-01",
  einddatum: "2026-07-31",
  ...over,
});

const contract = {
  contractKenmerk: "NMD-2026-001",
  gemeenteCode: "1699",
  wet: "jeugd",
  productCategorie: "45",
  productCode: null,
  periode: { van: "2026-01-01", tot: "2026-12-31" },
};

const io = {
  id: "io1",
  status: "goedgekeurd" as const,
  gemeenteCode: "1699",
  wet: "jeugd",
  productCategorie: "45",
  productCode: "45A33",
  periode: { van: "2026-01-01", tot: "2026-12-31" },
  zaakId: "z1",
  persoonId: "p1",
};

const feiten = (over: Partial<Leveringsfeiten> = {}): Leveringsfeiten => ({
  aanbieder: { naam: "Zorg Noord", actief: true },
  contracten: [contract],
  overeenkomsten: [],
  clientenstops: [],
  ...over,
});

describe("magToewijzen (zuivere beoordeling)", () => {
  it.each<[string, Leveringsvraag, Leveringsfeiten, object]>([
    [
      "contract op de hele categorie",
      vraag(),
      feiten(),
      { toegestaan: true, grond: "contract", kenmerk: "NMD-2026-001" },
    ],
    [
      "onbekende AGB",
      vraag(),
      feiten({ aanbieder: null }),
      { toegestaan: false, regel: "aanbieder-onbekend" },
    ],
    [
      "inactieve aanbieder",
      vraag(),
      feiten({ aanbieder: { naam: "X", actief: false } }),
      { toegestaan: false, regel: "aanbieder-inactief" },
    ],
    [
      "einde voor begin",
      vraag({ einddatum: "2026-01-01" }),
      feiten(),
      { toegestaan: false, regel: "periode-ongeldig" },
    ],
    [
      "andere gemeente",
      vraag({ gemeenteCode: "0106" }),
      feiten(),
      { toegestaan: false, regel: "geen-contract" },
    ],
    ["andere wet", vraag({ wet: "wmo" }), feiten(), { toegestaan: false, regel: "geen-contract" }],
    [
      "andere categorie",
      vraag({ productCategorie: "43", productCode: "43A01" }),
      feiten(),
      { toegestaan: false, regel: "geen-contract" },
    ],
    [
      "contract alleen op een ander product",
      vraag(),
      feiten({ contracten: [{ ...contract, productCode: "45A34" }] }),
      { toegestaan: false, regel: "geen-contract" },
    ],
    [
      "loopt na het contract door",
      vraag({ einddatum: "2027-03-31" }),
      feiten(),
      { toegestaan: false, regel: "buiten-contractperiode" },
    ],
    [
      "zonder einddatum bij een eindigend contract",
      vraag({ einddatum: null }),
      feiten(),
      { toegestaan: false, regel: "buiten-contractperiode" },
    ],
    [
      "cliëntenstop op de ingangsdatum",
      vraag(),
      feiten({
        clientenstops: [{ gemeenteCode: null, van: "2026-01-15", tot: null, reden: "onderzoek Inspectie" }],
      }),
      { toegestaan: false, regel: "clientenstop" },
    ],
    [
      "cliëntenstop in een andere gemeente telt niet",
      vraag(),
      feiten({ clientenstops: [{ gemeenteCode: "0106", van: "2026-01-15", tot: null, reden: "x" }] }),
      { toegestaan: true },
    ],
    [
      "cliëntenstop al opgeheven",
      vraag(),
      feiten({ clientenstops: [{ gemeenteCode: null, van: "2026-01-01", tot: "2026-01-31", reden: "x" }] }),
      { toegestaan: true },
    ],
    [
      "goedgekeurde individuele overeenkomst voor deze zaak",
      vraag({ zaakId: "z1" }),
      feiten({ contracten: [], overeenkomsten: [io] }),
      { toegestaan: true, grond: "individuele-overeenkomst", kenmerk: "io1" },
    ],
    [
      "individuele overeenkomst van een andere zaak",
      vraag({ zaakId: "z2" }),
      feiten({ contracten: [], overeenkomsten: [io] }),
      { toegestaan: false, regel: "geen-contract" },
    ],
    [
      "aangevraagde overeenkomst telt nog niet",
      vraag(),
      feiten({ contracten: [], overeenkomsten: [{ ...io, status: "aangevraagd" }] }),
      { toegestaan: false, regel: "geen-contract" },
    ],
  ])("%s", (_naam, v, f, verwacht) => {
    expect(beoordeelLevering(v, f)).toMatchObject(verwacht);
  });

  it("de weigering noemt de aanbieder en de reden in het Nederlands", () => {
    const uitkomst = beoordeelLevering(
      vraag(),
      feiten({ clientenstops: [{ gemeenteCode: null, van: "2026-01-15", tot: null, reden: "calamiteit" }] }),
    );
    expect(uitkomst).toMatchObject({ reden: expect.stringContaining("Zorg Noord") });
    expect(uitkomst).toMatchObject({ reden: expect.stringContaining("calamiteit") });
  });
});
