import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page, type TestInfo } from "@playwright/test";

/** Password of every demo user (VOORDEUR_DEMO=1). */
export const DEMO_WACHTWOORD = "voordeur-demo";

/** Logs in through the login page and waits for the home page. */
export async function login(page: Page, gebruikersnaam: string, wachtwoord = DEMO_WACHTWOORD) {
  await page.goto("/inloggen");
  await page.getByLabel("Gebruikersnaam", { exact: true }).fill(gebruikersnaam);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(wachtwoord);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Welkom, / })).toBeVisible();
}

/**
 * A medewerker in a browser session of their own (a new context, with the config's baseURL and locale),
 * logged in; close it with `page.context().close()`.
 */
export async function sessieAls(browser: Browser, gebruikersnaam: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, gebruikersnaam);
  return page;
}

/** The main navigation landmark. */
export function hoofdnavigatie(page: Page) {
  return page.getByRole("navigation", { name: "Hoofdnavigatie" });
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA) and fails on violations with impact serious or critical. */
export async function expectNoSeriousA11yViolations(page: Page) {
  // Wait until loading indicators are gone, so axe sees the finished page.
  await expect(page.getByText("Bezig met laden…")).toHaveCount(0);
  const resultaat = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const ernstig = resultaat.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const beschrijving = ernstig
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes
          .slice(0, 5)
          .map((n) => `  - ${n.target.join(" ")}: ${n.failureSummary ?? ""}`)
          .join("\n")}`,
    )
    .join("\n\n");
  expect(ernstig, `Toegankelijkheidsproblemen op ${page.url()}:\n${beschrijving}`).toEqual([]);
}

/** A random BSN from the test range 9999xxxxx that passes the 11-proef (so reruns never collide). */
export function willekeurigTestBsn(): string {
  for (;;) {
    const basis = `9999${String(Math.floor(Math.random() * 10_000)).padStart(4, "0")}`;
    const som = [...basis].reduce((s, c, i) => s + Number(c) * (9 - i), 0);
    const controle = som % 11;
    if (controle <= 9) return `${basis}${controle}`;
  }
}

/**
 * The mails the e2e SMTP server received so far (e2e/server.mjs), raw RFC 5322 text, oldest first.
 * Waits up to `timeoutMs` for at least `minimaal` mails (the app sends from its queue every 2 s).
 */
export async function ontvangenMails(minimaal = 1, timeoutMs = 15_000): Promise<string[]> {
  const { readdirSync, readFileSync, existsSync } = await import("node:fs");
  const map = `.tmp/e2e-mail-${process.env.VOORDEUR_E2E_PORT ?? 3100}`;
  const einde = Date.now() + timeoutMs;
  for (;;) {
    const mails = existsSync(map)
      ? readdirSync(map)
          .sort()
          .map((f) => readFileSync(`${map}/${f}`, "utf8"))
      : [];
    if (mails.length >= minimaal || Date.now() > einde) return mails;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * A screenshot as a test artefact: written in the test's output directory (playwright.config outputDir, kept out of
 * git) and attached to the test's result, so CI keeps it with the report. `heel`: the whole page, not the window.
 */
export async function schermafdruk(page: Page, testInfo: TestInfo, naam: string, { heel = false } = {}) {
  const pad = testInfo.outputPath(`${naam}.png`);
  await page.screenshot({ path: pad, fullPage: heel });
  await testInfo.attach(naam, { path: pad, contentType: "image/png" });
}
