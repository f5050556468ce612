import { describe, expect, it } from "vitest";
import type { Leverbaarheid } from "./leverbaarheid";
import {
  type Aanvraag,
  controleerAanvraag,
  controleerBeoordeling,
  type LopendeOvereenkomst,
  motiveringZorgBuitenContract,
} from "./overeenkomst";

const aanvraag: Aanvraag = {
  aanbiederId: "a1",
  zaakId: "z1",
  wet: "wmo",
  productCategorie: "07",
  productCode: "07A01",
  ingangsdatum: "2026-09-01",
  einddatum: "2026-12-31",
};

const geenContract: Leverbaarheid = { toegestaan: false, regel: "geen-contract", reden: "geen contract" };

const lopend = (over: Partial<LopendeOvereenkomst> = {}): LopendeOvereenkomst => ({
  ...aanvraag,
  status: "aangevraagd",
  ...over,
});

describe("individuele overeenkomst aanvragen", () => {
  it.each<[string, Leverbaarheid, LopendeOvereenkomst[], string | null]>([
    ["geen contract, niets lopend", geenContract, [], null],
    [
      "buiten de contractperiode mag een IO",
      { toegestaan: false, regel: "buiten-contractperiode", reden: "" },
      [],
      null,
    ],
    [
      "gecontracteerd voor het product: niet nodig",
      { toegestaan: true, grond: "contract", kenmerk: "NMD-1" },
      [],
      "gecontracteerd",
    ],
    [
      "aanbieder niet actief",
      { toegestaan: false, regel: "aanbieder-inactief", reden: "x" },
      [],
      "aanbieder-inactief",
    ],
    ["cliëntenstop", { toegestaan: false, regel: "clientenstop", reden: "stop" }, [], "clientenstop"],
    ["al aangevraagd, overlappend", geenContract, [lopend()], "al-aangevraagd"],
    ["al goedgekeurd, overlappend", geenContract, [lopend({ status: "goedgekeurd" })], "al-aangevraagd"],
    ["eerder afgewezen mag opnieuw", geenContract, [lopend({ status: "afgewezen" })], null],
    ["beëindigd mag opnieuw", geenContract, [lopend({ status: "beeindigd" })], null],
    [
      "aansluitende periode",
      geenContract,
      [lopend({ ingangsdatum: "2026-01-01", einddatum: "2026-08-31" })],
      null,
    ],
    [
      "open einde overlapt",
      geenContract,
      [lopend({ ingangsdatum: "2025-01-01", einddatum: null })],
      "al-aangevraagd",
    ],
    ["andere aanbieder", geenContract, [lopend({ aanbiederId: "a2" })], null],
    ["ander product", geenContract, [lopend({ productCode: "07A02" })], null],
    ["andere zaak", geenContract, [lopend({ zaakId: "z2" })], null],
  ])("%s", (_naam, levering, lopende, regel) => {
    expect(controleerAanvraag(aanvraag, levering, lopende)?.regel ?? null).toBe(regel);
  });

  it("noemt het contract als een IO niet nodig is", () => {
    const uit = controleerAanvraag(aanvraag, { toegestaan: true, grond: "contract", kenmerk: "NMD-7" }, []);
    expect(uit).toMatchObject({ veld: "aanbiederId" });
    expect(uit?.reden).toContain("NMD-7");
  });

  it("de motivering bevat beide antwoorden van zorg buiten contract", () => {
    const tekst = motiveringZorgBuitenContract({
      waaromGeenZin: "  Geen gecontracteerde dagbesteding binnen reisafstand. ",
      waaromGeenPgb: "Mevrouw kan een pgb niet zelf beheren.",
    });
    expect(tekst).toBe(
      "Waarom gecontracteerde zorg in natura niet past:\nGeen gecontracteerde dagbesteding binnen reisafstand.\n\n" +
        "Waarom een pgb niet gewenst of niet mogelijk is:\nMevrouw kan een pgb niet zelf beheren.",
    );
  });
});

describe("individuele overeenkomst beoordelen", () => {
  it.each([
    ["aangevraagd door een ander", "aangevraagd", "u1", "t1", null],
    ["aangevraagd zonder bekende aanvrager", "aangevraagd", null, "t1", null],
    ["zelf aangevraagd", "aangevraagd", "t1", "t1", "vier-ogen"],
    ["al goedgekeurd", "goedgekeurd", "u1", "t1", "niet-aangevraagd"],
    ["al afgewezen", "afgewezen", "u1", "t1", "niet-aangevraagd"],
    ["beëindigd", "beeindigd", "u1", "t1", "niet-aangevraagd"],
  ] as const)("%s", (_naam, status, aangevraagdDoor, beoordelaar, regel) => {
    expect(controleerBeoordeling({ status, aangevraagdDoor }, beoordelaar)?.regel ?? null).toBe(regel);
  });
});
