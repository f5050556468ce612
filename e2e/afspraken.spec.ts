import { expect, type Page, test } from "@playwright/test";
import { isWerkdag, plusDagen } from "../src/domain/termijnen/kalender";
import { expectNoSeriousA11yViolations, login, ontvangenMails } from "./helpers";

const vandaag = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());

function werkdag(vanaf: number): string {
  for (let i = vanaf; ; i++) {
    const d = plusDagen(vandaag(), i);
    if (isWerkdag(d)) return d;
  }
}

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

    await page.goto(`/zaken/${zaak.id}`);
    await expect(page.getByRole("heading", { level: 2, name: "Afspraken" })).toBeVisible();
    const formulier = page.getByRole("form", { name: "Afspraak maken" });
    await formulier.getByLabel("Datum", { exact: true }).fill(datum);
    await formulier.getByLabel("Begintijd", { exact: true }).fill("10:00");
    await formulier.getByLabel("Eindtijd", { exact: true }).fill("11:00");
    await formulier.getByLabel("Locatie", { exact: true }).selectOption({ label: "Gemeentehuis Roden" });
    await expect(formulier.getByLabel("Medewerker", { exact: true })).toHaveValue(/.+/);
    await formulier.getByLabel("Onderwerp/toelichting", { exact: true }).fill("Kennismaking en gezinsplan");
    await formulier.getByLabel(/E-mailadres voor de bevestiging/).fill(adres);
    await expectNoSeriousA11yViolations(page);
    await formulier.getByRole("button", { name: "Afspraak maken" }).click();

    const melding = page.getByRole("status").filter({ hasText: "Afspraak gemaakt op" });
    await expect(melding).toContainText("10:00 tot 11:00");
    await expect(melding).toContainText(`verzending aan ${adres}`);
    const brief = melding.getByRole("link", { name: "Bevestigingsbrief (PDF)" });
    const pdf = await page.request.get((await brief.getAttribute("href")) ?? "");
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await expect(page.getByRole("row").filter({ hasText: "Kennismaking en gezinsplan" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // The app's mail sender delivers the queued mail to the e2e SMTP server.
    let mail: string | undefined;
    await expect(async () => {
      mail = (await ontvangenMails(1, 2_000)).find((m) => m.includes(adres));
      expect(mail).toBeDefined();
    }).toPass({ timeout: 20_000 });
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
