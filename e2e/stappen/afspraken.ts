/** Steps of the afspraken flow (issue 5): booking an appointment from the zaak page. */
import { expect, type Locator, type Page } from "@playwright/test";
import { isWerkdag, plusDagen } from "../../src/domain/termijnen/kalender";
import { expectNoSeriousA11yViolations } from "../helpers";
import { vandaag } from "./api";

/** The first working day at least `vanaf` days from today (YYYY-MM-DD). */
export function werkdag(vanaf: number): string {
  for (let i = vanaf; ; i++) {
    const d = plusDagen(vandaag(), i);
    if (isWerkdag(d)) return d;
  }
}

export interface NieuweAfspraak {
  datum: string;
  begintijd: string;
  eindtijd: string;
  onderwerp: string;
  /** Another address for the confirmation than the recipient's own. */
  email?: string;
}

/**
 * On the zaak page: fills the form "Afspraak maken" (location Gemeentehuis Roden, medewerker defaults to
 * the logged-in user) and submits it. Returns the form and the confirmation message.
 */
export async function maakAfspraak(
  page: Page,
  afspraak: NieuweAfspraak,
): Promise<{ formulier: Locator; melding: Locator }> {
  await expect(page.getByRole("heading", { level: 2, name: "Afspraken" })).toBeVisible();
  const formulier = page.getByRole("form", { name: "Afspraak maken" });
  await formulier.getByLabel("Datum", { exact: true }).fill(afspraak.datum);
  await formulier.getByLabel("Begintijd", { exact: true }).fill(afspraak.begintijd);
  await formulier.getByLabel("Eindtijd", { exact: true }).fill(afspraak.eindtijd);
  await formulier.getByLabel("Locatie", { exact: true }).selectOption({ label: "Gemeentehuis Roden" });
  await expect(formulier.getByLabel("Medewerker", { exact: true })).toHaveValue(/.+/);
  await formulier.getByLabel("Onderwerp/toelichting", { exact: true }).fill(afspraak.onderwerp);
  if (afspraak.email) await formulier.getByLabel(/E-mailadres voor de bevestiging/).fill(afspraak.email);
  await expectNoSeriousA11yViolations(page);
  await formulier.getByRole("button", { name: "Afspraak maken" }).click();

  const melding = page.getByRole("status").filter({ hasText: "Afspraak gemaakt op" });
  await expect(melding).toContainText(`${afspraak.begintijd} tot ${afspraak.eindtijd}`);
  return { formulier, melding };
}
