import { test } from "@playwright/test";
import { expectNoSeriousA11yViolations, login } from "./helpers";
import { controleerRoutering, demoGezin, registreerTelefoontjeMetZorgen } from "./stappen/aanmelden";

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
