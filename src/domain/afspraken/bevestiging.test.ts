import { describe, expect, it } from "vitest";
import { type Adressant, type Betrokken, bepaalVertegenwoordiging } from "../persoon/vertegenwoordiging";
import {
  aanhef,
  adresregels,
  type Betrokkene,
  type BevestigingGegevens,
  bevestigingsbrief,
  bevestigingsmail,
  isJeugdzaak,
  kiesOntvanger,
  sjabloonFouten,
} from "./bevestiging";

const persoon = (over: Partial<Betrokkene>): Betrokkene => ({
  persoonId: "p",
  rol: "hoofdpersoon",
  voornamen: "Jan",
  voorvoegsel: "de",
  geslachtsnaam: "Vries",
  geboortedatum: "1980-06-15",
  email: null,
  ...over,
});

describe("ontvanger van de bevestiging: de regel voor brieven (DOMAIN §6)", () => {
  type P = Adressant & { email: string | null };
  const p = (persoonId: string, over: Partial<P> = {}): P => ({
    persoonId,
    voornamen: persoonId,
    voorvoegsel: null,
    geslachtsnaam: "Jansen",
    geboortedatum: "1980-06-15",
    geslacht: null,
    postcode: "9301AA",
    huisnummer: 1,
    huisletter: null,
    toevoeging: null,
    email: null,
    ...over,
  });
  const kind = p("kind", { geboortedatum: "2015-01-01" });
  const ouderMetGezag = p("gezag", { geslacht: "vrouw" });
  const ouderZonderGezag = p("ouder", { email: "ouder@example.test" });
  it.each<[string, P, Betrokken<P>[], string | null, string | null]>([
    ["volwassene: zelf", p("a"), [], "a", "inwoner zelf"],
    [
      "volwassene met vertegenwoordiger: de vertegenwoordiger",
      p("a"),
      [{ persoon: p("mentor"), banden: ["wettelijk-vertegenwoordiger"] }],
      "mentor",
      "vertegenwoordiger",
    ],
    [
      "minderjarige: de ouder met gezag, niet de ouder zonder gezag (ook al heeft die e-mail)",
      kind,
      [
        { persoon: ouderZonderGezag, banden: ["ouder"] },
        { persoon: ouderMetGezag, banden: ["ouder", "gezag"] },
      ],
      "gezag",
      "ouder met gezag",
    ],
    [
      "minderjarige: van twee gezaghebbenden op één adres die met e-mail",
      kind,
      [
        { persoon: ouderMetGezag, banden: ["ouder", "gezag"] },
        { persoon: p("tweede", { email: "tweede@example.test" }), banden: ["ouder", "gezag"] },
      ],
      "tweede",
      "ouder met gezag",
    ],
    [
      "minderjarige met alleen een ouder zonder gezag: geen bevestiging",
      kind,
      [{ persoon: ouderZonderGezag, banden: ["ouder"] }],
      null,
      null,
    ],
  ])("%s", (_naam, client, betrokkenen, verwacht, hoedanigheid) => {
    const keuze = kiesOntvanger(bepaalVertegenwoordiging(client, betrokkenen, "2026-01-05"));
    expect(keuze.ok ? keuze.ontvanger.persoonId : null).toBe(verwacht);
    expect(keuze.ok ? keuze.reden : null).toBe(hoedanigheid);
    if (!keuze.ok) expect(keuze.reden).toContain("gezag");
  });
});

describe("jeugdzaak", () => {
  it.each([
    ["jeugd", [persoon({})], true],
    ["veilig-opgroeien", [persoon({})], true],
    ["wmo", [persoon({})], false],
    ["regie", [persoon({}), persoon({ rol: "gezinslid", geboortedatum: "2012-01-01" })], true],
    ["regie", [persoon({}), persoon({ rol: "melder", geboortedatum: "2012-01-01" })], false],
  ])("%s met %j", (zaaktype, betrokkenen, jeugd) => {
    expect(isJeugdzaak(zaaktype, betrokkenen, "2026-01-05")).toBe(jeugd);
  });
});

