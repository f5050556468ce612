import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, login, schermafdruk } from "./helpers";
import { apiAls, nieuweGezinszaak, nieuwePersoon, nieuweZaak, vandaag } from "./stappen/api";

test.describe("Werkvoorraad", () => {
  test("crisis staat bovenaan met tekst, filters staan in de URL, Mijn zaken", async ({
    page,
    baseURL,
  }, testInfo) => {
    test.slow();
    const api = await apiAls(baseURL ?? "", "iag");
    const achternaam = `Spoed${Date.now().toString(36)}`;
    const adres = { huisnummer: 8, postcode: "9301 AB", woonplaats: "Roden" };
    const crisis = await nieuweGezinszaak(
      api,
      {
        achternaam,
        adres,
        leden: [{ voornamen: "Lotte", geboortedatum: "1990-03-04", rol: "hoofdpersoon" }],
      },
      {
        zaaktype: "wmo",
        meldingsdatum: vandaag(),
        omschrijving: `Lotte ${achternaam} is in crisis.`,
        veiligheid: "crisis",
        leefgebieden: ["huishouden"],
      },
    );
    await api.dispose();

    await page.setViewportSize({ width: 1366, height: 768 });
    await login(page, "regie");
    await page.goto("/werkvoorraad?bak=regiegroep");
    const tabel = page.getByRole("table", { name: "Zaken in Regiegroep" });
    const eersteRij = tabel.getByRole("row").nth(1);
    await expect(eersteRij.getByText("Crisis")).toBeVisible();
    await expect(page.getByText(/met crisis of spoed sta(at|an) bovenaan/)).toBeVisible();
    await expect(
      tabel.getByRole("row", { name: new RegExp(crisis.zaaknummer) }).getByText("Crisis"),
    ).toBeVisible();
    // Column headers never break inside a word.
    const afbreken = await tabel
      .locator("th")
      .first()
      .evaluate((th) => [getComputedStyle(th).hyphens, getComputedStyle(th).wordBreak]);
    expect(afbreken).toEqual(["manual", "normal"]);
    await expectNoSeriousA11yViolations(page);
    await schermafdruk(page, testInfo, "werkvoorraad-1366x768");

    // Filters: keyboard only; the URL carries them so the view can be bookmarked.
    await page.getByLabel("Alleen crisis en spoed").check();
    await page.getByLabel("Termijn binnen (dagen)").fill("-2");
    await page.getByRole("button", { name: "Filters toepassen" }).click();
    await expect(page.getByText("Termijn binnen: vul 0 of meer dagen in")).toBeVisible();
    await expect(page.getByLabel("Termijn binnen (dagen)")).toBeFocused();
    await page.getByLabel("Termijn binnen (dagen)").fill("60");
    await page.getByLabel("Termijn binnen (dagen)").press("Enter");
    await expect(page).toHaveURL(/spoed=1/);
    await expect(page).toHaveURL(/termijnBinnen=60/);
    // Retried until the filtered page is shown (counting the rows at once could read the unfiltered page).
    const zaakRijen = tabel.getByRole("row").filter({ has: page.getByRole("cell") });
    await expect(zaakRijen.first()).toBeVisible();
    await expect(zaakRijen.filter({ hasNotText: /Crisis|Spoed/ })).toHaveCount(0);
    await page.reload();
    await expect(page.getByLabel("Alleen crisis en spoed")).toBeChecked();
    await expect(page.getByLabel("Termijn binnen (dagen)")).toHaveValue("60");

    await page.getByRole("link", { name: "Mijn zaken" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Mijn zaken" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: /open zaak|open zaken/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("bladeren: volgende pagina op sleutel, vorige via de geschiedenis, geen zaak dubbel", async ({
    page,
    baseURL,
  }) => {
    test.slow();
    const api = await apiAls(baseURL ?? "", "iag");
    const persoonId = await nieuwePersoon(api, {
      voornamen: "Bram",
      geslachtsnaam: `Blader${Date.now().toString(36)}`,
      geboortedatum: "1980-05-06",
      adres: { huisnummer: 3, postcode: "9301 AB", woonplaats: "Roden" },
    });
    // More than one page (25) in the Regiegroep's werkvoorraad, whatever the other tests left there.
    for (let i = 0; i < 27; i++)
      await nieuweZaak(api, {
        zaaktype: "regie",
        meldingsdatum: vandaag(),
        kanaal: "telefoon",
        omschrijving: "Meerdere vragen tegelijk",
        personen: [{ persoonId, rol: "hoofdpersoon" }],
        veiligheid: "zorgen",
        leefgebieden: [],
      });
    await api.dispose();

    await login(page, "regie");
    await page.goto("/werkvoorraad?bak=regiegroep");
    const tabel = page.getByRole("table", { name: "Zaken in Regiegroep" });
    const zaaknummers = () =>
      tabel
        .getByRole("row")
        .filter({ has: page.getByRole("cell") })
        .evaluateAll((rijen) => rijen.map((r) => r.querySelector("td, th")?.textContent ?? ""));
    await expect(page.getByText(/Pagina 1 van \d+/)).toBeVisible();
    const eerste = await zaaknummers();
    expect(eerste).toHaveLength(25);
    await page.getByRole("link", { name: "Volgende pagina" }).click();
    await expect(page).toHaveURL(/na=/);
    await expect(page.getByText(/Pagina 2 van \d+/)).toBeVisible();
    const tweede = await zaaknummers();
    expect(tweede.length).toBeGreaterThan(0);
    expect(tweede.filter((z) => eerste.includes(z))).toEqual([]);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Vorige pagina" }).click();
    await expect(page.getByText(/Pagina 1 van \d+/)).toBeVisible();
    expect(await zaaknummers()).toEqual(eerste);
  });
});
