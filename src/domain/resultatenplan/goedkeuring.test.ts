import { describe, expect, it } from "vitest";
import { type GoedkeuringSoort, toetsGoedkeuring } from "./goedkeuring";
import type { PlanInhoud } from "./inhoud";

type Inhoud = Pick<PlanInhoud, "omgekeerdeToets" | "individueleOvereenkomst">;
type Toets = NonNullable<PlanInhoud["omgekeerdeToets"]>;

const toets = (over: Partial<Toets> = {}): Toets => ({
  effect: "Zelfstandig boodschappen doen",
  grondwaarde: "Zelfredzaamheid",
  ethiek: "Past bij het gezin",
  randvoorwaarden: "Verordening",
  afwijking: { regel: "Verordening art. 4 lid 2", motivering: "Maatwerk vraagt het" },
  juridischOverleg: { juristId: "33333333-3333-4333-8333-333333333333", datum: "2026-03-01", advies: "Kan" },
  ...over,
});
const io = { motivering: "Geen gecontracteerde aanbieder", aanbiederAgb: "65656055", productCode: "02A06" };
const inhoud = (over: Partial<Inhoud> = {}): Inhoud => ({
  omgekeerdeToets: null,
  individueleOvereenkomst: null,
  ...over,
});

describe("toetsGoedkeuring", () => {
  it.each<[string, GoedkeuringSoort, Inhoud, string | null]>([
    ["afwijking met juridisch overleg", "afwijking", inhoud({ omgekeerdeToets: toets() }), null],
    ["afwijking zonder Omgekeerde Toets", "afwijking", inhoud(), "afwijking-goedkeuring"],
    [
      "Omgekeerde Toets zonder afwijking",
      "afwijking",
      inhoud({ omgekeerdeToets: toets({ afwijking: null }) }),
      "afwijking-goedkeuring",
    ],
    [
      "afwijking zonder juridisch overleg",
      "afwijking",
      inhoud({ omgekeerdeToets: toets({ juridischOverleg: null }) }),
      "afwijking-juridisch-overleg",
    ],
    [
      "individuele overeenkomst aangevraagd",
      "individuele-overeenkomst",
      inhoud({ individueleOvereenkomst: io }),
      null,
    ],
    ["geen individuele overeenkomst in het plan", "individuele-overeenkomst", inhoud(), "io-goedkeuring"],
    [
      "een afwijking maakt een IO-handtekening niet mogelijk",
      "individuele-overeenkomst",
      inhoud({ omgekeerdeToets: toets() }),
      "io-goedkeuring",
    ],
  ])("%s → %s", (_naam, soort, i, regel) => {
    const uitkomst = toetsGoedkeuring(soort, i);
    expect(uitkomst?.regel ?? null).toBe(regel);
    expect(uitkomst?.melding ?? "").not.toContain("[");
  });
});
