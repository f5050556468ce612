/** The tabs of the zaak workspace (issue 21): each is a link in the fixed header; the current one has aria-current. */
import { expect, type Page } from "@playwright/test";

export type Tabblad =
  | "Overzicht"
  | "Plan"
  | "Besluiten"
  | "Wmo"
  | "Werk"
  | "Veiligheid"
  | "Documenten"
  | "Journaal"
  | "Berichten"
  | "Historie";

export const tabblad = (page: Page, naam: Tabblad) =>
  page
    .getByRole("navigation", { name: "Tabbladen van de zaak" })
    .getByRole("link", { name: naam, exact: true });

/**
 * Opens a tab of the zaak page (by mouse) and waits until it is the current one. A click that lands while the page
 * is still rendering its first data can be lost (seen once on CI), so the click is repeated until the tab is current.
 */
export async function naarTabblad(page: Page, naam: Tabblad) {
  await expect(async () => {
    await tabblad(page, naam).click();
    await expect(tabblad(page, naam)).toHaveAttribute("aria-current", "page", { timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
}
