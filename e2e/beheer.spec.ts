import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, hoofdnavigatie, login } from "./helpers";

const LASTIGE_NAAM = "O'Brien <script>alert(1)</script> 😀 Jánsen";

/** Fails the test if any script from user data runs (e.g. alert(1)). */
function verbiedDialogen(page: Page) {
  page.on("dialog", async (dialog) => {
    await dialog.dismiss();
    throw new Error(`Onverwachte dialoog: ${dialog.message()}`);
  });
}

test.describe("Beheer: medewerkers", () => {
  test("beheerder voegt een medewerker toe, een teamleider keurt de toegang goed, daarna wijzigen en blokkeren", async ({
    page,
    browser,
    baseURL,
  }) => {
    // Two sessions (the beheerder and the teamleider who approves) and an axe run on every page.
    test.slow();
    verbiedDialogen(page);
    const gebruikersnaam = `obrien${Date.now().toString().slice(-6)}`;
    await login(page, "beheerder");

    await hoofdnavigatie(page).getByRole("link", { name: "Beheer" }).click();
    await page.getByRole("link", { name: "Medewerkers" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Medewerkers" })).toBeVisible();
    await expect(page.getByRole("table")).toBeVisible();
    await expect(page.getByRole("cell", { name: "beheerder", exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // Add: first without input, to see the errors next to the fields.
    await page.getByRole("link", { name: "Medewerker toevoegen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Medewerker toevoegen" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Medewerker toevoegen" }).click();
    const overzicht = page.getByRole("alert").filter({ hasText: "Controleer de volgende velden" });
    await expect(overzicht).toBeVisible();
    await expect(overzicht).toBeFocused();
    await expect(page.getByText("Kies minstens één rol").first()).toBeVisible();
    await expect(page.getByLabel("Naam", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expectNoSeriousA11yViolations(page);

    // A gebruikersnaam that exists: the server's field error appears next to the field.
    await page.getByLabel("Gebruikersnaam").fill("wmo");
    await page.getByLabel("Naam", { exact: true }).fill("Dubbel");
    const rollen = page.getByRole("group", { name: "Rollen" });
    const eersteRol = rollen.getByRole("checkbox").first();
    await eersteRol.check();
    await page.getByRole("button", { name: "Medewerker toevoegen" }).click();
    await expect(page.getByText("Al in gebruik").first()).toBeVisible();

    // The real one, with a name that must be shown literally.
    await page.getByLabel("Gebruikersnaam").fill(gebruikersnaam);
    await page.getByLabel("Naam", { exact: true }).fill(LASTIGE_NAAM);
    await page.getByLabel("E-mailadres").fill("obrien@example.org");
    await page
      .getByRole("group", { name: "Vakgroepen" })
      .getByRole("checkbox", { name: "Wmo", exact: true })
      .check();
    await page.getByRole("button", { name: "Medewerker toevoegen" }).click();

    await expect(page).toHaveURL(/\/beheer\/medewerkers$/);
    const toegevoegd = page.getByRole("status").filter({ hasText: "is toegevoegd" });
    await expect(toegevoegd).toContainText(LASTIGE_NAAM);
    await expect(toegevoegd).toContainText(
      "wachten op goedkeuring door een teamleider of een andere beheerder",
    );
    await page.getByLabel("Zoek op naam, gebruikersnaam of e-mailadres").fill(gebruikersnaam);
    await page.getByRole("button", { name: "Zoeken" }).click();
    const rij = page.getByRole("row").filter({ hasText: gebruikersnaam });
    await expect(rij).toHaveCount(1);
    await expect(rij.getByRole("link", { name: LASTIGE_NAAM, exact: true })).toBeVisible();
    await expect(rij).toContainText("wacht op goedkeuring: Wmo");
    await expect(rij).toContainText("Actief");
    await expectNoSeriousA11yViolations(page);

    // Four eyes: the beheerder cannot approve the access they asked for; a teamleider does, in their own session.
    await page.goto("/beheer/verzoeken-om-toegang");
    await expect(page.getByRole("heading", { level: 1, name: "Verzoeken om toegang" })).toBeVisible();
    const eigenVerzoek = page.getByRole("row").filter({ hasText: gebruikersnaam });
    await expect(eigenVerzoek.getByRole("button", { name: /^Intrekken:/ })).toBeVisible();
    await expect(eigenVerzoek.getByRole("button", { name: /^Goedkeuren:/ })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    const sessieTeamleider = await browser.newContext({ baseURL });
    const teamleider = await sessieTeamleider.newPage();
    verbiedDialogen(teamleider);
    await login(teamleider, "teamleider");
    await expect(teamleider.getByText(/(verzoek|verzoeken) om toegang op uw beslissing/)).toBeVisible();
    await teamleider.getByRole("link", { name: "Naar de verzoeken om toegang" }).click();
    const teBeslissen = teamleider.getByRole("row").filter({ hasText: gebruikersnaam });
    await expect(teBeslissen).toContainText(LASTIGE_NAAM);
    await expect(teBeslissen).toContainText("Wmo");
    await expectNoSeriousA11yViolations(teamleider);
    await teBeslissen.getByRole("button", { name: `Goedkeuren: toegang voor ${LASTIGE_NAAM}` }).click();
    await expect(teamleider.getByRole("status").filter({ hasText: "heeft nu" })).toContainText(LASTIGE_NAAM);
    await expect(teBeslissen).toHaveCount(0);
    await sessieTeamleider.close();

    await page.goto(`/beheer/medewerkers?zoek=${gebruikersnaam}`);
    await expect(rij).toContainText("Wmo");
    await expect(rij).not.toContainText("wacht op goedkeuring");

    // Edit: add a vakgroep (it waits for approval again; the beheerder withdraws it below).
    await rij.getByRole("link", { name: LASTIGE_NAAM }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Medewerker wijzigen" })).toBeVisible();
    await expect(page.getByLabel("Naam", { exact: true })).toHaveValue(LASTIGE_NAAM);
    await expectNoSeriousA11yViolations(page);
    await page
      .getByRole("group", { name: "Vakgroepen" })
      .getByRole("checkbox", { name: "Jeugd", exact: true })
      .check();
    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "zijn opgeslagen" })).toContainText(
      "wachten op goedkeuring",
    );
    await page.getByLabel("Zoek op naam, gebruikersnaam of e-mailadres").fill(gebruikersnaam);
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(rij).toContainText("wacht op goedkeuring: Jeugd");

    await page.goto("/beheer/verzoeken-om-toegang");
    await eigenVerzoek.getByRole("button", { name: /^Intrekken:/ }).click();
    await expect(page.getByRole("status").filter({ hasText: "is ingetrokken" })).toBeVisible();
    await page.goto(`/beheer/medewerkers?zoek=${gebruikersnaam}`);
    await expect(rij).not.toContainText("Jeugd");

    // Deactivate.
    await rij.getByRole("link", { name: LASTIGE_NAAM }).click();
    const actief = page.getByRole("checkbox", { name: /^Actief/ });
    await expect(actief).toBeChecked();
    await actief.uncheck();
    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "zijn opgeslagen" })).toBeVisible();
    await page.getByLabel("Zoek op naam, gebruikersnaam of e-mailadres").fill(gebruikersnaam);
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(rij).toContainText("Inactief");
  });

  test("een gelijktijdige wijziging geeft een duidelijke melding en kan opnieuw worden geladen", async ({
    page,
  }) => {
    await login(page, "beheerder");
    await page.goto("/beheer/medewerkers?zoek=jeugd");
    const rij = page.getByRole("row").filter({ hasText: "jeugd" }).first();
    await rij.getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1, name: "Medewerker wijzigen" })).toBeVisible();
    const id = page.url().split("/").pop() ?? "";

    // Someone else changes the medewerker in the meantime.
    const huidig = await (await page.request.get(`/api/gebruikers/${id}`)).json();
    const anders = await page.request.patch(`/api/gebruikers/${id}`, {
      headers: { "If-Match": `"${huidig.versie}"` },
      data: { email: `jeugd-${Date.now()}@example.org` },
    });
    expect(anders.status()).toBe(200);
    const nieuweEmail = (await anders.json()).email as string;

    await page.getByLabel("Naam", { exact: true }).fill("Janneke Eshuis-Bakker");
    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(page.getByText("Iemand anders heeft deze medewerker intussen gewijzigd")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Nieuwste gegevens laden" }).click();
    await expect(page.getByLabel("E-mailadres")).toHaveValue(nieuweEmail);
    await expect(page.getByLabel("Naam", { exact: true })).toHaveValue("Janneke Eshuis");
    await expect(page.getByText("Iemand anders heeft deze medewerker intussen gewijzigd")).toHaveCount(0);
  });
});

test.describe("Beheer: vakgroepen", () => {
  test("beheerder voegt een vakgroep toe, hernoemt en (de)activeert die", async ({ page }) => {
    verbiedDialogen(page);
    const code = `test-${Date.now().toString().slice(-6)}`;
    await login(page, "beheerder");
    await page.goto("/beheer/vakgroepen");
    await expect(page.getByRole("heading", { level: 1, name: "Vakgroepen" })).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "regiegroep" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel("Code").fill("Geen Geldige Code");
    await page.getByRole("button", { name: "Vakgroep toevoegen" }).click();
    await expect(page.getByText("Alleen kleine letters, cijfers en streepjes").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel("Code").fill(code);
    await page.getByLabel("Naam", { exact: true }).fill("Dorpsteam Roden-Zuid <b>ö</b>");
    await page.getByRole("button", { name: "Vakgroep toevoegen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "is toegevoegd" })).toBeVisible();
    const rij = page.getByRole("row").filter({ hasText: code });
    await expect(rij.getByRole("link", { name: "Dorpsteam Roden-Zuid <b>ö</b>", exact: true })).toBeVisible();

    await rij.getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1, name: "Vakgroep wijzigen" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("Naam", { exact: true }).fill("Dorpsteam Roden");
    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Dorpsteam Roden is opgeslagen" })).toBeVisible();
    await expect(rij).toContainText("Dorpsteam Roden");
    await expect(rij).toContainText("Actief");

    await rij.getByRole("link").click();
    await page.getByRole("checkbox", { name: /^Actief/ }).uncheck();
    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(rij).toContainText("Inactief");

    await rij.getByRole("link").click();
    await page.getByRole("checkbox", { name: /^Actief/ }).check();
    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(rij).not.toContainText("Inactief");
  });
});

test.describe("Beheer: gelijkgestelde feestdagen (Algemene termijnenwet art. 3 lid 3)", () => {
  test("beheerder ziet de KB-dagen met bron, krijgt een fout voor Goede Vrijdag en voegt een dag toe en weer weg", async ({
    page,
  }) => {
    verbiedDialogen(page);
    await login(page, "beheerder");
    await hoofdnavigatie(page).getByRole("link", { name: "Beheer" }).click();
    await page.getByRole("link", { name: "Gelijkgestelde feestdagen (termijnen)" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Gelijkgestelde feestdagen" })).toBeVisible();
    const kb = page.getByRole("row").filter({ hasText: "vrijdag 15 mei 2026" });
    await expect(kb).toContainText("Vrijdag na Hemelvaartsdag");
    await expect(kb).toContainText("Besluit gelijkstelling van 2 januari 2026");
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("button", { name: "Dag toevoegen" }).click();
    const overzicht = page.getByRole("alert").filter({ hasText: "Controleer de volgende velden" });
    await expect(overzicht).toBeFocused();
    await expect(page.getByText("Vul een omschrijving in").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // Goede Vrijdag is equated by the law itself (art. 3 lid 2): the server's reason appears at the field.
    await page.getByLabel("Datum").fill("2027-03-26");
    await page.getByLabel("Omschrijving").fill("Goede Vrijdag");
    await page.getByLabel("Bron").fill("Test: Besluit gelijkstelling (Staatscourant)");
    await page.getByRole("button", { name: "Dag toevoegen" }).click();
    await expect(page.getByText(/is al Goede Vrijdag/).first()).toBeVisible();
    await expect(page.getByLabel("Datum")).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("Datum").fill("2031-05-23");
    await page.getByLabel("Omschrijving").fill("Vrijdag na Hemelvaartsdag");
    await page.getByRole("button", { name: "Dag toevoegen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "is toegevoegd" })).toBeVisible();
    const nieuw = page.getByRole("row").filter({ hasText: "vrijdag 23 mei 2031" });
    await expect(nieuw).toContainText("Test: Besluit gelijkstelling (Staatscourant)");
    await expectNoSeriousA11yViolations(page);

    await nieuw.getByRole("button", { name: "Verwijder vrijdag 23 mei 2031" }).click();
    await expect(page.getByRole("status").filter({ hasText: "is verwijderd" })).toBeVisible();
    await expect(nieuw).toHaveCount(0);
  });
});
