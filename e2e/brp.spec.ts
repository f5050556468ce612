import { expect, test } from "@playwright/test";
import { BRP_DEMO } from "../src/brp/mock/fixtures";
import { expectNoSeriousA11yViolations, login, schermafdruk } from "./helpers";

test.describe("Ophalen uit de BRP (Haal Centraal BRP Personen, demo-mock)", () => {
  test("de IAG haalt een inwoner uit de BRP, ziet gezin en gezag, neemt de gegevens over en registreert", async ({
    page,
  }, testInfo) => {
    await login(page, "iag");
    await page.goto("/aanmelden");
    await page.getByText("Inwoner niet gevonden? Nieuwe inwoner registreren").click();
    const formulier = page.getByRole("form", { name: "Nieuwe inwoner registreren" });

    // Geheimhouding: a clear warning.
    await formulier.getByLabel("BSN", { exact: true }).fill(BRP_DEMO.geheimhouding);
    await formulier.getByRole("button", { name: "Ophalen uit de BRP" }).click();
    await expect(formulier.getByText("Geheimhouding persoonsgegevens.")).toBeVisible();
    await formulier.getByRole("button", { name: "Niet overnemen" }).click();

    await formulier.getByLabel("BSN", { exact: true }).fill(BRP_DEMO.moederGezamenlijkGezag);
    await formulier.getByRole("button", { name: "Ophalen uit de BRP" }).click();
    const uittreksel = formulier.getByRole("region", { name: /^Gegevens uit de BRP van \d+ \w+ \d{4}$/ });
    await expect(uittreksel).toBeVisible();
    await expect(uittreksel.getByText("Heerestraat 24, 9301 AG Roden", { exact: false })).toBeVisible();
    await expect(uittreksel.getByText(/Lotte de Vries: Beide ouders hebben samen het gezag\./)).toBeVisible();
    await expect(uittreksel.getByText(/Mark de Vries, geboren 2 november 1984/)).toBeVisible();
    await expect(formulier.getByText("Geheimhouding persoonsgegevens.")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await uittreksel.scrollIntoViewIfNeeded();
    await schermafdruk(page, testInfo, "brp-uittreksel");

    // Nothing is saved until the medewerker confirms: first into the form, then "Inwoner registreren".
    await uittreksel.getByRole("button", { name: "Gegevens overnemen in het formulier" }).click();
    await expect(formulier.getByLabel("Voornamen")).toHaveValue("Anouk");
    await expect(formulier.getByLabel("Achternaam")).toHaveValue("Bakker");
    await expect(formulier.getByLabel("Postcode")).toHaveValue("9301 AG");
    await expect(formulier.getByText(/overgenomen\. Controleer de gegevens/)).toBeVisible();
    await formulier.getByRole("button", { name: "Inwoner registreren" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Anouk Bakker" })).toBeVisible();
    await schermafdruk(page, testInfo, "brp-geregistreerd");
  });
});
