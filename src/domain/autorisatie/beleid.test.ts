import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Actie, type Actor, beslis, type Resource } from "./beleid";

const gemeente = "1699";
const medewerker = (rollen: string[], vakgroepen: string[] = [], medewerkerId = "u1"): Actor => ({
  medewerkerId,
  gemeenteCode: gemeente,
  rollen,
  vakgroepen,
});
const zaak = (vakgroep: string | null, behandelaarId: string | null = null): Resource => ({
  soort: "zaak",
  gemeenteCode: gemeente,
  vakgroep,
  behandelaarId,
});

describe("autorisatiebeleid", () => {
  it("weigert alles over de grens van de gemeente, voor iedere rol", () => {
    const rollen = fc.subarray([
      "iag",
      "toegangsmedewerker",
      "ao",
      "jurist",
      "teamleider",
      "beheerder",
      "buurtteam",
    ]);
    const acties = fc.constantFrom<Actie>("lezen", "aanmaken", "wijzigen", "verwijderen");
    fc.assert(
      fc.property(rollen, acties, (r, actie) => {
        const besluit = beslis(medewerker(r, ["regiegroep"]), actie, {
          soort: "zaak",
          gemeenteCode: "0106",
          vakgroep: "wmo",
          behandelaarId: "u1",
        });
        return !besluit.toegestaan;
      }),
    );
  });

  it("toont zaakinhoud alleen aan de eigen vakgroep", () => {
    expect(beslis(medewerker(["toegangsmedewerker"], ["wmo"]), "lezen", zaak("wmo")).toegestaan).toBe(true);
    const besluit = beslis(medewerker(["toegangsmedewerker"], ["wmo"]), "lezen", zaak("jeugd"));
    expect(besluit).toEqual({
      toegestaan: false,
      reden: "U mag alleen de inhoud van zaken van uw eigen vakgroep inzien.",
    });
  });

  it("laat Regiegroep en teamleider alles zien", () => {
    expect(
      beslis(medewerker(["toegangsmedewerker"], ["regiegroep"]), "lezen", zaak("jeugd")).toegestaan,
    ).toBe(true);
    expect(beslis(medewerker(["teamleider"]), "wijzigen", zaak("werk")).toegestaan).toBe(true);
  });

  it("geeft de behandelaar toegang tot een zaak op eigen naam", () => {
    expect(beslis(medewerker(["buurtteam"], [], "b1"), "lezen", zaak("wmo", "b1")).toegestaan).toBe(true);
    expect(beslis(medewerker(["buurtteam"], [], "b1"), "lezen", zaak("wmo", "b2")).toegestaan).toBe(false);
  });

  it("laat iedereen van de Toegang zien wie betrokken is, en IAG de basisgegevens", () => {
    const iag = medewerker(["iag"], ["iag"]);
    expect(beslis(iag, "lezen", { soort: "betrokkenheid", gemeenteCode: gemeente }).toegestaan).toBe(true);
    expect(beslis(iag, "lezen", { soort: "basisgegevens", gemeenteCode: gemeente }).toegestaan).toBe(true);
    expect(beslis(iag, "lezen", zaak("jeugd")).toegestaan).toBe(false);
    expect(
      beslis(medewerker(["beheerder"]), "lezen", { soort: "basisgegevens", gemeenteCode: gemeente })
        .toegestaan,
    ).toBe(false);
  });

  it("houdt persoonlijke werkaantekeningen bij de auteur, ook voor de teamleider", () => {
    const aantekening: Resource = { soort: "werkaantekening", gemeenteCode: gemeente, auteurId: "u1" };
    expect(beslis(medewerker(["toegangsmedewerker"], [], "u1"), "lezen", aantekening).toegestaan).toBe(true);
    expect(beslis(medewerker(["teamleider"], ["regiegroep"], "u2"), "lezen", aantekening).toegestaan).toBe(
      false,
    );
  });

  it("laat alleen de beheerder gebruikers beheren", () => {
    const beheer: Resource = { soort: "gebruikersbeheer", gemeenteCode: gemeente };
    expect(beslis(medewerker(["beheerder"]), "aanmaken", beheer).toegestaan).toBe(true);
    expect(beslis(medewerker(["teamleider"]), "lezen", beheer).toegestaan).toBe(true);
    expect(beslis(medewerker(["teamleider"]), "wijzigen", beheer).toegestaan).toBe(false);
    expect(beslis(medewerker(["toegangsmedewerker"], ["regiegroep"]), "lezen", beheer).toegestaan).toBe(
      false,
    );
  });

  it("verwijdert nooit zaken en wijzigt nooit het auditlog", () => {
    expect(beslis(medewerker(["teamleider"]), "verwijderen", zaak("wmo")).toegestaan).toBe(false);
    expect(
      beslis(medewerker(["beheerder"]), "wijzigen", { soort: "auditlog", gemeenteCode: gemeente }).toegestaan,
    ).toBe(false);
  });
});
