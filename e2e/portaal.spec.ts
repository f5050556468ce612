/**
 * Mijn Voordeur (issue 16): a resident logs in with the marked demo-inlog, reads a zaak in plain words, asks for help
 * and sees the crisis numbers at once when it is not safe; the IAG sees the hulpvraag, picks it up and gets the
 * contact form filled with it (channel portaal).
 */
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, login, schermafdruk } from "./helpers";

test("inwoner vraagt hulp via Mijn Voordeur; de IAG pakt het op", async ({ page }, testInfo) => {
  const vraag = `Ik red het niet meer thuis (${Date.now().toString(36)})`;

  await page.goto("/mijn");
  await expect(page).toHaveURL(/\/mijn\/inloggen$/);
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen bij Mijn Voordeur" })).toBeVisible();
  const demo = page.getByRole("region", { name: "Demo-inlog" });
  await expect(demo.getByText("verzonnen inwoners")).toBeVisible();
  await page.getByLabel("Uw gemeente").selectOption({ label: "Noordenveld" });
  await expect(demo.getByRole("button", { name: /^Inloggen als / }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await schermafdruk(page, testInfo, "mijn-inloggen");

  // The first demo resident has a zaak.
  await demo
    .getByRole("button", { name: /^Inloggen als / })
    .first()
    .click();
  await expect(page).toHaveURL(/\/mijn$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mijn Voordeur" })).toBeVisible();
  await expect(page.getByText(/\(demo-inlog\)/)).toBeVisible();
  const zaken = page.locator(".voordeur-mijn-zaak");
  await expect(zaken.first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await schermafdruk(page, testInfo, "mijn-overzicht", { heel: true });

  await zaken.first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 2, name: "Hoe staat het ervoor?" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Vragen?" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await schermafdruk(page, testInfo, "mijn-zaak", { heel: true });

  await page.getByRole("link", { name: "Terug naar Mijn Voordeur" }).click();
  await page.getByRole("link", { name: "Hulp vragen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hulp vragen" })).toBeVisible();
  // Sending without answers names the fields.
  await page.getByRole("button", { name: "Versturen" }).click();
  await expect(page.getByRole("alert").getByText("Controleer de volgende velden")).toBeVisible();

  await page.getByLabel("Waar gaat uw vraag over?").selectOption({ label: "Huishoudelijke hulp" });
  await page.getByRole("checkbox", { name: "Huishouden" }).check();
  await page.getByLabel("Uw vraag", { exact: true }).fill(vraag);
  await page.getByRole("group", { name: "Is het dringend?" }).getByRole("radio", { name: "Ja" }).check();
  const veilig = page.getByRole("group", { name: /niet veilig/ });
  await veilig.getByRole("radio", { name: "Ja" }).check();
  // The crisis numbers show at once, before anything is sent.
  await expect(page.getByRole("link", { name: "0800-2000" })).toBeVisible();
  await expect(page.getByRole("link", { name: "112" })).toBeVisible();
  await page.getByRole("radio", { name: "Bel mij" }).check();
  await page.getByLabel("Telefoonnummer").fill("06 12345678");
  await expectNoSeriousA11yViolations(page);
  await schermafdruk(page, testInfo, "mijn-hulp-vragen", { heel: true });
  await page.getByRole("button", { name: "Versturen" }).click();
  await expect(page.getByText("We hebben uw vraag ontvangen.")).toBeVisible();
  await expect(page.getByRole("link", { name: "0800-2000" })).toBeVisible();
  await schermafdruk(page, testInfo, "mijn-hulpvraag-verstuurd");

  // The IAG: the unsafe hulpvraag waits, is picked up, and fills the contact form.
  await login(page, "iag");
  await page.goto("/aanmelden");
  await expect(page.getByText(/via Mijn Voordeur/).first()).toBeVisible();
  const rij = page.getByRole("row", { name: new RegExp(vraag.replace(/[()]/g, ".")) });
  await expect(rij).toContainText("onveilig");
  await expect(rij).toContainText("06 12345678");
  await rij.getByRole("button", { name: /^Oppakken/ }).click();
  await expect(page.getByLabel("Vraag van de inwoner")).toHaveValue(vraag);
  await expect(page.getByLabel("Kanaal")).toHaveValue("portaal");
  await expect(rij).toContainText("Opgepakt door");
  await expectNoSeriousA11yViolations(page);
  await schermafdruk(page, testInfo, "iag-hulpvraag-opgepakt", { heel: true });

  // Registering the contact closes the hulpvraag: the list is empty again for the next medewerker.
  await page.getByRole("group", { name: "Is de vraag direct beantwoord?" }).getByLabel("Ja").check();
  await page.getByLabel("Gegeven antwoord").fill("Teruggebeld; Veilig Thuis ingeschakeld.");
  await page.getByRole("button", { name: "Contact registreren" }).click();
  await expect(page.getByText("Het contact is geregistreerd.")).toBeVisible();
  await expect(rij).toHaveCount(0);
});
