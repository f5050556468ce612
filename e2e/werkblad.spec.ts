import { copyFileSync, mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { datumVoluit } from "../src/domain/documenten/brief";
import { leeftijdOp } from "../src/domain/persoon/leeftijd";
import { atwVerschuiving, dagenTussen, plusDagen } from "../src/domain/termijnen/kalender";
import { expectNoSeriousA11yViolations, login } from "./helpers";
import { apiAls, kalenderVan, nieuwePersoon, nieuweZaak, vandaag } from "./stappen/api";
import { type Tabblad, tabblad } from "./stappen/werkblad";

const TABBLADEN: Tabblad[] = [
  "Overzicht",
  "Plan",
  "Besluiten",
  "Documenten",
  "Journaal",
  "Berichten",
  "Historie",
];
const GEBOORTEDATUM = "1950-03-01";

test.describe("Het werkblad van een zaak", () => {
  test("vaste kop met de feiten in woorden, één verzoek bij openen, tabbladen met het toetsenbord, axe per tabblad", async ({
    page,
    baseURL,
  }, testInfo) => {
    // Seven tabs, each with an axe check.
    test.slow();
    const api = await apiAls(baseURL ?? "", "iag");
    const achternaam = `Werkblad${Date.now().toString(36)}`;
    const persoonId = await nieuwePersoon(api, {
      voornamen: "Grietje",
      geslachtsnaam: achternaam,
      geboortedatum: GEBOORTEDATUM,
      adres: { huisnummer: 3, postcode: "9321 AB", woonplaats: "Peize" },
    });
    const meldingsdatum = plusDagen(vandaag(), -10);
    const zaak = await nieuweZaak(api, {
      zaaktype: "wmo",
      meldingsdatum,
      kanaal: "balie",
      omschrijving: "Kan de trap niet meer op; wil graag thuis blijven wonen",
      personen: [{ persoonId, rol: "hoofdpersoon" }],
      veiligheid: "veilig",
      leefgebieden: ["mobiliteit"],
    });
    const onderzoekUiterlijk = atwVerschuiving(await kalenderVan(api), plusDagen(meldingsdatum, 42));
    await api.dispose();

    await login(page, "wmo");
    await page.setViewportSize({ width: 1366, height: 768 });
    const verzoeken: string[] = [];
    page.on("request", (r) => {
      const pad = new URL(r.url()).pathname;
      if (pad.startsWith("/api/")) verzoeken.push(pad);
    });
    await page.goto(`/zaken/${zaak.id}`);

    // The header: zaaknummer and zaaktype, hoofdpersoon with age, status and behandelaar, the nearest term.
    const kop = page.getByRole("list", { name: "Kerngegevens van de zaak" });
    await expect(
      page.getByRole("heading", { level: 1, name: `Zaak ${zaak.zaaknummer} (Wmo)` }),
    ).toBeVisible();
    await expect(kop).toContainText(
      `Hoofdpersoon: Grietje ${achternaam} (${leeftijdOp(GEBOORTEDATUM, vandaag())} jaar)`,
    );
    await expect(kop).toContainText("Status: Melding");
    await expect(kop).toContainText("Behandelaar: nog niet toegewezen");
    const dagen = dagenTussen(vandaag(), onderzoekUiterlijk);
    await expect(kop).toContainText(
      `Onderzoekstermijn: nog ${dagen} dagen (uiterlijk ${datumVoluit(onderzoekUiterlijk)})`,
    );
    await expect(page.getByRole("row").filter({ hasText: "Onderzoek (Wmo 6 weken)" })).toBeVisible();
    await expect(page.getByText("Bezig met laden…")).toHaveCount(0);
    await page.waitForLoadState("networkidle");
    console.log(
      `API-verzoeken bij het openen van de zaakpagina: ${verzoeken.length}\n  ${verzoeken.join("\n  ")}`,
    );
    testInfo.annotations.push({ type: "api-verzoeken", description: String(verzoeken.length) });
    // The session check of the app shell and the werkblad; nothing else on opening.
    expect(verzoeken.filter((p) => p.startsWith(`/api/zaken/${zaak.id}`))).toEqual([
      `/api/zaken/${zaak.id}/werkblad`,
    ]);
    expect(verzoeken).toHaveLength(2);

    // A screenshot of the workspace at 1366×768 (a test artefact, not committed).
    const pad = testInfo.outputPath("zaakpagina-overzicht.png");
    await page.screenshot({ path: pad });
    await page.screenshot({ path: testInfo.outputPath("zaakpagina-overzicht-heel.png"), fullPage: true });
    mkdirSync(".tmp", { recursive: true });
    copyFileSync(pad, ".tmp/werkblad-overzicht.png");
    await expectNoSeriousA11yViolations(page);

    // The header stays in view while the tab scrolls.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
    await expect(tabblad(page, "Historie")).toBeInViewport();
    await page.screenshot({ path: testInfo.outputPath("zaakpagina-gescrold.png") });
    await page.evaluate(() => window.scrollTo(0, 0));

    // Keyboard only: Tab from the hoofdpersoon link reaches the tabs; Enter opens one, focus stays on it.
    await kop.getByRole("link", { name: `Grietje ${achternaam}` }).focus();
    await page.keyboard.press("Tab");
    await expect(tabblad(page, "Overzicht")).toBeFocused();
    await expect(tabblad(page, "Overzicht")).toHaveAttribute("aria-current", "page");
    for (const naam of TABBLADEN.slice(1)) {
      await page.keyboard.press("Tab");
      await expect(tabblad(page, naam)).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(tabblad(page, naam)).toHaveAttribute("aria-current", "page");
      await expect(tabblad(page, naam)).toBeFocused();
      await expect(page.getByRole("region", { name: naam, exact: true })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    }
    await expect(page).toHaveURL(new RegExp(`/zaken/${zaak.id}/historie$`));
    // Historie: events and statuses in words, dates in Dutch.
    const verloop = page.getByRole("region", { name: "Verloop" });
    await expect(verloop).toContainText("Melding geregistreerd");
    await expect(verloop).not.toContainText("melding-geregistreerd");
    await expect(verloop).toContainText(
      /\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4} om \d{2}:\d{2}/,
    );
    await page.screenshot({ path: testInfo.outputPath("zaakpagina-historie.png") });

    // A tab is a URL: Back returns to the previous tab, and a link opens a tab directly.
    await page.goBack();
    await expect(tabblad(page, "Berichten")).toHaveAttribute("aria-current", "page");
    await page.goto(`/zaken/${zaak.id}/journaal`);
    await expect(tabblad(page, "Journaal")).toHaveAttribute("aria-current", "page");
    await expect(page.getByLabel("Aantekening", { exact: true })).toBeVisible();
  });
});
