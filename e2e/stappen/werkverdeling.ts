/** Steps of the werkverdeling flow (issue 5): picking up a zaak from the Regiegroep werkvoorraad. */
import { expect, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../helpers";

/**
 * The regisseur (logged in as demo user regie, Rianne Gieling) picks the zaak up from the werkvoorraad
 * Regiegroep: "Oppakken", Behandelaar (default: myself), Overwegingen, "Oppakken". Returns the table row.
 */
export async function pakOpUitRegiegroep(
  page: Page,
  zaaknummer: string,
  overwegingen: string,
): Promise<Locator> {
  await page.goto("/werkvoorraad?bak=regiegroep");
  const rij = page.getByRole("row").filter({ hasText: zaaknummer });
  await rij.getByRole("button", { name: "Oppakken", exact: true }).click();
  await expect(rij.getByLabel("Behandelaar")).toBeFocused();
  await expect(rij.getByLabel("Behandelaar")).toHaveValue("");
  await expect(rij.getByRole("option", { name: "Mijzelf (Rianne Gieling)" })).toBeAttached();
  await rij.getByLabel("Overwegingen").fill(overwegingen);
  await expectNoSeriousA11yViolations(page);
  await rij.getByRole("button", { name: "Oppakken", exact: true }).click();
  await expect(rij.getByText("Opgepakt: op naam van Rianne Gieling.")).toBeVisible();
  return rij;
}
