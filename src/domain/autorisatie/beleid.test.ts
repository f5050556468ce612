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
    // Rule 13a: the aanmeldteam books the first appointment with the buurtteam, nothing more.
    const intake = (over: object = {}) => ({
      soort: "intake-afspraak" as const,
      gemeenteCode: "1699",
      werkvoorraad: "buurtteam",
      status: "melding",
      afspraken: 0,
      ...over,
    });
    const iag = medewerker(["iag"], [], "i1");
    expect(beslis(iag, "aanmaken", intake()).toegestaan).toBe(true);
    expect(beslis(iag, "aanmaken", intake({ afspraken: 1 })).toegestaan).toBe(false);
    expect(beslis(iag, "aanmaken", intake({ status: "onderzoek" })).toegestaan).toBe(false);
    expect(beslis(iag, "aanmaken", intake({ werkvoorraad: "wmo" })).toegestaan).toBe(false);
    expect(beslis(iag, "wijzigen", intake()).toegestaan).toBe(false);
    expect(beslis(medewerker(["buurtteam"], [], "b1"), "aanmaken", intake()).toegestaan).toBe(false);
    // The buurtteam werkvoorraad is the buurtteam's (rule 5), not another vakgroep's.
    expect(beslis(medewerker(["buurtteam"], [], "b1"), "lezen", zaak("buurtteam", "b2")).toegestaan).toBe(
      true,
    );
    expect(beslis(medewerker(["iag"], ["wmo"], "i1"), "lezen", zaak("buurtteam", "b2")).toegestaan).toBe(
      false,
    );
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

/**
 * Role × phase of a zaak (004 §10.6.1, §12; see `inFaseVanAo` in beleid.ts): lezen and wijzigen, J = toegestaan.
 * Columns, in this order, for the actors of `FASE_ROLLEN`; the zaak is on the name of someone else.
 */
const FASE_ROLLEN: Record<string, Actor> = {
  iag: medewerker(["iag"], ["iag"]),
  toegangsmedewerker: medewerker(["toegangsmedewerker"], ["wmo"]),
  regie: medewerker(["toegangsmedewerker"], ["regiegroep"]),
  ao: medewerker(["ao"], ["ao"]),
  jurist: medewerker(["jurist"], ["ao"]),
  teamleider: medewerker(["teamleider"]),
  buurtteam: medewerker(["buurtteam"]),
  gedragswetenschapper: medewerker(["gedragswetenschapper"], ["veilig-opgroeien"]),
  beheerder: medewerker(["beheerder"]),
};

const fase = (
  vakgroep: string,
  zaaktype: string,
  status: string | undefined,
  besluitGenomen = false,
  verzoekVanAanbieder = false,
): Resource => ({
  soort: "zaak",
  gemeenteCode: gemeente,
  vakgroep,
  behandelaarId: status === undefined ? null : "ander",
  zaaktype,
  besluitGenomen,
  verzoekVanAanbieder,
  ...(status === undefined ? {} : { status }),
});

const VO = "veilig-opgroeien";

