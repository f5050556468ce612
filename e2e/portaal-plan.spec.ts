/**
 * Mijn Voordeur after the onderzoek (issue 16): the consulent shared the plan (set up through the API); the resident
 * reads it in the portal and signs it digitally; A&O grants it; the resident downloads the beschikking and submits a
 * bezwaar, which the consulent then sees on the zaak, marked as submitted through Mijn Voordeur.
 */
import { expect, test } from "@playwright/test";
import { datumMetWeekdag } from "../src/domain/afspraken/tijd";
import { boekBijDeConsulent } from "../src/test/afspraak";
import { kenDagbestedingToe, opgepakteWmoZaak, zaakMetGedeeldWmoPlan } from "../src/test/wmo-plan";
import { expectNoSeriousA11yViolations, login, schermafdruk } from "./helpers";
import { kiesInwoner, registreerContact } from "./stappen/aanmelden";
import { apiAls, nieuwePersoon, nieuwePersoonMetBsn, verzoekenAls } from "./stappen/api";

test("inwoner ondertekent het plan, downloadt de beschikking en maakt bezwaar", async ({
  page,
  baseURL,
}, testInfo) => {
  const iag = await apiAls(baseURL ?? "", "iag");
  const persoonId = await nieuwePersoon(iag, {
    voornamen: "Grietje",
    geslachtsnaam: `Portaal${Date.now().toString(36)}`,
    geboortedatum: "1951-05-20",
    adres: { huisnummer: 12, postcode: "9331 AB", woonplaats: "Norg" },
  });
  await iag.dispose();
  const api = verzoekenAls(baseURL ?? "");
  const zaak = await zaakMetGedeeldWmoPlan(api.verzoek, persoonId, {
    hulpvraag: "Twee dagen per week onder de mensen zijn",
  });

  // The demo-inlog for this resident, in the browser's own context (the portal cookie).
  const inlog = await page.request.post("/api/portaal/demo-inlog", { data: { persoonId } });
  expect(inlog.status()).toBe(204);
  await page.goto(`/mijn/zaken/${zaak.id}`);
  await expect(page.getByRole("heading", { level: 2, name: "Uw plan" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Uw resultatenplan om te ondertekenen" })).toBeVisible();
  await page.getByRole("link", { name: "Plan lezen en ondertekenen" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Uw resultatenplan" })).toBeVisible();
  await expect(page.getByText("Twee dagen per week onder de mensen zijn")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Maatwerkvoorzieningen" })).toBeVisible();
  await expect(page.getByText(/nog niet ondertekend/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await schermafdruk(page, testInfo, "mijn-plan", { heel: true });
  // Without the tick nothing is signed.
  await page.getByRole("button", { name: "Plan ondertekenen" }).click();
  await expect(page.getByText("Zet een vinkje als u het plan heeft gelezen")).toBeVisible();
  await page.getByRole("checkbox", { name: "Ik heb het plan gelezen en ik ben het ermee eens." }).check();
  await page.getByRole("button", { name: "Plan ondertekenen" }).click();
  await expect(page.getByText(/Het plan is ondertekend op .* in Mijn Voordeur/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Plan ondertekenen" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await schermafdruk(page, testInfo, "mijn-plan-ondertekend");

  // A&O grants it; the resident sees the beschikking and may object.
  await kenDagbestedingToe(api.verzoek, zaak.id);
  await page.getByRole("link", { name: "Terug naar uw zaak" }).click();
  const beschikking = page.getByRole("link", { name: "Besluit (beschikking)" });
  await expect(beschikking).toBeVisible();
  const download = page.waitForEvent("download");
  await beschikking.click();
  expect((await download).suggestedFilename()).toMatch(/^Besluit beschikking .*\.pdf$/);

  await page.getByRole("button", { name: "Bezwaar maken" }).click();
  await page.getByRole("button", { name: "Bezwaar versturen" }).click();
  await expect(page.getByRole("alert").getByText("Controleer de volgende velden")).toBeVisible();
  await page
    .getByLabel("Waarom bent u het niet eens?")
    .fill("Twee dagdelen is te weinig, ik heb er drie nodig om mijn ritme te houden.");
  await expectNoSeriousA11yViolations(page);
  await schermafdruk(page, testInfo, "mijn-bezwaar", { heel: true });
  await page.getByRole("button", { name: "Bezwaar versturen" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Uw bezwaar" })).toBeVisible();
  await expect(page.getByText("We behandelen uw bezwaar.")).toBeVisible();

  // A question to the consulent in the secure conversation.
  await page.getByRole("link", { name: "Berichten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Berichten" })).toBeVisible();
  await page.getByRole("button", { name: "Versturen" }).click();
  await expect(page.getByText("Schrijf eerst uw bericht.").first()).toBeVisible();
  await page.getByLabel("Uw bericht").fill("Wanneer hoor ik iets over mijn bezwaar?");
  await page.getByRole("button", { name: "Versturen" }).click();
  await expect(page.getByRole("status").getByText("Uw bericht is verstuurd.")).toBeVisible();
  await expect(page.getByText("Wanneer hoor ik iets over mijn bezwaar?")).toBeVisible();
  await expect(page.getByText(/nog niet gelezen/)).toBeVisible();

  // The consulent sees the bezwaar and the message on the zaak, and answers.
  await api.sluit();
  await login(page, "wmo");
  await page.goto(`/zaken/${zaak.id}/besluiten`);
  await expect(page.getByText(/Ontvangen op .* via Mijn Voordeur/)).toBeVisible();
  // The bezwaaradviescommissie advises: the beslistermijn becomes twelve weeks after the bezwaartermijn.
  await page.getByRole("button", { name: "De bezwaaradviescommissie adviseert (12 weken)" }).click();
  await expect(page.getByText("De bezwaaradviescommissie adviseert.")).toBeVisible();
  await page.goto(`/zaken/${zaak.id}/berichten`);
  await expect(page.getByText("1 nieuw bericht")).toBeVisible();
  await expect(page.getByText("Wanneer hoor ik iets over mijn bezwaar?")).toBeVisible();
  await page
    .getByLabel("Bericht aan de inwoner")
    .fill("Binnen zes weken na het einde van de bezwaartermijn.");
  await page.getByRole("button", { name: "Bericht versturen" }).click();
  await expect(page.getByText("Binnen zes weken na het einde van de bezwaartermijn.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await schermafdruk(page, testInfo, "zaak-gesprek-met-inwoner", { heel: true });

  // The consulent asks for a document in the Documenten tab.
  await page.goto(`/zaken/${zaak.id}/documenten`);
  await page.getByLabel("Welk document").fill("Uw rooster van de dagbesteding");
  await page.getByRole("button", { name: "Document opvragen" }).click();
  await expect(
    page.getByText(/Uw rooster van de dagbesteding, gevraagd door .*: nog niet gestuurd/),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Back in Mijn Voordeur (its own cookie): the answer and the request are waiting, and the question was read.
  await page.goto(`/mijn/zaken/${zaak.id}`);
  await expect(page.getByText("Er staan 2 nieuwe berichten voor u klaar.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Gevraagde documenten" })).toBeVisible();
  await page.getByRole("button", { name: "Document versturen" }).click();
  await expect(page.getByText("Kies eerst het bestand.")).toBeVisible();
  await page.getByLabel("Uw rooster van de dagbesteding").setInputFiles({
    name: "rooster.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4 rooster"),
  });
  await expectNoSeriousA11yViolations(page);
  await schermafdruk(page, testInfo, "mijn-gevraagd-document", { heel: true });
  await page.getByRole("button", { name: "Document versturen" }).click();
  await expect(page.getByText(/Uw rooster van de dagbesteding: u stuurde dit op/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Document dat u stuurde" })).toBeVisible();
  await page.getByRole("link", { name: "Berichten lezen" }).click();
  await expect(page.getByText("Binnen zes weken na het einde van de bezwaartermijn.")).toBeVisible();
  await expect(page.getByText(/Wilt u dit document sturen: Uw rooster van de dagbesteding\?/)).toBeVisible();
  await expect(page.getByText(/· gelezen/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await schermafdruk(page, testInfo, "mijn-berichten", { heel: true });
});

test("Mijn Voordeur op een telefoon: het plan past in het scherm", async ({ page, baseURL }, testInfo) => {
  const iag = await apiAls(baseURL ?? "", "iag");
  const persoonId = await nieuwePersoon(iag, {
    voornamen: "Hendrik",
    geslachtsnaam: `Mobiel${Date.now().toString(36)}`,
    geboortedatum: "1949-11-02",
    adres: { huisnummer: 14, postcode: "9331 AB", woonplaats: "Norg" },
  });
  await iag.dispose();
  const api = verzoekenAls(baseURL ?? "");
  const zaak = await zaakMetGedeeldWmoPlan(api.verzoek, persoonId);
  await api.sluit();
  await page.setViewportSize({ width: 390, height: 844 });
  expect((await page.request.post("/api/portaal/demo-inlog", { data: { persoonId } })).status()).toBe(204);
  await page.goto(`/mijn/zaken/${zaak.id}/plan`);
  await expect(page.getByRole("heading", { level: 1, name: "Uw resultatenplan" })).toBeVisible();
  // Nothing wider than the screen but the tables, which scroll within themselves.
  const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(breedte).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yViolations(page);
  await schermafdruk(page, testInfo, "mijn-plan-telefoon", { heel: true });
});

test("inwoner vraagt inzage; de teamleider ziet het verzoek met de termijn; de inzage staat klaar", async ({
  page,
  baseURL,
}, testInfo) => {
  const iag = await apiAls(baseURL ?? "", "iag");
  const achternaam = `Inzage${Date.now().toString(36)}`;
  const persoonId = await nieuwePersoon(iag, {
    voornamen: "Jantine",
    geslachtsnaam: achternaam,
    geboortedatum: "1972-08-14",
    adres: { huisnummer: 16, postcode: "9331 AB", woonplaats: "Norg" },
  });
  await iag.dispose();
  const api = verzoekenAls(baseURL ?? "");
  await zaakMetGedeeldWmoPlan(api.verzoek, persoonId);

  expect((await page.request.post("/api/portaal/demo-inlog", { data: { persoonId } })).status()).toBe(204);
  await page.goto("/mijn");
  await page.getByRole("button", { name: "Overzicht aanvragen" }).click();
  await page.getByLabel(/Wilt u iets toelichten/).fill("Vooral wat er over mijn dagbesteding is vastgelegd.");
  await page.getByRole("button", { name: "Verzoek versturen" }).click();
  await expect(page.getByText(/U krijgt het overzicht uiterlijk/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await schermafdruk(page, testInfo, "mijn-inzage-gevraagd", { heel: true });

  await login(page, "teamleider");
  await page.getByRole("link", { name: "Inzage", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Verzoeken om inzage" })).toBeVisible();
  const rij = page.getByRole("row", { name: new RegExp(achternaam) });
  await expect(rij).toContainText("Vooral wat er over mijn dagbesteding is vastgelegd.");
  await expectNoSeriousA11yViolations(page);
  await schermafdruk(page, testInfo, "inzageverzoeken");

  // The teamleider gives the inzage (every document provided); the request is answered.
  const documenten = await (
    await api.verzoek("teamleider", "GET", `/api/personen/${persoonId}/inzage/documenten`)
  ).json();
  const gegeven = await api.verzoek("teamleider", "POST", `/api/personen/${persoonId}/inzage`, {
    beslissingen: documenten.map((d: { id: string }) => ({ documentId: d.id, uitkomst: "verstrekken" })),
  });
  expect(gegeven.statusCode, gegeven.body).toBe(201);
  await api.sluit();
  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(achternaam) })).toHaveCount(0);

  await page.goto("/mijn");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Overzicht van uw gegevens \(pdf\)/ }).click();
  expect((await download).suggestedFilename()).toBe("inzage-mijn-gegevens.pdf");
});

test("inwoner verzet een afspraak naar een vrije tijd van de consulent", async ({
  page,
  baseURL,
}, testInfo) => {
  const iag = await apiAls(baseURL ?? "", "iag");
  const persoonId = await nieuwePersoon(iag, {
    voornamen: "Fenna",
    geslachtsnaam: `Afspraak${Date.now().toString(36)}`,
    geboortedatum: "1963-03-09",
    adres: { huisnummer: 18, postcode: "9331 AB", woonplaats: "Norg" },
  });
  await iag.dispose();
  const api = verzoekenAls(baseURL ?? "");
  const zaak = await opgepakteWmoZaak(api.verzoek, persoonId);
  // The consulent books in their own agenda: the first working block from tomorrow on.
  await boekBijDeConsulent(api.verzoek, zaak.id, "Keukentafelgesprek");
  await api.sluit();

  expect((await page.request.post("/api/portaal/demo-inlog", { data: { persoonId } })).status()).toBe(204);
  await page.goto(`/mijn/zaken/${zaak.id}`);
  await expect(page.getByRole("heading", { level: 2, name: "Uw afspraken" })).toBeVisible();
  await expect(page.getByText(/Keukentafelgesprek/)).toBeVisible();
  await page.getByRole("button", { name: "Andere tijd kiezen" }).click();
  await page.getByRole("button", { name: "Afspraak verzetten" }).click();
  await expect(page.getByText("Kies een nieuwe tijd.").first()).toBeVisible();
  const keuze = page.getByLabel("Nieuwe tijd");
  const tweede = await keuze.locator("option").nth(1).getAttribute("value");
  await keuze.selectOption(tweede ?? "");
  await expectNoSeriousA11yViolations(page);
  await schermafdruk(page, testInfo, "mijn-afspraak-verzetten", { heel: true });
  await page.getByRole("button", { name: "Afspraak verzetten" }).click();
  await expect(page.getByText("Uw afspraak is verzet. U krijgt een nieuwe bevestiging.")).toBeVisible();
  const [nieuweDag = "", nieuweTijd = ""] = (tweede ?? "").split(" ");
  await expect(
    page.getByText(`${datumMetWeekdag(nieuweDag)}, ${nieuweTijd}–`, { exact: false }),
  ).toBeVisible();
});

test("de IAG boekt de intake met het buurtteam direct vanuit het aanmeldscherm", async ({
  page,
  baseURL,
}, testInfo) => {
  // The beheerder switches Noordenveld to the Assen model (buurtteam first) for this test, and back afterwards.
  const beheerder = await apiAls(baseURL ?? "", "beheerder");
  try {
    await login(page, "beheerder");
    await page.goto("/beheer");
    await page.getByRole("link", { name: /Routering van nieuwe aanmeldingen/ }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Routering van nieuwe aanmeldingen" }),
    ).toBeVisible();
    await page.getByRole("radio", { name: /^Ja: eerst naar het buurtteam/ }).check();
    await page.getByRole("button", { name: "Routering opslaan" }).click();
    await expect(page.getByRole("status").getByText("De routering is opgeslagen.")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await schermafdruk(page, testInfo, "beheer-routering");
    await page.context().clearCookies();

    const iag = await apiAls(baseURL ?? "", "iag");
    const achternaam = `Intake${Date.now().toString(36)}`;
    const { bsn } = await nieuwePersoonMetBsn(iag, {
      voornamen: "Sjoukje",
      geslachtsnaam: achternaam,
      geboortedatum: "1948-10-01",
      adres: { huisnummer: 20, postcode: "9331 AB", woonplaats: "Norg" },
    });
    await iag.dispose();

    await login(page, "iag");
    await kiesInwoner(page, { bsn, naam: `Sjoukje ${achternaam}` });
    await registreerContact(page, {
      thema: "Eenzaamheid en meedoen",
      vraag: "Sinds haar man overleed komt ze de deur niet meer uit.",
      veiligheid: "Veilig",
      leefgebieden: ["Sociaal netwerk"],
      wetsdomein: "Wmo 2015 (maatschappelijke ondersteuning)",
      werkvoorraad: "Buurtteam (voorliggend veld)",
    });
    const intake = page.getByRole("region", { name: "Intakeafspraak met het buurtteam" });
    await expect(intake).toBeVisible();
    await intake.getByRole("button", { name: "Intakeafspraak maken" }).click();
    await expect(intake.getByText("Kies een medewerker en een tijd.").first()).toBeVisible();
    const keuze = intake.getByLabel("Met wie en wanneer");
    await keuze.selectOption((await keuze.locator("option").nth(1).getAttribute("value")) ?? "");
    await expectNoSeriousA11yViolations(page);
    await schermafdruk(page, testInfo, "iag-intake-buurtteam", { heel: true });
    await intake.getByRole("button", { name: "Intakeafspraak maken" }).click();
    await expect(page.getByText("De intakeafspraak met het buurtteam is gemaakt")).toBeVisible();
  } finally {
    await beheerder.put("/api/beheer/routeringsmodel", { data: { voorliggendVeldEerst: false } });
    await beheerder.dispose();
  }
});
