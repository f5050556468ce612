/**
 * Werk for a jongere (issue 15; seed 004 §9.1, Pw art. 41 lid 4): the melding at Werk.nl was 4 weeks ago; the
 * consulent werk records a contact in each of the four weeks, then the intake and the plan van aanpak.
 */
import { expect, test } from "@playwright/test";
import { datumVoluit } from "../src/domain/documenten/brief";
import { plusDagen } from "../src/domain/termijnen/kalender";
import { expectNoSeriousA11yViolations, login, schermafdruk } from "./helpers";
import { apiAls, nieuwePersoon, nieuweZaak, vandaag } from "./stappen/api";

async function werkzaak(baseURL: string, geboortedatum: string, melding: string) {
  const iag = await apiAls(baseURL, "iag");
  const persoonId = await nieuwePersoon(iag, {
    voornamen: "Daan",
    geslachtsnaam: `Werk${Date.now().toString(36)}`,
    geboortedatum,
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
  return zaak;
}

test("jongere: vier weken wekelijks contact, dan intake en plan van aanpak", async ({
  page,
  baseURL,
}, testInfo) => {
  test.setTimeout(90_000);
  const melding = plusDagen(vandaag(), -28);
  const zaak = await werkzaak(baseURL ?? "", "2005-08-21", melding);

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

test("volwassene: geen zoekperiode; na de intake een actieplan met stappen", async ({
  page,
  baseURL,
}, testInfo) => {
  const zaak = await werkzaak(baseURL ?? "", "1978-02-14", plusDagen(vandaag(), -3));
  await login(page, "werk");
  await page.goto(`/zaken/${zaak.id}/werk`);
  await expect(page.getByText(/27 of ouder: er is geen zoekperiode/)).toBeVisible();
  const intake = page.getByRole("region", { name: "Intake en plan van aanpak" });
  await intake.getByLabel("Datum van de intake").fill(vandaag());
  await intake.getByRole("button", { name: "Intake vastleggen" }).click();
  await intake.getByLabel("Stap", { exact: true }).selectOption({ label: "Vrijwilligerswerk" });
  await intake
    .getByLabel("Doel")
    .fill("Twee dagen per week in de kringloopwinkel, om weer ritme op te bouwen");
  await intake.getByLabel("Evaluatie op").fill(plusDagen(vandaag(), 42));
  await intake.getByRole("button", { name: "Stap toevoegen" }).click();
  const stappen = intake.getByRole("table", { name: "Stappen in het actieplan" });
  await expect(stappen.getByRole("row", { name: /Vrijwilligerswerk/ })).toContainText(
    datumVoluit(plusDagen(vandaag(), 42)),
  );
  await expectNoSeriousA11yViolations(page);
  await schermafdruk(page, testInfo, "werk-volwassene", { heel: true });
});
