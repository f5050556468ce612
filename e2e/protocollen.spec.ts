import { expect, type Page, type TestInfo, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, login, sessieAls } from "./helpers";

/** A full-page screenshot as a test artefact (under the test's output directory, never committed). */
async function bewaarScherm(page: Page, testInfo: TestInfo, naam: string) {
  const pad = testInfo.outputPath(`${naam}.png`);
  await page.screenshot({ path: pad, fullPage: true });
  await testInfo.attach(naam, { path: pad, contentType: "image/png" });
}

test.describe("Veiligheidsprotocollen", () => {
  test("de consulent leest het agressieprotocol in twee klikken en meldt een dreiging; de teamleider doorloopt het protocol", async ({
    page,
    browser,
  }, testInfo) => {
    test.setTimeout(120_000);
    await login(page, "wmo");
    await page.goto("/werkvoorraad");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    // Two clicks from any page: the header's Veiligheid, then the protocol.
    await page.getByRole("banner").getByRole("link", { name: "Veiligheid" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Veiligheid en protocollen" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await bewaarScherm(page, testInfo, "veiligheid");
    await page.getByRole("link", { name: "Agressieprotocol" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Agressieprotocol" })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "een overval" })).toBeVisible();
    await expect(page.getByText("Dit is nog de voorbeeldtekst.")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await bewaarScherm(page, testInfo, "agressieprotocol");

    // Reporting a calamiteit threat from the Calamiteitenprotocol: first without the facts, then with them.
    await page.getByRole("banner").getByRole("link", { name: "Veiligheid" }).click();
    await page.getByRole("link", { name: "Calamiteitenprotocol" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Calamiteitenprotocol" })).toBeVisible();
    await page.getByRole("button", { name: "Melden bij de teamleider" }).click();
    const fouten = page.getByRole("alert", { name: "Controleer de volgende velden" });
    await expect(fouten.getByRole("link", { name: /^Waar: / })).toBeVisible();
    await expect(page.getByLabel("Waar", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expectNoSeriousA11yViolations(page);
    await page
      .getByLabel("Wat is er gebeurd of wat is de dreiging")
      .fill("Een inwoner dreigde aan de telefoon langs te komen en het kantoor te vernielen.");
    await page.getByLabel("Waar", { exact: true }).fill("Telefoon, klantcontactcentrum");
    await bewaarScherm(page, testInfo, "calamiteit-melden");
    await page.getByRole("button", { name: "Melden bij de teamleider" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Dreiging van een calamiteit" })).toBeVisible();
    await expect(page.getByText("Uw melding is bij de teamleider.")).toBeVisible();
    await expect(page.getByText("Gemeld, protocol nog niet opgestart")).toBeVisible();
    await expect(page.getByRole("button", { name: "Protocol opstarten" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    // The teamleider sees it on the start page, starts the protocol, records a step and closes it.
    const tl = await sessieAls(browser, "teamleider");
    await expect(tl.getByText(/Dreiging van een calamiteit gemeld door Willem Molenaar/)).toBeVisible();
    await tl
      .getByRole("listitem")
      .filter({ hasText: "Dreiging van een calamiteit gemeld door Willem Molenaar" })
      .getByRole("link", { name: "Bekijken en oppakken" })
      .click();
    await expect(tl.getByText("kantoor te vernielen")).toBeVisible();
    await expectNoSeriousA11yViolations(tl);
    await tl.getByRole("button", { name: "Protocol opstarten" }).click();
    await expect(tl.getByRole("definition").filter({ hasText: /^Protocol opgestart$/ })).toBeVisible();
    await tl.getByRole("button", { name: "Stap vastleggen" }).click();
    await expect(tl.getByLabel("Wat is er gedaan")).toHaveAttribute("aria-invalid", "true");
    await tl.getByLabel("Wat is er gedaan").fill("Politie ingelicht; receptie en beveiliging gewaarschuwd.");
    await tl.getByRole("button", { name: "Stap vastleggen" }).click();
    await expect(tl.getByRole("status").filter({ hasText: "De stap is vastgelegd." })).toBeVisible();
    const stappen = tl.getByRole("region", { name: "Stappen van het protocol" });
    await expect(stappen.getByRole("listitem")).toHaveCount(1);
    await expect(stappen).toContainText("Politie ingelicht");
    await expectNoSeriousA11yViolations(tl);
    await bewaarScherm(tl, testInfo, "melding-opgestart");
    await tl
      .getByLabel("Evaluatie")
      .fill("Niemand gekomen; nazorg voor de collega van het klantcontactcentrum.");
    await tl.getByRole("button", { name: "Protocol afsluiten" }).click();
    await expect(tl.getByRole("definition").filter({ hasText: /^Afgesloten$/ })).toBeVisible();
    await expect(tl.getByRole("button", { name: "Stap vastleggen" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(tl);
    await bewaarScherm(tl, testInfo, "melding-afgesloten");
    await tl.context().close();
  });

  test("de beheerder past de tekst van het alarmprotocol aan, met voorbeeldweergave en versies", async ({
    page,
    browser,
  }, testInfo) => {
    await login(page, "beheerder");
    await page.goto("/beheer");
    await page.getByRole("link", { name: "Veiligheidsprotocollen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Veiligheidsprotocollen" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("link", { name: /^Alarmprotocol/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Alarmprotocol beheren" })).toBeVisible();
    const tekst = page.getByLabel("Tekst", { exact: true });
    await tekst.fill(
      "# Wanneer drukt u op de alarmknop?\n1. Als u zich bedreigd voelt\n2. Als een collega in gevaar is\n\nHet volledige protocol staat op Veldnet.",
    );
    const voorbeeld = page.getByRole("region", { name: "Zo ziet de medewerker het" });
    await expect(voorbeeld.getByRole("heading", { name: "Wanneer drukt u op de alarmknop?" })).toBeVisible();
    await expect(voorbeeld.getByRole("listitem")).toHaveCount(2);
    await page.getByRole("button", { name: "Nieuwe versie opslaan" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Versie \d+ is opgeslagen/ })).toBeVisible();
    const versies = page.getByRole("region", { name: "Alle versies" });
    await expect(versies.getByRole("row")).toHaveCount(3);
    await expectNoSeriousA11yViolations(page);
    await bewaarScherm(page, testInfo, "beheer-alarmprotocol");

    // A medewerker reads the new text at once.
    const iag = await sessieAls(browser, "iag");
    await iag.getByRole("banner").getByRole("link", { name: "Veiligheid" }).click();
    await iag.getByRole("link", { name: "Alarmprotocol" }).click();
    await expect(
      iag.getByRole("heading", { level: 2, name: "Wanneer drukt u op de alarmknop?" }),
    ).toBeVisible();
    await expect(iag.getByText("Dit is nog de voorbeeldtekst.")).toHaveCount(0);
    await expectNoSeriousA11yViolations(iag);
    await iag.context().close();
  });
});
