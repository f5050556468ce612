import { expect, request as playwrightRequest, test } from "@playwright/test";
import { voorbeeld } from "../src/berichten/testhulp";
import { DEMO_WACHTWOORD, expectNoSeriousA11yViolations, login, willekeurigTestBsn } from "./helpers";

test.describe("Berichten met aanbieders", () => {
  test("A&O beantwoordt een verzoek om toewijzing (315) met een toewijzing (301) en ziet het berichtenlog", async ({
    page,
    baseURL,
  }) => {
    const iag = await playwrightRequest.newContext({ baseURL: baseURL ?? "" });
    expect(
      (
        await iag.post("/api/sessie", { data: { gebruikersnaam: "iag", wachtwoord: DEMO_WACHTWOORD } })
      ).status(),
    ).toBe(200);
    const bsn = willekeurigTestBsn();
    const achternaam = `Mulder${Date.now().toString(36)}`;
    const persoon = await iag.post("/api/personen", {
      data: {
        bsn,
        voornamen: "Sanne",
        geslachtsnaam: achternaam,
        geboortedatum: "2014-05-01",
        adres: { huisnummer: 4, postcode: "9331 AB", woonplaats: "Norg" },
      },
    });
    expect(persoon.status()).toBe(201);

    const ao = await playwrightRequest.newContext({ baseURL: baseURL ?? "" });
    expect(
      (
        await ao.post("/api/sessie", { data: { gebruikersnaam: "ao", wachtwoord: DEMO_WACHTWOORD } })
      ).status(),
    ).toBe(200);
    const xml = voorbeeld("JW315")
      .replaceAll("2027-06-31", "2027-06-30")
      .replaceAll("999900006", bsn)
      .replace(/<ijw:Identificatie>\d+</, `<ijw:Identificatie>e2e${bsn}<`);
    const ontvangen = await ao.post("/api/berichten/inkomend", {
      headers: { "content-type": "application/xml" },
      data: xml,
    });
    expect(ontvangen.status()).toBe(201);

    await login(page, "ao");
    await page.goto("/berichten/verzoeken");
    await expect(
      page.getByRole("heading", { level: 1, name: "Verzoeken om toewijzing of wijziging" }),
    ).toBeVisible();
    const rij = page.getByRole("row").filter({ hasText: achternaam });
    await expect(rij).toContainText("Antwoord (5 werkdagen)");
    await expectNoSeriousA11yViolations(page);

    await rij.getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1, name: /Verzoek om toewijzing/ })).toBeVisible();
    await expect(page.getByText("referentie 40A12341234")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel(/^Toewijzen:/).check();
    await page.getByRole("button", { name: "Antwoord klaarzetten" }).click();
    await expect(page.getByText("Het antwoord staat klaar om te versturen")).toBeVisible();

    await page.getByRole("link", { name: "Bekijk het bericht" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "JW301 Toewijzing" })).toBeVisible();
    const xmlVak = page.getByRole("region", { name: "XML van het bericht" });
    await expect(xmlVak).toContainText("<jw301:ReferentieAanbieder>40A12341234</jw301:ReferentieAanbieder>");
    await expect(xmlVak).toContainText(`<jw301:Bsn>${bsn}</jw301:Bsn>`);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("link", { name: "Naar de berichten van de zaak" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Berichten met aanbieders" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "JW301 Toewijzing" })).toBeVisible();

    await page.goto("/berichten");
    await expect(page.getByRole("heading", { level: 1, name: "Berichten met aanbieders" })).toBeVisible();
    await page.getByLabel("Richting").selectOption("inkomend", { timeout: 10_000 });
    await page.getByRole("button", { name: "Toon berichten" }).click();
    await expect(page.getByRole("link", { name: "JW315 Verzoek om toewijzing" }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
