/**
 * The policy's case for the Meldcode (rule 18): the content for Veilig Opgroeien, the Regiegroep, the teamleider
 * and the author; its existence ("Meldcode loopt") for whoever may read the zaak; never deleted.
 */
import { describe, expect, it } from "vitest";
import { beslis, type MeldcodeDeel } from "./beleid";
import { actor, GEMEENTE as G, oordeelRij, type TestActor } from "./tabel.testhulp";

/** A Meldcode started by "auteur" on a Wmo zaak handled by "wmo". */
const meldcode = (deel: MeldcodeDeel, auteurId: string | null = "auteur") => ({
  soort: "meldcode" as const,
  gemeenteCode: G,
  deel,
  auteurId,
  zaak: {
    soort: "zaak" as const,
    gemeenteCode: G,
    vakgroep: "wmo",
    behandelaarId: "wmo",
    status: "onderzoek",
  },
});

// who → "lezen aanmaken wijzigen verwijderen" on the existence, then on the content
const VERWACHT: [string, TestActor, string, string][] = [
  ["de auteur (Wmo)", actor("auteur", ["toegangsmedewerker"], ["wmo"]), "JJJN", "JJJN"],
  ["behandelaar van de zaak", actor("wmo", ["toegangsmedewerker"], ["wmo"]), "JJNN", "NJNN"],
  ["collega van de vakgroep", actor("collega", ["toegangsmedewerker"], ["wmo"]), "JJNN", "NJNN"],
  ["Veilig Opgroeien", actor("veilig", ["toegangsmedewerker"], ["veilig-opgroeien"]), "NNJN", "JNJN"],
  ["Regiegroep", actor("regie", ["toegangsmedewerker"], ["regiegroep"]), "JJJN", "JJJN"],
  ["teamleider", actor("teamleider", ["teamleider"]), "JJJN", "JJJN"],
  ["andere vakgroep (Jeugd)", actor("jeugd", ["toegangsmedewerker"], ["jeugd"]), "NNNN", "NNNN"],
  // The IAG starts a Meldcode on a zaak routed to another vakgroep (it hears the signals); as its author it reads it.
  ["iag", actor("iag", ["iag"], ["iag"]), "NJNN", "NJNN"],
  ["ao", actor("ao", ["ao"], ["ao"]), "NNNN", "NNNN"],
  ["beheerder", actor("beheerder", ["beheerder"], ["veilig-opgroeien"]), "NNNN", "NNNN"],
];
const rij = (wie: TestActor, deel: MeldcodeDeel) => oordeelRij(wie, meldcode(deel));

describe("beleid: meldcode (regel 18)", () => {
  it.each(VERWACHT)("%s: bestaan %s… inhoud …", (_naam, wie, bestaan, inhoud) => {
    expect(rij(wie, "bestaan")).toBe(bestaan);
    expect(rij(wie, "inhoud")).toBe(inhoud);
  });

  it("wie de inhoud niet mag zien, krijgt een reden die zegt wie wel", () => {
    const oordeel = beslis(actor("wmo", ["toegangsmedewerker"], ["wmo"]), "lezen", meldcode("inhoud"));
    expect(oordeel).toMatchObject({ toegestaan: false, reden: expect.stringMatching(/Veilig Opgroeien/) });
  });

  it("nooit over de gemeentegrens", () => {
    const regie = actor("regie", ["toegangsmedewerker"], ["regiegroep"]);
    expect(beslis(regie, "lezen", { ...meldcode("inhoud"), gemeenteCode: "0106" }).toegestaan).toBe(false);
  });
});
