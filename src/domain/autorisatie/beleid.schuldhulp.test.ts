/**
 * The policy's case for schuldhulp (rule 24) and the ingebrekestelling (rule 24a): the Wgs content for vakgroep
 * Schuldhulp, the Regiegroep, the teamleider and who works on the zaak; its existence for whoever may read the zaak;
 * the ingebrekestelling for whoever may change the zaak and the jurist; nothing deleted.
 */
import { describe, expect, it } from "vitest";
import { beslis, type SchuldhulpDeel } from "./beleid";
import { actor, GEMEENTE as G, oordeelRij, type TestActor } from "./tabel.testhulp";

/** A schuldhulp zaak in werkvoorraad "schuldhulp" on the name of "schuld", with "werk" added as medebehandelaar. */
const zaak = {
  soort: "zaak" as const,
  gemeenteCode: G,
  vakgroep: "schuldhulp",
  behandelaarId: "schuld",
  medebehandelaarIds: ["werkcollega"],
  status: "onderzoek",
  zaaktype: "schuldhulp",
};
const sh = (deel: SchuldhulpDeel) => ({ soort: "schuldhulp" as const, gemeenteCode: G, deel, zaak });
const ig = { soort: "ingebrekestelling" as const, gemeenteCode: G, zaak };

// who → "lezen aanmaken wijzigen verwijderen" on the existence, the content, the ingebrekestelling
const VERWACHT: [string, TestActor, string, string, string][] = [
  [
    "behandelaar (Schuldhulp)",
    actor("schuld", ["toegangsmedewerker"], ["schuldhulp"]),
    "JJJN",
    "JJJN",
    "JJJN",
  ],
  [
    "collega van Schuldhulp",
    actor("collega", ["toegangsmedewerker"], ["schuldhulp"]),
    "JJJN",
    "JJJN",
    "JJJN",
  ],
  ["medebehandelaar (Werk)", actor("werkcollega", ["toegangsmedewerker"], ["werk"]), "JJJN", "JJJN", "JJJN"],
  ["Regiegroep", actor("regie", ["toegangsmedewerker"], ["regiegroep"]), "JJJN", "JJJN", "JJJN"],
  ["teamleider", actor("teamleider", ["teamleider"]), "JJJN", "JJJN", "JJJN"],
  ["andere vakgroep (Wmo)", actor("wmo", ["toegangsmedewerker"], ["wmo"]), "NNNN", "NNNN", "NNNN"],
  ["iag", actor("iag", ["iag"], ["iag"]), "NNNN", "NNNN", "NNNN"],
  ["jurist (zaak zonder besluit)", actor("jurist", ["jurist"]), "NNNN", "NNNN", "JJJN"],
  ["beheerder", actor("beheerder", ["beheerder"], ["schuldhulp"]), "NNNN", "NNNN", "NNNN"],
];

describe("beleid: schuldhulp (regel 24) en ingebrekestelling (regel 24a)", () => {
  it.each(VERWACHT)(
    "%s: bestaan %s, inhoud %s, ingebrekestelling %s",
    (_n, wie, bestaan, inhoud, ingebreke) => {
      expect(oordeelRij(wie, sh("bestaan"))).toBe(bestaan);
      expect(oordeelRij(wie, sh("inhoud"))).toBe(inhoud);
      expect(oordeelRij(wie, ig)).toBe(ingebreke);
    },
  );

  it("een collega van een andere vakgroep die de zaak mag lezen, ziet het bestaan maar niet de inhoud", () => {
    const werkzaak = { ...zaak, vakgroep: "werk", behandelaarId: "ander", medebehandelaarIds: [] };
    const werk = actor("werk", ["toegangsmedewerker"], ["werk"]);
    expect(oordeelRij(werk, { ...sh("bestaan"), zaak: werkzaak })).toBe("JNNN");
    expect(oordeelRij(werk, { ...sh("inhoud"), zaak: werkzaak })).toBe("NNNN");
    expect(beslis(werk, "lezen", { ...sh("inhoud"), zaak: werkzaak })).toMatchObject({
      toegestaan: false,
      reden: expect.stringMatching(/vakgroep Schuldhulp/),
    });
  });

  it("nooit over de gemeentegrens", () => {
    const teamleider = actor("teamleider", ["teamleider"]);
    expect(beslis(teamleider, "lezen", { ...sh("inhoud"), gemeenteCode: "0106" }).toegestaan).toBe(false);
    expect(beslis(actor("jurist", ["jurist"]), "aanmaken", { ...ig, gemeenteCode: "0106" }).toegestaan).toBe(
      false,
    );
  });
});
