import { describe, expect, it } from "vitest";
import { STANDAARD_ROUTERING, VOORLIGGEND_VELD_EERST } from "../routering/routering";
import {
  type AanmeldContext,
  type AanmeldingInvoer,
  type AanmeldRegel,
  beoordeelAanmelding,
  type TriageInvoer,
  zaaktypeVoor,
} from "./aanmelding";

const ctx: AanmeldContext = {
  gemeenteCode: "1699",
  configuratie: STANDAARD_ROUTERING,
  tijdstip: "2026-06-15T10:00:00+02:00",
  peildatum: "2026-06-15",
  actor: { rollen: ["iag"], vakgroepen: ["iag"] },
};

const triage = (over: Partial<TriageInvoer> = {}): TriageInvoer => ({
  veiligheidssignalen: false,
  veiligheid: "veilig",
  leefgebieden: ["huishouden"],
  wetDomein: "wmo",
  ...over,
});

const volwassene = { geboortedatum: "1950-03-01" };
const kind = { geboortedatum: "2016-04-01" };

const zaak = (over: Partial<AanmeldingInvoer> = {}): AanmeldingInvoer => ({
  uitkomst: "zaak",
  triage: triage(),
  hoofdpersoon: volwassene,
  ...over,
});

const overleg = { gesprek: "Besproken met procesregisseur R.", acties: "Huisbezoek vandaag" };

describe("beoordeelAanmelding: geweigerd met de naam van de regel", () => {
  it.each<[string, AanmeldingInvoer, AanmeldRegel]>([
    ["zaak zonder persoon", zaak({ hoofdpersoon: null }), "zaak-zonder-persoon"],
    [
      "jeugdzaak voor iemand van 30",
      zaak({
        hoofdpersoon: { geboortedatum: "1996-01-01" },
        triage: triage({ wetDomein: "jeugd", leefgebieden: ["opvoeding"] }),
      }),
      "jeugdwet-leeftijd",
    ],
    [
      "signalen maar 'veilig'",
      zaak({ triage: triage({ veiligheidssignalen: true, signalen: "Geschreeuw gehoord" }) }),
      "veiligheidscheck-tegenstrijdig",
    ],
    [
      "crisis zonder overleg met de Regiegroep",
      zaak({ triage: triage({ veiligheid: "crisis" }) }),
      "regiegroep-overleg-vastleggen",
    ],
    [
      "onveilig zonder acties",
      zaak({ triage: triage({ veiligheid: "onveilig", regiegroepOverleg: { gesprek: "x", acties: " " } }) }),
      "regiegroep-overleg-vastleggen",
    ],
    [
      "jeugd, kind staat in Assen ingeschreven",
      zaak({
        hoofdpersoon: kind,
        triage: triage({
          wetDomein: "jeugd",
          leefgebieden: ["opvoeding"],
          woonplaats: { brpGemeente: "0106" },
        }),
      }),
      "woonplaatsbeginsel-andere-gemeente",
    ],
    [
      "jeugd, verblijf zonder bekende gemeente ervoor",
      zaak({
        hoofdpersoon: kind,
        triage: triage({ wetDomein: "jeugd", woonplaats: { verblijf: { soort: "pleegouders" } } }),
      }),
      "woonplaatsbeginsel-onbekend",
    ],
    [
      "overschrijven naar Wmo bij onveilig",
      zaak({
        triage: triage({ veiligheid: "onveilig", regiegroepOverleg: overleg }),
        werkvoorraad: { code: "wmo", reden: "Consulent kent de familie" },
      }),
      "veiligheid-regiegroep",
    ],
    [
      "overschrijven naar A&O",
      zaak({ werkvoorraad: { code: "ao", reden: "snel" } }),
      "werkvoorraad-geen-instroom",
    ],
    [
      "Wmo-consulent zet een zaak bij Werk",
      zaak({ werkvoorraad: { code: "werk", reden: "lijkt over werk te gaan" } }),
      "werkvoorraad-niet-toegestaan",
    ],
    [
      "overdracht terwijl de eigen gemeente verantwoordelijk is",
      { uitkomst: "overdracht", hoofdpersoon: kind, triage: triage({ wetDomein: "jeugd" }) },
      "overdracht-eigen-gemeente",
    ],
    [
      "overdracht (Wmo) naar de eigen gemeente",
      { uitkomst: "overdracht", hoofdpersoon: volwassene, triage: triage(), overdrachtGemeente: "GM1699" },
      "overdracht-eigen-gemeente",
    ],
    [
      "koppelen aan een afgesloten zaak",
      { uitkomst: "koppel", hoofdpersoon: volwassene, koppelZaak: { gevonden: true, open: false } },
      "koppel-geen-lopende-zaak",
    ],
    [
      "koppelen aan een onbekende zaak",
      { uitkomst: "koppel", hoofdpersoon: volwassene, koppelZaak: { gevonden: false, open: false } },
      "koppel-geen-lopende-zaak",
    ],
  ])("%s", (naam, invoer, regel) => {
    const actor = naam.startsWith("Wmo-consulent")
      ? { rollen: ["toegangsmedewerker"], vakgroepen: ["wmo"] }
      : ctx.actor;
    const uitkomst = beoordeelAanmelding(invoer, { ...ctx, actor });
    expect(uitkomst).toMatchObject({ soort: "geweigerd", regel });
    if (uitkomst.soort === "geweigerd") expect(uitkomst.detail.length).toBeGreaterThan(20);
  });
});

