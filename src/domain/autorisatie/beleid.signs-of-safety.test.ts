/**
 * The policy's case for Signs of Safety (rule 23): the content for Veilig Opgroeien, the Regiegroep, the
 * teamleider and who works on the zaak; its existence for whoever may read the zaak; never deleted.
 */
import { describe, expect, it } from "vitest";
import { beslis, type SignsOfSafetyDeel } from "./beleid";
import { actor, GEMEENTE as G, oordeelRij, type TestActor } from "./tabel.testhulp";

/** Signs of Safety on a Jeugd zaak handled by "jeugd", with "cm" added as casemanager Veilig Opgroeien. */
const sos = (deel: SignsOfSafetyDeel) => ({
  soort: "signs-of-safety" as const,
  gemeenteCode: G,
  deel,
  zaak: {
    soort: "zaak" as const,
    gemeenteCode: G,
    vakgroep: "jeugd",
    behandelaarId: "jeugd",
    medebehandelaarIds: ["cm"],
    status: "onderzoek",
  },
});

// who → "lezen aanmaken wijzigen verwijderen" on the existence, then on the content
const VERWACHT: [string, TestActor, string, string][] = [
  ["behandelaar van de zaak", actor("jeugd", ["toegangsmedewerker"], ["jeugd"]), "JJJN", "JJJN"],
  ["medebehandelaar (casemanager)", actor("cm", ["toegangsmedewerker"], ["wmo"]), "JJJN", "JJJN"],
  ["collega van de vakgroep", actor("collega", ["toegangsmedewerker"], ["jeugd"]), "JNNN", "NNNN"],
  // Veilig Opgroeien on a zaak it may not read: nothing (the casemanager is added to the zaak, see above).
  [
    "Veilig Opgroeien, niet op de zaak",
    actor("veilig", ["toegangsmedewerker"], ["veilig-opgroeien"]),
    "NNNN",
    "NNNN",
  ],
  ["Regiegroep", actor("regie", ["toegangsmedewerker"], ["regiegroep"]), "JJJN", "JJJN"],
  ["teamleider", actor("teamleider", ["teamleider"]), "JJJN", "JJJN"],
  ["andere vakgroep (Wmo)", actor("wmo", ["toegangsmedewerker"], ["wmo"]), "NNNN", "NNNN"],
  ["iag", actor("iag", ["iag"], ["iag"]), "NNNN", "NNNN"],
  ["beheerder", actor("beheerder", ["beheerder"], ["veilig-opgroeien"]), "NNNN", "NNNN"],
];
const rij = (wie: TestActor, deel: SignsOfSafetyDeel) => oordeelRij(wie, sos(deel));

describe("beleid: Signs of Safety (regel 23)", () => {
  it.each(VERWACHT)("%s: bestaan %s, inhoud %s", (_naam, wie, bestaan, inhoud) => {
    expect(rij(wie, "bestaan")).toBe(bestaan);
    expect(rij(wie, "inhoud")).toBe(inhoud);
  });

  it("Veilig Opgroeien ziet de inhoud op een zaak van Veilig Opgroeien, ook zonder behandelaar te zijn", () => {
    const zaak = { ...sos("inhoud").zaak, vakgroep: "veilig-opgroeien", behandelaarId: "ander" };
    const collega = actor("veilig", ["toegangsmedewerker"], ["veilig-opgroeien"]);
    expect(oordeelRij(collega, { ...sos("inhoud"), zaak })).toBe("JJJN");
  });

  it("wie de inhoud niet mag zien, krijgt een reden die zegt wie wel", () => {
    const oordeel = beslis(actor("collega", ["toegangsmedewerker"], ["jeugd"]), "lezen", sos("inhoud"));
    expect(oordeel).toMatchObject({ toegestaan: false, reden: expect.stringMatching(/Veilig Opgroeien/) });
  });

  it("nooit over de gemeentegrens", () => {
    const regie = actor("regie", ["toegangsmedewerker"], ["regiegroep"]);
    expect(beslis(regie, "lezen", { ...sos("inhoud"), gemeenteCode: "0106" }).toegestaan).toBe(false);
  });
});
