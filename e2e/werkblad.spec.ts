import { type APIRequestContext, expect, test } from "@playwright/test";
import { datumVoluit } from "../src/domain/documenten/brief";
import { leeftijdOp } from "../src/domain/persoon/leeftijd";
import { atwVerschuiving, dagenTussen, plusDagen } from "../src/domain/termijnen/kalender";
import { expectNoSeriousA11yViolations, login, schermafdruk } from "./helpers";
import { apiAls, kalenderVan, nieuwePersoon, nieuweZaak, vandaag } from "./stappen/api";
import { expectZichtbareFocus, tabTot } from "./stappen/toetsenbord";
import { type Tabblad, tabblad } from "./stappen/werkblad";

const TABBLADEN: Tabblad[] = [
  "Overzicht",
  "Plan",
  "Besluiten",
  "Wmo",
  "Veiligheid",
  "Documenten",
  "Journaal",
  "Berichten",
  "Historie",
];
const GEBOORTEDATUM = "1950-03-01";

/** A resident born on GEBOORTEDATUM in Peize and a safe Wmo zaak about them, made through the API. */
async function wmoZaak(
  api: APIRequestContext,
  voornamen: string,
  geslachtsnaam: string,
  melding: { meldingsdatum: string; kanaal: string; omschrijving: string; leefgebieden: string[] },
) {
  const persoonId = await nieuwePersoon(api, {
    voornamen,
    geslachtsnaam,
    geboortedatum: GEBOORTEDATUM,
    adres: { huisnummer: 3, postcode: "9321 AB", woonplaats: "Peize" },
  });
  return nieuweZaak(api, {
    ...melding,
    zaaktype: "wmo",
    personen: [{ persoonId, rol: "hoofdpersoon" }],
    veiligheid: "veilig",
  });
}

test.describe("Het werkblad van een zaak", () => {
  test("vaste kop met de feiten in woorden, één verzoek bij openen, tabbladen met het toetsenbord, axe per tabblad", async ({
    page,
    baseURL,
  }, testInfo) => {
    // Seven tabs, each with an axe check.
    test.slow();
    const api = await apiAls(baseURL ?? "", "iag");
    const achternaam = `Werkblad${Date.now().toString(36)}`;
    const meldingsdatum = plusDagen(vandaag(), -10);
    const zaak = await wmoZaak(api, "Grietje", achternaam, {
      meldingsdatum,
      kanaal: "balie",
      omschrijving: "Kan de trap niet meer op; wil graag thuis blijven wonen",
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

    // Screenshots of the workspace at 1366×768: test artefacts in the report, not committed.
    await schermafdruk(page, testInfo, "zaakpagina-overzicht");
    await schermafdruk(page, testInfo, "zaakpagina-overzicht-heel", { heel: true });
    await expectNoSeriousA11yViolations(page);

    // The header stays in view while the tab scrolls.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
    await expect(tabblad(page, "Historie")).toBeInViewport();
    await schermafdruk(page, testInfo, "zaakpagina-gescrold");
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
    await schermafdruk(page, testInfo, "zaakpagina-historie");

    // A tab is a URL: Back returns to the previous tab, and a link opens a tab directly.
    await page.goBack();
    await expect(tabblad(page, "Berichten")).toHaveAttribute("aria-current", "page");
    await page.goto(`/zaken/${zaak.id}/journaal`);
    await expect(tabblad(page, "Journaal")).toHaveAttribute("aria-current", "page");
    await expect(page.getByLabel("Aantekening", { exact: true })).toBeVisible();
  });

  test("alleen toetsenbord: vanuit de werkvoorraad een zaak openen, tabbladen wisselen, een actieformulier openen en annuleren", async ({
    page,
    baseURL,
  }, testInfo) => {
    const api = await apiAls(baseURL ?? "", "iag");
    // Reported long ago, so its term is the nearest and the zaak stands high in the werkvoorraad.
    const zaak = await wmoZaak(api, "Hendrik", `Toetsenbord${Date.now().toString(36)}`, {
      meldingsdatum: plusDagen(vandaag(), -60),
      kanaal: "telefoon",
      omschrijving: "Wil hulp bij het huishouden",
      leefgebieden: ["huishouden"],
    });
    await api.dispose();

    await login(page, "wmo");
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto("/werkvoorraad?bak=wmo");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText("Bezig met laden…")).toHaveCount(0);
    await schermafdruk(page, testInfo, "werkvoorraad-wmo-1366x768");

    // Tab to the zaak in the list and open it with Enter.
    const link = page.getByRole("link", { name: zaak.zaaknummer, exact: true });
    await tabTot(page, link, 150);
    await expectZichtbareFocus(link);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/zaken/${zaak.id}$`));
    await expect(
      page.getByRole("heading", { level: 1, name: `Zaak ${zaak.zaaknummer} (Wmo)` }),
    ).toBeVisible();

    // The tabs: Tab reaches them, Enter opens one, Shift+Tab goes back to the first.
    await tabTot(page, tabblad(page, "Journaal"), 40);
    await expectZichtbareFocus(tabblad(page, "Journaal"));
    await page.keyboard.press("Enter");
    await expect(tabblad(page, "Journaal")).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("region", { name: "Journaal", exact: true })).toBeVisible();
    await expect(tabblad(page, "Journaal")).toBeFocused();
    // Journaal is the seventh tab of a Wmo zaak: six steps back to Overzicht.
    for (let i = 0; i < TABBLADEN.indexOf("Journaal"); i++) await page.keyboard.press("Shift+Tab");
    await expect(tabblad(page, "Overzicht")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(tabblad(page, "Overzicht")).toHaveAttribute("aria-current", "page");

    // An action form opens on demand and is cancelled by closing it again: nothing changed.
    const formulier = page.locator("summary").filter({ hasText: "Aanvraag registreren" });
    await tabTot(page, formulier, 40);
    await expectZichtbareFocus(formulier);
    await page.keyboard.press("Enter");
    const datum = page.getByLabel("Datum van de aanvraag");
    await expect(datum).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(datum).toBeFocused();
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press("Shift+Tab");
    await expect(formulier).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(datum).toHaveCount(0);
    await expect(formulier).toBeFocused();
    await expect(page.getByRole("list", { name: "Kerngegevens van de zaak" })).toContainText(
      "Status: Melding",
    );
    await schermafdruk(page, testInfo, "zaakpagina-toetsenbord");
    await expectNoSeriousA11yViolations(page);
  });
});
