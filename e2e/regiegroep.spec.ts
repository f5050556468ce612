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

test.describe("Regiegroep: Spoed voor Jeugd en nazorg", () => {
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
});
