import { expect, test } from "@playwright/test";
import { huishoudens } from "../src/generator/huishoudens";
import { NMD_GEMEENTEN } from "../src/seed/nmd";
import { expectNoSeriousA11yViolations, hoofdnavigatie, login } from "./helpers";

const vandaag = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());

/**
 * A demo resident of Noordenveld with a family: the first generated household with children
 * (src/seed/demo-dossiers.ts fills the demo database from the same deterministic generator).
 */
function demoGezin() {
  const blok = NMD_GEMEENTEN.findIndex((g) => g.code === "1699");
  const bron = huishoudens({
    gemeenteCode: "1699",
    seed: 2026,
    startVolgnummer: blok * 1_500_000,
    peildatum: vandaag(),
  });
  for (let i = 0; i < 50; i++) {
    const stap = bron.next();
    if (stap.done) break;
    const [ouder, ...rest] = stap.value.personen;
    const kind = rest.find((p) => ouder && p.geboortedatum > ouder.geboortedatum);
    if (ouder && kind && rest.length >= 2) return { ouder, kind };
  }
  throw new Error("geen demogezin gevonden");
}

const naam = (p: { voornamen: string; voorvoegsel: string | null; geslachtsnaam: string }) =>
  [p.voornamen, p.voorvoegsel, p.geslachtsnaam].filter(Boolean).join(" ");

test.describe("Aanmelden", () => {
  test("de IAG registreert een telefoontje met zorgen op drie leefgebieden: zaak in de werkvoorraad Regiegroep met reden", async ({
    page,
  }) => {
    const { ouder, kind } = demoGezin();
    await login(page, "iag");
    await hoofdnavigatie(page).getByRole("link", { name: "Aanmelden", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Aanmelden" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // Keyboard-first: type in the search box and press Enter.
    await page.getByLabel("Zoek een inwoner").fill(ouder.bsn);
    await page.getByLabel("Zoek een inwoner").press("Enter");
    await page.getByRole("button", { name: `Kies ${naam(ouder)}` }).click();
    await expect(page.getByRole("heading", { level: 2, name: naam(ouder) })).toBeVisible();
    await expect(
      page.getByRole("heading", { level: 3, name: "Betrokken medewerkers (informeren)" }),
    ).toBeVisible();
    await page.getByLabel(new RegExp(`${naam(kind)}.*meenemen in de zaak`)).check();
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel("Kanaal", { exact: true }).selectOption({ label: "Telefoon" });
    await page.getByLabel("Thema", { exact: true }).selectOption({ label: "Opvoeden en opgroeien" });
    await page
      .getByLabel("Vraag van de inwoner", { exact: true })
      .fill("Ouder belt: zorgen over geld, de opvoeding en de eigen stemming.");
    await page.getByRole("group", { name: "Is de vraag direct beantwoord?" }).getByLabel("Nee").check();
    await page.getByRole("group", { name: "Zijn er veiligheidssignalen?" }).getByLabel("Ja").check();
    await page.getByLabel("Welke signalen?").fill("Ouder is uitgeput en slaapt slecht.");
    await page.getByRole("group", { name: "Uitkomst veiligheidscheck" }).getByLabel("Zorgen").check();
    const leefgebieden = page.getByRole("group", { name: "Leefgebieden waarop de vraag speelt" });
    for (const gebied of ["Financiën", "Opvoeding en opgroeien", "Psychisch welbevinden"])
      await leefgebieden.getByLabel(gebied, { exact: true }).check();
    await page
      .getByLabel("Wetsdomein", { exact: true })
      .selectOption({ label: "Wmo 2015 (maatschappelijke ondersteuning)" });
    await expect(page.getByText(/Voorstel: werkvoorraad Regiegroep/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("button", { name: "Contact registreren" }).click();
    const bevestiging = page
      .getByRole("status")
      .filter({ hasText: "is aangemaakt in de werkvoorraad Regiegroep" });
    await expect(bevestiging).toBeVisible();
    const zaaknummer = (await bevestiging.textContent())?.match(/Z-\d{4}-\d{6}/)?.[0] ?? "";
    expect(zaaknummer).not.toBe("");

    await expect(page.getByRole("link", { name: `Zaak ${zaaknummer} openen` })).toBeVisible();

    // The IAG may not read Regiegroep zaken (DOMAIN §6); the Regiegroep finds it in its werkvoorraad.
    await page.context().clearCookies();
    await login(page, "regie");
    await page.goto("/werkvoorraad?bak=regiegroep");
    await page
      .getByRole("row")
      .filter({ hasText: zaaknummer })
      .getByRole("link", { name: zaaknummer })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: `Zaak ${zaaknummer} (wmo)` })).toBeVisible();
    await expect(
      page.getByText(/Waarom in deze werkvoorraad: Meervoudige hulpvraag: 3 leefgebieden/),
    ).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Aanmelding" })).toBeVisible();
    await expect(
      page.getByText("Veiligheidscheck: Zorgen; signalen: Ouder is uitgeput en slaapt slecht."),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
