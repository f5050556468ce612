/**
 * Steps of the resultatenplan flow (issue 6): a family with a Wmo zaak (API setup), and the Wmo consulent
 * writing, finalising and signing the family plan in the browser.
 */
import { expect, type Page } from "@playwright/test";
import { plusDagen } from "../../src/domain/termijnen/kalender";
import { expectNoSeriousA11yViolations } from "../helpers";
import { type AangemaakteZaak, apiAls, nieuweGezinszaak, vandaag } from "./api";
import { naarTabblad } from "./werkblad";

export interface Gezin {
  zaak: Pick<AangemaakteZaak, "id" | "zaaknummer">;
  achternaam: string;
  /** Full names: the mother is the hoofdpersoon, the son gets the maatwerkvoorziening. */
  moeder: string;
  zoon: string;
}

/** Anna (hoofdpersoon) and her son Daan with a new Wmo zaak, reported ten days ago by phone. */
export async function gezinMetWmoZaak(baseURL: string): Promise<Gezin> {
  const api = await apiAls(baseURL, "iag");
  const achternaam = `Mulder${Date.now().toString(36)}`;
  const { id, zaaknummer } = await nieuweGezinszaak(
    api,
    {
      achternaam,
      adres: { huisnummer: 4, postcode: "9321 AB", woonplaats: "Peize" },
      leden: [
        { voornamen: "Anna", geboortedatum: "1984-03-12", rol: "hoofdpersoon" },
        { voornamen: "Daan", geboortedatum: "2012-06-01", rol: "gezinslid" },
      ],
    },
    {
      zaaktype: "wmo",
      meldingsdatum: plusDagen(vandaag(), -10),
      omschrijving: "Moeder raakt overbelast, zoon heeft geen dagritme",
      veiligheid: "veilig",
      leefgebieden: ["werk-dagbesteding"],
    },
  );
  await api.dispose();
  return {
    zaak: { id, zaaknummer },
    achternaam,
    moeder: `Anna ${achternaam}`,
    zoon: `Daan ${achternaam}`,
  };
}

export interface PlanKeuzes {
  /** Name of the ZIN provider of product 07A01, chosen in the provider picker (search by name). */
  aanbieder: string;
  /** Einddatum of the maatwerkvoorziening (YYYY-MM-DD); left empty when absent. */
  einddatum?: string;
}

/** On the zaak page: the consulent picks the zaak up and starts the onderzoek in one step. */
export async function startOnderzoek(page: Page) {
  await page.getByRole("button", { name: "Oppakken en onderzoek starten" }).click();
  await expect(page.getByText("Status: onderzoek")).toBeVisible();
}

/**
 * The Wmo consulent (logged in) opens the zaak, starts the onderzoek and writes and signs the family plan
 * (schrijfEnOndertekenPlan).
 */
export async function schrijfEnOndertekenGezinsplan(page: Page, gezin: Gezin, keuzes: PlanKeuzes) {
  await page.goto(`/zaken/${gezin.zaak.id}`);
  await startOnderzoek(page);
  await schrijfEnOndertekenPlan(page, gezin, keuzes);
}

/**
 * On the zaak page during the onderzoek, the consulent writes the family plan: one result for the son, one
 * voorliggende oplossing, one ZIN product 07A01 (3 dagdelen a week) and an evaluation moment today; then
 * makes it definitive, registers the personal signature (the signed plan is the aanvraag) and returns to
 * the zaak page.
 */
