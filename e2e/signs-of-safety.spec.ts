import { expect, type Locator, type Page, test } from "@playwright/test";
import { plusDagen } from "../src/domain/termijnen/kalender";
import { expectNoSeriousA11yViolations, login } from "./helpers";
import { apiAls, nieuweGezinszaak, relatie, vandaag } from "./stappen/api";

/** dd-mm-jjjj, as the chart and its table show a date. */
const nl = (iso: string) => iso.split("-").reverse().join("-");

async function scores(sectie: Locator, datum: string, [gezin, netwerk, professional]: number[]) {
  await sectie.getByLabel("Datum van de bijeenkomst").fill(datum);
  await sectie.getByLabel("Wie scoorde (gezin)").fill("moeder");
  await sectie.getByLabel("Score gezin (0–10)").fill(String(gezin));
  await sectie.getByLabel("Wie scoorde (netwerk)").fill("oma");
  await sectie.getByLabel("Score netwerk (0–10)").fill(String(netwerk));
  await sectie.getByLabel("Wie scoorde (professional)").fill("casemanager");
  await sectie.getByLabel("Score professional (0–10)").fill(String(professional));
  await sectie.getByRole("button", { name: "Scores toevoegen" }).click();
  await expect(sectie.getByRole("row", { name: new RegExp(`^${nl(datum)}`) })).toBeVisible();
}

const schermafdruk = async (page: Page, naam: string, testInfo: import("@playwright/test").TestInfo) => {
  const pad = testInfo.outputPath(`${naam}.png`);
  await page.screenshot({ path: pad, fullPage: true });
  await testInfo.attach(naam, { path: pad, contentType: "image/png" });
};

