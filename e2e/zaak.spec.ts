import { expect, request as playwrightRequest, test } from "@playwright/test";
import { atwVerschuiving, kort, plusDagen } from "../src/domain/termijnen/kalender";
import {
  DEMO_WACHTWOORD,
  expectNoSeriousA11yViolations,
  hoofdnavigatie,
  login,
  willekeurigTestBsn,
} from "./helpers";
import { kalenderVan } from "./stappen/api";
import { stuurOnderzoeksverslag } from "./stappen/brieven";
import { naarTabblad } from "./stappen/werkblad";

const vandaag = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());

test.describe("Zaak", () => {
  test("een Wmo-zaak van melding via onderzoek naar aanvraag en 'besluit nodig', met de juiste data", async ({
    page,
    baseURL,
  }) => {
    const api = await playwrightRequest.newContext({ baseURL: baseURL ?? "" });
    expect(
      (
        await api.post("/api/sessie", { data: { gebruikersnaam: "iag", wachtwoord: DEMO_WACHTWOORD } })
      ).status(),
    ).toBe(200);
    const achternaam = `Brouwer${Date.now().toString(36)}`;
    const persoon = await api.post("/api/personen", {
      data: {
        bsn: willekeurigTestBsn(),
        voornamen: "Hendrik",
        geslachtsnaam: achternaam,
        geboortedatum: "1938-07-19",
        adres: { huisnummer: 21, postcode: "9321 AB", woonplaats: "Peize" },
      },
    });
    expect(persoon.status()).toBe(201);
    const meldingsdatum = plusDagen(vandaag(), -10);
    const zaak = await api.post("/api/zaken", {
      data: {
        zaaktype: "wmo",
        meldingsdatum,
        kanaal: "balie",
        omschrijving: "Rolstoel nodig na beroerte",
        personen: [{ persoonId: (await persoon.json()).id, rol: "hoofdpersoon" }],
        veiligheid: "veilig",
        leefgebieden: ["mobiliteit"],
      },
    });
    expect(zaak.status()).toBe(201);
    const zaaknummer = (await zaak.json()).zaaknummer as string;
    const kalender = await kalenderVan(api);
    await api.dispose();

    const onderzoekUiterlijk = atwVerschuiving(kalender, plusDagen(meldingsdatum, 42));
    const beslissingUiterlijk = atwVerschuiving(kalender, plusDagen(vandaag(), 14));

    await login(page, "wmo");
    await hoofdnavigatie(page).getByRole("link", { name: "Werkvoorraad", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Werkvoorraad" })).toBeVisible();
    const rij = page.getByRole("row").filter({ hasText: zaaknummer });
    await expect(rij).toContainText(`Hendrik ${achternaam}`);
    await expect(rij).toContainText(kort(onderzoekUiterlijk));
    await expect(rij).toContainText("Op tijd");
    await expectNoSeriousA11yViolations(page);

    await rij.getByRole("link", { name: zaaknummer }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Zaak ${zaaknummer} (wmo)` })).toBeVisible();
    await expect(page.getByText(`6 weken na melding: melding ${kort(meldingsdatum)}`)).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("button", { name: "Oppakken en onderzoek starten" }).click();
    await expect(page.getByText("Status: onderzoek")).toBeVisible();
    await stuurOnderzoeksverslag(page);
    await expect(page.getByRole("row").filter({ hasText: "Onderzoek (Wmo 6 weken)" })).toContainText(
      "Gehaald",
    );

    // The aanvraag form opens on demand, like the other occasional forms on the zaak page.
    await expect(page.getByLabel("Datum van de aanvraag")).toHaveCount(0);
    await page.getByText("Aanvraag registreren", { exact: true }).click();
    await page.getByLabel("Datum van de aanvraag").fill(vandaag());
    await page.getByRole("button", { name: "Aanvraag registreren" }).click();
    await expect(
      page.getByText("Besluit nodig: de aanvraag is geregistreerd, de beslistermijn loopt."),
    ).toBeVisible();
    const beslissing = page.getByRole("row").filter({ hasText: "Beslissing op aanvraag" });
    await expect(beslissing).toContainText(kort(beslissingUiterlijk));
    await expect(beslissing).toContainText("Lopend");
    await expect(beslissing).toContainText("Wmo 2015 art. 2.3.5 lid 2");

    await naarTabblad(page, "Journaal");
    await page.getByLabel("Aantekening", { exact: true }).fill("Huisbezoek gedaan, rolstoel dringend.");
    await page.getByRole("button", { name: "Aantekening opslaan" }).click();
    await expect(page.getByText("Willem Molenaar: Huisbezoek gedaan, rolstoel dringend.")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
