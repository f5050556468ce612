import { expect, test } from "@playwright/test";
import { binnenKantoortijd, terugNaarRegiegroep } from "../src/domain/regie/spoed";
import { isWerkdag, naarDatum, kort as nl, plusDagen } from "../src/domain/termijnen/kalender";
import { expectNoSeriousA11yViolations, login } from "./helpers";
import { apiAls, nieuweGezinszaak, vandaag } from "./stappen/api";

/** The most recent day before today that satisfies `past`. */
const laatsteDag = (past: (dag: string) => boolean) => {
  let d = plusDagen(vandaag(), -1);
  while (!past(d)) d = plusDagen(d, -1);
  return d;
};

test.describe("Regiegroep: Spoed voor Jeugd, nazorg, MDO 23+, Wet verplichte GGZ", () => {
  test("overdracht buiten kantoortijd en nazorg met de vijf punten", async ({ page, baseURL }, testInfo) => {
    test.setTimeout(90_000);
    const api = await apiAls(baseURL ?? "", "iag");
    const achternaam = `Regie${Date.now().toString(36)}`;
    const zaak = await nieuweGezinszaak(
      api,
      {
        achternaam,
        adres: { huisnummer: 4, postcode: "9321 AB", woonplaats: "Peize" },
        leden: [
          { voornamen: "Mark", geboortedatum: "1990-04-05", rol: "hoofdpersoon" },
          { voornamen: "Lotte", geboortedatum: "2011-09-10", rol: "gezinslid" },
        ],
      },
      {
        zaaktype: "regie",
        meldingsdatum: plusDagen(vandaag(), -10),
        omschrijving: "Vader in detentie; dochter in crisis",
        veiligheid: "onveilig",
        leefgebieden: [],
      },
    );
    await api.dispose();

    await login(page, "regie");
    await page.goto(`/zaken/${zaak.id}`);
    const sectie = page.getByRole("region", { name: "Regiegroep" });

    // Inside office hours (the last working day at 10:00) Spoed voor Jeugd does not take over.
    await sectie.getByText("Overdragen aan Spoed voor Jeugd (buiten kantoortijd)").click();
    const werkdag = laatsteDag(isWerkdag);
    await sectie.getByLabel("Overgedragen op (datum)").fill(werkdag);
    await sectie.getByLabel("Overgedragen op (tijd)").fill("10:00");
    await sectie
      .getByLabel("Wat is overgedragen")
      .fill("Dochter na ruzie thuis niet veilig; opvang voor de nacht.");
    await sectie.getByRole("button", { name: "Overdracht vastleggen" }).click();
    await expect(page.getByRole("alert", { name: "Controleer de volgende velden" })).toContainText(
      "binnen kantoortijd pakt de Regiegroep de crisis zelf op",
    );
    await expectNoSeriousA11yViolations(page);

    // The last Saturday at 22:00: outside office hours; back at the Regiegroep the next working day at 8.30.
    const zaterdag = laatsteDag((d) => naarDatum(d).getUTCDay() === 6);
    const moment = `${zaterdag}T22:00:00+01:00`;
    expect(binnenKantoortijd(moment)).toBe(false);
    await sectie.getByLabel("Overgedragen op (datum)").fill(zaterdag);
    await sectie.getByLabel("Overgedragen op (tijd)").fill("22:00");
    await sectie.getByRole("button", { name: "Overdracht vastleggen" }).click();
    await expect(sectie.getByRole("heading", { name: /Spoed voor Jeugd, / })).toContainText(nl(zaterdag));
    await expect(sectie.getByText("Overgedragen aan: Spoed voor Jeugd (crisisdienst)")).toBeVisible();
    const terug = terugNaarRegiegroep(moment);
    await expect(
      sectie.getByText(
        new RegExp(
          `(Komt terug bij de Regiegroep op|Terug bij de Regiegroep sinds) ${nl(terug.datum)} om 08:30`,
        ),
      ),
    ).toBeVisible();

    // Nazorg: the detention melding, the expected release, the five points.
    await sectie.getByText("Nazorg ex-gedetineerde starten").click();
    await sectie.getByLabel("Melding ontvangen op").fill(plusDagen(vandaag(), -7));
    await sectie.getByLabel("Verwachte vrijlating").fill(plusDagen(vandaag(), 30));
    await sectie
      .getByLabel("Achterblijvers (gezinsleden) en wat zij nodig hebben")
      .fill("Partner en dochter");
    await sectie.getByRole("button", { name: "Nazorg starten" }).click();
    await expect(
      sectie.getByText(`Verwachte vrijlating: ${nl(plusDagen(vandaag(), 30))} (nog 30 dagen)`),
    ).toBeVisible();
    await expect(sectie.getByText("Nog geen contact met de casemanager van de PI.")).toBeVisible();

    await sectie.getByText("Nazorg bijwerken").click();
    await sectie.getByLabel("Casemanager van de PI").fill("M. Bakker, PI Veenhuizen");
    await sectie.getByLabel("Contact met de PI op").fill(plusDagen(vandaag(), -5));
    for (const punt of ["Identiteitsbewijs", "Inkomen", "Huisvesting", "Schulden"])
      await sectie.getByLabel(punt, { exact: true }).selectOption({ label: "Geregeld" });
    await sectie.getByLabel("Zorg", { exact: true }).selectOption({ label: "Niet van toepassing" });
    await sectie.getByRole("button", { name: "Nazorg opslaan" }).click();
    await expect(sectie.getByText("Alle punten geregeld")).toBeVisible();
    await expect(sectie.getByText("Zorg: niet van toepassing")).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const pad = testInfo.outputPath("regiegroep.png");
    await page.screenshot({ path: pad, fullPage: true });
    await testInfo.attach("regiegroep", { path: pad, contentType: "image/png" });
  });

  test("MDO 23+ met afspraken en de Wet verplichte GGZ stap voor stap", async ({
    page,
    baseURL,
  }, testInfo) => {
    test.setTimeout(120_000);
    const api = await apiAls(baseURL ?? "", "iag");
    const achternaam = `Mdo${Date.now().toString(36)}`;
    const zaak = await nieuweGezinszaak(
      api,
      {
        achternaam,
        adres: { huisnummer: 12, postcode: "9321 AB", woonplaats: "Peize" },
        leden: [
          { voornamen: "Ria", geboortedatum: "1975-02-03", rol: "hoofdpersoon" },
          { voornamen: "Sem", geboortedatum: "2010-06-07", rol: "gezinslid" },
        ],
      },
      {
        zaaktype: "regie",
        meldingsdatum: plusDagen(vandaag(), -10),
        omschrijving: "Zorgen om verward gedrag van moeder",
        veiligheid: "zorgen",
        leefgebieden: [],
      },
    );
    await api.dispose();

    await login(page, "regie");
    await page.goto(`/zaken/${zaak.id}`);
    const sectie = page.getByRole("region", { name: "Regiegroep" });
    const fouten = page.getByRole("alert", { name: "Controleer de volgende velden" });

    // MDO 23+: aangemeld via het Advies- en Meldpunt OGGZ.
    await sectie.getByText("Aanmelden bij het MDO 23+").click();
    await sectie.getByLabel("Aangemeld op").fill(plusDagen(vandaag(), -7));
    await sectie.getByLabel("Aanleiding").fill("Buren maken zich zorgen om verward gedrag en vervuiling.");
    await sectie.getByRole("button", { name: "Aanmelding vastleggen" }).click();
    await expect(sectie.getByText("Aangemeld, nog niet besproken")).toBeVisible();

    // An overleg about the 15-year-old alone is refused (23+); with the mother it is recorded.
    await sectie.getByText("Overleg vastleggen").click();
    await sectie.getByLabel("Datum van het overleg").fill(plusDagen(vandaag(), -3));
    const besproken = sectie.getByRole("group", { name: "Wie wordt besproken" });
    await besproken.getByRole("checkbox", { name: /Ria/ }).uncheck();
    await besproken.getByRole("checkbox", { name: /Sem/ }).check();
    await sectie.getByLabel("Deelnemer 2: organisatie").fill("GGZ");
    await sectie.getByLabel("Deelnemer 2: rol").fill("sociaal psychiatrisch verpleegkundige");
    await sectie.getByRole("button", { name: "Nog een deelnemer" }).click();
    await sectie.getByLabel("Deelnemer 3: organisatie").fill("Woningcorporatie");
    await sectie.getByLabel("Deelnemer 3: rol").fill("wijkconsulent");
    await sectie.getByLabel("Afspraak 1: wie").fill("GGZ");
    await sectie.getByLabel("Afspraak 1: wat").fill("Huisbezoek samen met de wijkconsulent");
    await sectie.getByLabel("Afspraak 1: uiterlijk").fill(plusDagen(vandaag(), 7));
    await sectie.getByLabel("Vervolgoverleg op").fill(plusDagen(vandaag(), 21));
    await sectie.getByRole("button", { name: "Overleg opslaan" }).click();
    await expect(fouten).toContainText("voor inwoners van 23 jaar en ouder");
    await besproken.getByRole("checkbox", { name: /Ria/ }).check();
    await sectie.getByRole("button", { name: "Overleg opslaan" }).click();
    await expect(sectie.getByText("Acties lopen")).toBeVisible();
    await expect(
      sectie.getByText(
        `Afspraak: GGZ — Huisbezoek samen met de wijkconsulent, uiterlijk ${nl(plusDagen(vandaag(), 7))} (open)`,
      ),
    ).toBeVisible();
    await expect(
      sectie.getByText(/Deelnemers: Regiegroep \(gemeente\) \(procesregisseur\), GGZ/),
    ).toBeVisible();

    await sectie.getByText("Afspraken afvinken").click();
    await sectie.getByLabel(/GGZ: Huisbezoek samen met de wijkconsulent/).check();
    await sectie.getByRole("button", { name: "Afspraken opslaan" }).click();
    await expect(sectie.getByText("Vervolgoverleg gepland")).toBeVisible();
    await expect(sectie.getByText(`Volgend overleg: ${nl(plusDagen(vandaag(), 21))}`)).toBeVisible();

    // Wet verplichte GGZ: melding (anyone may report), onderzoek, besluit, betrokkene, crisismaatregel.
    await sectie.getByText("Melding Wet verplichte GGZ vastleggen").click();
    await sectie.getByLabel("Melding bij het college ontvangen op").fill(plusDagen(vandaag(), -2));
    await sectie.getByLabel("Gemeld door").fill("Buurvrouw J. de Buur");
    await sectie.getByLabel("Wie is de melder").selectOption({ label: "Buurtbewoner" });
    await sectie.getByLabel("De zorgen van de melder").fill("Roept 's nachts op straat, eet niet meer.");
    await sectie.getByRole("button", { name: "Melding vastleggen" }).click();
    await expect(sectie.getByText("Verkennend onderzoek loopt").first()).toBeVisible();

    await sectie.getByText("Verkennend onderzoek vastleggen").click();
    await sectie.getByLabel("Onderzoek gedaan door").fill("GGD, sociaal psychiatrisch verpleegkundige");
    await sectie.getByLabel("Onderzoek afgerond op").fill(plusDagen(vandaag(), -3));
    await sectie.getByLabel("Bevindingen").fill("Ernstig nadeel dreigt; zorg wordt geweigerd.");
    await sectie.getByRole("button", { name: "Onderzoek opslaan" }).click();
    await expect(fouten).toContainText("afgerond vóór de melding");
    await sectie.getByLabel("Onderzoek afgerond op").fill(plusDagen(vandaag(), -1));
    await sectie.getByRole("button", { name: "Onderzoek opslaan" }).click();
    await expect(sectie.getByText("Onderzoek klaar, besluit over een aanvraag nodig")).toBeVisible();

    await sectie.getByText("Besluit over een aanvraag bij de officier van justitie").click();
    await sectie.getByLabel("Motivering").fill("Vrijwillige zorg lukt niet.");
    await sectie.getByRole("button", { name: "Besluit opslaan" }).click();
    await expect(
      sectie.getByText(`Aanvraag ingediend bij de officier van justitie op ${nl(vandaag())}`),
    ).toBeVisible();

    await sectie.getByText("Betrokkene toevoegen").click();
    await sectie.getByLabel("Rol van de betrokkene").selectOption({ label: "Officier van justitie" });
    await sectie.getByLabel("Naam van de betrokkene").fill("Mr. A. de Vries");
    await sectie.getByRole("button", { name: "Betrokkene opslaan" }).click();
    await expect(sectie.getByText("Officier van justitie: Mr. A. de Vries")).toBeVisible();

    await sectie.getByText("Crisismaatregel van de burgemeester vastleggen").click();
    await sectie.getByLabel("Toelichting bij de crisismaatregel").fill("Na escalatie thuis.");
    await sectie.getByRole("button", { name: "Crisismaatregel opslaan" }).click();
    await expect(
      sectie.getByText(`Crisismaatregel van de burgemeester op ${nl(vandaag())}: Na escalatie thuis.`),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const pad = testInfo.outputPath("regiegroep-mdo-wvggz.png");
    await page.screenshot({ path: pad, fullPage: true });
    await testInfo.attach("regiegroep-mdo-wvggz", { path: pad, contentType: "image/png" });
  });
});
