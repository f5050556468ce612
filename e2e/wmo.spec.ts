/**
 * The Wmo tab (issue 15; seed 004 §6.2): the consulent records the onderzoek of huishoudelijke hulp with the
 * normenkader's factors and sees the hours computed (108 + 52 + 16 = 176 per year, / 52 = 3.38 → 3,5 uur per week),
 * and after A&O's toekenning records a scootmobiel in bruikleen and the start at the CAK. Set up through the API.
 */
import { expect, test } from "@playwright/test";
import { datumVoluit } from "../src/domain/documenten/brief";
import { kenDagbestedingToe, opgepakteWmoZaak, zaakMetOndertekendWmoPlan } from "../src/test/wmo-plan";
import { expectNoSeriousA11yViolations, login, schermafdruk } from "./helpers";
import { apiAls, nieuwePersoon, vandaag, verzoekenAls } from "./stappen/api";

async function inwoner(baseURL: string, voornamen: string): Promise<string> {
  const iag = await apiAls(baseURL, "iag");
  const id = await nieuwePersoon(iag, {
    voornamen,
    geslachtsnaam: `Wmo${Date.now().toString(36)}`,
    geboortedatum: "1944-02-11",
    adres: { huisnummer: 4, postcode: "9331 AB", woonplaats: "Norg" },
  });
  await iag.dispose();
  return id;
}

test.describe("Wmo: onderzoek per thema en verstrekking", () => {
  test("huishoudelijke hulp: de uren uit het normenkader, regel voor regel", async ({
    page,
    baseURL,
  }, testInfo) => {
    const api = verzoekenAls(baseURL ?? "");
    const zaak = await opgepakteWmoZaak(api.verzoek, await inwoner(baseURL ?? "", "Aaltje"), {
      omschrijving: "Kan het huis niet meer schoonhouden",
    });
    await api.sluit();

    await login(page, "wmo");
    await page.goto(`/zaken/${zaak.id}/wmo`);
    const themas = page.getByRole("region", { name: "Onderzoek per thema" });
    await expect(themas.getByRole("row", { name: /Huishoudelijke hulp/ })).toContainText(
      "Nog niet onderzocht",
    );
    await expect(themas.getByLabel("Thema om te onderzoeken")).toHaveValue("huishoudelijke-hulp");
    // The example, or the version the beheer test below set with the same numbers.
    await expect(themas.getByText(/nog geen eigen normenkader vastgesteld|Normenkader versie/)).toBeVisible();
    await themas.getByRole("radio", { name: /Beperkingen: veel extra inzet/ }).check();
    await themas.getByLabel(/Extra kamer in gebruik: aantal/).fill("1");
    await themas.getByRole("button", { name: "Antwoorden opslaan" }).click();
    await expect(themas.getByText("De antwoorden zijn opgeslagen.")).toBeVisible();
    await expect(themas.getByText("3,5 uur per week")).toBeVisible();
    const berekening = themas.getByRole("table", { name: "Berekening uit het normenkader" });
    await expect(berekening.getByRole("row", { name: /Totaal/ })).toContainText("176");
    await expectNoSeriousA11yViolations(page);
    await schermafdruk(page, testInfo, "wmo-huishoudelijke-hulp", { heel: true });
  });

  test("na de toekenning: scootmobiel in bruikleen en de start aan het CAK", async ({
    page,
    baseURL,
  }, testInfo) => {
    const api = verzoekenAls(baseURL ?? "");
    const zaak = await zaakMetOndertekendWmoPlan(api.verzoek, await inwoner(baseURL ?? "", "Jantje"));
    await kenDagbestedingToe(api.verzoek, zaak.id);
    await api.sluit();

    await login(page, "wmo");
    await page.goto(`/zaken/${zaak.id}/wmo`);
    const verstrekking = page.getByRole("region", { name: "Verstrekking en CAK" });
    await expect(verstrekking.getByText(`Toegekend op ${datumVoluit(vandaag())}.`)).toBeVisible();

    // In natura the leverancier is required: the refusal names the field by its label.
    await verstrekking.getByLabel("Hulpmiddel", { exact: true }).selectOption({ label: "Scootmobiel" });
    await verstrekking.getByLabel("Vorm").selectOption({ label: "In bruikleen (natura)" });
    await verstrekking.getByRole("button", { name: "Verstrekking vastleggen" }).click();
    await expect(verstrekking.getByRole("link", { name: /Leverancier/ })).toBeVisible();
    await verstrekking.getByLabel("Leverancier").fill("Hulpmiddelencentrum Noord");
    await verstrekking.getByLabel("Geleverd op").fill(vandaag());
    await verstrekking.getByRole("button", { name: "Verstrekking vastleggen" }).click();
    await expect(verstrekking.getByText("De verstrekking is vastgelegd.")).toBeVisible();
    const rij = verstrekking.getByRole("table", { name: "Verstrekte hulpmiddelen" }).getByRole("row", {
      name: /Scootmobiel/,
    });
    await expect(rij).toContainText("Hulpmiddelencentrum Noord");
    await expect(rij).toContainText("Nog in gebruik");

    await verstrekking.getByRole("button", { name: "Melding vastleggen" }).click();
    await expect(verstrekking.getByText("De melding aan het CAK is vastgelegd.")).toBeVisible();
    await expect(verstrekking.getByText(/Start van de maatwerkvoorziening: per/)).toBeVisible();
    await expect(
      verstrekking.getByRole("heading", { name: "Einde van de maatwerkvoorziening melden" }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await schermafdruk(page, testInfo, "wmo-verstrekking", { heel: true });
  });

  test("de beheerder stelt het normenkader vast; met bron en versie", async ({ page }, testInfo) => {
    await login(page, "beheerder");
    await page.goto("/beheer");
    await page.getByRole("link", { name: "Normenkader huishoudelijke hulp" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Normenkader huishoudelijke hulp" }),
    ).toBeVisible();
    const tabel = page.getByRole("table", { name: /Basismodule en factoren/ });
    await expect(tabel.getByRole("row", { name: /^Beperkingen: enige extra inzet/ })).toContainText(
      "Beperkingen: veel extra inzet",
    );
    // Without a source the version is refused, naming the field.
    await page.getByRole("button", { name: /vaststellen/ }).click();
    await expect(page.getByRole("link", { name: /Bron/ })).toBeVisible();
    await page.getByLabel("Bron").fill("Onderzoek normtijden 2026; vastgesteld bij besluit van het college");
    await page.getByRole("button", { name: /vaststellen/ }).click();
    await expect(page.getByText("De nieuwe versie van het normenkader is vastgesteld.")).toBeVisible();
    await expect(page.getByText(/^Versie \d+, vastgesteld/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await schermafdruk(page, testInfo, "wmo-normenkader", { heel: true });
  });
});
