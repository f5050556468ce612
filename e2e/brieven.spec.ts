import { expect, test } from "@playwright/test";
import { pdfTekst } from "../src/besluiten/pdf-tekst";
import { persoonlijkPlanUiterlijk } from "../src/domain/brieven/inhoud";
import { datumVoluit } from "../src/domain/documenten/brief";
import { plusDagen } from "../src/domain/termijnen/kalender";
import { expectNoSeriousA11yViolations, login, willekeurigTestBsn } from "./helpers";
import { apiAls, kalenderVan, nieuweZaak, vandaag } from "./stappen/api";
import { stuurOnderzoeksverslag } from "./stappen/brieven";
import { mailAan } from "./stappen/mail";

test.describe("Brieven op de zaak", () => {
  test("de Wmo-ontvangstbevestiging: voorbeeld bekijken, dan versturen; daarna een verlenging met brief", async ({
    page,
    baseURL,
  }) => {
    const api = await apiAls(baseURL ?? "", "iag");
    const achternaam = `Bakker${Date.now().toString(36)}`;
    const email = `${achternaam.toLowerCase()}@example.org`;
    const persoon = await api.post("/api/personen", {
      data: {
        bsn: willekeurigTestBsn(),
        voornamen: "Jacob",
        geslachtsnaam: achternaam,
        geboortedatum: "1941-11-11",
        geslacht: "man",
        email,
        adres: { huisnummer: 7, postcode: "9321 AB", woonplaats: "Peize" },
      },
    });
    expect(persoon.status()).toBe(201);
    const persoonId = (await persoon.json()).id as string;
    const meldingsdatum = plusDagen(vandaag(), -3);
    const zaak = await nieuweZaak(api, {
      zaaktype: "wmo",
      meldingsdatum,
      kanaal: "telefoon",
      omschrijving: "Kan niet meer zelf naar de winkel",
      personen: [{ persoonId, rol: "hoofdpersoon" }],
      veiligheid: "veilig",
      leefgebieden: ["mobiliteit"],
    });
    const kalender = await kalenderVan(api);
    await api.dispose();

    await login(page, "wmo");
    await page.goto(`/zaken/${zaak.id}`);
    await expect(
      page.getByRole("heading", { level: 1, name: `Zaak ${zaak.zaaknummer} (wmo)` }),
    ).toBeVisible();
    const brieven = page.getByRole("region", { name: "Brieven en termijnen" });
    await expect(brieven).toContainText(`Jacob ${achternaam} (inwoner zelf): per e-mail`);
    await expectNoSeriousA11yViolations(page);

    // 1. The preview: a PDF with the rights of art. 2.3.2, and nothing stored yet.
    const bevestiging = page.getByRole("region", { name: "Ontvangstbevestiging van de melding" });
    await expect(bevestiging).toContainText("Nog niet verstuurd.");
    const voorbeeld = page.waitForResponse((r) => r.url().includes("/ontvangstbevestiging/voorbeeld"));
    await bevestiging.getByRole("button", { name: "Voorbeeld bekijken" }).click();
    const pdf = await voorbeeld;
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toContain("application/pdf");
    const tekst = await pdfTekst(await pdf.body());
    const planUiterlijk = datumVoluit(persoonlijkPlanUiterlijk(kalender, meldingsdatum));
    expect(tekst).toContain(`Geachte heer ${achternaam},`);
    expect(tekst).toContain(`plan tot en met ${planUiterlijk} inleveren`);
    expect(tekst).toContain("gratis hulp krijgen van een onafhankelijke cliëntondersteuner");
    await expect(
      bevestiging.getByRole("link", { name: "Voorbeeld van de brief openen (PDF)" }),
    ).toBeVisible();
    await expect(bevestiging.getByText("— gaat per e-mail")).toBeVisible();
    await expect(page.getByText("Er zijn nog geen documenten bij deze zaak.")).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // 2. Sending stores the letter in the dossier and mails it.
    await bevestiging.getByRole("button", { name: "Ontvangstbevestiging versturen" }).click();
    await expect(
      page.getByText("De ontvangstbevestiging is verstuurd en staat bij de documenten."),
    ).toBeVisible();
    await expect(
      page.getByRole("link", { name: `Ontvangstbevestiging melding ${zaak.zaaknummer}` }),
    ).toBeVisible();
    await expect(bevestiging).toContainText("Verstuurd op");
    expect(await mailAan(email)).toContain(`Bevestiging van uw melding (${zaak.zaaknummer})`);
    await expectNoSeriousA11yViolations(page);

    // 3. Onderzoek → verslag → aanvraag: the beslistermijn runs; extend it with a letter (Awb 4:14).
    await page.getByRole("button", { name: "Oppakken en onderzoek starten" }).click();
    await expect(page.getByText("Status: onderzoek")).toBeVisible();
    await stuurOnderzoeksverslag(page);
    await page.getByLabel("Datum van de aanvraag").fill(vandaag());
    await page.getByRole("button", { name: "Aanvraag registreren" }).click();
    await expect(page.getByText("Besluit nodig: de aanvraag is geregistreerd")).toBeVisible();

    await page.getByText("Termijn verlengen", { exact: true }).click();
    const verlenging = page.getByRole("region", { name: "Termijn verlengen" });
    await verlenging.getByLabel("Verlengen met (weken)").fill("3");
    await verlenging.getByRole("button", { name: "Voorbeeld bekijken" }).click();
    // No reason given: the error is next to the field, named by its label, and nothing was sent.
    const reden = verlenging.getByLabel("Reden");
    await expect(reden).toHaveAttribute("aria-invalid", "true");
    await expect(verlenging.getByText("Geef de reden van de verlenging")).toHaveCount(2);
    await expectNoSeriousA11yViolations(page);

    await reden.fill("Wij wachten op het advies van de ergotherapeut");
    const verlengVoorbeeld = page.waitForResponse((r) => r.url().includes("/verlengingen/voorbeeld"));
    await verlenging.getByRole("button", { name: "Voorbeeld bekijken" }).click();
    const brieftekst = await pdfTekst(await (await verlengVoorbeeld).body());
    await verlenging.getByRole("button", { name: "Verlengen en brief versturen" }).click();
    await expect(verlenging.getByText(/^De termijn is verlengd: de nieuwe uiterste datum is /)).toBeVisible();
    const termijn = (
      (await (await page.request.get(`/api/zaken/${zaak.id}`)).json()).termijnen as {
        soort: string;
        uiterlijkeDatum: string;
      }[]
    ).find((t) => t.soort === "beslissing");
    const nieuw = datumVoluit(termijn?.uiterlijkeDatum ?? "");
    expect(brieftekst).toContain(`U ontvangt ons besluit uiterlijk op ${nieuw}`);
    await expect(
      verlenging.getByText(
        `De termijn is verlengd: de nieuwe uiterste datum is ${nieuw}. De brief aan de inwoner is verstuurd.`,
      ),
    ).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "Beslissing op aanvraag" })).toContainText(
      "3 weken verlengd",
    );
    await expect(page.getByRole("link", { name: `Verlenging termijn ${zaak.zaaknummer}` })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