//                                                                iag tm  rg  ao  ju  tl  bt  gw  bh
const FASEN: [string, Resource, string][] = [
  ["Wmo · melding", fase("wmo", "wmo", "melding"), "NN JJ JJ NN NN JJ NN NN NN"],
  ["Wmo · onderzoek", fase("wmo", "wmo", "onderzoek"), "NN JJ JJ NN NN JJ NN NN NN"],
  ["Wmo · plan", fase("wmo", "wmo", "plan"), "NN JJ JJ NN NN JJ NN NN NN"],
  ["Wmo · aanvraag", fase("wmo", "wmo", "aanvraag"), "NN JJ JJ JJ NN JJ NN NN NN"],
  ["Wmo · besluit", fase("wmo", "wmo", "besluit", true), "NN JJ JJ JJ JJ JJ NN NN NN"],
  ["Wmo · levering met besluit", fase("wmo", "wmo", "levering", true), "NN JJ JJ JJ JJ JJ NN NN NN"],
  ["Wmo · evaluatie met besluit", fase("wmo", "wmo", "evaluatie", true), "NN JJ JJ JJ JJ JJ NN NN NN"],
  ["Wmo · bezwaar", fase("wmo", "wmo", "bezwaar", true), "NN JJ JJ JJ JJ JJ NN NN NN"],
  ["Wmo · beroep", fase("wmo", "wmo", "beroep", true), "NN JJ JJ JJ JJ JJ NN NN NN"],
  ["Wmo · afgesloten met besluit", fase("wmo", "wmo", "afgesloten", true), "NN JJ JJ JJ JJ JJ NN NN NN"],
  ["Wmo · afgesloten zonder besluit", fase("wmo", "wmo", "afgesloten"), "NN JJ JJ NN NN JJ NN NN NN"],
  ["Wmo · niet opgepakt", fase("wmo", "wmo", "niet-opgepakt"), "NN JJ JJ NN NN JJ NN NN NN"],
  ["Wmo · melding na herindicatie", fase("wmo", "wmo", "melding", true), "NN JJ JJ NN NN JJ NN NN NN"],
  [
    "Wmo · verzoek van aanbieder (melding)",
    fase("wmo", "wmo", "melding", false, true),
    "NN JJ JJ JJ NN JJ NN NN NN",
  ],
  ["Wmo · verzoek in onderzoek", fase("wmo", "wmo", "onderzoek", false, true), "NN JJ JJ JJ NN JJ NN NN NN"],
  ["VO · verzoek van aanbieder", fase(VO, "jeugd", "melding", false, true), "NN NN JJ NN NN JJ NN JJ NN"],
  ["A&O-bak · aanvraag", fase("ao", "wmo", "aanvraag"), "NN NN JJ JJ NN JJ NN NN NN"],
  ["A&O-bak · besluit", fase("ao", "wmo", "besluit", true), "NN NN JJ JJ JJ JJ NN NN NN"],
  ["A&O-bak · melding (overgedragen)", fase("ao", "wmo", "melding"), "NN NN JJ NN NN JJ NN NN NN"],
  ["VO · melding", fase(VO, VO, "melding"), "NN NN JJ NN NN JJ NN JJ NN"],
  ["VO · onderzoek", fase(VO, VO, "onderzoek"), "NN NN JJ NN NN JJ NN JJ NN"],
  ["VO · veiligheidsplan", fase(VO, VO, "plan"), "NN NN JJ NN NN JJ NN JJ NN"],
  ["VO · uitvoering zonder besluit", fase(VO, VO, "levering"), "NN NN JJ NN NN JJ NN JJ NN"],
  ["VO · afgesloten zonder besluit", fase(VO, VO, "afgesloten"), "NN NN JJ NN NN JJ NN JJ NN"],
  ["Jeugd in VO-bak · aanvraag", fase(VO, "jeugd", "aanvraag"), "NN NN JJ NN NN JJ NN JJ NN"],
  ["Jeugd in VO-bak · besluit", fase(VO, "jeugd", "besluit", true), "NN NN JJ JJ JJ JJ NN JJ NN"],
  ["Jeugd in VO-bak · levering", fase(VO, "jeugd", "levering", true), "NN NN JJ JJ JJ JJ NN JJ NN"],
  ["werkvoorraad Wmo (geen zaak)", fase("wmo", "wmo", undefined), "NN JJ JJ NN NN JJ NN NN NN"],
  ["werkvoorraad A&O (geen zaak)", fase("ao", "wmo", undefined), "NN NN JJ JJ NN JJ NN NN NN"],
  ["werkvoorraad VO (geen zaak)", fase(VO, VO, undefined), "NN NN JJ NN NN JJ NN JJ NN"],
];

const faseCellen = FASEN.flatMap(([naam, resource, codes]) =>
  Object.keys(FASE_ROLLEN).flatMap((rol, i) =>
    (["lezen", "wijzigen"] as const).map(
      (actie, j) => [naam, rol, actie, codes.split(" ")[i]?.[j] === "J", resource] as const,
    ),
  ),
);

describe("autorisatiebeleid: rol × fase van de zaak (A&O en de jurist)", () => {
  it("iedere rij heeft een cel per rol", () => {
    for (const [naam, , codes] of FASEN)
      expect(
        codes.split(" ").every((c) => /^[JN]{2}$/.test(c)),
        naam,
      ).toBe(true);
    for (const [, , codes] of FASEN) expect(codes.split(" ")).toHaveLength(Object.keys(FASE_ROLLEN).length);
  });

  it.each(faseCellen)("%s · %s · %s → %s", (_naam, rol, actie, toegestaan, resource) => {
    const oordeel = beslis(FASE_ROLLEN[rol] as Actor, actie, resource);
    expect(oordeel.toegestaan).toBe(toegestaan);
  });

  it("noemt de fase als reden wanneer A&O of de jurist te vroeg is", () => {
    expect(beslis(FASE_ROLLEN.ao as Actor, "lezen", fase(VO, VO, "melding"))).toEqual({
      toegestaan: false,
      reden:
        "A&O ziet een zaak pas vanaf de aanvraag (het ondertekende plan of een verzoek van een aanbieder), een " +
        "zaak van Veilig Opgroeien pas na het besluit; de jurist alleen een zaak met een besluit.",
    });
  });

  it("een jurist die ook A&O is heeft de fase van A&O", () => {
    const beide = medewerker(["jurist", "ao"], ["ao"]);
    expect(beslis(beide, "lezen", fase("wmo", "wmo", "aanvraag")).toegestaan).toBe(true);
    expect(beslis(beide, "lezen", fase("wmo", "wmo", "plan")).toegestaan).toBe(false);
  });
});

/**
 * Rule 20, the veiligheidsprotocollen (seed 004 §10.5): every medewerker reads the texts, the beheerder changes
 * them; everyone reports to the teamleider; a melding is read by the teamleider and the melder only and run by
 * the teamleider. Cells "lezen aanmaken wijzigen verwijderen", J = toegestaan; the actor is "u1".
 */
