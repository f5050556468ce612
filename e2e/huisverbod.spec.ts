import { expect, test } from "@playwright/test";
import { plusDagen } from "../src/domain/termijnen/kalender";
import { expectNoSeriousA11yViolations, login } from "./helpers";
import { apiAls, nieuweGezinszaak, vandaag } from "./stappen/api";

const nl = (iso: string) => {
  const [j, m, d] = iso.split("-").map(Number);
  return `${d}-${m}-${j}`;
};

test.describe("Huisverbod (Regiegroep, Wet tijdelijk huisverbod)", () => {
  test("registreren, verlengen en de nieuwe einddatum zien", async ({ page, baseURL }, testInfo) => {
    test.setTimeout(90_000);
    const api = await apiAls(baseURL ?? "", "iag");
    const achternaam = `Verbod${Date.now().toString(36)}`;
    const zaak = await nieuweGezinszaak(
      api,
      {
        achternaam,
        adres: { huisnummer: 9, postcode: "9321 AB", woonplaats: "Peize" },
        leden: [
          { voornamen: "Ria", geboortedatum: "1983-04-05", rol: "hoofdpersoon" },
          { voornamen: "Henk", geboortedatum: "1980-02-03", rol: "gezinslid" },
          { voornamen: "Sanne", geboortedatum: "2015-09-10", rol: "gezinslid" },
        ],
      },
      {
        zaaktype: "regie",
        meldingsdatum: plusDagen(vandaag(), -1),
        omschrijving: "Politie meldt huiselijk geweld; burgemeester legt huisverbod op",
        veiligheid: "onveilig",
        leefgebieden: [],
      },
    );
    await api.dispose();

    // Imposed yesterday at 14:00: ten days, at most four weeks (Wth art. 2 lid 1, art. 9 lid 1).
    const opgelegd = plusDagen(vandaag(), -1);
    await login(page, "regie");
    await page.goto(`/zaken/${zaak.id}`);
    const sectie = page.getByRole("region", { name: "Huisverbod" });
    await sectie.getByText("Huisverbod registreren").click();
    await sectie.getByLabel("Opgelegd op (datum)").fill(opgelegd);
    await sectie.getByLabel("Opgelegd op (tijd)").fill("14:00");
    await sectie.getByRole("button", { name: "Huisverbod registreren" }).click();
    // Bad input: the error summary names the fields; nothing is registered.
    await expect(
      page
        .getByRole("alert", { name: "Controleer de volgende velden" })
        .getByRole("link", { name: /besluit/i }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await sectie.getByLabel("Kenmerk van het besluit van de burgemeester").fill("BM-2026-0042");
    await sectie.getByLabel("Uithuisgeplaatste").selectOption({ label: `Henk ${achternaam}` });
    const achterblijvers = sectie.getByRole("group", { name: "Achterblijvers (ook kinderen)" });
    await achterblijvers.getByLabel(`Ria ${achternaam}`).check();
    await achterblijvers.getByLabel(`Sanne ${achternaam}`).check();
    await sectie.getByRole("button", { name: "Huisverbod registreren" }).click();

    const tienDagen = nl(plusDagen(opgelegd, 10));
    await expect(
      sectie.getByText(`Het huisverbod loopt tot ${tienDagen} om 14:00 (nog 9 dagen).`),
    ).toBeVisible();
    await expect(sectie.getByText(`Sanne ${achternaam} (minderjarig)`)).toBeVisible();
    // The zaak's termijnen show the ten days.
    await expect(page.getByRole("row", { name: /Huisverbod/ })).toContainText(tienDagen);

    await sectie.getByText("Verlengen", { exact: true }).click();
    const vierWeken = nl(plusDagen(opgelegd, 28));
    await expect(sectie.getByText(`Uiterlijk ${vierWeken} om 14:00`)).toBeVisible();
    await sectie.getByLabel("Kenmerk van het verlengingsbesluit").fill("BM-2026-0042-V");
    await expectNoSeriousA11yViolations(page);
    await sectie.getByRole("button", { name: "Verlenging vastleggen" }).click();
    await expect(
      sectie.getByText(`Het huisverbod loopt tot ${vierWeken} om 14:00 (nog 27 dagen).`),
    ).toBeVisible();
    await expect(sectie.getByText(/^Verlengd$/)).toBeVisible();
    await expect(page.getByRole("row", { name: /Huisverbod/ })).toContainText(vierWeken);
    await expectNoSeriousA11yViolations(page);

    const pad = testInfo.outputPath("huisverbod-verlengd.png");
    await page.screenshot({ path: pad, fullPage: true });
    await testInfo.attach("huisverbod-verlengd", { path: pad, contentType: "image/png" });
  });
});
