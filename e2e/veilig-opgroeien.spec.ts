import { expect, type Page, type TestInfo, test } from "@playwright/test";
import { dagenTussen, plusDagen, plusMaanden } from "../src/domain/termijnen/kalender";
import { expectNoSeriousA11yViolations, hoofdnavigatie, login, sessieAls } from "./helpers";
import { apiAls, nieuweGezinszaak, vandaag } from "./stappen/api";

const nl = (iso: string) => {
  const [j, m, d] = iso.split("-").map(Number);
  return `${d}-${m}-${j}`;
};

async function schermafdruk(page: Page, testInfo: TestInfo, naam: string) {
  const pad = testInfo.outputPath(`${naam}.png`);
  await page.screenshot({ path: pad, fullPage: true });
  await testInfo.attach(naam, { path: pad, contentType: "image/png" });
}

test.describe("Veilig Opgroeien (seed 004 §8)", () => {
  test("beoordeling → gedwongen kader → advies van de gedragswetenschapper → VTO → OTS met einddatum", async ({
    page,
    browser,
    baseURL,
  }, testInfo) => {
    test.setTimeout(120_000);
    const api = await apiAls(baseURL ?? "", "iag");
    const achternaam = `Veilig${Date.now().toString(36)}`;
    const zaak = await nieuweGezinszaak(
      api,
      {
        achternaam,
        adres: { huisnummer: 4, postcode: "9321 AB", woonplaats: "Peize" },
        leden: [
          { voornamen: "Ria", geboortedatum: "1983-04-05", rol: "hoofdpersoon" },
          { voornamen: "Sanne", geboortedatum: "2015-09-10", rol: "gezinslid" },
        ],
      },
      {
        zaaktype: "regie",
        meldingsdatum: plusDagen(vandaag(), -1),
        omschrijving: "Ernstige zorgen over de veiligheid van Sanne",
        veiligheid: "onveilig",
        leefgebieden: [],
      },
    );
    await api.dispose();

    await login(page, "regie");
    await page.goto(`/zaken/${zaak.id}`);
    const sectie = page.getByRole("region", { name: "Veilig Opgroeien" });
    await sectie.getByText("Veiligheid samen beoordelen").click();
    await sectie.getByLabel("Procesregisseur").selectOption({ label: "Rianne Gieling" });
    await sectie.getByLabel("Casemanager Veilig Opgroeien").selectOption({ label: "Vera Lubbers" });
    await sectie.getByLabel(/^Gedwongen kader/).check();
    await sectie.getByRole("button", { name: "Beoordeling vastleggen" }).click();
    // Bad input: the error summary names the field; nothing is recorded.
    await expect(
      page
        .getByRole("alert", { name: "Controleer de volgende velden" })
        .getByRole("link", { name: /Toelichting/ }),
    ).toBeVisible();
    await sectie.getByLabel("Toelichting").fill("Samen beoordeeld: de hulp wordt niet geaccepteerd.");
    await sectie.getByRole("button", { name: "Beoordeling vastleggen" }).click();
    await expect(sectie.getByText(/Rianne Gieling en Vera Lubbers: Gedwongen kader/)).toBeVisible();

    // The VTO is an important decision: not before the gedragswetenschapper's advice.
    await sectie.getByText("Stap vastleggen", { exact: true }).click();
    await sectie
      .getByLabel("Gronden van het verzoek")
      .fill("Ernstige bedreiging in de ontwikkeling van Sanne.");
    await sectie.getByRole("button", { name: "Stap vastleggen" }).click();
    await expect(
      sectie.getByText(/eerst het advies van de gedragswetenschapper nodig/).first(),
    ).toBeVisible();
    await sectie.getByText("Advies vragen aan de gedragswetenschapper").click();
    await sectie
      .getByLabel("Vraag aan de gedragswetenschapper")
      .fill("Is een verzoek tot onderzoek nu de juiste stap?");
    await sectie.getByRole("button", { name: "Advies vragen" }).click();
    await expect(sectie.getByText("Wacht op advies")).toBeVisible();

    // The gedragswetenschapper gives the advice in their own session, from their list.
    const gw = await sessieAls(browser, "gedragswetenschapper");
    await hoofdnavigatie(gw).getByRole("link", { name: "Adviesvragen" }).click();
    const vraag = gw.getByRole("region", { name: `Zaak ${zaak.zaaknummer}` });
    await expect(vraag.getByText("Is een verzoek tot onderzoek nu de juiste stap?")).toBeVisible();
    await expectNoSeriousA11yViolations(gw);
    await vraag
      .getByRole("textbox", { name: "Advies" })
      .fill("Ja: de hulp wordt niet geaccepteerd; dien het verzoek in.");
    await vraag.getByRole("button", { name: "Advies geven" }).click();
    await expect(vraag.getByText(/Advies van Gerrit Wiersma/)).toBeVisible();
    await schermafdruk(gw, testInfo, "adviesvragen-gedragswetenschapper");
    await gw.context().close();

    await page.reload();
    await expect(sectie.getByText(/Advies van Gerrit Wiersma/)).toBeVisible();
    const stap = async (label: string, velden: Record<string, string> = {}) => {
      const knop = sectie.getByRole("button", { name: "Stap vastleggen" });
      if (!(await knop.isVisible())) await sectie.locator("summary", { hasText: "Stap vastleggen" }).click();
      await sectie.getByLabel("Stap", { exact: true }).selectOption({ label });
      for (const [veld, waarde] of Object.entries(velden)) await sectie.getByLabel(veld).fill(waarde);
      await sectie.getByRole("button", { name: "Stap vastleggen" }).click();
    };
    await stap("Verzoek tot onderzoek ingediend bij de Raad voor de Kinderbescherming", {
      "Gronden van het verzoek": "Ernstige bedreiging in de ontwikkeling van Sanne.",
    });
    await expect(sectie.getByText("Verzoek tot onderzoek ligt bij de Raad")).toBeVisible();
    await stap("Raad voor de Kinderbescherming: onderzoek gestart");
    await expect(sectie.getByText("Onderzoek door de Raad", { exact: true })).toBeVisible();
    await stap("Raad verzoekt de kinderrechter om een ondertoezichtstelling");
    await expect(sectie.getByText("Verzoek ligt bij de kinderrechter")).toBeVisible();

    // The OTS: more than a year is refused (BW 1:258); a year is recorded with its end date.
    const tot = plusMaanden(vandaag(), 12);
    await stap("Kinderrechter: ondertoezichtstelling uitgesproken", {
      "Gecertificeerde instelling": "Jeugdbescherming Noord",
      "Einddatum van de ondertoezichtstelling": plusDagen(tot, 1),
    });
    await expect(sectie.getByText(/ten hoogste een jaar \(BW 1:258\)\./).first()).toBeVisible();
    await sectie.getByLabel("Einddatum van de ondertoezichtstelling").fill(tot);
    await sectie.getByRole("button", { name: "Stap vastleggen" }).click();
    const rest = dagenTussen(vandaag(), tot);
    await expect(
      sectie.getByText(
        `Ondertoezichtstelling door Jeugdbescherming Noord loopt tot ${nl(tot)} (nog ${rest} dagen).`,
        {
          exact: false,
        },
      ),
    ).toBeVisible();
    await expect(
      sectie.getByText(`Verlengen kan tot uiterlijk ${nl(plusMaanden(tot, 12))}`, { exact: false }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await schermafdruk(page, testInfo, "veilig-opgroeien-ots");
  });
});
