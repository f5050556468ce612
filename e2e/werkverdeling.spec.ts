import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, login } from "./helpers";
import { apiAls, nieuweGezinszaak, vandaag } from "./stappen/api";
import { pakOpUitRegiegroep } from "./stappen/werkverdeling";

test.describe("Werkverdeling en casuïstiekoverleg", () => {
  test("de regisseur pakt een Regiegroep-zaak op, legt de Veilig Opgroeien-raadpleging vast en bespreekt hem geanonimiseerd", async ({
    page,
    browser,
    baseURL,
  }) => {
    // Two medewerkers log in (the regisseur and a Wmo consulent): more than the default minute on a busy machine.
    test.slow();
    const api = await apiAls(baseURL ?? "", "iag");
    const achternaam = `Kuiper${Date.now().toString(36)}`;
    const { zaaknummer } = await nieuweGezinszaak(
      api,
      {
        achternaam,
        adres: { huisnummer: 4, postcode: "9301 AB", woonplaats: "Roden" },
        leden: [
          { voornamen: "Femke", geboortedatum: "1987-05-20", rol: "hoofdpersoon" },
          { voornamen: "Sem", geboortedatum: "2015-10-03", rol: "gezinslid" },
        ],
      },
      {
        zaaktype: "regie",
        meldingsdatum: vandaag(),
        omschrijving: `Femke ${achternaam} heeft schulden; Sem verzuimt van school.`,
        veiligheid: "zorgen",
        leefgebieden: ["financien", "school-onderwijs"],
      },
    );
    await api.dispose();

    // Pick up from the werkvoorraad: button "Oppakken", then Behandelaar (default: myself) and Overwegingen.
    await login(page, "regie");
    const rij = await pakOpUitRegiegroep(page, zaaknummer, "Meervoudig: schulden en schoolverzuim");
    await expect(rij.getByText(/Let op: Er is een kind betrokken/)).toBeVisible();

    // The zaak page shows the open check until the raadpleging is recorded.
    await rij.getByRole("link", { name: zaaknummer }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Werkverdeling" })).toBeVisible();
    await expect(page.getByText(/Open controle: Er is een kind betrokken/)).toBeVisible();
    await page.getByLabel("Casemanager Veilig Opgroeien").selectOption({ label: "Vera Lubbers" });
    await page
      .getByLabel("Toelichting op de raadpleging")
      .fill("Casemanager sluit aan bij het eerste gesprek");
    await page.getByRole("button", { name: "Raadpleging vastleggen" }).click();
    await expect(page.getByText(/Veilig Opgroeien: Er is een kind betrokken/)).toBeVisible();
    await expect(page.getByText(/Open controle/)).toHaveCount(0);

    // Bring it into the demo casuïstiekoverleg with a question that names the child.
    await page.getByText("Inbrengen in een casuïstiekoverleg", { exact: true }).click();
    await page.getByLabel("Vraag aan het overleg").fill("Hoe krijgen we Sem weer naar school?");
    await page.getByRole("button", { name: "Inbrengen in overleg" }).click();
    await expect(page.getByText("De zaak staat op de agenda.")).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // The meeting view is anonymised; by name is refused without consent.
    await page.goto("/casuistiek");
    await expect(page.getByRole("heading", { level: 1, name: "Casuïstiekoverleg" })).toBeVisible();
    await page.getByRole("link", { name: /Casuïstiekoverleg Regiegroep/ }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Casus 1" })).toBeVisible();
    await expect(page.getByText("Vraag: Hoe krijgen we [gezinslid] weer naar school?")).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText(achternaam);
    await expect(page.getByRole("main")).not.toContainText(zaaknummer);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Met namen tonen" }).click();
    await expect(page.getByText(/toestemming-benoemd-bespreken/)).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText(achternaam);

    await page.getByLabel("Advies (Casus 1)").fill("Leerplicht erbij betrekken");
    await page.getByLabel("Besluiten (Casus 1)").fill("Regisseur blijft betrokken\nOver 4 weken evalueren");
    await page.getByRole("button", { name: "Uitkomst vastleggen" }).click();
    await expect(
      page.getByText(/Advies: Leerplicht erbij betrekken\. Besluiten: Regisseur blijft betrokken/),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const overlegUrl = page.url();

    // A Wmo consulent in the same overleg sees the summary only: the API sends no free text.
    const wmoContext = await browser.newContext();
    const wmo = await wmoContext.newPage();
    await login(wmo, "wmo");
    await wmo.goto(overlegUrl);
    await expect(wmo.getByRole("heading", { level: 2, name: "Casus 1" })).toBeVisible();
    await expect(wmo.getByText(/alleen zichtbaar voor de vakgroep van de zaak/)).toBeVisible();
    await expect(wmo.getByText("Gezinssamenstelling:", { exact: false })).toBeVisible();
    await expect(wmo.getByRole("main")).not.toContainText("Hoe krijgen we");
    await expect(wmo.getByRole("main")).not.toContainText("Leerplicht erbij betrekken");
    await expect(wmo.getByRole("button", { name: "Uitkomst vastleggen" })).toHaveCount(0);
    await wmoContext.close();
  });
});
