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
});
