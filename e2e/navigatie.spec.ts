import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, hoofdnavigatie, login } from "./helpers";

const NOG_NIET_GEBOUWD = [{ label: "Sturing", pad: "/sturing" }];

test.describe("Hoofdnavigatie", () => {
  test("elk onderdeel is bereikbaar, toegankelijk en eerlijk over wat nog niet bestaat", async ({ page }) => {
    await login(page, "beheerder");
    await expectNoSeriousA11yViolations(page);

    for (const onderdeel of NOG_NIET_GEBOUWD) {
      const link = hoofdnavigatie(page).getByRole("link", { name: onderdeel.label, exact: true });
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${onderdeel.pad}$`));
      await expect(page.getByRole("heading", { level: 1, name: onderdeel.label })).toBeVisible();
      await expect(page.getByRole("main")).toContainText("Dit onderdeel is nog niet beschikbaar.");
      await expect(link).toHaveAttribute("aria-current", "page");
      await expect(hoofdnavigatie(page).locator('[aria-current="page"]')).toHaveCount(1);
      await expect(page).toHaveTitle(`${onderdeel.label} | Voordeur`);
      // No made-up data: no tables on pages that are not built yet.
      await expect(page.getByRole("table")).toHaveCount(0);
      await expectNoSeriousA11yViolations(page);
    }

    const beheer = hoofdnavigatie(page).getByRole("link", { name: "Beheer", exact: true });
    await beheer.click();
    await expect(page.getByRole("heading", { level: 1, name: "Beheer" })).toBeVisible();
    await expect(beheer).toHaveAttribute("aria-current", "page");
    await expectNoSeriousA11yViolations(page);
  });

  test("de pagina heeft een skiplink, een banner en één h1", async ({ page }) => {
    await login(page, "wmo");
    await expect(page.getByRole("link", { name: "Naar de inhoud" })).toHaveAttribute("href", "#inhoud");
    await expect(page.getByRole("banner")).toBeVisible();
    await expect(page.getByRole("main")).toBeVisible();
    await expect(page.getByRole("contentinfo")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  });

  test("een medewerker zonder beheerrol ziet geen Beheer en krijgt 'Geen toegang'", async ({ page }) => {
    await login(page, "wmo");
    const navigatie = hoofdnavigatie(page);
    await expect(navigatie.getByRole("link", { name: "Werkvoorraad" })).toBeVisible();
    await expect(navigatie.getByRole("link", { name: "Beheer" })).toHaveCount(0);

    await page.goto("/beheer/medewerkers");
    await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    // The API refuses too, whatever the UI shows.
    const antwoord = await page.request.get("/api/gebruikers");
    expect(antwoord.status()).toBe(403);
    expect(antwoord.headers()["content-type"]).toContain("application/problem+json");
  });

  test("een onbekend adres toont 'Pagina niet gevonden'", async ({ page }) => {
    await login(page, "iag");
    await page.goto("/bestaat-niet");
    await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
