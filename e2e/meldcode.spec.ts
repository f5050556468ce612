import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, login } from "./helpers";
import { gezinMetWmoZaak } from "./stappen/resultatenplan";
import { naarTabblad } from "./stappen/werkblad";

/** Chooses a radio option inside the group with the given legend. */
async function kies(page: Page, groep: string | RegExp, optie: string) {
  await page.getByRole("group", { name: groep }).getByLabel(optie, { exact: true }).check();
}

/** Answers the afwegingskader's current question and waits for the next one (or the decision step). */
async function beantwoord(page: Page, vraag: number, antwoord: "Ja" | "Nee", motivering: string) {
  await expect(page.getByRole("heading", { name: new RegExp(`vraag ${vraag} van 5`) })).toBeVisible();
  await kies(page, /\?$/, antwoord);
  await page.getByLabel("Motivering", { exact: true }).fill(motivering);
  await page.getByRole("button", { name: "Antwoord vastleggen" }).click();
  await expect(page.getByText(`Het antwoord op vraag ${vraag} is vastgelegd.`)).toBeVisible();
}

test.describe("Meldcode huiselijk geweld en kindermishandeling", () => {
  test("vanaf het IAG-scherm door de vijf stappen tot een melding bij Veilig Thuis met de brief aan de ouders", async ({
    page,
    baseURL,
  }, testInfo) => {
    test.setTimeout(150_000);
    const gezin = await gezinMetWmoZaak(baseURL ?? "");
    await login(page, "wmo");
    // Start on the IAG screen: the chosen resident's open zaak carries the Meldcode.
    await page.goto("/aanmelden");
    await page.getByLabel("Zoek een inwoner").fill(gezin.achternaam);
    await page.getByLabel("Zoek een inwoner").press("Enter");
    await page.getByRole("button", { name: `Kies ${gezin.moeder}` }).click();
    const vanuitIag = page.getByRole("region", { name: "Meldcode huiselijk geweld en kindermishandeling" });
    await expect(vanuitIag).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await vanuitIag
      .getByRole("button", { name: `Meldcode starten op zaak ${gezin.zaak.zaaknummer} (werkvoorraad Wmo)` })
      .click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Meldcode huiselijk geweld en kindermishandeling" }),
    ).toBeVisible();
    await expect(page.getByText("Stap 1: signalen in kaart brengen (nu aan de beurt)")).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // Step 1: a field error next to its field, then an observation and another's position kept apart.
    await page.getByRole("button", { name: "Nog een signaal toevoegen" }).click();
    await page.getByLabel("Bron", { exact: false }).first().fill("huisbezoek");
    await page
      .getByLabel("Wat is gezien of gehoord")
      .first()
      .fill("Zoon ziet er onverzorgd uit, kleren te klein");
    await page
      .getByRole("group", { name: "Soort signaal" })
      .nth(1)
      .getByLabel("Standpunt van een ander")
      .check();
    await page.getByLabel("Wat is gezien of gehoord").nth(1).fill("Zij zegt dat Daan vaak honger heeft");
    await page.getByLabel(/^Bron/).nth(1).fill("telefoontje van school");
    await page.getByRole("button", { name: "Signalen vastleggen" }).click();
    const wie = page.getByLabel("Wie zegt dit");
    await expect(wie).toHaveAttribute("aria-invalid", "true");
    await expect(
      page
        .getByRole("alert", { name: "Controleer de volgende velden" })
        .getByRole("link", { name: /wie zegt dit/ }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await wie.fill("de mentor");
    await page.getByRole("button", { name: "Signalen vastleggen" }).click();
    await expect(page.getByRole("status")).toContainText("De signalen zijn vastgelegd.");
    await expect(
      page.getByText("Stap 2: overleg met een collega en eventueel Veilig Thuis (nu aan de beurt)"),
    ).toBeVisible();

    // Step 2 and 3.
    await page.getByLabel("Met wie (naam)").fill("Vera Lubbers");
    await page.getByLabel("Advies", { exact: true }).fill("Bespreek de zorgen met moeder");
    await page.getByRole("button", { name: "Overleg vastleggen" }).click();
    await kies(page, "Is het gesprek met de cliënt gevoerd?", "Ja");
    await page.getByLabel("Met wie", { exact: true }).fill("moeder");
    await page.getByLabel("Wat is besproken").fill("Moeder wil geen hulp en staat nergens voor open");
    await page.getByRole("button", { name: "Gesprek vastleggen" }).click();

    // Step 4: the afwegingskader, one question after the other; "not accepted" decides.
    await beantwoord(page, 1, "Ja", "Signalen van verwaarlozing, bevestigd door school");
    await beantwoord(page, 2, "Nee", "Geen direct gevaar vandaag");
    await beantwoord(page, 3, "Ja", "Casemanager veiligheid kan hulp organiseren");
    await expectNoSeriousA11yViolations(page);
    await beantwoord(page, 4, "Nee", "Moeder weigert iedere hulp");
    await expect(
      page.getByText(/is melden bij Veilig Thuis noodzakelijk: de betrokkenen aanvaarden de hulp niet/),
    ).toBeVisible();

    // Step 5: the outcome is binding; "no melding" is refused next to the field.
    await kies(page, /^Beslissing 1/, "Nee");
    await page.getByLabel("Motivering melden").fill("Liever eerst zelf proberen");
    await kies(page, /^Beslissing 2/, "Nee");
    await page.getByLabel("Motivering hulp").fill("Moeder weigert");
    await page.getByRole("button", { name: "Beslissingen vastleggen" }).click();
    const veldfouten = page.getByRole("alert", { name: "Controleer de volgende velden" });
    await expect(veldfouten).toContainText("Melden bij Veilig Thuis is noodzakelijk");
    // The error sits next to the field, in the group it is about.
    await expect(page.getByRole("group", { name: /^Beslissing 1/ })).toContainText(
      "Melden bij Veilig Thuis is noodzakelijk",
    );
    await kies(page, /^Beslissing 1/, "Ja");
    await page.getByLabel("Motivering melden").fill("Hulp wordt niet aanvaard");
    await page.getByRole("button", { name: "Beslissingen vastleggen" }).click();

    // Closing without the melding is refused with the rule's message.
    await page.getByLabel("Afspraken of reden van afsluiten").fill("Afgerond");
    await page.getByRole("button", { name: "Meldcode afsluiten" }).click();
    await expect(page.getByRole("alert", { name: "Opslaan is niet gelukt" })).toContainText(
      "De Meldcode kan niet worden afgesloten zonder melding bij Veilig Thuis",
    );
    await expectNoSeriousA11yViolations(page);

    // The melding; the parents get a letter, so closing waits for it.
    await page.getByLabel("Contactpersoon bij Veilig Thuis").fill("P. de Vries");
    await page.getByLabel("Wat is gemeld").fill("Zorgen over verwaarlozing van Daan; moeder weigert hulp");
    await page.getByRole("button", { name: "Melding vastleggen" }).click();
    await expect(page.getByText("De brief aan de ouders is nog niet verstuurd.")).toBeVisible();
    await page.getByLabel("Afspraken of reden van afsluiten").fill("Gemeld bij Veilig Thuis");
    await page.getByRole("button", { name: "Meldcode afsluiten" }).click();
    await expect(page.getByRole("alert", { name: "Opslaan is niet gelukt" })).toContainText(
      "voordat de ouders schriftelijk zijn geïnformeerd",
    );

    // The parents' letter: without a reason refused next to the field, then previewed and sent.
    const brief = page.getByRole("region", { name: "Brief aan de ouders over de melding" });
    await brief.getByRole("button", { name: "Voorbeeld bekijken" }).click();
    await expect(brief.getByLabel("Waarom is de melding gedaan (voor de brief)")).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    await brief
      .getByLabel("Waarom is de melding gedaan (voor de brief)")
      .fill("Wij maken ons zorgen over de verzorging van Daan en de hulp komt niet op gang");
    await brief.getByRole("button", { name: "Voorbeeld bekijken" }).click();
    const voorbeeld = brief.getByRole("link", { name: /Voorbeeld van de brief .*openen \(PDF\)/ }).first();
    await expect(voorbeeld).toBeVisible();
    await expect(brief).toContainText(/gaat per (post|e-mail)/);
    await expectNoSeriousA11yViolations(page);
    const pad = testInfo.outputPath("meldcode-brief-ouders.png");
    await page.screenshot({ path: pad, fullPage: true });
    await testInfo.attach("meldcode-brief-ouders", { path: pad, contentType: "image/png" });
    await brief.getByRole("button", { name: "Brief versturen" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "De brief aan de ouders is verstuurd" }),
    ).toBeVisible();
    await expect(page.getByText(/Ouders schriftelijk geïnformeerd op/)).toBeVisible();

    await page
      .getByLabel("Afspraken of reden van afsluiten")
      .fill("Gemeld bij Veilig Thuis; casemanager volgt op");
    await page.getByRole("button", { name: "Meldcode afsluiten" }).click();
    await expect(page.getByText(/Afgesloten op .* door Willem Molenaar/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // On the zaak: the Meldcode shows as closed, the letter is in the Documenten.
    await page.getByRole("link", { name: `Zaak ${gezin.zaak.zaaknummer}` }).click();
    const meldcode = page.getByRole("region", { name: "Meldcode huiselijk geweld en kindermishandeling" });
    await expect(meldcode.getByText(/Meldcode afgesloten/)).toBeVisible();
    await naarTabblad(page, "Documenten");
    await expect(
      page.getByRole("link", {
        name: new RegExp(`^Kennisgeving melding Veilig Thuis ${gezin.zaak.zaaknummer}`),
      }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
