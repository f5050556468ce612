import { expect, test } from "@playwright/test";
import { plusDagen } from "../src/domain/termijnen/kalender";
import { login } from "./helpers";
import { vandaag } from "./stappen/api";
import { geldige301sOpZaak } from "./stappen/berichten";
import { beeindigEnSluitAf, controleerBeschikking, kenToeVanuitWerkvoorraad } from "./stappen/besluiten";
import { gezinMetWmoZaak, schrijfEnOndertekenGezinsplan } from "./stappen/resultatenplan";

/** De Hooiberg (demo) has a contract for Wmo category 07 in Noordenveld. */
const AANBIEDER = "73731001";

test.describe("Klaar: van gezinsplan tot toewijzingsbericht (issues 6 en 7)", () => {
  test("de Wmo-consulent schrijft en ondertekent het gezinsplan; A&O kent toe met beschikking, bezwaartermijn en evaluatiemoment, sluit af met brief en enquête; het berichtenlog heeft een geldige 301", async ({
    page,
    baseURL,
  }) => {
    const ingang = vandaag();
    const einde = plusDagen(ingang, 180);
    const gezin = await gezinMetWmoZaak(baseURL ?? "");
    const { zaaknummer } = gezin.zaak;

    // The family plan: one ZIN product and one voorliggende oplossing, signed.
    await login(page, "wmo");
    await schrijfEnOndertekenGezinsplan(page, gezin, {
      aanbieder: "Dagbesteding De Hooiberg",
      einddatum: einde,
    });

    // A&O sees it in its werkvoorraad and makes the toekenning.
    await page.context().clearCookies();
    await login(page, "ao");
    const toekenning = await kenToeVanuitWerkvoorraad(page, {
      zaaknummer,
      naam: gezin.moeder,
      evaluatiedatum: ingang,
    });
    await controleerBeschikking(page, toekenning, {
      naam: gezin.zoon,
      product: "Dagbesteding naar onderwijs 1-4 dagdelen (07A01)",
      ingang,
      einde,
    });

    // The toekenning sent a 301 to the provider: in the message log of the zaak, valid against the XSD.
    const naToekenning = await geldige301sOpZaak(page, zaaknummer);
    expect(naToekenning).toHaveLength(1);
    const [toewijzing] = naToekenning;
    expect(toewijzing?.naam).toBe("WMO301 Toewijzing");
    const xml = toewijzing?.xml ?? "";
    expect(xml).toMatch(new RegExp(`<(\\w+:)?Ontvanger>${AANBIEDER}</`));
    expect(xml).toMatch(/<(\w+:)?Code>07A01</);
    // For Daan (the product is his), from the plan's period.
    expect(xml).toMatch(new RegExp(`<(\\w+:)?Achternaam>${gezin.achternaam}</`));
    expect(xml).toMatch(/<(\w+:)?Voornamen>Daan</);
    expect(xml).toMatch(/<(\w+:)?Geboortedatum>\s*<(\w+:)?Datum>2012-06-01</);
    expect(xml).toMatch(new RegExp(`<(\\w+:)?Ingangsdatum>${ingang}</`));
    expect(xml).toMatch(new RegExp(`<(\\w+:)?Einddatum>${einde}</`));

    // Afsluiten: the closing letter and the survey invitation.
    await beeindigEnSluitAf(page, zaaknummer);

    // It ends with valid 301s in the message log (the toekenning and the ending of the toewijzing).
    const berichten = await geldige301sOpZaak(page, zaaknummer, 2);
    expect(berichten.length).toBeGreaterThanOrEqual(2);
  });
});
