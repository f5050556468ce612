/** Steps of the werkverdeling flow (issue 5): picking up a zaak from the Regiegroep werkvoorraad. */
import { expect, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, hoofdnavigatie } from "../helpers";

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

/**
 * A consulent (logged in) opens "Werkvoorraad" (their own vakgroep's) from the main navigation and the zaak
 * from its row, which names the hoofdpersoon. Returns the zaak id (from the URL).
 */
export async function openVanuitWerkvoorraad(
  page: Page,
  zaak: { zaaknummer: string; naam: string; zaaktype: string },
): Promise<string> {
  await hoofdnavigatie(page).getByRole("link", { name: "Werkvoorraad", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Werkvoorraad" })).toBeVisible();
  const rij = page.getByRole("row").filter({ hasText: zaak.zaaknummer });
  await expect(rij).toContainText(zaak.naam);
  await expectNoSeriousA11yViolations(page);
  await rij.getByRole("link", { name: zaak.zaaknummer }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Zaak ${zaak.zaaknummer} (${zaak.zaaktype})` }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  return new URL(page.url()).pathname.split("/")[2] ?? "";
}
