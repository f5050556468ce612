import { expect, request as playwrightRequest, test } from "@playwright/test";
import { plusDagen } from "../src/domain/termijnen/kalender";
import { DEMO_WACHTWOORD, expectNoSeriousA11yViolations, login, willekeurigTestBsn } from "./helpers";

const vandaag = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());

test.describe("Aanbieders", () => {
  test("de consulent Wmo vindt in de Verwijzingswijzer een aanbieder voor een product", async ({ page }) => {
    await login(page, "wmo");
    await page.goto("/aanbieders");
    await expect(page.getByRole("heading", { level: 1, name: "Aanbieders" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // Nothing filled in: the form says what is missing.
    await page.getByRole("button", { name: "Zoek aanbieders" }).click();
    await expect(page.locator(".voordeur-foutoverzicht")).toContainText(
      "Vul een productcode of resultaat in",
    );

    await page.getByLabel("Productcode").fill("45A33");
    await page.getByRole("button", { name: "Zoek aanbieders" }).click();
    const resultaten = page.getByRole("table", { name: "Gecontracteerde aanbieders" });
    await expect(resultaten.getByRole("link", { name: "Zorggroep Drentse Aa" })).toBeVisible();
    await expect(resultaten.getByRole("link", { name: "GGZ-praktijk Asserbos" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // Searching on a result: a provider under a cliëntenstop is marked with text, not colour alone.
    await page.getByLabel("Productcode").fill("");
    await page.getByLabel("Resultaat of omschrijving").fill("gezinsbehandeling");
    await page.getByRole("button", { name: "Zoek aanbieders" }).click();
    const rij = resultaten.getByRole("row", { name: /Gezinshuis De Brink/ });
    await expect(rij).toContainText("Cliëntenstop");

    await resultaten.getByRole("link", { name: "GGZ-praktijk Asserbos" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "GGZ-praktijk Asserbos" })).toBeVisible();
    await expect(page.getByText(/Contract NMD-/).first()).toBeVisible();
    // A consulent reads cliëntenstops but cannot announce one.
    await expect(page.getByRole("button", { name: "Cliëntenstop afkondigen" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });

  test("de teamleider kondigt een cliëntenstop af en die is zichtbaar", async ({ page }) => {
    await login(page, "teamleider");
    await page.goto("/aanbieders");
    await page.getByLabel("Naam of AGB-code").fill("Logeerhuis");
    await page.getByRole("button", { name: "Zoeken", exact: true }).click();
    await page.getByRole("link", { name: "Logeerhuis De Linde" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Logeerhuis De Linde" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel("Ingangsdatum").fill(vandaag());
    await page.getByLabel("Reden").fill("Wachten op verbeterplan na inspectiebezoek");
    await page.getByRole("button", { name: "Cliëntenstop afkondigen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "is afgekondigd" })).toBeVisible();
    const stops = page.getByRole("table", { name: "Cliëntenstops van Logeerhuis De Linde" });
    await expect(stops).toContainText("Wachten op verbeterplan na inspectiebezoek");
    await expect(stops).toContainText("Cliëntenstop");
    await expect(page.getByText("Nieuwe toewijzingen worden geweigerd")).toBeVisible();

    // An overlapping stop is refused with the rule.
    await page.getByLabel("Ingangsdatum").fill(vandaag());
    await page.getByLabel("Reden").fill("Nog een keer");
    await page.getByRole("button", { name: "Cliëntenstop afkondigen" }).click();
    await expect(page.locator(".voordeur-foutoverzicht")).toContainText("overlapt");
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("link", { name: "Aanbieders" }).first().click();
    await expect(
      page
        .getByRole("region", { name: "Lopende cliëntenstops" })
        .or(page.locator("section", { has: page.getByRole("heading", { name: "Lopende cliëntenstops" }) })),
    ).toContainText("Logeerhuis De Linde");
  });

  test("signalenlijst: de teamleider volgt een signaal op", async ({ page }) => {
    await login(page, "teamleider");
    await page.goto("/aanbieders/signalen");
    await expect(page.getByRole("heading", { level: 1, name: "Signalenlijst" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("link", { name: "Klachten over wisselende begeleiders" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Klachten over wisselende begeleiders" }),
    ).toBeVisible();
    await page.getByLabel("Nieuwe status").selectOption({ label: "In behandeling" });
    await page.getByLabel("Kwaliteitsmanager").selectOption({ index: 1 });
    await page.getByLabel("Notitie").fill("Aanbieder gebeld; reactie volgt binnen twee weken.");
    await page.getByRole("button", { name: "Opvolging opslaan" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: "Aanbieder gebeld" })).toBeVisible();
    await expect(page.getByText("In behandeling").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("beheer: de beheerder voegt een aanbieder toe en ziet foutmeldingen per veld", async ({ page }) => {
    await login(page, "beheerder");
    await page.goto("/beheer/aanbieders");
    await expect(page.getByRole("heading", { level: 1, name: "Aanbieders en contracten" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("Naam", { exact: true }).fill("Zorg op de Es");
    await page.getByLabel("AGB-code", { exact: true }).fill("1234");
    await page.getByRole("button", { name: "Aanbieder toevoegen" }).click();
    await expect(page.locator(".voordeur-foutoverzicht")).toContainText("8 cijfers");
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("AGB-code", { exact: true }).fill(`7${Date.now().toString().slice(-7)}`);
    await page.getByRole("button", { name: "Aanbieder toevoegen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Zorg op de Es" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // A contract whose line names the gemeente from the samenwerkingsverband's list.
    const nieuw = page.getByRole("region", { name: "Contract toevoegen" });
    await nieuw.getByLabel("Kenmerk", { exact: true }).fill("ES-2026-01");
    await nieuw.getByLabel("Ingangsdatum", { exact: true }).fill("2026-01-01");
    await nieuw.getByLabel("Gemeente", { exact: true }).selectOption({ label: "Noordenveld (1699)" });
    await nieuw.getByLabel("Wet", { exact: true }).selectOption({ label: "Wmo" });
    await nieuw.getByLabel("Productcategorie", { exact: true }).fill("07");
    await nieuw.getByRole("button", { name: "Regel toevoegen" }).click();
    await nieuw.getByRole("button", { name: "Contract opslaan" }).click();
    await expect(nieuw.getByRole("status")).toContainText("ES-2026-01 is vastgelegd");
    const contracten = page.getByRole("region", { name: "Contracten", exact: true });
    await expect(contracten.getByRole("table", { name: /Contract ES-2026-01/ })).toContainText("1699");

    // Edit it: add a line for Assen.
    const bewerken = page.getByRole("region", { name: "Contract ES-2026-01" });
    await bewerken.getByRole("button", { name: "Contract ES-2026-01 wijzigen" }).click();
    await bewerken.getByLabel("Gemeente", { exact: true }).selectOption({ label: "Assen (0106)" });
    await bewerken.getByLabel("Productcategorie", { exact: true }).fill("07");
    await bewerken.getByRole("button", { name: "Regel toevoegen" }).click();
    await expectNoSeriousA11yViolations(page);
    await bewerken.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(bewerken.getByRole("status")).toContainText("is gewijzigd");
    await expect(contracten.getByRole("table", { name: /Contract ES-2026-01/ })).toContainText("0106");

    // End it: a last day before the start is refused with the field; then it ends.
    await bewerken.getByRole("button", { name: "Contract ES-2026-01 beëindigen" }).click();
    await bewerken.getByLabel("Laatste dag van het contract").fill("2025-12-31");
    await bewerken.getByRole("button", { name: "Contract beëindigen" }).click();
    await expect(bewerken.locator(".voordeur-foutoverzicht")).toContainText(
      "einddatum ligt voor de ingangsdatum",
    );
    await expectNoSeriousA11yViolations(page);
    await bewerken.getByLabel("Laatste dag van het contract").fill("2026-12-31");
    await bewerken.getByRole("button", { name: "Contract beëindigen" }).click();
    await expect(bewerken.getByRole("status")).toContainText("1-1-2026 tot en met 31-12-2026");
    await expect(contracten.getByRole("table", { name: /Contract ES-2026-01/ })).toHaveAccessibleName(
      /tot en met 31-12-2026/,
    );
  });

  test("individuele overeenkomst: de consulent vraagt aan op de zaak, de teamleider keurt goed", async ({
    page,
    baseURL,
  }) => {
    const api = await playwrightRequest.newContext({ baseURL: baseURL ?? "" });
    expect(
      (
        await api.post("/api/sessie", { data: { gebruikersnaam: "wmo", wachtwoord: DEMO_WACHTWOORD } })
      ).status(),
    ).toBe(200);
    const persoon = await api.post("/api/personen", {
      data: {
        bsn: willekeurigTestBsn(),
        voornamen: "Geesje",
        geslachtsnaam: `Hoving${Date.now().toString(36)}`,
        geboortedatum: "1944-03-02",
        adres: { huisnummer: 3, postcode: "9331 AB", woonplaats: "Norg" },
      },
    });
    expect(persoon.status()).toBe(201);
    const zaak = await api.post("/api/zaken", {
      data: {
        zaaktype: "wmo",
        meldingsdatum: plusDagen(vandaag(), -7),
        kanaal: "telefoon",
        omschrijving: "Dagbesteding dicht bij huis",
        personen: [{ persoonId: (await persoon.json()).id, rol: "hoofdpersoon" }],
        veiligheid: "veilig",
        leefgebieden: ["huishouden"],
      },
    });
    expect(zaak.status()).toBe(201);
    const { id: zaakId, zaaknummer } = (await zaak.json()) as { id: string; zaaknummer: string };
    await api.dispose();

    await login(page, "wmo");
    await page.goto(`/zaken/${zaakId}/planvorming`);
    const sectie = page.getByRole("region", { name: "Individuele overeenkomst" });
    await expect(sectie).toContainText("geen individuele overeenkomst aangevraagd");
    await sectie.getByRole("button", { name: "Aanvraag invullen" }).click();
    await expect(sectie.getByLabel("Zoek aanbieder op naam of AGB-code")).toBeFocused();
    await page.keyboard.type("65656055");
    const keuze = sectie.getByLabel("Aanbieder", { exact: true });
    await expect(keuze.locator("option", { hasText: "Stichting Jeugdhulp Noordenveld" })).toHaveCount(1);
    await keuze.selectOption({ label: "Stichting Jeugdhulp Noordenveld (AGB 65656055)" });
    await sectie.getByLabel("Productcode").fill("07A01");
    await sectie.getByLabel("Ingangsdatum overeenkomst").fill(plusDagen(vandaag(), 14));
    await sectie.getByLabel("Tarief per eenheid (euro)").fill("55,00");
    await sectie
      .getByLabel("Waarom past gecontracteerde zorg in natura niet?")
      .fill("Geen gecontracteerde dagbesteding binnen reisafstand van Norg.");
    // The pgb question is not answered: the server names the field.
    await sectie.getByRole("button", { name: "Individuele overeenkomst aanvragen" }).click();
    await expect(sectie.locator(".voordeur-foutoverzicht")).toContainText("Waarom geen pgb");
    await expectNoSeriousA11yViolations(page);
    await sectie
      .getByLabel("Waarom is een pgb niet gewenst of niet mogelijk?")
      .fill("Mevrouw kan een pgb niet zelf beheren en heeft geen netwerk dat dat kan.");
    await sectie.getByRole("button", { name: "Individuele overeenkomst aanvragen" }).click();
    await expect(sectie.getByRole("status").filter({ hasText: "naar de teamleider gestuurd" })).toBeVisible();
    const aanvraag = sectie.getByRole("article", { name: /Stichting Jeugdhulp Noordenveld: Wmo 07A01/ });
    await expect(aanvraag).toContainText("aangevraagd");
    await expect(aanvraag).toContainText("€ 55,00");
    await expectNoSeriousA11yViolations(page);

    await page.context().clearCookies();
    await login(page, "teamleider");
    await page.goto("/aanbieders");
    await page.getByRole("link", { name: "Individuele overeenkomsten beoordelen" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Individuele overeenkomsten beoordelen" }),
    ).toBeVisible();
    const item = page.getByRole("article", { name: new RegExp(`Zaak ${zaaknummer}`) });
    await expect(item).toContainText("Geen gecontracteerde dagbesteding binnen reisafstand");
    await expectNoSeriousA11yViolations(page);
    // A decision needs a motivation.
    await item.getByRole("button", { name: "Goedkeuren" }).click();
    await expect(item.locator(".voordeur-foutoverzicht")).toContainText("Motiveer het besluit");
    await item.getByLabel("Motivering van het besluit").fill("Akkoord: geen passend contract in de buurt.");
    await item.getByRole("button", { name: "Goedkeuren" }).click();
    await expect(page.getByRole("status").filter({ hasText: "is goedgekeurd" })).toBeVisible();
    await expect(page.getByRole("article", { name: new RegExp(`Zaak ${zaaknummer}`) })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    await page.goto(`/zaken/${zaakId}/planvorming`);
    const besloten = page
      .getByRole("region", { name: "Individuele overeenkomst" })
      .getByRole("article", { name: /Stichting Jeugdhulp Noordenveld/ });
    await expect(besloten).toContainText("goedgekeurd");
    await expect(besloten).toContainText("Akkoord: geen passend contract in de buurt.");
    await expectNoSeriousA11yViolations(page);
  });
});
