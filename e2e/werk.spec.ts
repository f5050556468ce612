/**
 * Werk for a jongere (issue 15; seed 004 §9.1, Pw art. 41 lid 4): the melding at Werk.nl was 4 weeks ago; the
 * consulent werk records a contact in each of the four weeks, then the intake and the plan van aanpak.
 */
import { expect, test } from "@playwright/test";
import { datumVoluit } from "../src/domain/documenten/brief";
import { plusDagen } from "../src/domain/termijnen/kalender";
import { expectNoSeriousA11yViolations, login, schermafdruk } from "./helpers";
import { apiAls, nieuwePersoon, nieuweZaak, vandaag } from "./stappen/api";

test("jongere: vier weken wekelijks contact, dan intake en plan van aanpak", async ({
  page,
  baseURL,
}, testInfo) => {
  test.setTimeout(90_000);
  const melding = plusDagen(vandaag(), -28);
  const iag = await apiAls(baseURL ?? "", "iag");
  const persoonId = await nieuwePersoon(iag, {
    voornamen: "Daan",
    geslachtsnaam: `Jong${Date.now().toString(36)}`,
    geboortedatum: "2005-08-21",
    adres: { huisnummer: 21, postcode: "9331 AB", woonplaats: "Norg" },
  });
  const zaak = await nieuweZaak(iag, {
    zaaktype: "werk",
    meldingsdatum: melding,
    kanaal: "telefoon",
    omschrijving: "Melding via Werk.nl",
    personen: [{ persoonId, rol: "hoofdpersoon" }],
    veiligheid: "veilig",
    leefgebieden: [],
  });
  await iag.dispose();

  await login(page, "werk");
  await page.goto(`/zaken/${zaak.id}/werk`);
  const zoek = page.getByRole("region", { name: "Zoekperiode" });
  const weken = zoek.getByRole("table", { name: "Contact per week in de zoekperiode" });
  await expect(weken.getByRole("row", { name: /Week 1/ })).toContainText("Geen contact");
  await expectNoSeriousA11yViolations(page);

  for (const [week, dag] of [1, 8, 15, 22].entries()) {
    await zoek.getByLabel("Datum van het contact").fill(plusDagen(melding, dag));
    await zoek.getByRole("radio", { name: week % 2 ? "Telefoon" : "Gesprek" }).check();
    await zoek.getByRole("button", { name: "Contact vastleggen" }).click();
    await expect(weken.getByRole("row", { name: new RegExp(`Week ${week + 1}`) })).toContainText(
      datumVoluit(plusDagen(melding, dag)),
    );
  }
  for (const week of [1, 2, 3, 4])
    await expect(weken.getByRole("row", { name: new RegExp(`Week ${week}`) })).toContainText("Contact gehad");

  const intake = page.getByRole("region", { name: "Intake en plan van aanpak" });
  await intake.getByLabel("Datum van de intake").fill(vandaag());
  await intake.getByRole("button", { name: "Intake vastleggen" }).click();
  await expect(intake.getByText(`Intake op ${datumVoluit(vandaag())}.`)).toBeVisible();
  await intake.getByLabel("Richting").selectOption({ label: "Opleiding (nog geen startkwalificatie)" });
  await intake.getByLabel("Afspraken").fill("Daan meldt zich aan bij het ROC voor de opleiding logistiek.");
  await intake.getByLabel("Voortgangsgesprek op").fill(plusDagen(vandaag(), 28));
  await intake.getByRole("button", { name: "Plan van aanpak vastleggen" }).click();
  await expect(
    intake.getByRole("heading", { name: "Plan van aanpak: Opleiding (nog geen startkwalificatie)" }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await schermafdruk(page, testInfo, "werk-jongere", { heel: true });
});