test.describe("Signs of Safety (Veiligheid op de zaak)", () => {
  test("mapping met een gevaar en zijn doel, drie momenten op de schaal, grafiek en tabel, plan ondertekend en geëvalueerd", async ({
    page,
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
          // Eight years old whatever today is: the gezaghebbende signs (younger than 12).
          { voornamen: "Kim", geboortedatum: plusDagen(vandaag(), -8 * 365 - 30), rol: "hoofdpersoon" },
          { voornamen: "Anna", geboortedatum: "1985-04-02", rol: "gezinslid" },
        ],
      },
      {
        zaaktype: "regie",
        meldingsdatum: plusDagen(vandaag(), -35),
        omschrijving: "Zorgen over de veiligheid van Kim thuis",
        veiligheid: "zorgen",
        leefgebieden: [],
      },
    );
    const [kim, anna] = zaak.personen as [string, string];
    await relatie(api, anna, "ouder", kim);
    await relatie(api, anna, "gezag", kim);
    await api.dispose();

    await login(page, "regie");
    await page.goto(`/zaken/${zaak.id}/veiligheid`);
    await page.getByRole("button", { name: "Signs of Safety starten" }).click();

    // The mapping: a danger statement paired with its safety goal, and a strength.
    const mapping = page.getByRole("region", { name: "Mapping" });
    await expect(mapping).toBeVisible();
    await mapping.getByRole("button", { name: "Gevaarsuitspraak toevoegen" }).click();
    await mapping.getByLabel("Gevaarsuitspraak", { exact: true }).fill("Vader slaat als hij gedronken heeft");
    await mapping.getByRole("button", { name: "Sterkte toevoegen" }).click();
    await mapping.getByLabel("Sterkte", { exact: true }).fill("Oma haalt Kim op als het thuis onrustig is");
    await mapping.getByRole("button", { name: "Veiligheidsdoel toevoegen" }).click();
    await mapping
      .getByLabel("Veiligheidsdoel", { exact: true })
      .fill("Kim is veilig als vader gedronken heeft");
    await mapping.getByRole("button", { name: "Mapping opslaan" }).click();
    // The goal without its danger is refused, next to the field.
    const koppeling = mapping.getByLabel("Hoort bij gevaarsuitspraak");
    await expect(koppeling).toHaveAttribute("aria-invalid", "true");
    await expectNoSeriousA11yViolations(page);
    await koppeling.selectOption({ label: "Vader slaat als hij gedronken heeft" });
    await mapping.getByRole("button", { name: "Mapping opslaan" }).click();
    await expect(page.getByText("De mapping is opgeslagen.")).toBeVisible();

    // Three moments on the safety scale, in the past.
    const schaal = page.getByRole("region", { name: "Veiligheidsschaal" });
    await scores(schaal, plusDagen(vandaag(), -28), [3, 4, 2]);
    await scores(schaal, plusDagen(vandaag(), -14), [5, 5, 4]);
    await scores(schaal, plusDagen(vandaag(), -1), [7, 6, 6]);
    const grafiek = schaal.getByRole("figure", { name: /Veiligheidsschaal in de tijd/ });
    await expect(grafiek).toBeVisible();
    await expect(grafiek.locator(".recharts-line")).toHaveCount(3);
    const tabel = schaal.getByRole("table", { name: /Veiligheidsschaal per bijeenkomst/ });
    await expect(tabel.getByRole("row")).toHaveCount(4);
    await expect(
      tabel.getByRole("row", { name: new RegExp(`^${nl(plusDagen(vandaag(), -1))}`) }),
    ).toContainText("7 (moeder)");
    await expectNoSeriousA11yViolations(page);

    // The plan from the goals: who does what by when; definitief; signed by the gezaghebbende (Kim is 8).
    const plan = page.getByRole("region", { name: /Veiligheidsplan/ });
    await plan.getByLabel("Wat gebeurt er").fill("Kim slaapt bij oma als vader drinkt");
    await plan.getByLabel("Wie doet het").fill("Moeder en oma");
    await plan.getByLabel("Uiterlijk").fill(plusDagen(vandaag(), 30));
    await plan.getByRole("button", { name: "Afspraken opslaan" }).click();
    await expect(page.getByText("De afspraken zijn opgeslagen.")).toBeVisible();
    await plan.getByRole("button", { name: "Veiligheidsplan definitief maken" }).click();
    await expect(plan.getByRole("table", { name: "Afspraken van het veiligheidsplan" })).toContainText(
      "Moeder en oma",
    );
    await expect(plan.getByText(/Wie tekent: .*jonger dan 12/)).toBeVisible();
    await plan
      .getByLabel(`Anna ${achternaam} (ouder met gezag) heeft ondertekend`)
      .check()
      .catch(async () => {
        await plan.getByLabel(new RegExp(`Anna ${achternaam} .* heeft ondertekend`)).check();
      });
    await plan.getByRole("button", { name: "Ondertekening registreren" }).click();
    await expect(plan.getByText(new RegExp(`Ondertekend op .* door Anna ${achternaam}`))).toBeVisible();
    await expect(plan.getByRole("heading", { name: "Evalueren" })).toBeVisible();

    // The evaluation: per goal bereikt / deels / niet, and a new round on the scale (shown in the table).
    const evaluatie = plan.getByRole("form", { name: "Evaluatie van het veiligheidsplan" });
    await evaluatie.getByRole("button", { name: "Evaluatie vastleggen" }).click();
    await expect(page.getByRole("alert", { name: "Controleer de volgende velden" })).toBeVisible();
    await evaluatie
      .getByRole("group", { name: "Veiligheidsdoel: Kim is veilig als vader gedronken heeft" })
      .getByLabel("Deels bereikt")
      .check();
    await evaluatie.getByLabel("Toelichting (niet verplicht)").fill("Oma is niet altijd bereikbaar");
    await evaluatie.getByLabel("Wie scoorde (gezin)").fill("moeder");
    await evaluatie.getByLabel("Score gezin (0–10)").fill("8");
    await evaluatie.getByLabel("Wie scoorde (netwerk)").fill("oma");
    await evaluatie.getByLabel("Score netwerk (0–10)").fill("7");
    await evaluatie.getByLabel("Wie scoorde (professional)").fill("casemanager");
    await evaluatie.getByLabel("Score professional (0–10)").fill("7");
    await evaluatie.getByRole("button", { name: "Evaluatie vastleggen" }).click();
    await expect(
      plan.getByText(
        /Geëvalueerd op .*: Kim is veilig als vader gedronken heeft: deels bereikt\. Oma is niet altijd bereikbaar/,
      ),
    ).toBeVisible();
    await expect(tabel.getByRole("row")).toHaveCount(5);
    await expect(tabel.getByRole("row", { name: /\(evaluatie\)/ })).toContainText("8 (moeder)");
    await expectNoSeriousA11yViolations(page);
    await schermafdruk(page, "signs-of-safety", testInfo);

    // Narrow screen: the three columns stack.
    await page.setViewportSize({ width: 390, height: 900 });
    await expectNoSeriousA11yViolations(page);
    await schermafdruk(page, "signs-of-safety-smal", testInfo);
  });
});
