import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { pdfTekst } from "../src/besluiten/pdf-tekst";
import { datumVoluit } from "../src/documenten/brief";
import { atwVerschuiving, kort, plusDagen, plusWeken } from "../src/domain/termijnen/kalender";
import { DEMO_WACHTWOORD, expectNoSeriousA11yViolations, login, willekeurigTestBsn } from "./helpers";

const vandaag = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());

async function apiAls(baseURL: string, gebruikersnaam: string): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL });
  const res = await api.post("/api/sessie", { data: { gebruikersnaam, wachtwoord: DEMO_WACHTWOORD } });
  expect(res.status()).toBe(200);
  return api;
}

/** A Wmo zaak whose resultatenplan (dagbesteding 07A01 at De Hooiberg) was signed: it is in werkvoorraad A&O. */
async function zaakMetOndertekendPlan(baseURL: string, ingang: string, einde: string) {
  const iag = await apiAls(baseURL, "iag");
  const achternaam = `Hoekstra${Date.now().toString(36)}`;
  const persoon = await iag.post("/api/personen", {
    data: {
      bsn: willekeurigTestBsn(),
      voornamen: "Jantje",
      geslachtsnaam: achternaam,
      geboortedatum: "1952-03-14",
      adres: { huisnummer: 4, postcode: "9331 AB", woonplaats: "Norg" },
    },
  });
  expect(persoon.status()).toBe(201);
  const persoonId = (await persoon.json()).id as string;
  const zaak = await iag.post("/api/zaken", {
    data: {
      zaaktype: "wmo",
      meldingsdatum: plusDagen(vandaag(), -20),
      kanaal: "telefoon",
      omschrijving: "Dagbesteding na ontslag uit het ziekenhuis",
      personen: [{ persoonId, rol: "hoofdpersoon" }],
      veiligheid: "veilig",
      leefgebieden: ["werk-dagbesteding"],
    },
  });
  expect(zaak.status()).toBe(201);
  const { id, zaaknummer, versie } = await zaak.json();
  await iag.dispose();

  const wmo = await apiAls(baseURL, "wmo");
  const metVersie = (v: number) => ({ "If-Match": `"${v}"` });
  expect(
    (
      await wmo.post(`/api/zaken/${id}/acties`, {
        data: { actie: "start-onderzoek" },
        headers: metVersie(versie),
      })
    ).status(),
  ).toBe(200);
  const plan = await wmo.post(`/api/zaken/${id}/resultatenplan`, {
    data: {
      inhoud: {
        hulpvraag: "Zinvolle daginvulling",
        resultaten: [{ persoonId, domein: "meedoen", hoofdresultaat: "M1", subresultaat: null }],
        maatwerkvoorzieningen: [
          {
            persoonId,
            wet: "wmo",
            productCode: "07A01",
            leveringsvorm: "zin",
            aanbiederAgb: "73731001",
            ingangsdatum: ingang,
            einddatum: einde,
            omvang: { volume: 3, eenheid: "16", frequentie: "2" },
          },
        ],
        evaluatiemomenten: [{ datum: plusDagen(vandaag(), 3), wijze: "Evaluatiegesprek met aanbieder" }],
      },
    },
  });
  expect(plan.status(), await plan.text()).toBe(201);
  const planId = (await plan.json()).id as string;
  let planVersie = (await plan.json()).versie as number;
  for (const stap of ["definitief", "ter-ondertekening"]) {
    const res = await wmo.post(`/api/resultatenplannen/${planId}/${stap}`, {
      headers: metVersie(planVersie),
    });
    expect(res.status(), await res.text()).toBe(200);
    planVersie = (await res.json()).versie;
  }
  const getekend = await wmo.post(`/api/resultatenplannen/${planId}/ondertekening`, {
    data: { wijze: "persoonlijk", datum: vandaag() },
    headers: metVersie(planVersie),
  });
  expect(getekend.status(), await getekend.text()).toBe(200);
  await wmo.dispose();
  return { zaaknummer: zaaknummer as string, naam: `Jantje ${achternaam}` };
}

