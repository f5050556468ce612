import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, login } from "./helpers";

const vandaag = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());

test.describe("Aanbieders", () => {
  test("de consulent Wmo vindt in de Verwijzingswijzer een aanbieder voor een product", async ({ page }) => {
    await login(page, "wmo");
    await page.goto("/aanbieders");
    await expect(page.getByRole("heading", { level: 1, name: "Aanbieders" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // Nothing filled in: the form says what is missing.
    await page.getByRole("button", { name: "Zoek aanbieders" }).click();
    await expect(page.locator(".voordeur-foutoverzicht")).toContainText(
      "Vul een productcode of resultaat in",
    );

    await page.getByLabel("Productcode").fill("45A33");
    await page.getByRole("button", { name: "Zoek aanbieders" }).click();
    const resultaten = page.getByRole("table", { name: "Gecontracteerde aanbieders" });
    await expect(resultaten.getByRole("link", { name: "Zorggroep Drentse Aa" })).toBeVisible();
    await expect(resultaten.getByRole("link", { name: "GGZ-praktijk Asserbos" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // Searching on a result: a provider under a cliëntenstop is marked with text, not colour alone.
    await page.getByLabel("Productcode").fill("");
    await page.getByLabel("Resultaat of omschrijving").fill("gezinsbehandeling");
    await page.getByRole("button", { name: "Zoek aanbieders" }).click();
    const rij = resultaten.getByRole("row", { name: /Gezinshuis De Brink/ });
    await expect(rij).toContainText("Cliëntenstop");

    await resultaten.getByRole("link", { name: "GGZ-praktijk Asserbos" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "GGZ-praktijk Asserbos" })).toBeVisible();
    await expect(page.getByText(/Contract NMD-/).first()).toBeVisible();
    // A consulent reads cliëntenstops but cannot announce one.
    await expect(page.getByRole("button", { name: "Cliëntenstop afkondigen" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });

  test("de teamleider kondigt een cliëntenstop af en die is zichtbaar", async ({ page }) => {
    await login(page, "teamleider");
    await page.goto("/aanbieders");
    await page.getByLabel("Naam of AGB-code").fill("Logeerhuis");
    await page.getByRole("button", { name: "Zoeken", exact: true }).click();
    await page.getByRole("link", { name: "Logeerhuis De Linde" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Logeerhuis De Linde" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel("Ingangsdatum").fill(vandaag());
    await page.getByLabel("Reden").fill("Wachten op verbeterplan na inspectiebezoek");
    await page.getByRole("button", { name: "Cliëntenstop afkondigen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "is afgekondigd" })).toBeVisible();
    const stops = page.getByRole("table", { name: "Cliëntenstops van Logeerhuis De Linde" });
    await expect(stops).toContainText("Wachten op verbeterplan na inspectiebezoek");
    await expect(stops).toContainText("Cliëntenstop");
    await expect(page.getByText("Nieuwe toewijzingen worden geweigerd")).toBeVisible();

    // An overlapping stop is refused with the rule.
    await page.getByLabel("Ingangsdatum").fill(vandaag());
    await page.getByLabel("Reden").fill("Nog een keer");
    await page.getByRole("button", { name: "Cliëntenstop afkondigen" }).click();
    await expect(page.locator(".voordeur-foutoverzicht")).toContainText("overlapt");
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("link", { name: "Aanbieders" }).first().click();
    await expect(
      page
        .getByRole("region", { name: "Lopende cliëntenstops" })
        .or(page.locator("section", { has: page.getByRole("heading", { name: "Lopende cliëntenstops" }) })),
    ).toContainText("Logeerhuis De Linde");
  });

  test("signalenlijst: de teamleider volgt een signaal op", async ({ page }) => {
    await login(page, "teamleider");
    await page.goto("/aanbieders/signalen");
    await expect(page.getByRole("heading", { level: 1, name: "Signalenlijst" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("link", { name: "Klachten over wisselende begeleiders" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Klachten over wisselende begeleiders" }),
    ).toBeVisible();
    await page.getByLabel("Nieuwe status").selectOption({ label: "In behandeling" });
    await page.getByLabel("Kwaliteitsmanager").selectOption({ index: 1 });
    await page.getByLabel("Notitie").fill("Aanbieder gebeld; reactie volgt binnen twee weken.");
    await page.getByRole("button", { name: "Opvolging opslaan" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: "Aanbieder gebeld" })).toBeVisible();
    await expect(page.getByText("In behandeling").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("beheer: de beheerder voegt een aanbieder toe en ziet foutmeldingen per veld", async ({ page }) => {
    await login(page, "beheerder");
    await page.goto("/beheer/aanbieders");
    await expect(page.getByRole("heading", { level: 1, name: "Aanbieders en contracten" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("Naam", { exact: true }).fill("Zorg op de Es");
    await page.getByLabel("AGB-code", { exact: true }).fill("1234");
    await page.getByRole("button", { name: "Aanbieder toevoegen" }).click();
    await expect(page.locator(".voordeur-foutoverzicht")).toContainText("8 cijfers");
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("AGB-code", { exact: true }).fill(`7${Date.now().toString().slice(-7)}`);
    await page.getByRole("button", { name: "Aanbieder toevoegen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Zorg op de Es" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
