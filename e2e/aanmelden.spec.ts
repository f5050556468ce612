import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, login, schermafdruk } from "./helpers";
import { controleerRoutering, demoGezin, naam, registreerTelefoontjeMetZorgen } from "./stappen/aanmelden";
import {
  expectGeenHorizontaalScrollen,
  expectZichtbareFocus,
  expectZonderScrollenInBeeld,
  tabTot,
} from "./stappen/toetsenbord";

test.describe("Aanmelden", () => {
  test("de IAG registreert een telefoontje met zorgen op drie leefgebieden: zaak in de werkvoorraad Regiegroep met reden", async ({
    page,
  }) => {
    await login(page, "iag");
    const zaaknummer = await registreerTelefoontjeMetZorgen(page, demoGezin());

    // The IAG may not read Regiegroep zaken (DOMAIN §6); the Regiegroep finds it in its werkvoorraad.
    await page.context().clearCookies();
    await login(page, "regie");
    await page.goto("/werkvoorraad?bak=regiegroep");
    await page
      .getByRole("row")
      .filter({ hasText: zaaknummer })
      .getByRole("link", { name: zaaknummer })
      .click();
    await controleerRoutering(page, zaaknummer);
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("IAG-scherm", () => {
  test("alleen toetsenbord: een gewoon telefoontje past op één scherm van 1366×768, in een logische tabvolgorde", async ({
    page,
  }, testInfo) => {
    const { ouder, kind } = demoGezin();
    await page.setViewportSize({ width: 1366, height: 768 });
    await login(page, "iag");
    await page.goto("/aanmelden");
    await expect(page.getByRole("heading", { level: 1, name: "Aanmelden" })).toBeVisible();

    // From the top of the page with Tab only: the search comes first in the content.
    const zoekveld = page.getByLabel("Zoek een inwoner");
    await tabTot(page, zoekveld);
    await expectZichtbareFocus(zoekveld);
    await page.keyboard.type(ouder.bsn);
    await page.keyboard.press("Enter");
    const kies = page.getByRole("button", { name: `Kies ${naam(ouder)}` });
    await expect(kies).toBeVisible();
    await tabTot(page, kies);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 2, name: naam(ouder) })).toBeFocused();

    // The resident panel, then the contact form: the child is taken into the zaak.
    const meenemen = page.getByLabel(new RegExp(`^${naam(kind)} .*meenemen in de zaak`));
    await tabTot(page, meenemen);
    await page.keyboard.press("Space");
    await expect(meenemen).toBeChecked();
    await tabTot(page, page.getByLabel("Kanaal", { exact: true }));
    await expect(page.getByLabel("Kanaal", { exact: true })).toHaveValue("telefoon");
    const thema = page.getByLabel("Thema", { exact: true });
    await tabTot(page, thema, 2);
    await page.keyboard.type("Huis");
    await expect(thema).toHaveValue("huishoudelijke-hulp");
    await tabTot(page, page.getByLabel("Vraag van de inwoner", { exact: true }), 2);
    await page.keyboard.type("Mevrouw vraagt hulp bij het huishouden na een operatie.");

    // Radio groups: Tab enters the group, the arrow keys choose.
    const direct = page.getByRole("group", { name: "Is de vraag direct beantwoord?" });
    await tabTot(page, direct.getByLabel("Ja"), 2);
    await page.keyboard.press("ArrowRight");
    await expect(direct.getByLabel("Nee")).toBeChecked();
    const signalen = page.getByRole("group", { name: "Zijn er veiligheidssignalen?" });
    await tabTot(page, signalen.getByLabel("Ja"), 2);
    await page.keyboard.press("ArrowRight");
    await expect(signalen.getByLabel("Nee")).toBeChecked();
    const veiligheid = page.getByRole("group", { name: "Uitkomst veiligheidscheck" });
    await tabTot(page, veiligheid.getByLabel("Veilig", { exact: true }), 2);
    await page.keyboard.press("Space");
    await expect(veiligheid.getByLabel("Veilig", { exact: true })).toBeChecked();
    const wetsdomein = page.getByLabel("Wetsdomein", { exact: true });
    await tabTot(page, wetsdomein, 2);
    await page.keyboard.type("Wmo");
    await expect(wetsdomein).toHaveValue("wmo");

    // Then the life areas (after the further wetsdomeinen), the outcome and the save button.
    const huishouden = page
      .getByRole("group", { name: "Leefgebieden waarop de vraag speelt" })
      .getByLabel("Huishouden", { exact: true });
    await tabTot(page, huishouden, 25);
    await expectZichtbareFocus(huishouden);
    await page.keyboard.press("Space");
    await expect(huishouden).toBeChecked();
    await expect(page.getByText("Voorstel: werkvoorraad Wmo")).toBeVisible();
    const uitkomst = page.getByRole("group", { name: "Wat gebeurt er met het contact?" });
    const nieuweZaak = uitkomst.getByLabel("Nieuwe zaak aanmaken");
    await tabTot(page, nieuweZaak, 25);
    await expect(nieuweZaak).toBeChecked();
    await tabTot(page, page.getByLabel("Werkvoorraad", { exact: true }), 2);
    await expect(page.getByLabel("Werkvoorraad", { exact: true })).toHaveValue("wmo");
    const opslaan = page.getByRole("button", { name: "Contact registreren" });
    await tabTot(page, opslaan, 2);
    await expectZichtbareFocus(opslaan);

    // The whole call on one screen: nothing scrolled, the outcome and the save button in the window.
    await expectZonderScrollenInBeeld(page, uitkomst);
    await expectZonderScrollenInBeeld(page, opslaan);
    await expectZonderScrollenInBeeld(page, page.getByRole("heading", { level: 2, name: naam(ouder) }));
    await schermafdruk(page, testInfo, "iag-1366x768-telefoontje");
    await expectNoSeriousA11yViolations(page);

    // The same form at 320 px: one column, nothing scrolls sideways (WCAG 1.4.10).
    await page.setViewportSize({ width: 320, height: 800 });
    await expectGeenHorizontaalScrollen(page);
    await schermafdruk(page, testInfo, "iag-320-telefoontje", { heel: true });
    await page.setViewportSize({ width: 1366, height: 768 });

    await expect(opslaan).toBeFocused();
    await page.keyboard.press("Enter");
    const bevestiging = page
      .getByRole("status")
      .filter({ hasText: /Zaak Z-\d{4}-\S+ is aangemaakt in de werkvoorraad Wmo/ });
    await expect(bevestiging).toBeVisible();
    await expect(bevestiging).toContainText("1 leefgebied (Huishouden)");
    await expect(page.getByLabel("Vraag van de inwoner", { exact: true })).toHaveValue("");
    await expectNoSeriousA11yViolations(page);
  });

  test("alleen toetsenbord: inwoner naast het formulier, leeftijdsregel Jeugdwet vooraf uitgelegd, andere hoofdpersoon houdt de invoer", async ({
    page,
  }, testInfo) => {
    const { ouder, kind } = demoGezin();
    await page.setViewportSize({ width: 1366, height: 768 });
    await login(page, "iag");
    await page.goto("/aanmelden");
    await page.getByLabel("Zoek een inwoner").focus();
    await page.keyboard.type(ouder.bsn);
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: `Kies ${naam(ouder)}` }).focus();
    await page.keyboard.press("Enter");
    const inwonerKop = page.getByRole("heading", { level: 2, name: naam(ouder) });
    await expect(inwonerKop).toBeFocused();

    // Type the question, answer "not directly" with the keyboard.
    await page.getByLabel("Vraag van de inwoner", { exact: true }).focus();
    await page.keyboard.type("Ouder belt over hulp bij het dagritme.");
    await page.getByRole("group", { name: "Is de vraag direct beantwoord?" }).getByLabel("Nee").focus();
    await page.keyboard.press("Space");
    await page.getByLabel("Wetsdomein", { exact: true }).focus();
    await page.getByLabel("Wetsdomein", { exact: true }).selectOption("jeugd");
    // The age rule is explained before saving, with the right choice offered.
    const regel = page.getByText(/Jeugdwet art\. 1\.1/).first();
    await expect(regel).toBeVisible();
    await page.getByRole("button", { name: /Wmo kiezen/ }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Wetsdomein", { exact: true })).toHaveValue("wmo");
    // Several wetsdomeinen: the main one plus others.
    const andere = page.getByRole("group", { name: /Spelen er ook andere wetsdomeinen/ });
    await andere.getByRole("checkbox").first().focus();
    await page.keyboard.press("Space");
    await expect(andere.getByRole("checkbox").first()).toBeChecked();

    // On a desktop the resident panel sits beside the contact form.
    const paneel = await inwonerKop.boundingBox();
    const formulier = await page
      .getByRole("heading", { level: 2, name: "Contact registreren" })
      .boundingBox();
    expect(paneel && formulier && formulier.x > paneel.x + paneel.width).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await schermafdruk(page, testInfo, "iag-1366x768-jeugdwet");
    await expectNoSeriousA11yViolations(page);

    // Another main person (the child): what was typed stays.
    await page.getByLabel("Zoek een inwoner").focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type(kind.bsn);
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: `Kies ${naam(kind)}` }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 2, name: naam(kind) })).toBeFocused();
    await expect(page.getByLabel("Vraag van de inwoner", { exact: true })).toHaveValue(
      "Ouder belt over hulp bij het dagritme.",
    );
    await expect(page.getByLabel("Wetsdomein", { exact: true })).toHaveValue("wmo");
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("Inwoners registreren", () => {
  test("de IAG registreert een inwoner zonder BSN en legt op het klantdossier een relatie en een netwerklid vast", async ({
    page,
  }) => {
    test.slow();
    const { ouder } = demoGezin();
    const achternaam = `Nieuw${Date.now().toString(36)}`;
    await login(page, "iag");
    await page.goto("/aanmelden");
    await page.getByText("Inwoner niet gevonden? Nieuwe inwoner registreren (ook zonder BSN)").click();
    const formulier = page.getByRole("form", { name: "Nieuwe inwoner registreren" });
    await formulier.getByLabel("Er is (nog) geen BSN bekend").check();
    await formulier.getByLabel("Voornamen").fill("Noor");
    await formulier.getByLabel("Achternaam").fill(achternaam);
    await formulier.getByLabel("Geboortedatum").fill("2026-01-15");
    await formulier.getByLabel("Postcode").fill("9331 AB");
    await formulier.getByLabel("Huisnummer", { exact: true }).fill("3");
    await formulier.getByLabel("Woonplaats").fill("Norg");
    // Without the reason: the error names the field by its label and the focus goes to the summary.
    await formulier.getByRole("button", { name: "Inwoner registreren" }).click();
    await expect(
      page.getByRole("link", { name: /Reden zonder BSN: Geef aan waarom er geen BSN is/ }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await formulier.getByLabel("Reden zonder BSN").fill("Pas geboren, nog niet in de BRP");
    await formulier.getByRole("button", { name: "Inwoner registreren" }).click();
    const kop = page.getByRole("heading", { level: 2, name: `Noor ${achternaam}` });
    await expect(kop).toBeFocused();
    await expect(page.getByText(/BSN onbekend/)).toBeVisible();

    // On the klantdossier: the reason without BSN, then a relation (kind van) and a network member.
    await page.getByRole("link", { name: "Klantdossier" }).click();
    await expect(page.getByText("Geen BSN (Pas geboren, nog niet in de BRP)")).toBeVisible();
    await page.getByText("Relatie toevoegen (ouder, gezag, partner, vertegenwoordiger)").click();
    const relatie = page.getByRole("form", { name: "Relatie toevoegen" });
    await relatie.getByLabel("Zoek de andere persoon").fill(ouder.bsn);
    await relatie.getByLabel("Zoek de andere persoon").press("Enter");
    await relatie.getByRole("radio", { name: new RegExp(`^${naam(ouder)}, geboren`) }).check();
    await relatie.getByLabel("Relatie", { exact: true }).selectOption({
      label: `Noor ${achternaam} is kind van ${naam(ouder)}`,
    });
    await relatie.getByRole("button", { name: "Relatie vastleggen" }).click();
    await expect(
      relatie.getByText(`Vastgelegd: Noor ${achternaam} is kind van ${naam(ouder)}.`),
    ).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: `Kind van: ${naam(ouder)}` })).toBeVisible();

    await page.getByText("Netwerklid toevoegen", { exact: true }).click();
    const netwerk = page.getByRole("form", { name: "Netwerklid toevoegen" });
    await netwerk.getByRole("button", { name: "Netwerklid vastleggen" }).click();
    await expect(netwerk.getByLabel("Naam netwerklid")).toBeFocused();
    await netwerk.getByLabel("Naam netwerklid").fill("Gerda Bakker");
    await netwerk.getByLabel("Relatie tot de inwoner").fill("buurvrouw");
    await netwerk.getByLabel("Is mantelzorger").check();
    await netwerk.getByRole("button", { name: "Netwerklid vastleggen" }).click();
    await expect(
      page.getByRole("listitem").filter({ hasText: "buurvrouw: Gerda Bakker (mantelzorger)" }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // A relation is ended, not deleted: with a date and a reason, it moves to "Beëindigde relaties".
    const kindVan = page.getByRole("listitem").filter({ hasText: `Kind van: ${naam(ouder)}` });
    await kindVan.getByText("Beëindigen", { exact: true }).click();
    const einde = page.getByRole("form", { name: `Relatie beëindigen: kind van ${naam(ouder)}` });
    await einde.getByLabel("Reden").fill("Fout");
    await einde.getByRole("button", { name: "Relatie beëindigen" }).click();
    await expect(einde.getByLabel("Reden")).toBeFocused();
    await expect(einde.getByText("Geef de reden (minstens 5 tekens)")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await einde.getByLabel("Reden").fill("Onjuist vastgelegd, andere ouder");
    await einde.getByRole("button", { name: "Relatie beëindigen" }).click();
    await expect(page.getByRole("heading", { level: 3, name: "Beëindigde relaties" })).toBeVisible();
    await expect(
      page
        .getByRole("listitem")
        .filter({ hasText: /Kind van: .*, beëindigd op .*\(Onjuist vastgelegd, andere ouder\)/ }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
