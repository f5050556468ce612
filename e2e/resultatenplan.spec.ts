import { expect, request as playwrightRequest, test } from "@playwright/test";
import { DEMO_WACHTWOORD, expectNoSeriousA11yViolations, login, willekeurigTestBsn } from "./helpers";

const vandaag = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
const tienDagenGeleden = () => {
  const d = new Date();
  d.setDate(d.getDate() - 10);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(d);
};

test.describe("Resultatenplan", () => {
  test("de Wmo-consulent schrijft een gezinsplan met één ZIN-product en een voorliggende oplossing en registreert de ondertekening", async ({
    page,
    baseURL,
  }) => {
    const api = await playwrightRequest.newContext({ baseURL: baseURL ?? "" });
    expect(
      (
        await api.post("/api/sessie", { data: { gebruikersnaam: "iag", wachtwoord: DEMO_WACHTWOORD } })
      ).status(),
    ).toBe(200);
    const achternaam = `Mulder${Date.now().toString(36)}`;
    const nieuwePersoon = async (voornamen: string, geboortedatum: string) => {
      const res = await api.post("/api/personen", {
        data: {
          bsn: willekeurigTestBsn(),
          voornamen,
          geslachtsnaam: achternaam,
          geboortedatum,
          adres: { huisnummer: 4, postcode: "9321 AB", woonplaats: "Peize" },
        },
      });
      expect(res.status()).toBe(201);
      return (await res.json()).id as string;
    };
    const moeder = await nieuwePersoon("Anna", "1984-03-12");
    const zoon = await nieuwePersoon("Daan", "2012-06-01");
    const zaakRes = await api.post("/api/zaken", {
      data: {
        zaaktype: "wmo",
        meldingsdatum: tienDagenGeleden(),
        kanaal: "telefoon",
        omschrijving: "Moeder raakt overbelast, zoon heeft geen dagritme",
        personen: [
          { persoonId: moeder, rol: "hoofdpersoon" },
          { persoonId: zoon, rol: "gezinslid" },
        ],
        veiligheid: "veilig",
        leefgebieden: ["werk-dagbesteding"],
      },
    });
    expect(zaakRes.status()).toBe(201);
    const zaak = await zaakRes.json();
    await api.dispose();

    await login(page, "wmo");
    await page.goto(`/zaken/${zaak.id}`);
    await page.getByRole("button", { name: "Oppakken en onderzoek starten" }).click();
    await expect(page.getByText("Status: onderzoek")).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Resultatenplan" })).toBeVisible();
    await page.getByRole("link", { name: "Resultatenplan opstellen" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: `Resultatenplan zaak ${zaak.zaaknummer}` }),
    ).toBeVisible();
    await page.getByRole("button", { name: "Resultatenplan aanmaken" }).click();
    await expect(page.getByText(/Status: concept · versie 1/)).toBeVisible();

    await page
      .getByLabel("Hulpvraag", { exact: true })
      .fill("Anna wil het gezin draaiende houden; Daan wil weer een dagritme.");

    const resultaten = page.getByRole("group", { name: "Resultaten per gezinslid" });
    await resultaten.getByRole("button", { name: "Resultaat toevoegen" }).click();
    const resultaat = page.getByRole("group", { name: "Resultaat 1" });
    await resultaat
      .getByLabel("Voor", { exact: true })
      .selectOption({ label: `Daan ${achternaam} (gezinslid)` });
    await resultaat.getByLabel("Domein", { exact: true }).selectOption("meedoen");
    await resultaat.getByLabel("Hoofdresultaat", { exact: true }).selectOption("M1");
    await resultaat.getByLabel("Subresultaat (ontwikkelstap)").selectOption("M1.2");

    // Keyboard only: add the voorliggende oplossing with Enter.
    await page.getByRole("button", { name: "Voorliggende oplossing toevoegen" }).focus();
    await page.keyboard.press("Enter");
    const oplossing = page.getByRole("group", { name: "Voorliggende oplossing 1" });
    await oplossing
      .getByLabel("Omschrijving oplossing")
      .fill("Anna gaat naar de mantelzorggroep van het buurtteam");

    await page.getByRole("button", { name: "Maatwerkvoorziening toevoegen" }).click();
    const voorziening = page.getByRole("group", { name: "Maatwerkvoorziening 1" });
    await voorziening
      .getByLabel("Voor", { exact: true })
      .selectOption({ label: `Daan ${achternaam} (gezinslid)` });
    await voorziening.getByLabel("Product", { exact: true }).selectOption("07A01");
    await expect(voorziening.getByLabel("Zorg in natura (ZIN)")).toBeChecked();
    await voorziening.getByLabel("Aanbieder (AGB-code)").fill("42420001");
    await voorziening.getByLabel("Volume", { exact: true }).fill("3");
    await voorziening.getByLabel("Eenheid", { exact: true }).selectOption("16");

    await page.getByRole("button", { name: "Evaluatiemoment toevoegen" }).click();
    await page
      .getByRole("group", { name: "Evaluatiemoment 1" })
      .getByLabel("Hoe wordt geëvalueerd")
      .fill("Gesprek met gezin en aanbieder");

    await page.getByRole("button", { name: "Plan opslaan" }).click();
    await expect(page.getByText(/Het plan is opgeslagen als versie 2/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("button", { name: "Plan definitief maken" }).click();
    await expect(page.getByText(/Status: definitief · versie 3/)).toBeVisible();

    await page.getByLabel("Persoonlijk ondertekend bij de medewerker").check();
    await page.getByLabel("Datum van ondertekening").fill(vandaag());
    await page.getByRole("button", { name: "Ondertekening registreren" }).click();
    await expect(page.getByText(/Status: ondertekend · versie 4/)).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "ondertekend (persoonlijk)" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("link", { name: `Zaak ${zaak.zaaknummer}` }).click();
    await expect(page.getByText(/Status: ondertekend \(versie 4\)/)).toBeVisible();
    await expect(page.getByText("Status: aanvraag")).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "Beslissing op aanvraag" })).toContainText("Lopend");
    await expectNoSeriousA11yViolations(page);
  });

  test("de beheerder ziet de catalogus met matrix en producten", async ({ page }) => {
    await login(page, "beheerder");
    await page.goto("/beheer");
    await page.getByRole("link", { name: "Catalogus (Resultatenmatrix en producten)" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Catalogus: Resultatenmatrix en producten" }),
    ).toBeVisible();
    await expect(page.getByText("Let op: dit is een voorbeeldmatrix.")).toBeVisible();
    await page.getByLabel("Zoek op code of omschrijving").fill("45A33");
    await expect(page.getByRole("row").filter({ hasText: "45A33" })).toContainText(
      "I4G Begeleiding gezondheid",
    );
    await expectNoSeriousA11yViolations(page);
  });
});
