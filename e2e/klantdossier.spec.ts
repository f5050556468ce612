import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import {
  DEMO_WACHTWOORD,
  expectNoSeriousA11yViolations,
  hoofdnavigatie,
  login,
  willekeurigTestBsn,
} from "./helpers";

/** An API session for preparing data, as a given demo user. */
async function apiAls(baseURL: string, gebruikersnaam: string): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({ baseURL });
  const res = await ctx.post("/api/sessie", { data: { gebruikersnaam, wachtwoord: DEMO_WACHTWOORD } });
  expect(res.status()).toBe(200);
  return ctx;
}

test.describe("Klantdossier", () => {
  test("iag zoekt en opent een dossier, zaakinhoud van een andere vakgroep blijft verborgen, de teamleider ziet de inzage", async ({
    page,
    baseURL,
  }) => {
    const iagApi = await apiAls(baseURL ?? "", "iag");
    const uniek = `Ellens${Date.now().toString(36)}`;
    const bsn = willekeurigTestBsn();
    const persoon = await iagApi.post("/api/personen", {
      data: {
        bsn,
        voornamen: "Greetje",
        geslachtsnaam: uniek,
        geboortedatum: "1941-11-03",
        adres: { straat: "Heerestraat", huisnummer: 7, postcode: "9301 AC", woonplaats: "Roden" },
      },
    });
    expect(persoon.status()).toBe(201);
    const persoonId = (await persoon.json()).id as string;
    const zaak = await iagApi.post("/api/zaken", {
      data: {
        zaaktype: "wmo",
        meldingsdatum: new Date().toISOString().slice(0, 10),
        kanaal: "telefoon",
        omschrijving: "Hulp bij het huishouden na heupoperatie",
        personen: [{ persoonId, rol: "hoofdpersoon" }],
        veiligheid: "veilig",
        leefgebieden: ["huishouden"],
      },
    });
    expect(zaak.status()).toBe(201);
    expect((await zaak.json()).werkvoorraad).toBe("wmo");

    await login(page, "iag");
    await hoofdnavigatie(page).getByRole("link", { name: "Zoeken", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Zoeken" })).toBeVisible();
    await page.getByLabel("Zoek een inwoner").fill(uniek.toLowerCase());
    await page.getByRole("button", { name: "Zoeken", exact: true }).click();
    await expect(page.getByRole("status")).toContainText("1 inwoner gevonden");
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("link", { name: `Greetje ${uniek}` }).click();

    await expect(page.getByRole("heading", { level: 1, name: `Greetje ${uniek}` })).toBeVisible();
    await expect(page.getByText(`*****${bsn.slice(-4)}`)).toBeVisible();
    await expect(page.getByText("Geen inzage: zaak van een andere vakgroep")).toBeVisible();
    await expect(page.getByText("Hulp bij het huishouden na heupoperatie")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    // The Wmo consulent does see the content of the Wmo zaak.
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await login(page, "wmo");
    await page.goto(`/personen/${persoonId}`);
    await expect(page.getByText("Hulp bij het huishouden na heupoperatie")).toBeVisible();

    await page.getByRole("button", { name: "Uitloggen" }).click();
    await login(page, "teamleider");
    await page.goto(`/personen/${persoonId}`);
    await page.getByRole("link", { name: "Wie heeft dit dossier bekeken" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Wie heeft dit dossier bekeken" }),
    ).toBeVisible();
    const tabel = page.getByRole("table");
    await expect(
      tabel.getByRole("row").filter({ hasText: "iag" }).filter({ hasText: "Bekeken" }),
    ).toHaveCount(1);
    await expect(
      tabel.getByRole("row").filter({ hasText: "wmo" }).filter({ hasText: "Bekeken" }),
    ).toHaveCount(1);
    await expectNoSeriousA11yViolations(page);

    // The teamleider composes the inzage per document; the PDF can be downloaded.
    await page.goto(`/personen/${persoonId}/inzage`);
    await expect(page.getByRole("heading", { level: 1, name: "Inzage samenstellen" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    // Per document: the zaak data is withheld, which needs a ground and a motivation.
    const zaakgegevens = page.getByRole("group", { name: /^Gegevens van zaak/ });
    await zaakgegevens.getByLabel("Niet verstrekken").check();
    await page.getByRole("button", { name: "Inzage vastleggen" }).click();
    await expect(page.getByRole("alert")).toContainText(
      "Kies de grond waarop dit document niet wordt verstrekt",
    );
    await expect(page.getByLabel("Grond voor niet verstrekken")).toHaveAttribute("aria-invalid", "true");
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("Grond voor niet verstrekken").selectOption({ index: 1 });
    await page.getByLabel("Motivering").fill("Bevat de mening van een buurvrouw over de inwoner.");
    await page.getByRole("button", { name: "Inzage vastleggen" }).click();
    await expect(page.getByRole("heading", { level: 3, name: "Niet verstrekt (1)" })).toBeVisible();
    await expect(page.getByText("Motivering: Bevat de mening van een buurvrouw")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const pdfLink = page.getByRole("link", { name: "Download de inzage als PDF" });
    await expect(pdfLink).toBeVisible();
    const pdf = await page.request.get((await pdfLink.getAttribute("href")) ?? "");
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    await iagApi.dispose();
  });
});
