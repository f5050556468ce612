import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, login } from "./helpers";
import { gezinMetWmoZaak, schrijfEnOndertekenGezinsplan, startOnderzoek } from "./stappen/resultatenplan";
import { naarTabblad } from "./stappen/werkblad";

test.describe("Resultatenplan", () => {
  test("de Wmo-consulent schrijft een gezinsplan met één ZIN-product en een voorliggende oplossing en registreert de ondertekening", async ({
    page,
    baseURL,
  }) => {
    const gezin = await gezinMetWmoZaak(baseURL ?? "");
    await login(page, "wmo");
    await schrijfEnOndertekenGezinsplan(page, gezin, { aanbieder: "Zorgboerderij Het Veenland" });
  });

  test("de Wmo-consulent ziet een fout in het plan bij het veld zelf, met het label, en er is niets opgeslagen", async ({
    page,
    baseURL,
  }) => {
    const gezin = await gezinMetWmoZaak(baseURL ?? "");
    await login(page, "wmo");
    await page.goto(`/zaken/${gezin.zaak.id}`);
    await startOnderzoek(page);
    await naarTabblad(page, "Plan");
    await page.getByRole("link", { name: "Resultatenplan opstellen" }).click();
    await page.getByRole("button", { name: "Resultatenplan aanmaken" }).click();
    await expect(page.getByText(/Status: concept · versie 1/)).toBeVisible();

    // A maatwerkvoorziening with a product but a volume of 0: the server refuses it field by field.
    await page.getByRole("button", { name: "Maatwerkvoorziening toevoegen" }).click();
    const voorziening = page.getByRole("group", { name: "Maatwerkvoorziening 1" });
    await voorziening.getByLabel("Product", { exact: true }).selectOption("07A01");
    const volume = voorziening.getByLabel("Volume", { exact: true });
    await volume.fill("0");
    await page.getByRole("button", { name: "Plan opslaan" }).click();

    const overzicht = page.locator(".voordeur-foutoverzicht");
    await expect(overzicht).toBeFocused();
    await expect(overzicht).toContainText("Maatwerkvoorziening 1: Volume");
    await expect(overzicht).not.toContainText("maatwerkvoorzieningen.0");
    await expect(volume).toHaveAttribute("aria-invalid", "true");
    const beschrijving = (await volume.getAttribute("aria-describedby")) ?? "";
    const melding = page.locator(`[id="${beschrijving.split(" ").at(-1)}"]`);
    await expect(melding).toBeVisible();
    await expect(melding).not.toBeEmpty();
    // The summary's link takes the keyboard to the field.
    await overzicht.getByRole("link", { name: /Maatwerkvoorziening 1: Volume/ }).click();
    await expect(volume).toBeFocused();
    await expectNoSeriousA11yViolations(page);

    // Nothing was saved: a reload still shows the empty version 1.
    await page.reload();
    await expect(page.getByText(/Status: concept · versie 1/)).toBeVisible();
    await expect(page.getByRole("group", { name: "Maatwerkvoorziening 1" })).toHaveCount(0);
  });

  test("de beheerder ziet de catalogus met matrix en producten", async ({ page }) => {
    await login(page, "beheerder");
    await page.goto("/beheer");
    await page.getByRole("link", { name: "Catalogus (Resultatenmatrix en producten)" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Catalogus: Resultatenmatrix en producten" }),
    ).toBeVisible();
    await expect(page.getByText("Let op: dit is een voorbeeldmatrix.")).toBeVisible();
    await page.getByLabel("Zoek op code of omschrijving").fill("45A33");
    await expect(page.getByRole("row").filter({ hasText: "45A33" })).toContainText(
      "I4G Begeleiding gezondheid",
    );
    await expectNoSeriousA11yViolations(page);
  });
});