const PROTOCOL_RESOURCES: Record<string, Resource> = {
  protocoltekst: { soort: "protocol", gemeenteCode: gemeente },
  "protocoltekst andere gemeente": { soort: "protocol", gemeenteCode: "0106" },
  "eigen melding": { soort: "protocolmelding", gemeenteCode: gemeente, melderId: "u1" },
  "melding van een ander": { soort: "protocolmelding", gemeenteCode: gemeente, melderId: "u2" },
  "melding andere gemeente": { soort: "protocolmelding", gemeenteCode: "0106", melderId: "u1" },
};

//                  tekst  andere  eigen  ander  andere gemeente
const PROTOCOL_VERWACHT: Record<string, string> = {
  iag: "JNNN NNNN JJNN NJNN NNNN",
  toegangsmedewerker: "JNNN NNNN JJNN NJNN NNNN",
  regie: "JNNN NNNN JJNN NJNN NNNN",
  ao: "JNNN NNNN JJNN NJNN NNNN",
  jurist: "JNNN NNNN JJNN NJNN NNNN",
  teamleider: "JNNN NNNN JJJN JJJN NNNN",
  buurtteam: "JNNN NNNN JJNN NJNN NNNN",
  gedragswetenschapper: "JNNN NNNN JJNN NJNN NNNN",
  beheerder: "JJJN NNNN JJNN NJNN NNNN",
  "zonder rol": "NNNN NNNN NNNN NNNN NNNN",
};

const PROTOCOL_ACTIES: Actie[] = ["lezen", "aanmaken", "wijzigen", "verwijderen"];
const protocolCellen = Object.entries(PROTOCOL_VERWACHT).flatMap(([rol, rij]) =>
  Object.keys(PROTOCOL_RESOURCES).flatMap((resource, i) =>
    PROTOCOL_ACTIES.map((actie, j) => [rol, resource, actie, rij.split(" ")[i]?.[j] === "J"] as const),
  ),
);

describe("autorisatiebeleid: veiligheidsprotocollen en meldingen bij de teamleider (regel 20)", () => {
  it("iedere rij heeft een cel per resource", () => {
    for (const rij of Object.values(PROTOCOL_VERWACHT))
      expect(rij.split(" ").map((c) => c.length)).toEqual(
        Object.keys(PROTOCOL_RESOURCES).map(() => PROTOCOL_ACTIES.length),
      );
  });

  it.each(protocolCellen)("%s · %s · %s → %s", (rol, resource, actie, toegestaan) => {
    const rollen = rol === "zonder rol" ? [] : [rol === "regie" ? "toegangsmedewerker" : rol];
    const vakgroepen = rol === "regie" ? ["regiegroep"] : [];
    const oordeel = beslis(medewerker(rollen, vakgroepen), actie, PROTOCOL_RESOURCES[resource] as Resource);
    expect(oordeel.toegestaan).toBe(toegestaan);
    if (!oordeel.toegestaan) expect(oordeel.reden.length).toBeGreaterThan(10);
  });

  it("noemt wie een melding mag zien", () => {
    expect(
      beslis(medewerker(["beheerder"]), "lezen", PROTOCOL_RESOURCES["melding van een ander"] as Resource),
    ).toEqual({
      toegestaan: false,
      reden: "Een melding bij de teamleider is alleen zichtbaar voor de teamleider en wie haar deed.",
    });
  });
});

describe("autorisatiebeleid: vroegsignalering (regel 31)", () => {
  const signaal: Resource = { soort: "vroegsignaal", gemeenteCode: gemeente };
  const ACTIES: Actie[] = ["lezen", "aanmaken", "wijzigen", "verwijderen"];
  // lezen aanmaken wijzigen verwijderen
  const VERWACHT: [string, Actor, string][] = [
    ["vakgroep Schuldhulp", medewerker(["toegangsmedewerker"], ["schuldhulp"]), "JJJN"],
    ["teamleider", medewerker(["teamleider"]), "JNNN"],
    ["Wmo-consulent", medewerker(["toegangsmedewerker"], ["wmo"]), "NNNN"],
    ["IAG", medewerker(["iag"]), "NNNN"],
    ["beheerder", medewerker(["beheerder"]), "NNNN"],
    ["Schuldhulp zonder rol", medewerker([], ["schuldhulp"]), "NNNN"],
  ];
  it.each(
    VERWACHT.flatMap(([naam, actor, rij]) => ACTIES.map((a, i) => [naam, actor, a, rij[i] === "J"] as const)),
  )("%s · %s → %s", (_naam, actor, actie, toegestaan) => {
    expect(beslis(actor, actie, signaal).toegestaan).toBe(toegestaan);
  });
  it("niet over de grens van de gemeente", () => {
    expect(
      beslis(medewerker(["toegangsmedewerker"], ["schuldhulp"]), "lezen", {
        soort: "vroegsignaal",
        gemeenteCode: "0106",
      }).toegestaan,
    ).toBe(false);
  });
});