describe("beoordeelAanmelding: veldfouten (400)", () => {
  it.each<[string, AanmeldingInvoer, string]>([
    [
      "signalen zonder omschrijving",
      zaak({ triage: triage({ veiligheidssignalen: true, veiligheid: "zorgen" }) }),
      "triage.signalen",
    ],
    [
      "overleg bij een veilige situatie",
      zaak({ triage: triage({ regiegroepOverleg: overleg }) }),
      "triage.regiegroepOverleg",
    ],
    ["zaak zonder triage", zaak({ triage: undefined }), "triage"],
    [
      "afwijkende bak zonder reden",
      zaak({ werkvoorraad: { code: "buurtteam" } }),
      "uitkomst.werkvoorraad.reden",
    ],
    [
      "overdracht (Wmo) zonder gemeente",
      { uitkomst: "overdracht", hoofdpersoon: volwassene, triage: triage() },
      "uitkomst.gemeente",
    ],
    [
      "overdracht naar de verkeerde gemeente",
      {
        uitkomst: "overdracht",
        hoofdpersoon: kind,
        triage: triage({ wetDomein: "jeugd", woonplaats: { brpGemeente: "0106" } }),
        overdrachtGemeente: "1730",
      },
      "uitkomst.gemeente",
    ],
  ])("%s", (_naam, invoer, veld) => {
    const uitkomst = beoordeelAanmelding(invoer, ctx);
    expect(uitkomst.soort).toBe("ongeldig");
    if (uitkomst.soort === "ongeldig") expect(uitkomst.fouten.map((f) => f.veld)).toContain(veld);
  });
});

