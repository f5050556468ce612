import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, schermafdruk, sessieAls } from "./helpers";
import { gezinMetWmoZaak, startOnderzoek } from "./stappen/resultatenplan";
import { naarTabblad } from "./stappen/werkblad";

test.describe("Sociale kaart (issue 16)", () => {
  for (const breedte of [1366, 375]) {
    test(`een inwoner zoekt zonder inloggen in de kaart van Assen (${breedte} px breed)`, async ({
      page,
    }, testInfo) => {
      await page.setViewportSize({ width: breedte, height: 900 });
      await page.goto("/sociale-kaart");
      await page.getByRole("link", { name: "Assen", exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Sociale kaart Assen" })).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: "54 voorzieningen" })).toBeVisible();
      await expectNoSeriousA11yViolations(page);

      await page.getByLabel("Wijk").selectOption({ label: "Assen-Oost" });
      await page.getByLabel("Categorie").selectOption({ label: "Ouderschap" });
      await page.getByRole("button", { name: "Zoeken" }).click();
      await expect(page).toHaveURL(/wijk=assen-oost&categorie=ouderschap/);
      await expect(page.getByRole("heading", { level: 2, name: "1 voorziening" })).toBeVisible();
      const kaartje = page.getByRole("article", { name: "Humanitas Assen - Kindervakantieweken" });
      await expect(kaartje).toContainText("Sociale contacten, Ouderschap");
      await expect(kaartje).toContainText("Niet bekend: vraag het de aanbieder");

      await page.getByLabel("Categorie").selectOption("");
      await page.getByLabel("Zoek op naam of onderwerp").fill("biljart");
      await page.getByRole("button", { name: "Zoeken" }).click();
      await expect(page.getByRole("heading", { level: 2, name: "4 voorzieningen" })).toBeVisible();
      // Nothing is wider than the screen (a phone must not scroll sideways).
      const breedst = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(breedst).toBeLessThanOrEqual(breedte);
      await expectNoSeriousA11yViolations(page);
      await schermafdruk(page, testInfo, `sociale-kaart-${breedte}`, { heel: true });
    });
  }

  test("de beheerder zet een voorziening op de kaart en de consulent kiest haar in het resultatenplan", async ({
    browser,
    baseURL,
  }, testInfo) => {
    test.setTimeout(90_000);
    const naam = `Koffie-inloop ${Date.now().toString(36)}`;
    const beheer = await sessieAls(browser, "beheerder");
    await beheer.goto("/beheer");
    await beheer.getByRole("main").getByRole("link", { name: "Sociale kaart" }).click();
    await beheer.getByRole("link", { name: "Voorziening toevoegen" }).click();
    await beheer.getByLabel("Voorliggend veld").check();
    await beheer.getByLabel("Naam").fill(naam);
    await beheer.getByLabel("Aanbieder of organisatie (niet verplicht)").fill("Dorpshuis Norg");
    await beheer.getByRole("group", { name: "Categorieën" }).getByLabel("Sociale contacten").check();
    await beheer.getByRole("group", { name: "Wijken" }).getByLabel("Norg").check();
    await beheer.getByLabel("Er zijn kosten").check();
    await beheer.getByRole("button", { name: "Opslaan" }).click();
    // Costs without saying what: refused, with the field named by its label.
    await expect(beheer.locator(".voordeur-foutoverzicht")).toContainText("Kosten");
    await beheer.getByRole("textbox", { name: "Kosten" }).fill("€ 1 per kopje");
    await beheer.getByRole("button", { name: "Opslaan" }).click();
    await expect(beheer.getByText(`${naam} is toegevoegd.`)).toBeVisible();
    await expectNoSeriousA11yViolations(beheer);
    await beheer.context().close();

    const gezin = await gezinMetWmoZaak(baseURL ?? "");
    const page = await sessieAls(browser, "wmo");
    await page.goto(`/zaken/${gezin.zaak.id}`);
    await startOnderzoek(page);
    await naarTabblad(page, "Plan");
    await page.getByRole("link", { name: "Resultatenplan opstellen" }).click();
    await page.getByRole("button", { name: "Resultatenplan aanmaken" }).click();
    await page.getByLabel("Hulpvraag").fill("Anna wil weer mensen ontmoeten");
    await page.getByRole("button", { name: "Voorliggende oplossing toevoegen" }).click();
    const oplossing = page.getByRole("group", { name: "Voorliggende oplossing 1" });
    await oplossing.getByLabel("Zoek in de sociale kaart").fill("koffie");
    await oplossing.getByRole("button", { name: "Zoeken" }).click();
    await oplossing.getByRole("button", { name: `${naam} kiezen` }).click();
    await expect(oplossing.getByText(`Gekozen uit de sociale kaart: ${naam} (Dorpshuis Norg)`)).toBeVisible();
    await expect(oplossing.getByLabel("Omschrijving oplossing")).toHaveValue(naam);
    await page.getByRole("button", { name: "Plan opslaan" }).click();
    await expect(page.getByText(/Het plan is opgeslagen als versie 2/)).toBeVisible();
    await page.reload();
    await expect(
      page
        .getByRole("group", { name: "Voorliggende oplossing 1" })
        .getByText(`Gekozen uit de sociale kaart: ${naam}`),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("group", { name: "Voorliggende oplossing 1" }).scrollIntoViewIfNeeded();
    await schermafdruk(page, testInfo, "voorliggende-oplossing-uit-de-kaart");
    await page.context().close();
  });
});
