import { readFile } from "node:fs/promises";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import {
  DEMO_WACHTWOORD,
  expectNoSeriousA11yViolations,
  hoofdnavigatie,
  login,
  willekeurigTestBsn,
} from "./helpers";

test.describe("Auditlog", () => {
  test("de teamleider filtert het auditlog op medewerker, actie en periode en downloadt de selectie als CSV", async ({
    page,
    baseURL,
  }) => {
    // Something to find: the iag registers a resident (an "aangemaakt" entry by Ingrid Aanmeld).
    const iagApi = await playwrightRequest.newContext({ baseURL: baseURL ?? "" });
    expect(
      (
        await iagApi.post("/api/sessie", { data: { gebruikersnaam: "iag", wachtwoord: DEMO_WACHTWOORD } })
      ).status(),
    ).toBe(200);
    const uniek = `Audit${Date.now().toString(36)}`;
    const persoon = await iagApi.post("/api/personen", {
      data: {
        bsn: willekeurigTestBsn(),
        voornamen: "Hendrika",
        geslachtsnaam: uniek,
        geboortedatum: "1948-02-14",
        adres: { straat: "Brink", huisnummer: 3, postcode: "9301 AB", woonplaats: "Roden" },
      },
    });
    expect(persoon.status()).toBe(201);
    await iagApi.dispose();

    await login(page, "teamleider");
    await hoofdnavigatie(page).getByRole("link", { name: "Auditlog", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Auditlog" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // A period that ends before it starts is refused next to the field, with focus on it.
    await page.getByLabel("Van").fill("2026-02-01");
    await page.getByLabel("Tot en met").fill("2026-01-01");
    await page.getByRole("button", { name: "Filteren" }).click();
    await expect(page.getByText("Tot en met ligt vóór de begindatum")).toBeVisible();
    await expect(page.getByLabel("Tot en met")).toBeFocused();
    await expect(page.getByLabel("Tot en met")).toHaveAttribute("aria-invalid", "true");
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel("Medewerker").selectOption({ label: "Ingrid Aanmeld" });
    await page.getByLabel("Actie").selectOption({ label: "Aangemaakt" });
    await page.getByLabel("Van").fill("2000-01-01");
    await page.getByLabel("Tot en met").fill("");
    await page.getByRole("button", { name: "Filteren" }).click();
    await expect(page).toHaveURL(/medewerkerId=.*actie=aanmaken.*van=2000-01-01/);
    const gevonden = page.getByText(/regels? gevonden vanaf 1-1-2000/);
    await expect(gevonden).toBeVisible();
    const totaal = Number((await gevonden.textContent())?.match(/^(\d+) regel/)?.[1]);
    const rijen = page.getByRole("table").getByRole("row");
    // Wait for the filtered page (the previous table may still be shown for a moment): a header row plus at most
    // one page of rows.
    await expect(rijen).toHaveCount(Math.min(totaal, 50) + 1);
    // Every shown row is by the iag and an "aangemaakt" (the header row aside).
    const aantal = await rijen.count();
    expect(aantal).toBeGreaterThan(1);
    await expect(rijen.filter({ hasText: "iag" }).filter({ hasText: "Aangemaakt" })).toHaveCount(aantal - 1);
    await expectNoSeriousA11yViolations(page);

    const link = page.getByRole("link", { name: "Download deze selectie als CSV" });
    await expect(link).toHaveAttribute("href", /\/api\/audit\.csv\?.*actie=aanmaken/);
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path()) ?? "", "utf8");
    const regels = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(regels[0]).toBe(
      "Tijdstip;Medewerker;Medewerker-id;Rollen;Actie;Gegeven;Persoon-id;Reden;Verzoek-id",
    );
    expect(regels.length).toBe(totaal + 1);
    for (const regel of regels.slice(1)) expect(regel).toMatch(/^[^;]+;iag;[^;]+;[^;]*;Aangemaakt;/);
  });
});
