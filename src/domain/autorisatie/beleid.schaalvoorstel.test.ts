/** The policy's case for op- and afschaalvoorstellen (rule 16): who reads, proposes and judges. */
import { describe, expect, it } from "vitest";
import { type Actie, beslis } from "./beleid";

const G = "1699";
const actor = (medewerkerId: string, rollen: string[]) => ({
  medewerkerId,
  gemeenteCode: G,
  rollen,
  vakgroepen: [],
});
const voorstel = (voorgesteldDoor: string | null) => ({
  soort: "schaalvoorstel" as const,
  gemeenteCode: G,
  voorgesteldDoor,
});

// role → "lezen aanmaken wijzigen verwijderen" on a proposal made by "consulent"
const VERWACHT: [string, string[], string][] = [
  ["consulent (de voorsteller)", ["toegangsmedewerker"], "JJNN"],
  ["buurtteam", ["buurtteam"], "JNJN"],
  ["teamleider", ["teamleider"], "JNNN"],
  ["iag", ["iag"], "NNNN"],
  ["ao", ["ao"], "NNNN"],
  ["beheerder", ["beheerder"], "NNNN"],
  ["gedragswetenschapper", ["gedragswetenschapper"], "NNNN"],
];
const ACTIES: Actie[] = ["lezen", "aanmaken", "wijzigen", "verwijderen"];

describe("beleid: schaalvoorstel", () => {
  it.each(VERWACHT)("%s", (naam, rollen, verwacht) => {
    const id = naam.startsWith("consulent") ? "consulent" : naam;
    const uitkomst = ACTIES.map((a) =>
      beslis(actor(id, rollen), a, voorstel("consulent")).toegestaan ? "J" : "N",
    ).join("");
    expect(uitkomst).toBe(verwacht);
  });

  it("de voorsteller met ook de rol buurtteam mag het eigen voorstel niet beoordelen", () => {
    const beide = actor("beide", ["toegangsmedewerker", "buurtteam"]);
    expect(beslis(beide, "wijzigen", voorstel("beide"))).toMatchObject({
      toegestaan: false,
      reden: expect.stringMatching(/vier ogen/),
    });
    expect(beslis(beide, "wijzigen", voorstel("consulent")).toegestaan).toBe(true);
  });

  it("nooit over de gemeentegrens", () => {
    expect(
      beslis(actor("b", ["buurtteam"]), "lezen", { ...voorstel("c"), gemeenteCode: "0106" }).toegestaan,
    ).toBe(false);
  });
});