test.describe("Besluiten", () => {
  test("A&O kent toe vanuit de werkvoorraad; beschikking, bezwaartermijn, evaluatiemoment, afsluiten en enquête", async ({
    page,
    baseURL,
    browser,
  }) => {
    const ingang = plusDagen(vandaag(), -3);
    const einde = plusDagen(vandaag(), 180);
    const { zaaknummer, naam } = await zaakMetOndertekendPlan(baseURL ?? "", ingang, einde);
    const bezwaarUiterlijk = atwVerschuiving(plusWeken(vandaag(), 6));

    await login(page, "ao");
    await page.goto("/werkvoorraad?bak=ao");
    const rij = page.getByRole("row").filter({ hasText: zaaknummer });
    await expect(rij).toContainText(naam);
    await rij.getByRole("link", { name: zaaknummer }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Zaak ${zaaknummer} (wmo)` })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Besluiten" })).toBeVisible();
    await expect(page.getByText("Overgenomen uit het ondertekende resultatenplan")).toBeVisible();
    await expect(page.getByLabel("Productcode")).toHaveValue("07A01");
    await expectNoSeriousA11yViolations(page);

    // The toekenning: beschikking sent, bezwaartermijn on the zaak, an evaluation moment planned.
    await page.getByRole("button", { name: "Besluit nemen en beschikking versturen" }).click();
    await expect(page.getByText("Het besluit is genomen en de beschikking is verstuurd.")).toBeVisible();
    const beschikking = page.getByRole("link", { name: `Beschikking ${zaaknummer}/B1 (PDF)` });
    await expect(beschikking).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "Bezwaartermijn" })).toContainText(
      kort(bezwaarUiterlijk),
    );
    await expect(page.getByText(`Evaluatiemoment ${kort(plusDagen(vandaag(), 3))}`)).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const pdf = await page.request.get((await beschikking.getAttribute("href")) ?? "");
    expect(pdf.headers()["content-type"]).toContain("application/pdf");
    const tekst = await pdfTekst(await pdf.body());
    expect(tekst).toContain(naam);
    expect(tekst).toContain("Dagbesteding naar onderwijs 1-4 dagdelen (07A01)");
    expect(tekst).toContain(`${datumVoluit(ingang)} tot en met ${datumVoluit(einde)}`);
    expect(tekst).toContain(datumVoluit(bezwaarUiterlijk));

    // Ending the support first (a toewijzing may not outlive the zaak), then closing with the survey.
    await page.getByLabel("Soort besluit").selectOption("beeindiging");
    await page.getByLabel("Reden van beëindiging").selectOption("doelen-bereikt");
    await page.getByRole("button", { name: "Besluit nemen en beschikking versturen" }).click();
    await expect(page.getByRole("link", { name: `Beschikking ${zaaknummer}/B2 (PDF)` })).toBeVisible();

    await page.getByLabel("Reden van afsluiten").selectOption("doelen-bereikt");
    await page.getByLabel("Cliëntervaringsonderzoek").selectOption("link");
    await page.getByRole("button", { name: "Zaak afsluiten en afsluitbrief versturen" }).click();
    await expect(page.getByText("Status: afgesloten")).toBeVisible();
    await expect(page.getByRole("link", { name: "Afsluitbrief (PDF)" })).toBeVisible();
    const uitnodiging = page.getByText(/Uitnodiging cliëntervaringsonderzoek verstuurd \(link\), code/);
    await expect(uitnodiging).toBeVisible();
    await expect(page.getByText(/Dossier bewaren tot/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const code = ((await uitnodiging.textContent()) ?? "").match(/\d{4}-[2-9A-Z]{4}-[2-9A-Z]{4}/)?.[0] ?? "";
    expect(code).not.toBe("");
    const afsluitbrief = await page.request.get(
      (await page.getByRole("link", { name: "Afsluitbrief (PDF)" }).getAttribute("href")) ?? "",
    );
    expect(await pdfTekst(await afsluitbrief.body())).toContain(code);

    // The resident answers the survey without logging in.
    const inwoner = await browser.newContext({ baseURL: baseURL ?? "" });
    const enquete = await inwoner.newPage();
    await enquete.goto(`/enquete/${code}`);
    await expect(
      enquete.getByRole("heading", { level: 1, name: "Hoe heeft u onze ondersteuning ervaren?" }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(enquete);
    for (const groep of await enquete.getByRole("group").all())
      await groep.getByLabel("Eens", { exact: true }).check();
    await enquete.getByRole("button", { name: "Antwoorden versturen" }).click();
    await expect(enquete.getByText("Hartelijk dank voor het invullen van de vragenlijst!")).toBeVisible();
    await inwoner.close();
  });
});