describe("adres", () => {
  it.each([
    [
      {
        straat: "Dorpsstraat",
        huisnummer: 1,
        huisletter: "a",
        toevoeging: "2",
        postcode: "9301AA",
        woonplaats: "Roden",
      },
      ["Dorpsstraat 1a-2", "9301 AA  RODEN"],
    ],
    [
      {
        straat: null,
        huisnummer: 7,
        huisletter: null,
        toevoeging: null,
        postcode: "9331AB",
        woonplaats: "Norg",
      },
      ["7", "9331 AB  NORG"],
    ],
  ])("%j", (adres, regels) => expect(adresregels(adres)).toEqual(regels));
});

describe("aanhef", () => {
  it.each([
    [
      { geslacht: "vrouw", voornamen: "Anna", voorvoegsel: "van der", geslachtsnaam: "Berg" },
      "Geachte mevrouw Van der Berg,",
    ],
    [
      { geslacht: "man", voornamen: "Piet", voorvoegsel: null, geslachtsnaam: "Bakker" },
      "Geachte heer Bakker,",
    ],
    [{ geslacht: null, voornamen: "Sam", voorvoegsel: null, geslachtsnaam: "Smit" }, "Geachte Sam Smit,"],
  ])("%j → %s", (naam, verwacht) => expect(aanhef(naam)).toBe(verwacht));
});

const gegevens: BevestigingGegevens = {
  gemeente: "Noordenveld",
  zaaknummer: "Z-2026-000123",
  briefdatum: "2026-01-02",
  ontvanger: {
    voornamen: "Anna",
    voorvoegsel: null,
    geslachtsnaam: "Bakker",
    geslacht: "vrouw",
    adresregels: ["Dorpsstraat 1", "9301 AA Roden"],
  },
  afspraak: {
    datum: "2026-01-05",
    begintijd: "10:00",
    eindtijd: "11:00",
    locatie: "Gemeentehuis Roden",
    adres: "Raadhuisstraat 1, Roden",
    medewerker: "Rianne Gieling",
    onderwerp: "Kennismaking",
  },
  sjabloon: {
    titel: "Bevestiging van uw afspraak",
    tekst: "Op {{datum}} om {{begintijd}} spreekt u {{medewerker}}.\n\nUw kenmerk is {{zaaknummer}}.",
  },
  bijlagen: [
    { titel: "Gratis onafhankelijke cliëntondersteuning", tekst: "Folder." },
    { titel: "Infoblad Jeugd", tekst: "Infoblad." },
  ],
};

describe("bevestigingsbrief en -mail", () => {
  it("vult het sjabloon in en voegt de folders als bijlage toe", () => {
    const brief = bevestigingsbrief(gegevens);
    expect(brief.aanhef).toBe("Geachte mevrouw Bakker,");
    expect(brief.kenmerk).toBe("Z-2026-000123");
    expect(brief.inhoud[0]).toEqual({
      alinea: "Op maandag 5 januari 2026 om 10:00 spreekt u Rianne Gieling.",
    });
    expect(brief.inhoud[1]).toEqual({ alinea: "Uw kenmerk is Z-2026-000123." });
    expect(brief.bijlagen?.map((b) => b.titel)).toEqual([
      "Gratis onafhankelijke cliëntondersteuning",
      "Infoblad Jeugd",
    ]);
    expect(JSON.stringify(brief.inhoud)).toContain("10:00 tot 11:00 uur");
  });

  it("zet dezelfde gegevens in de mail", () => {
    const mail = bevestigingsmail(gegevens);
    expect(mail.onderwerp).toBe("Bevestiging van uw afspraak op maandag 5 januari 2026");
    expect(mail.tekst).toContain("Geachte mevrouw Bakker,");
    expect(mail.tekst).toContain("Locatie: Gemeentehuis Roden, Raadhuisstraat 1, Roden");
    expect(mail.tekst).toContain("Infoblad Jeugd");
    expect(mail.tekst).not.toContain("{{");
  });

  it.each([
    ["Op {{datum}} bij {{locatie}}", []],
    ["Op {{datm}} bij {{ locatie }} voor {{bsn}}", ["datm", "bsn"]],
  ])("meldt onbekende plaatshouders in %j", (tekst, fouten) => {
    expect(sjabloonFouten(tekst)).toEqual(fouten);
  });
});
