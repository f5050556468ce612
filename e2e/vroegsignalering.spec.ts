/**
 * Vroegsignalering (issue 15; Wgs art. 3 lid 1 onder b): vakgroep Schuldhulp registers a signal of a rent arrear for a
 * resident, records the contact attempt and the outcome; the counts follow.
 */
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, login, schermafdruk } from "./helpers";
import { apiAls, nieuwePersoon, vandaag } from "./stappen/api";

test("een signaal van een huurachterstand opvolgen tot de inwoner hulp aanvaardt", async ({
  page,
  baseURL,
}, testInfo) => {
  const achternaam = `Signaal${Date.now().toString(36)}`;
  const iag = await apiAls(baseURL ?? "", "iag");
  await nieuwePersoon(iag, {
    voornamen: "Roelof",
    geslachtsnaam: achternaam,
    geboortedatum: "1966-04-30",
    adres: { huisnummer: 17, postcode: "9331 AB", woonplaats: "Norg" },
  });
  await iag.dispose();

  await login(page, "schuld");
  await page
    .getByRole("navigation", { name: "Hoofdnavigatie" })
    .getByRole("link", { name: "Vroegsignalering" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Vroegsignalering" })).toBeVisible();

  const nieuw = page.getByRole("region", { name: "Signaal registreren" });
  await nieuw.getByLabel("Zoek de inwoner").fill(achternaam);
  await nieuw.getByRole("radio", { name: new RegExp(achternaam) }).check();
  await nieuw.getByLabel("Soort achterstand").selectOption({ label: "Huurachterstand (verhuurder)" });
  await nieuw.getByLabel("Schuldeiser").fill("Woningstichting Noordenveld");
  await nieuw.getByLabel("Achterstand in euro").fill("1.245,50");
  await nieuw.getByRole("button", { name: "Signaal registreren" }).click();
  await expect(nieuw.getByText("Het signaal is geregistreerd.")).toBeVisible();

  const rij = page.getByRole("row", { name: new RegExp(achternaam) });
  await expect(rij).toContainText("€ 1.245,50");
  await expect(rij).toContainText("Nieuw");
  await rij.getByRole("button", { name: /Opvolgen/ }).click();
  const opvolgen = page.getByRole("region", { name: /Opvolgen/ });
  await opvolgen.getByRole("radio", { name: "Huisbezoek" }).check();
  await opvolgen.getByRole("button", { name: "Contactpoging vastleggen" }).click();
  await expect(rij).toContainText("Contact gezocht");
  await expectNoSeriousA11yViolations(page);

  await rij.getByRole("button", { name: /Opvolgen/ }).click();
  await page.getByLabel("Uitkomst").selectOption({ label: "Hulp aanvaard (eerste gesprek)" });
  await page.getByLabel("Afgehandeld op").fill(vandaag());
  await page.getByRole("button", { name: "Signaal afhandelen" }).click();
  await expect(page.getByRole("row", { name: new RegExp(achternaam) })).toHaveCount(0);
  // The filter lives in the URL (?alle=ja): the radio is checked once the navigation is done.
  await page.getByRole("radio", { name: "Alle signalen" }).click();
  await expect(page.getByRole("radio", { name: "Alle signalen" })).toBeChecked();
  await expect(page.getByRole("row", { name: new RegExp(achternaam) })).toContainText("Hulp aanvaard");
  const perUitkomst = page.getByRole("table", { name: "Afgehandelde signalen per uitkomst" });
  await expect(perUitkomst.getByRole("row", { name: /Hulp aanvaard/ })).not.toContainText(/\b0\b/);
  await expectNoSeriousA11yViolations(page);
  await schermafdruk(page, testInfo, "vroegsignalering", { heel: true });
});
