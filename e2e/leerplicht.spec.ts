import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, login, schermafdruk } from "./helpers";
import { apiAls, nieuweGezinszaak, vandaag } from "./stappen/api";

test.describe("Leerplicht (vakgroep Jeugd, seed 004 §5.2)", () => {
  test("leerplicht tot HALT: van de verzuimmelding door elke stap naar de HALT-verwijzing", async ({
    page,
    baseURL,
  }, testInfo) => {
    test.setTimeout(120_000);
    const api = await apiAls(baseURL ?? "", "iag");
    const achternaam = `Verzuim${Date.now().toString(36)}`;
    const zaak = await nieuweGezinszaak(
      api,
      {
        achternaam,
        adres: { huisnummer: 12, postcode: "9301 AB", woonplaats: "Roden" },
        leden: [{ voornamen: "Daan", geboortedatum: "2012-09-15", rol: "hoofdpersoon" }],
      },
      {
        zaaktype: "leerplicht",
        meldingsdatum: vandaag(),
        omschrijving: "De school meldt ongeoorloofd verzuim via DUO",
        veiligheid: "veilig",
        leefgebieden: [],
      },
    );
    await api.dispose();

    await login(page, "leerplicht");
    await page.goto(`/zaken/${zaak.id}/leerplicht`);
    const sectie = page.getByRole("region", { name: "Verzuimaanpak" });
    await sectie.getByRole("radio", { name: /Ongeoorloofd verzuim/ }).check();
    await sectie
      .getByLabel("School", { exact: true })
      .selectOption({ label: "Noorderpoort College Roden (vo) (21MB)" });
    await sectie.getByLabel(/Uren verzuim/).fill("12");
    await sectie.getByRole("button", { name: "Verzuimmelding vastleggen" }).click();
    // Below the 16 hours of art. 21a: refused, and the summary says why.
    await expect(page.getByRole("alert").filter({ hasText: "art. 21a" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await sectie.getByLabel(/Uren verzuim/).fill("18");
    await sectie.getByRole("button", { name: "Verzuimmelding vastleggen" }).click();
    await expect(
      sectie.getByText(/Ongeoorloofd verzuim \(16 uur of meer in 4 lesweken\), 18 uur/),
    ).toBeVisible();
    await expect(sectie.getByText(/Leerplichtig \(volledige leerplicht\)/)).toBeVisible();

    for (const stap of [
      "Contact met de school",
      "Waarschuwingsgesprek",
      "Officiële waarschuwing",
      "Terugkoppeling van het gesprek",
      "Meer partijen overleg (MPO)",
      "Verwijzing naar HALT",
    ]) {
      // The fold-out stays open after a step; open it when it is closed.
      const keuze = sectie.getByRole("radio", { name: stap });
      if (!(await keuze.isVisible()))
        await sectie.getByText("Volgende stap vastleggen", { exact: true }).first().click();
      await keuze.check();
      await sectie.getByRole("button", { name: "Stap vastleggen" }).click();
      await expect(
        sectie.getByRole("listitem").filter({ hasText: `${stap} (vastgelegd door Lotte Plicht)` }),
      ).toBeVisible();
    }
    await expect(sectie.getByText("De verzuimaanpak is afgerond.")).toBeVisible();
    await expect(
      sectie.getByRole("listitem").filter({ hasText: "vastgelegd door Lotte Plicht" }),
    ).toHaveCount(7);
    await expectNoSeriousA11yViolations(page);
    await schermafdruk(page, testInfo, "leerplicht-tot-halt", { heel: true });
  });

  test("schoolmaatschappelijk werk en POH-jeugd registreren en tellen, zonder namen", async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await login(page, "smw");
    await page.getByRole("link", { name: "SMW en POH-jeugd" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Schoolmaatschappelijk werk en POH-jeugd" }),
    ).toBeVisible();
    const tabel = page.getByRole("table", { name: "Korte contacten en trainingen per school" });
    await expect(tabel).toBeVisible();
    const school = await page
      .getByRole("group", { name: "School" })
      .getByRole("radio")
      .first()
      .getAttribute("value");
    expect(school).toBeTruthy();
    const rij = tabel
      .getByRole("row")
      .filter({ has: page.getByRole("cell") })
      .first();
    const voor = Number(await rij.getByRole("cell").nth(4).textContent());
    // Bad input: nothing is registered, the error names the field.
    await page.getByLabel("Aantal deelnemers").fill("0");
    await page.getByRole("button", { name: "Registreren" }).click();
    await expect(page.getByRole("link", { name: /Aantal deelnemers/ })).toBeVisible();
    await page.getByLabel("Aantal deelnemers").fill("3");
    await page.getByLabel("Onderwerp").fill("Weerbaarheid groep 7");
    await page.getByRole("button", { name: "Registreren" }).click();
    await expect(page.getByText("Geregistreerd.")).toBeVisible();
    await expect(rij.getByRole("cell").nth(4)).toHaveText(String(voor + 1));
    await expectNoSeriousA11yViolations(page);
    await schermafdruk(page, testInfo, "jeugd-smw-1366x768", { heel: true });
    // The POH-jeugd part is not theirs.
    await expect(page.getByRole("heading", { level: 2, name: "POH-jeugd" })).toHaveCount(0);

    await page.context().clearCookies();
    await login(page, "poh");
    await page.goto("/jeugd");
    await page.getByLabel("Huisartsenpraktijk").fill("Huisartsenpraktijk De Brink");
    await page.getByLabel("Aantal contacten").fill("4");
    await page.getByRole("radio", { name: "Verwezen", exact: true }).check();
    await page.getByRole("radio", { name: "Jeugd-ggz" }).check();
    await page.getByRole("button", { name: "Registreren" }).click();
    await expect(page.getByText("Geregistreerd.")).toBeVisible();
    const praktijk = page
      .getByRole("table", { name: "Per huisartsenpraktijk" })
      .getByRole("row", { name: /De Brink/ });
    await expect(praktijk).toBeVisible();
    await expect(
      page.getByRole("table", { name: "Verwezen naar" }).getByRole("row", { name: /Jeugd-ggz/ }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await schermafdruk(page, testInfo, "jeugd-poh-1366x768", { heel: true });
  });

  test("de beheerder voegt een school toe met haar schoolmaatschappelijk werker en beëindigt haar", async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await login(page, "beheerder");
    await page.goto("/beheer");
    await page.getByRole("link", { name: "Scholen en schoolmaatschappelijk werkers" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Scholen en schoolmaatschappelijk werkers" }),
    ).toBeVisible();
    const brin = `${String((Date.now() % 90) + 10)}ZX`;
    await page.getByLabel("BRIN-code").fill("12345");
    await page.getByLabel("Naam van de school").fill("Kindcentrum De Horst");
    await page.getByRole("button", { name: "School toevoegen" }).click();
    await expect(page.getByRole("link", { name: /BRIN-code/ })).toBeVisible();
    await page.getByLabel("BRIN-code").fill(brin);
    await page
      .getByRole("group", { name: "Schoolmaatschappelijk werkers" })
      .getByRole("checkbox")
      .first()
      .check();
    await page.getByRole("button", { name: "School toevoegen" }).click();
    await expect(page.getByText("De school is toegevoegd.")).toBeVisible();
    const rij = page.getByRole("table", { name: "Scholen" }).getByRole("row", { name: new RegExp(brin) });
    await expect(rij).toContainText("Actief");
    await expectNoSeriousA11yViolations(page);
    await schermafdruk(page, testInfo, "beheer-scholen-1366x768", { heel: true });
    await rij.getByRole("button", { name: "Beëindig Kindcentrum De Horst" }).click();
    await expect(rij).toContainText("Beëindigd");
  });
});
