/**
 * The policy's case for Veilig Opgroeien (rule 22): content and changes for vakgroep Veilig Opgroeien, the
 * Regiegroep and the teamleider; the gedragswetenschapper reads where their advice was asked and alone records an
 * advice; the existence for whoever may read the zaak; nothing deleted.
 */
import { describe, expect, it } from "vitest";
import { beslis, type VeiligOpgroeienDeel } from "./beleid";
import { actor, GEMEENTE as G, oordeelRij, type TestActor } from "./tabel.testhulp";

/** Veilig Opgroeien on a Regiegroep zaak handled by "regie". */
const vo = (deel: VeiligOpgroeienDeel, adviesGevraagd = true) => ({
  soort: "veilig-opgroeien" as const,
  gemeenteCode: G,
  deel,
  adviesGevraagd,
  zaak: {
    soort: "zaak" as const,
    gemeenteCode: G,
    vakgroep: "regiegroep",
    behandelaarId: "regie",
    status: "onderzoek",
  },
});

const gw = actor("gw", ["gedragswetenschapper"], ["veilig-opgroeien-advies"]);
// who → "lezen aanmaken wijzigen verwijderen" on the existence, the content, the advice; then the content when
// no advice was asked
const VERWACHT: [string, TestActor, string, string, string, string][] = [
  [
    "Regiegroep (procesregisseur)",
    actor("regie", ["toegangsmedewerker"], ["regiegroep"]),
    "JJJN",
    "JJJN",
    "JNNN",
    "JJJN",
  ],
  [
    "casemanager Veilig Opgroeien",
    actor("veilig", ["toegangsmedewerker"], ["veilig-opgroeien"]),
    "JJJN",
    "JJJN",
    "JNNN",
    "JJJN",
  ],
  ["teamleider", actor("teamleider", ["teamleider"]), "JJJN", "JJJN", "JNNN", "JJJN"],
  ["gedragswetenschapper", gw, "JNNN", "JNNN", "JJJN", "NNNN"],
  ["andere vakgroep (Wmo)", actor("wmo", ["toegangsmedewerker"], ["wmo"]), "NNNN", "NNNN", "NNNN", "NNNN"],
  ["iag", actor("iag", ["iag"], ["iag"]), "NNNN", "NNNN", "NNNN", "NNNN"],
  ["jurist", actor("jurist", ["jurist"]), "NNNN", "NNNN", "NNNN", "NNNN"],
  [
    "beheerder (ook in de Regiegroep)",
    actor("beheerder", ["beheerder"], ["regiegroep"]),
    "NNNN",
    "NNNN",
    "NNNN",
    "NNNN",
  ],
];

describe("beleid: Veilig Opgroeien (regel 22)", () => {
  it.each(VERWACHT)("%s", (_n, wie, bestaan, inhoud, advies, zonder) => {
    expect(oordeelRij(wie, vo("bestaan"))).toBe(bestaan);
    expect(oordeelRij(wie, vo("inhoud"))).toBe(inhoud);
    expect(oordeelRij(wie, vo("advies"))).toBe(advies);
    expect(oordeelRij(wie, vo("inhoud", false))).toBe(zonder);
  });

  it("wie de inhoud niet mag zien, krijgt een reden die zegt wie wel", () => {
    expect(beslis(actor("wmo", ["toegangsmedewerker"], ["wmo"]), "lezen", vo("inhoud"))).toMatchObject({
      toegestaan: false,
      reden: expect.stringMatching(/gedragswetenschapper van wie advies is gevraagd/),
    });
  });

  it("nooit over de gemeentegrens", () => {
    expect(beslis(gw, "aanmaken", { ...vo("advies"), gemeenteCode: "0106" }).toegestaan).toBe(false);
  });
});
