import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, login } from "./helpers";
import { controleerRoutering, demoGezin, naam, registreerTelefoontjeMetZorgen } from "./stappen/aanmelden";

test.describe("Aanmelden", () => {
  test("de IAG registreert een telefoontje met zorgen op drie leefgebieden: zaak in de werkvoorraad Regiegroep met reden", async ({
    page,
  }) => {
    await login(page, "iag");
    const zaaknummer = await registreerTelefoontjeMetZorgen(page, demoGezin());

    // The IAG may not read Regiegroep zaken (DOMAIN §6); the Regiegroep finds it in its werkvoorraad.
    await page.context().clearCookies();
    await login(page, "regie");
    await page.goto("/werkvoorraad?bak=regiegroep");
    await page
      .getByRole("row")
      .filter({ hasText: zaaknummer })
      .getByRole("link", { name: zaaknummer })
      .click();
    await controleerRoutering(page, zaaknummer);
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("IAG-scherm", () => {
  test("alleen toetsenbord: inwoner naast het formulier, leeftijdsregel Jeugdwet vooraf uitgelegd, andere hoofdpersoon houdt de invoer", async ({
    page,
  }) => {
    const { ouder, kind } = demoGezin();
    await page.setViewportSize({ width: 1366, height: 768 });
    await login(page, "iag");
    await page.goto("/aanmelden");
    await page.getByLabel("Zoek een inwoner").focus();
    await page.keyboard.type(ouder.bsn);
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: `Kies ${naam(ouder)}` }).focus();
    await page.keyboard.press("Enter");
    const inwonerKop = page.getByRole("heading", { level: 2, name: naam(ouder) });
    await expect(inwonerKop).toBeFocused();

    // Type the question, answer "not directly" with the keyboard.
    await page.getByLabel("Vraag van de inwoner", { exact: true }).focus();
    await page.keyboard.type("Ouder belt over hulp bij het dagritme.");
    await page.getByRole("group", { name: "Is de vraag direct beantwoord?" }).getByLabel("Nee").focus();
    await page.keyboard.press("Space");
    await page.getByLabel("Wetsdomein", { exact: true }).focus();
    await page.getByLabel("Wetsdomein", { exact: true }).selectOption("jeugd");
    // The age rule is explained before saving, with the right choice offered.
    const regel = page.getByText(/Jeugdwet art\. 1\.1/).first();
    await expect(regel).toBeVisible();
    await page.getByRole("button", { name: /Wmo kiezen/ }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Wetsdomein", { exact: true })).toHaveValue("wmo");
    // Several wetsdomeinen: the main one plus others.
    const andere = page.getByRole("group", { name: /Spelen er ook andere wetsdomeinen/ });
    await andere.getByRole("checkbox").first().focus();
    await page.keyboard.press("Space");
    await expect(andere.getByRole("checkbox").first()).toBeChecked();

    // On a desktop the resident panel sits beside the contact form.
    const paneel = await inwonerKop.boundingBox();
    const formulier = await page
      .getByRole("heading", { level: 2, name: "Contact registreren" })
      .boundingBox();
    expect(paneel && formulier && formulier.x > paneel.x + paneel.width).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: ".tmp/screenshots/iag-1366x768.png" });
    await expectNoSeriousA11yViolations(page);

    // Another main person (the child): what was typed stays.
    await page.getByLabel("Zoek een inwoner").focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type(kind.bsn);
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: `Kies ${naam(kind)}` }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 2, name: naam(kind) })).toBeFocused();
    await expect(page.getByLabel("Vraag van de inwoner", { exact: true })).toHaveValue(
      "Ouder belt over hulp bij het dagritme.",
    );
    await expect(page.getByLabel("Wetsdomein", { exact: true })).toHaveValue("wmo");
    await expectNoSeriousA11yViolations(page);
  });
});
