import { expect, test } from "@playwright/test";
import { DEMO_WACHTWOORD, expectNoSeriousA11yViolations, hoofdnavigatie, login } from "./helpers";

test.describe("Inloggen", () => {
  test("de inlogpagina is toegankelijk", async ({ page }) => {
    await page.goto("/inloggen");
    await expect(page).toHaveTitle("Inloggen | Voordeur");
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("lege velden geven een melding bij het veld", async ({ page }) => {
    await page.goto("/inloggen");
    await page.getByRole("button", { name: "Inloggen", exact: true }).click();
    await expect(page.getByText("Vul uw gebruikersnaam in")).toBeVisible();
    await expect(page.getByLabel("Gebruikersnaam", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Gebruikersnaam", { exact: true })).toBeFocused();
    await expectNoSeriousA11yViolations(page);
  });

  test("een verkeerd wachtwoord geeft een foutmelding", async ({ page }) => {
    await page.goto("/inloggen");
    await page.getByLabel("Gebruikersnaam", { exact: true }).fill("jeugd");
    await page.getByLabel("Wachtwoord", { exact: true }).fill("dit-is-niet-goed");
    await page.getByRole("button", { name: "Inloggen", exact: true }).click();
    await expect(page.getByRole("alert")).toContainText(
      "De combinatie van gebruikersnaam en wachtwoord is onjuist.",
    );
    await expect(page).toHaveURL(/\/inloggen$/);
    await expectNoSeriousA11yViolations(page);
  });

  test("te veel mislukte pogingen toont de melding van de server", async ({ page }) => {
    await page.goto("/inloggen");
    const gebruikersnaam = `onbekend-${Date.now()}`;
    for (let poging = 0; poging < 6; poging++) {
      await page.getByLabel("Gebruikersnaam", { exact: true }).fill(gebruikersnaam);
      await page.getByLabel("Wachtwoord", { exact: true }).fill("fout");
      const antwoord = page.waitForResponse(
        (r) => r.url().endsWith("/api/sessie") && r.request().method() === "POST",
      );
      await page.getByRole("button", { name: "Inloggen", exact: true }).click();
      if ((await antwoord).status() === 429) break;
    }
    await expect(page.getByRole("alert")).toContainText("Te veel mislukte pogingen");
  });

  test("met de juiste gegevens komt de medewerker op de startpagina", async ({ page }) => {
    await login(page, "iag");
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("banner")).toContainText("Noordenveld");
    await expect(page.getByRole("banner")).toContainText("Ingrid Aanmeld");
    await expect(page.getByRole("heading", { level: 2, name: "Uw rollen" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Uw vakgroepen" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("na inloggen gaat de medewerker naar de pagina waar hij heen wilde", async ({ page }) => {
    await page.goto("/aanbieders");
    await expect(page).toHaveURL(/\/inloggen$/);
    await page.getByLabel("Gebruikersnaam", { exact: true }).fill("wmo");
    await page.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_WACHTWOORD);
    await page.getByRole("button", { name: "Inloggen", exact: true }).click();
    await expect(page).toHaveURL(/\/aanbieders$/);
    await expect(page.getByRole("heading", { level: 1, name: "Aanbieders" })).toBeVisible();
  });

  test("een medewerker van een andere gemeente ziet zijn eigen gemeente", async ({ page }) => {
    await login(page, "assen-iag");
    await expect(page.getByRole("banner")).toContainText("Assen");
  });

  test("uitloggen brengt de medewerker terug naar de inlogpagina", async ({ page }) => {
    await login(page, "iag");
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page).toHaveURL(/\/inloggen$/);
    await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
    await expect(page.getByText("U bent uitgelogd.")).toBeVisible();
    // The session really ended: protected pages send you back to the login page.
    await page.goto("/werkvoorraad");
    await expect(page).toHaveURL(/\/inloggen$/);
    const sessie = await page.request.get("/api/sessie");
    expect(sessie.status()).toBe(401);
  });

  test("inloggen kan met alleen het toetsenbord", async ({ page }) => {
    await page.goto("/inloggen");
    // The skip link comes first, then the brand link; the username field has focus on arrival.
    await expect(page.getByLabel("Gebruikersnaam", { exact: true })).toBeFocused();
    await page.keyboard.type("regie");
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Wachtwoord", { exact: true })).toBeFocused();
    await page.keyboard.type(DEMO_WACHTWOORD);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: /^Welkom, / })).toBeVisible();

    // From the top of the page: the skip link is the first stop and jumps to the content.
    await page.keyboard.press("Tab");
    const skiplink = page.getByRole("link", { name: "Naar de inhoud" });
    await expect(skiplink).toBeFocused();
    await expect(skiplink).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#inhoud")).toBeFocused();

    // The main navigation is reachable with Tab and follows links with Enter.
    await page.keyboard.press("Shift+Tab");
    for (let i = 0; i < 15; i++) {
      const gefocust = await page.evaluate(() => document.activeElement?.textContent ?? "");
      if (gefocust === "Werkvoorraad") break;
      await page.keyboard.press("Shift+Tab");
    }
    await expect(hoofdnavigatie(page).getByRole("link", { name: "Werkvoorraad" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Werkvoorraad" })).toBeVisible();
  });
});

test.describe("Sessie", () => {
  test("een verlopen sessie stuurt naar de inlogpagina en daarna terug", async ({ page, context }) => {
    await login(page, "beheerder");
    // The server forgets the session (as after 30 minutes idle).
    await context.clearCookies();
    await hoofdnavigatie(page).getByRole("link", { name: "Beheer" }).click();
    await page.getByRole("link", { name: "Medewerkers" }).click();
    await expect(page).toHaveURL(/\/inloggen$/);
    await expect(page.getByText("Uw sessie is verlopen. Log opnieuw in.")).toBeVisible();
    await page.getByLabel("Gebruikersnaam", { exact: true }).fill("beheerder");
    await page.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_WACHTWOORD);
    await page.getByRole("button", { name: "Inloggen", exact: true }).click();
    await expect(page).toHaveURL(/\/beheer\/medewerkers$/);
    await expect(page.getByRole("heading", { level: 1, name: "Medewerkers" })).toBeVisible();
  });

  test("twee minuten voor het verlopen verschijnt een waarschuwing met 'Ingelogd blijven'", async ({
    page,
  }) => {
    await page.clock.install();
    await login(page, "iag");
    await expect(page.getByRole("alertdialog")).toHaveCount(0);
    // Let the start page finish its requests first: each answer renews the idle timer the warning follows.
    await expect(page.getByText("Bezig met laden…")).toHaveCount(0);
    // 30 minutes idle; the warning shows from 2 minutes before the end. 28½ minutes, not 28: an answer that
    // arrived a moment after the page looked quiet (a poll, a lazy chunk's request) renews the idle timer too.
    await page.clock.fastForward("28:30");
    const dialoog = page.getByRole("alertdialog", { name: "Uw sessie verloopt over 2 minuten" });
    await expect(dialoog).toBeVisible();
    await expect(dialoog.getByRole("button", { name: "Ingelogd blijven" })).toBeFocused();
    await expectNoSeriousA11yViolations(page);
    const verlengd = page.waitForResponse(
      (r) => r.url().endsWith("/api/sessie") && r.request().method() === "GET",
    );
    await dialoog.getByRole("button", { name: "Ingelogd blijven" }).click();
    expect((await verlengd).status()).toBe(200);
    await expect(dialoog).toBeHidden();
    await expect(page.getByRole("heading", { level: 1, name: /^Welkom, / })).toBeVisible();
  });
});
