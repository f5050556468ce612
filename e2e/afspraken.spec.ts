import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, login } from "./helpers";
import { maakAfspraak, werkdag } from "./stappen/afspraken";
import { mailAan } from "./stappen/mail";

/** An open Regiegroep zaak of the demo data whose confirmation has a recipient (adult or known parent). */
async function demoZaak(page: Page): Promise<{ id: string; zaaknummer: string }> {
  const lijst = await page.request.get("/api/werkvoorraden/regiegroep/zaken?perPagina=50");
  expect(lijst.status()).toBe(200);
  for (const zaak of (await lijst.json()).items as { id: string; zaaknummer: string }[]) {
    const ontvanger = await page.request.get(`/api/zaken/${zaak.id}/afspraken/ontvanger`);
    if (ontvanger.ok() && (await ontvanger.json()).persoonId) return zaak;
  }
  throw new Error("geen demo-zaak met een ontvanger gevonden");
}

test.describe("Afspraken", () => {
  test("regie maakt een afspraak vanaf de zaak; de bevestiging met .ics komt aan en de brief downloadt", async ({
    page,
  }) => {
    await login(page, "regie");
    const zaak = await demoZaak(page);
    const adres = `e2e-${Date.now().toString(36)}@example.test`;
    const datum = werkdag(3);

    // The afspraken of the onderzoek are on the zaak's Plan tab, which has its own URL.
    await page.goto(`/zaken/${zaak.id}/planvorming`);
    const { formulier, melding } = await maakAfspraak(page, {
      datum,
      begintijd: "10:00",
      eindtijd: "11:00",
      onderwerp: "Kennismaking en gezinsplan",
      email: adres,
    });
    await expect(melding).toContainText(`verzending aan ${adres}`);
    const brief = melding.getByRole("link", { name: "Bevestigingsbrief (PDF)" });
    const pdf = await page.request.get((await brief.getAttribute("href")) ?? "");
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await expect(page.getByRole("row").filter({ hasText: "Kennismaking en gezinsplan" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // The app's mail sender delivers the queued mail to the e2e SMTP server.
    const mail = await mailAan(adres);
    expect(mail).toContain("afspraak.ics");
    expect(mail).toContain("text/calendar");
    expect(mail).toContain("bevestiging-afspraak.pdf");

    // Booking the same medewerker at the same time again is refused with the rule named.
    await formulier.getByLabel("Onderwerp/toelichting", { exact: true }).fill("Tweede gesprek");
    await formulier.getByRole("button", { name: "Afspraak maken" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "dubbel" })).toBeVisible();

    await page.goto("/agenda");
    await expect(page.getByRole("heading", { level: 1, name: "Mijn agenda" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Mijn werktijden" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Gemeentehuis Roden" }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    for (
      let week = 0;
      week < 3 && !(await page.getByRole("row").filter({ hasText: zaak.zaaknummer }).count());
      week++
    ) {
      await page.getByRole("button", { name: "Volgende week" }).click();
      await expect(page.getByText("Bezig met laden…")).toHaveCount(0);
    }
    await expect(page.getByRole("row").filter({ hasText: zaak.zaaknummer })).toContainText("10:00–11:00");
  });

  test("de beheerder past de folder over cliëntondersteuning aan", async ({ page }) => {
    await login(page, "beheerder");
    await page.goto("/beheer");
    await page.getByRole("link", { name: "Teksten en briefsjablonen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Teksten en briefsjablonen" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("link", { name: "Gratis onafhankelijke cliëntondersteuning" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Tekst wijzigen" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const tekst = page.getByLabel("Tekst", { exact: true });
    await tekst.fill(`${await tekst.inputValue()}\n\nBel ons gerust: 14 050.`);
    await page.getByRole("button", { name: "Tekst opslaan" }).click();
    await expect(page.getByRole("status")).toContainText("De tekst is opgeslagen");
    const opgeslagen = await page.request.get("/api/tekstblokken/folder-clientondersteuning");
    expect((await opgeslagen.json()).tekst).toMatch(/Bel ons gerust: 14 050\.$/);
  });
});
