/**
 * Steps of the besluiten flow (issue 6): A&O makes the toekenning from its werkvoorraad, the beschikking PDF
 * is read back as text, the zaak is ended and closed with the survey, and the resident answers the survey.
 */
import { type Browser, expect, type Page } from "@playwright/test";
import { pdfTekst } from "../../src/besluiten/pdf-tekst";
import { datumVoluit } from "../../src/documenten/brief";
import { atwVerschuiving, kort, plusDagen, plusWeken } from "../../src/domain/termijnen/kalender";
import { expectNoSeriousA11yViolations, willekeurigTestBsn } from "../helpers";
import { apiAls, kalenderVan, nieuweGezinszaak, vandaag } from "./api";
import { naarTabblad } from "./werkblad";

export interface Toekenning {
  /** Link of the beschikking PDF (/api/documenten/…/inhoud). */
  beschikking: string;
  /** Last day for bezwaar: six weeks after today, moved past weekends and holidays (Algemene termijnenwet). */
  bezwaarUiterlijk: string;
}

/**
 * A&O (logged in) opens the zaak from its werkvoorraad (the row names `naam`), sees the product taken over
 * from the signed plan and takes the decision: the beschikking is sent, the bezwaartermijn and the
 * evaluation moment (`evaluatiedatum`) show on the zaak.
 */
export async function kenToeVanuitWerkvoorraad(
  page: Page,
  zaak: { zaaknummer: string; naam: string; evaluatiedatum: string },
): Promise<Toekenning> {
  const { zaaknummer } = zaak;
  await page.goto("/werkvoorraad?bak=ao");
  const rij = page.getByRole("row").filter({ hasText: zaaknummer });
  await expect(rij).toContainText(zaak.naam);
  await rij.getByRole("link", { name: zaaknummer }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Zaak ${zaaknummer} (wmo)` })).toBeVisible();
  await naarTabblad(page, "Besluiten");
  await expect(page.getByRole("heading", { level: 2, name: "Besluiten" })).toBeVisible();
  await expect(page.getByText("Overgenomen uit het ondertekende resultatenplan")).toBeVisible();
  await expect(page.getByLabel("Productcode")).toHaveValue("07A01");
  await expectNoSeriousA11yViolations(page);

  const bezwaarUiterlijk = atwVerschuiving(await kalenderVan(page.request), plusWeken(vandaag(), 6));
  await page.getByRole("button", { name: "Besluit nemen en beschikking versturen" }).click();
  await expect(page.getByText("Het besluit is genomen en de beschikking is verstuurd.")).toBeVisible();
  const link = page.getByRole("link", { name: `Beschikking ${zaaknummer}/B1 (PDF)` });
  await expect(link).toBeVisible();
  await expect(page.getByText(`Evaluatiemoment ${kort(zaak.evaluatiedatum)}`)).toBeVisible();
  const href = (await link.getAttribute("href")) ?? "";
  await naarTabblad(page, "Overzicht");
  await expect(page.getByRole("row").filter({ hasText: "Bezwaartermijn" })).toContainText(
    kort(bezwaarUiterlijk),
  );
  await naarTabblad(page, "Besluiten");
  await expectNoSeriousA11yViolations(page);
  return { beschikking: href, bezwaarUiterlijk };
}

/** Downloads the beschikking and checks by text extraction that it names person, product, period and bezwaar day. */
export async function controleerBeschikking(
  page: Page,
  toekenning: Toekenning,
  verwacht: { naam: string; product: string; ingang: string; einde: string },
) {
  const pdf = await page.request.get(toekenning.beschikking);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
  const tekst = await pdfTekst(await pdf.body());
  expect(tekst).toContain(verwacht.naam);
  expect(tekst).toContain(verwacht.product);
  expect(tekst).toContain(`${datumVoluit(verwacht.ingang)} tot en met ${datumVoluit(verwacht.einde)}`);
  expect(tekst).toContain(datumVoluit(toekenning.bezwaarUiterlijk));
}

/** The zaak page's besluit form: a beëindiging (doelen bereikt), so no toewijzing outlives the zaak. */
export async function beeindig(page: Page, zaaknummer: string, volgnummer = 2) {
  await naarTabblad(page, "Besluiten");
  await page.getByLabel("Soort besluit").selectOption("beeindiging");
  await page.getByLabel("Reden van beëindiging").selectOption("doelen-bereikt");
  await page.getByRole("button", { name: "Besluit nemen en beschikking versturen" }).click();
  await expect(
    page.getByRole("link", { name: `Beschikking ${zaaknummer}/B${volgnummer} (PDF)` }),
  ).toBeVisible();
}

/**
 * Closes the zaak with `reden` and a survey invitation by link: the closing letter, the invitation and the
 * retention date show; returns the survey code (also printed in the letter).
 */
export async function sluitAf(page: Page, reden: string): Promise<string> {
  await naarTabblad(page, "Besluiten");
  await page.getByText("Zaak afsluiten", { exact: true }).click();
  await page.getByLabel("Reden van afsluiten").selectOption(reden);
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
  return code;
}

/**
 * Ends the support first (a toewijzing may not outlive the zaak), then closes the zaak with the closing
 * letter and a survey invitation by link; returns the survey code (also printed in the letter).
 */
export async function beeindigEnSluitAf(page: Page, zaaknummer: string): Promise<string> {
  await beeindig(page, zaaknummer);
  return sluitAf(page, "doelen-bereikt");
}

/** The resident answers the survey without logging in (a fresh browser context). */
export async function beantwoordEnquete(browser: Browser, baseURL: string, code: string) {
  const inwoner = await browser.newContext({ baseURL });
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
}

/**
 * A Wmo zaak whose resultatenplan (dagbesteding 07A01 at De Hooiberg) was signed: it is in werkvoorraad A&O.
 * Returns its id and number, the resident's name and BSN (for the provider's messages).
 */
export async function zaakMetOndertekendPlan(baseURL: string, ingang: string, einde: string) {
  const iag = await apiAls(baseURL, "iag");
  const achternaam = `Hoekstra${Date.now().toString(36)}`;
  const bsn = willekeurigTestBsn();
  const {
    id,
    zaaknummer,
    versie,
    personen: [persoonId],
  } = await nieuweGezinszaak(
    iag,
    {
      achternaam,
      adres: { huisnummer: 4, postcode: "9331 AB", woonplaats: "Norg" },
      leden: [{ bsn, voornamen: "Jantje", geboortedatum: "1952-03-14", rol: "hoofdpersoon" }],
    },
    {
      zaaktype: "wmo",
      meldingsdatum: plusDagen(vandaag(), -20),
      omschrijving: "Dagbesteding na ontslag uit het ziekenhuis",
      veiligheid: "veilig",
      leefgebieden: ["werk-dagbesteding"],
    },
  );
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
  return { id, zaaknummer, naam: `Jantje ${achternaam}`, bsn };
}
