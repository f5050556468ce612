import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, login } from "./helpers";
import { gezinMetWmoZaak, schrijfEnOndertekenGezinsplan } from "./stappen/resultatenplan";

test.describe("Resultatenplan", () => {
  test("de Wmo-consulent schrijft een gezinsplan met één ZIN-product en een voorliggende oplossing en registreert de ondertekening", async ({
    page,
    baseURL,
  }) => {
    const gezin = await gezinMetWmoZaak(baseURL ?? "");
    await login(page, "wmo");
    await schrijfEnOndertekenGezinsplan(page, gezin, { aanbieder: "Zorgboerderij Het Veenland" });
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
