import { describe, expect, it } from "vitest";
import { beoordeelOpvolging, type Signaalstatus, volgendeStatussen } from "./signalen";

const huidig = (status: Signaalstatus, kwaliteitsmanagerId: string | null = "km") => ({
  status,
  kwaliteitsmanagerId,
});

describe("signaalstatus", () => {
  it.each([
    ["nieuw", ["in-behandeling", "afgesloten"]],
    ["in-behandeling", ["maatregel", "afgesloten"]],
    ["maatregel", ["in-behandeling", "afgesloten"]],
    ["afgesloten", []],
  ] as const)("vanuit %s", (status, verwacht) => {
    expect(volgendeStatussen(status)).toEqual(verwacht);
  });

  it.each([
    [
      "nieuw → in behandeling",
      huidig("nieuw"),
      { naarStatus: "in-behandeling", notitie: "Opgepakt" },
      { ok: true, status: "in-behandeling" },
    ],
    [
      "in behandeling → maatregel",
      huidig("in-behandeling"),
      { naarStatus: "maatregel", notitie: "Verbeterplan geëist" },
      { ok: true, status: "maatregel" },
    ],
    [
      "maatregel → afgesloten",
      huidig("maatregel"),
      { naarStatus: "afgesloten", notitie: "Verbeterplan uitgevoerd" },
      { ok: true, status: "afgesloten" },
    ],
    [
      "alleen een notitie",
      huidig("maatregel"),
      { naarStatus: null, notitie: "Gebeld met aanbieder" },
      { ok: true, status: "maatregel" },
    ],
    [
      "nieuw → maatregel slaat een stap over",
      huidig("nieuw"),
      { naarStatus: "maatregel", notitie: "x" },
      { ok: false, regel: "statusovergang" },
    ],
    [
      "afgesloten is definitief",
      huidig("afgesloten"),
      { naarStatus: null, notitie: "x" },
      { ok: false, regel: "signaal-afgesloten" },
    ],
    [
      "notitie verplicht",
      huidig("nieuw"),
      { naarStatus: "in-behandeling", notitie: "  " },
      { ok: false, regel: "notitie-verplicht", veld: "notitie" },
    ],
    [
      "in behandeling zonder kwaliteitsmanager",
      huidig("nieuw", null),
      { naarStatus: "in-behandeling", notitie: "x" },
      { ok: false, regel: "kwaliteitsmanager-verplicht" },
    ],
    [
      "kwaliteitsmanager in dezelfde stap",
      huidig("nieuw", null),
      { naarStatus: "in-behandeling", notitie: "x", kwaliteitsmanagerId: "km2" },
      { ok: true, status: "in-behandeling" },
    ],
    [
      "manager weghalen bij maatregel",
      huidig("in-behandeling"),
      { naarStatus: "maatregel", notitie: "x", kwaliteitsmanagerId: null },
      { ok: false, regel: "kwaliteitsmanager-verplicht" },
    ],
    [
      "nieuw → afgesloten (ongegrond) mag zonder manager",
      huidig("nieuw", null),
      { naarStatus: "afgesloten", notitie: "Ongegrond" },
      { ok: true, status: "afgesloten" },
    ],
  ] as const)("%s", (_naam, h, stap, verwacht) => {
    expect(beoordeelOpvolging(h, stap)).toMatchObject(verwacht);
  });
});
