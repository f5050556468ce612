/** The policy's rule 26 (sociale kaart): everyone reads, the beheerder and the buurtteam keep it, nobody deletes. */
import { describe, expect, it } from "vitest";
import { beslis } from "./beleid";
import { actor, GEMEENTE as G, oordeelRij, type TestActor } from "./tabel.testhulp";

const kaart = { soort: "sociale-kaart" as const, gemeenteCode: G };

// who → "lezen aanmaken wijzigen verwijderen"
const VERWACHT: [string, TestActor, string][] = [
  ["beheerder", actor("beheerder", ["beheerder"]), "JJJN"],
  ["buurtteam", actor("buurtteam", ["buurtteam"]), "JJJN"],
  ["teamleider", actor("teamleider", ["teamleider"]), "JNNN"],
  ["consulent", actor("wmo", ["toegangsmedewerker"], ["wmo"]), "JNNN"],
  ["iag", actor("iag", ["iag"], ["iag"]), "JNNN"],
  ["ao", actor("ao", ["ao"], ["ao"]), "JNNN"],
  ["jurist", actor("jurist", ["jurist"]), "JNNN"],
  ["gedragswetenschapper", actor("gw", ["gedragswetenschapper"]), "JNNN"],
  ["zonder rol", actor("niemand", []), "NNNN"],
];

describe("beleid: sociale kaart (regel 26)", () => {
  it.each(VERWACHT)("%s: %s", (_naam, wie, verwacht) => expect(oordeelRij(wie, kaart)).toBe(verwacht));

  it("never another gemeente's kaart, not even for its beheerder", () => {
    const oordeel = beslis(actor("beheerder", ["beheerder"]), "wijzigen", { ...kaart, gemeenteCode: "0106" });
    expect(oordeel).toEqual({ toegestaan: false, reden: "Deze gegevens horen bij een andere gemeente." });
  });

  it("says why a voorziening is not deleted", () => {
    const oordeel = beslis(actor("beheerder", ["beheerder"]), "verwijderen", kaart);
    expect(oordeel.toegestaan ? "" : oordeel.reden).toMatch(/gearchiveerd/);
  });
});