export async function schrijfEnOndertekenPlan(page: Page, gezin: Gezin, keuzes: PlanKeuzes) {
  const { zaak, zoon } = gezin;
  await naarTabblad(page, "Plan");
  await expect(page.getByRole("heading", { level: 2, name: "Resultatenplan" })).toBeVisible();
  await page.getByRole("link", { name: "Resultatenplan opstellen" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Resultatenplan zaak ${zaak.zaaknummer}` }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Resultatenplan aanmaken" }).click();
  await expect(page.getByText(/Status: concept · versie 1/)).toBeVisible();

  await page
    .getByLabel("Hulpvraag", { exact: true })
    .fill("Anna wil het gezin draaiende houden; Daan wil weer een dagritme.");

  const resultaten = page.getByRole("group", { name: "Resultaten per gezinslid" });
  await resultaten.getByRole("button", { name: "Resultaat toevoegen" }).click();
  const resultaat = page.getByRole("group", { name: "Resultaat 1" });
  await resultaat.getByLabel("Voor", { exact: true }).selectOption({ label: `${zoon} (gezinslid)` });
  await resultaat.getByLabel("Domein", { exact: true }).selectOption("meedoen");
  await resultaat.getByLabel("Hoofdresultaat", { exact: true }).selectOption("M1");
  await resultaat.getByLabel("Subresultaat (ontwikkelstap)").selectOption("M1.2");

  // Keyboard only: add the voorliggende oplossing with Enter.
  await page.getByRole("button", { name: "Voorliggende oplossing toevoegen" }).focus();
  await page.keyboard.press("Enter");
  const oplossing = page.getByRole("group", { name: "Voorliggende oplossing 1" });
  await oplossing
    .getByLabel("Omschrijving oplossing")
    .fill("Anna gaat naar de mantelzorggroep van het buurtteam");

  await page.getByRole("button", { name: "Maatwerkvoorziening toevoegen" }).click();
  const voorziening = page.getByRole("group", { name: "Maatwerkvoorziening 1" });
  await voorziening.getByLabel("Voor", { exact: true }).selectOption({ label: `${zoon} (gezinslid)` });
  await voorziening.getByLabel("Product", { exact: true }).selectOption("07A01");
  await expect(voorziening.getByLabel("Zorg in natura (ZIN)")).toBeChecked();
  // The provider picker: search by part of the name, choose by name (the AGB code is the value sent).
  const kiezer = voorziening.getByRole("group", { name: "Aanbieder", exact: true });
  await kiezer.getByLabel("Zoek aanbieder op naam").fill(keuzes.aanbieder.split(" ").at(-1) ?? "");
  await kiezer.getByRole("radio", { name: keuzes.aanbieder, exact: true }).check();
  await expect(kiezer.getByText(`Gekozen: ${keuzes.aanbieder}`)).toBeVisible();
  if (keuzes.einddatum) await voorziening.getByLabel("Einddatum (niet verplicht)").fill(keuzes.einddatum);
  await voorziening.getByLabel("Volume", { exact: true }).fill("3");
  await voorziening.getByLabel("Eenheid", { exact: true }).selectOption("16");

  await page.getByRole("button", { name: "Evaluatiemoment toevoegen" }).click();
  await page
    .getByRole("group", { name: "Evaluatiemoment 1" })
    .getByLabel("Hoe wordt geëvalueerd")
    .fill("Gesprek met gezin en aanbieder");

  await page.getByRole("button", { name: "Plan opslaan" }).click();
  await expect(page.getByText(/Het plan is opgeslagen als versie 2/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Plan definitief maken" }).click();
  await expect(page.getByText(/Status: definitief · versie 3/)).toBeVisible();

  await page.getByLabel("Persoonlijk ondertekend bij de medewerker").check();
  await page.getByLabel("Datum van ondertekening").fill(vandaag());
  await page.getByRole("button", { name: "Ondertekening registreren" }).click();
  await expect(page.getByText(/Status: ondertekend · versie 4/)).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "ondertekend (persoonlijk)" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: `Zaak ${zaak.zaaknummer}` }).click();
  await expect(page.getByText("Status: aanvraag")).toBeVisible();
  await naarTabblad(page, "Plan");
  await expect(page.getByText(/Status: ondertekend \(versie 4\)/)).toBeVisible();
  await naarTabblad(page, "Overzicht");
  await expect(page.getByRole("row").filter({ hasText: "Beslissing op aanvraag" })).toContainText("Lopend");
  await expectNoSeriousA11yViolations(page);
}
