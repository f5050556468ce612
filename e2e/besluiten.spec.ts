import { test } from "@playwright/test";
import { plusDagen } from "../src/domain/termijnen/kalender";
import { login } from "./helpers";
import { vandaag } from "./stappen/api";
import {
  beantwoordEnquete,
  beeindigEnSluitAf,
  controleerBeschikking,
  kenToeVanuitWerkvoorraad,
  zaakMetOndertekendPlan,
} from "./stappen/besluiten";

test.describe("Besluiten", () => {
  test("A&O kent toe vanuit de werkvoorraad; beschikking, bezwaartermijn, evaluatiemoment, afsluiten en enquête", async ({
    page,
    baseURL,
    browser,
  }) => {
    // Four axe checks on the zaak page, which now also carries the levering section.
    test.setTimeout(120_000);
    const ingang = plusDagen(vandaag(), -3);
    const einde = plusDagen(vandaag(), 180);
    const { zaaknummer, naam } = await zaakMetOndertekendPlan(baseURL ?? "", ingang, einde);

    await login(page, "ao");
    // The toekenning: beschikking sent, bezwaartermijn on the zaak, an evaluation moment planned.
    const toekenning = await kenToeVanuitWerkvoorraad(page, {
      zaaknummer,
      naam,
      evaluatiedatum: plusDagen(vandaag(), 3),
    });
    await controleerBeschikking(page, toekenning, {
      naam,
      product: "Dagbesteding naar onderwijs 1-4 dagdelen (07A01)",
      ingang,
      einde,
    });

    const code = await beeindigEnSluitAf(page, zaaknummer);
    await beantwoordEnquete(browser, baseURL ?? "", code);
  });
});
