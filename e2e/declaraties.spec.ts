import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, login, schermafdruk } from "./helpers";

test.describe("Tarieven en besteding (issue 17)", () => {
  test("de beheerder legt een tarief vast en ziet gedeclareerd tegenover toegewezen", async ({
    page,
  }, testInfo) => {
    await login(page, "beheerder");
    await page.goto("/aanbieders");
    await page.getByLabel("Naam of AGB-code").fill("42420001");
    await page.getByRole("button", { name: "Zoeken", exact: true }).click();
    await page.getByRole("link", { name: "Zorggroep Drentse Aa" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Zorggroep Drentse Aa" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Tarieven" })).toBeVisible();

    // Nothing filled in: the form names the fields.
    await page.getByRole("button", { name: "Tarief vastleggen" }).click();
    await expect(page.locator(".voordeur-foutoverzicht")).toBeVisible();

    await page.getByLabel("Productcode", { exact: true }).fill("45A33");
    await page.getByLabel("Eenheid", { exact: true }).selectOption("04");
    await page.getByLabel("Bedrag per eenheid in euro").fill("65,00");
    await page.getByLabel("Geldig vanaf").fill("2020-01-01");
    await page.getByRole("button", { name: "Tarief vastleggen" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Het tarief voor 45A33 is vastgelegd" }),
    ).toBeVisible();
    const tabel = page.getByRole("table", { name: /^Tarieven contract/ }).first();
    await expect(tabel).toContainText("€ 65,00 per uur");

    // The same product again in the same period: refused with the rule, nothing stored.
    await page.getByLabel("Productcode", { exact: true }).fill("45A33");
    await page.getByLabel("Bedrag per eenheid in euro").fill("70");
    await page.getByLabel("Geldig vanaf").fill("2024-01-01");
    await page.getByRole("button", { name: "Tarief vastleggen" }).click();
    await expect(page.locator(".voordeur-foutoverzicht")).toContainText("mogen elkaar niet overlappen");

    // Spending in the beheerder's gemeente: the demo toewijzing of 45A33 now has an expected cost.
    const product = page.getByRole("table", { name: "Gedeclareerd tegenover toegewezen per product" });
    await expect(product).toContainText("45A33");
    await expect(product).toContainText("€");
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("heading", { level: 2, name: "Tarieven" }).scrollIntoViewIfNeeded();
    await schermafdruk(page, testInfo, "aanbieder-tarieven-besteding", { heel: true });
  });

  test("een consulent leest de tarieven, maar ziet geen beheer en geen besteding", async ({ page }) => {
    await login(page, "wmo");
    await page.goto("/aanbieders");
    await page.getByLabel("Naam of AGB-code").fill("42420001");
    await page.getByRole("button", { name: "Zoeken", exact: true }).click();
    await page.getByRole("link", { name: "Zorggroep Drentse Aa" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Tarieven" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Tarief vastleggen" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: /^Besteding/ })).toHaveCount(0);
  });
});
