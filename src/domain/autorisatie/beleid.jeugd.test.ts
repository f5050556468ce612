/**
 * Rule 25 (vakgroep Jeugd, seed 004 §5): the verzuimaanpak (25a) follows the zaak for reading and is recorded by
 * the leerplichtambtenaren and the teamleider; schools (25b) are kept by the beheerder; the counts of
 * schoolmaatschappelijk werk (25c) and POH-jeugd (25d) are recorded by their vakgroep, read by it and the teamleider.
 */
import { describe, expect, it } from "vitest";
import { beslis, type MeldcodeDeel } from "./beleid";
import { actor, GEMEENTE as G, oordeelRij, type TestActor } from "./tabel.testhulp";

const leerplicht = (deel: MeldcodeDeel) => ({
  soort: "leerplicht" as const,
  gemeenteCode: G,
  deel,
  zaak: {
    soort: "zaak" as const,
    gemeenteCode: G,
    vakgroep: "jeugd",
    behandelaarId: "lpa",
    status: "onderzoek",
  },
});

const LPA = actor("lpa", ["toegangsmedewerker"], ["jeugd", "leerplicht"]);
const ANDERE_LPA = actor("lpa2", ["toegangsmedewerker"], ["jeugd", "leerplicht"]);
const SMW = actor("smw", ["toegangsmedewerker"], ["jeugd", "schoolmaatschappelijk-werk"]);
const POH = actor("poh", ["toegangsmedewerker"], ["jeugd", "poh-jeugd"]);
const TEAMLEIDER = actor("teamleider", ["teamleider"]);
const REGIE = actor("regie", ["toegangsmedewerker"], ["regiegroep"]);
const WMO = actor("wmo", ["toegangsmedewerker"], ["wmo"]);
const IAG = actor("iag", ["iag"], ["iag"]);
const BEHEERDER = actor("beheerder", ["beheerder"]);
const LPA_ELDERS = actor("lpa-wmo", ["toegangsmedewerker"], ["leerplicht"]);

describe("beleid: verzuimaanpak (regel 25a)", () => {
  // who → "lezen aanmaken wijzigen verwijderen" on the existence, then on the content
  it.each<[string, TestActor, string, string]>([
    ["leerplichtambtenaar (behandelaar)", LPA, "JJJN", "JJJN"],
    ["andere leerplichtambtenaar van Jeugd", ANDERE_LPA, "JJJN", "JJJN"],
    ["teamleider", TEAMLEIDER, "JJJN", "JJJN"],
    ["schoolmaatschappelijk werker (Jeugd)", SMW, "JNNN", "JNNN"],
    ["Regiegroep: leest, legt niet vast", REGIE, "JNNN", "JNNN"],
    ["leerplicht zonder Jeugd, niet op de zaak", LPA_ELDERS, "NNNN", "NNNN"],
    ["Wmo", WMO, "NNNN", "NNNN"],
    ["IAG", IAG, "NNNN", "NNNN"],
    ["beheerder", BEHEERDER, "NNNN", "NNNN"],
  ])("%s: bestaan %s, inhoud %s", (_naam, wie, bestaan, inhoud) => {
    expect(oordeelRij(wie, leerplicht("bestaan"))).toBe(bestaan);
    expect(oordeelRij(wie, leerplicht("inhoud"))).toBe(inhoud);
  });

  it("de casemanager Veilig Opgroeien aan wie is overgedragen, leest mee", () => {
    const cm = actor("cm", ["toegangsmedewerker"], ["veilig-opgroeien"]);
    const r = leerplicht("inhoud");
    const metCm = { ...r, zaak: { ...r.zaak, medebehandelaarIds: ["cm"] } };
    expect(oordeelRij(cm, r)).toBe("NNNN");
    expect(oordeelRij(cm, metCm)).toBe("JNNN");
  });

  it("de reden noemt de leerplichtambtenaar", () => {
    expect(beslis(SMW, "wijzigen", leerplicht("inhoud"))).toMatchObject({
      toegestaan: false,
      reden: expect.stringMatching(/leerplichtambtenaar/),
    });
  });

  it("nooit over de gemeentegrens", () => {
    expect(beslis(LPA, "wijzigen", { ...leerplicht("inhoud"), gemeenteCode: "0106" }).toegestaan).toBe(false);
  });
});

describe("beleid: scholen (regel 25b)", () => {
  it.each<[string, TestActor, string]>([
    ["beheerder", BEHEERDER, "JJJN"],
    ["teamleider", TEAMLEIDER, "JNNN"],
    ["schoolmaatschappelijk werker", SMW, "JNNN"],
    ["IAG", IAG, "JNNN"],
  ])("%s: %s", (_naam, wie, verwacht) => {
    expect(oordeelRij(wie, { soort: "school", gemeenteCode: G })).toBe(verwacht);
  });
});

describe("beleid: schoolmaatschappelijk werk en POH-jeugd (regels 25c en 25d)", () => {
  const smw = (gekoppeld: boolean | null) => ({
    soort: "smw-registratie" as const,
    gemeenteCode: G,
    gekoppeld,
  });
  const poh = { soort: "poh-registratie" as const, gemeenteCode: G };
  it.each<[string, TestActor, string, string, string]>([
    // smw op gekoppelde school, smw op andere school, poh
    ["schoolmaatschappelijk werker", SMW, "JJNN", "JNNN", "NNNN"],
    ["POH-jeugd", POH, "NNNN", "NNNN", "JJNN"],
    ["teamleider", TEAMLEIDER, "JNNN", "JNNN", "JNNN"],
    ["leerplichtambtenaar", LPA, "NNNN", "NNNN", "NNNN"],
    ["beheerder", BEHEERDER, "NNNN", "NNNN", "NNNN"],
  ])("%s", (_naam, wie, gekoppeld, andere, pohRij) => {
    expect(oordeelRij(wie, smw(true))).toBe(gekoppeld);
    expect(oordeelRij(wie, smw(false))).toBe(andere);
    expect(oordeelRij(wie, poh)).toBe(pohRij);
  });
  it("niet gekoppeld: de reden zegt wie koppelt", () => {
    expect(beslis(SMW, "aanmaken", smw(false))).toMatchObject({
      reden: expect.stringMatching(/beheerder koppelt/),
    });
  });
});