describe("beoordeelAanmelding: akkoord", () => {
  it("e2e-scenario: zorgen en drie leefgebieden → Regiegroep, meervoudig, met reden", () => {
    const uitkomst = beoordeelAanmelding(
      zaak({
        triage: triage({
          veiligheidssignalen: true,
          signalen: "Moeder is uitgeput",
          veiligheid: "zorgen",
          leefgebieden: ["financien", "opvoeding", "psychisch-welbevinden"],
        }),
      }),
      ctx,
    );
    expect(uitkomst).toMatchObject({
      soort: "akkoord",
      triage: { meervoudigheid: { soort: "meervoudig" }, woonplaats: null },
      zaak: {
        zaaktype: "wmo",
        routering: { werkvoorraad: "regiegroep", regel: "meervoudig" },
        overschreven: null,
      },
    });
  });

  it.each([
    ["enkelvoudig Wmo", triage(), "wmo", "wmo-enkelvoudig", "wmo"],
    [
      "enkelvoudig Jeugd voor een kind",
      triage({ wetDomein: "jeugd", leefgebieden: ["opvoeding"] }),
      "jeugd",
      "jeugd-enkelvoudig",
      "jeugd",
    ],
    [
      "werk en inkomen",
      triage({ wetDomein: "werk", leefgebieden: ["werk-dagbesteding"] }),
      "werk",
      "werk",
      "werk",
    ],
    [
      "schulden",
      triage({ wetDomein: "schuldhulp", leefgebieden: ["financien"] }),
      "schuldhulp",
      "schuldhulp",
      "schuldhulp",
    ],
    [
      "onbekend wetsdomein: regiezaak bij de IAG",
      triage({ wetDomein: "onbekend" }),
      "iag",
      "wetdomein-onbekend",
      "regie",
    ],
  ])("%s", (_naam, t, werkvoorraad, regel, zaaktype) => {
    const uitkomst = beoordeelAanmelding(
      zaak({ triage: t, hoofdpersoon: t.wetDomein === "jeugd" ? kind : volwassene }),
      ctx,
    );
    expect(uitkomst).toMatchObject({
      soort: "akkoord",
      zaak: { zaaktype, routering: { werkvoorraad, regel } },
    });
  });

  it("crisis: Regiegroep met spoed, het overleg wordt vastgelegd", () => {
    const uitkomst = beoordeelAanmelding(
      zaak({ triage: triage({ veiligheid: "crisis", regiegroepOverleg: overleg }) }),
      ctx,
    );
    expect(uitkomst).toMatchObject({
      soort: "akkoord",
      zaak: {
        routering: { werkvoorraad: "regiegroep", spoed: true, regel: "veiligheid-crisis" },
        gebeurtenissen: [
          { soort: "crisis-besproken", toelichting: expect.stringContaining("Huisbezoek vandaag") },
        ],
      },
    });
  });

  it("Assen: enkelvoudige Wmo-vraag eerst naar het buurtteam", () => {
    const uitkomst = beoordeelAanmelding(zaak(), {
      ...ctx,
      gemeenteCode: "0106",
      configuratie: VOORLIGGEND_VELD_EERST,
    });
    expect(uitkomst).toMatchObject({ zaak: { routering: { werkvoorraad: "buurtteam" } } });
  });

  it("de IAG kiest met reden een andere werkvoorraad: vastgelegd als gebeurtenis en in de uitleg", () => {
    const uitkomst = beoordeelAanmelding(
      zaak({ werkvoorraad: { code: "buurtteam", reden: "Mevrouw wil eerst hulp van het buurtteam" } }),
      ctx,
    );
    expect(uitkomst).toMatchObject({
      soort: "akkoord",
      zaak: {
        routering: {
          werkvoorraad: "buurtteam",
          regel: "handmatig",
          uitleg: expect.stringContaining("eerst hulp van het buurtteam"),
        },
        overschreven: { van: "wmo", naar: "buurtteam" },
        gebeurtenissen: [{ soort: "werkvoorraad-gekozen" }],
      },
    });
  });

  it("jeugd met verblijf: de gemeente van vóór het verblijf is verantwoordelijk → warme overdracht", () => {
    const uitkomst = beoordeelAanmelding(
      {
        uitkomst: "overdracht",
        hoofdpersoon: kind,
        triage: triage({
          wetDomein: "jeugd",
          woonplaats: {
            brpGemeente: "1699",
            verblijf: { soort: "pleegouders", brpGemeenteVoorVerblijf: "GM0106" },
          },
        }),
      },
      ctx,
    );
    expect(uitkomst).toMatchObject({
      soort: "akkoord",
      zaak: null,
      triage: {
        woonplaats: {
          verantwoordelijk: "0106",
          grondslag: "brp-adres-voor-verblijf",
          warmeOverdrachtNodig: true,
        },
      },
    });
  });

  it("direct beantwoord: geen zaak, ook zonder triage", () => {
    expect(beoordeelAanmelding({ uitkomst: "beantwoord", hoofdpersoon: null }, ctx)).toEqual({
      soort: "akkoord",
      triage: null,
      zaak: null,
    });
  });

  it("koppelen aan een lopende zaak", () => {
    expect(
      beoordeelAanmelding(
        { uitkomst: "koppel", hoofdpersoon: volwassene, koppelZaak: { gevonden: true, open: true } },
        ctx,
      ),
    ).toMatchObject({ soort: "akkoord", zaak: null });
  });
});

describe("zaaktypeVoor", () => {
  it.each([
    ["wmo", undefined, "wmo"],
    ["onbekend", undefined, "regie"],
    ["jeugd", "veilig-opgroeien", "veilig-opgroeien"],
  ] as const)("%s (gekozen %s) → %s", (wetDomein, gekozen, zaaktype) => {
    expect(zaaktypeVoor(triage({ wetDomein }), gekozen)).toBe(zaaktype);
  });
});
