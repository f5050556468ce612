import { expect, test } from "@playwright/test";
import { datumVoluit } from "../src/domain/documenten/brief";
import { berekenTermijnen } from "../src/domain/termijnen/bereken";
import { berekenDwangsom } from "../src/domain/termijnen/dwangsom";
import { plusDagen } from "../src/domain/termijnen/kalender";
import { bedragTekst } from "../web/src/lib/euro";
import { expectNoSeriousA11yViolations, login, schermafdruk } from "./helpers";
import { apiAls, kalenderVan, nieuwePersoon, nieuweZaak, vandaag } from "./stappen/api";

/** A resident with one zaak (as the IAG), and the server's Atw calendar to compute the expected terms. */
async function inwonerMetZaak(
  baseURL: string,
  voornamen: string,
  zaak: { zaaktype: string; meldingsdatum: string; omschrijving: string },
) {
  const api = await apiAls(baseURL, "iag");
  const kalender = await kalenderVan(api);
  const persoonId = await nieuwePersoon(api, {
    voornamen,
    geslachtsnaam: `Schuld${Date.now().toString(36)}`,
    geboortedatum: "1975-06-01",
    adres: { huisnummer: 12, postcode: "9331 AB", woonplaats: "Norg" },
  });
  const aangemaakt = await nieuweZaak(api, {
    ...zaak,
    kanaal: "telefoon",
    personen: [{ persoonId, rol: "hoofdpersoon" }],
    veiligheid: "veilig",
    leefgebieden: [],
  });
  await api.dispose();
  return { zaak: aangemaakt, kalender };
}

test.describe("Schuldhulp (Wgs) en dwangsom (Awb 4:17)", () => {
  test("spoed bij dreigende ontruiming: eerste gesprek binnen 3 werkdagen, daarna het gesprek vastgelegd", async ({
    page,
    baseURL,
  }, testInfo) => {
    test.setTimeout(90_000);
    const { zaak, kalender } = await inwonerMetZaak(baseURL ?? "", "Karin", {
      zaaktype: "schuldhulp",
      meldingsdatum: vandaag(),
      omschrijving: "Huurachterstand, woningcorporatie kondigt ontruiming aan",
    });
    const spoed = berekenTermijnen(
      {
        zaaktype: "schuldhulp",
        meldingsdatum: vandaag(),
        hulpvraagOp: vandaag(),
        dreigendeUitzettingOfAfsluiting: true,
      },
      vandaag(),
      kalender,
    ).termijnen.find((t) => t.soort === "eerste-gesprek");

    await login(page, "schuld");
    await page.goto(`/zaken/${zaak.id}/schuldhulp`);
    const wgs = page.getByRole("region", { name: "Hulpvraag, eerste gesprek en toegang" });
    await wgs.getByLabel("Datum van de hulpvraag").fill(vandaag());
    await wgs.getByLabel("Wat dreigt er?").selectOption({ label: "Dreigende ontruiming van de woning" });
    await wgs.getByRole("button", { name: "Opslaan" }).click();
    await expect(wgs.getByText("De gegevens zijn opgeslagen")).toBeVisible();
    const rij = wgs.getByRole("row", { name: /Eerste gesprek/ });
    await expect(rij).toContainText(datumVoluit(spoed?.uiterlijkeDatum ?? ""));
    await expect(rij).toContainText("3 werkdagen na de hulpvraag");
    await expect(rij).toContainText("Wgs art. 4 lid 2");
    await expect(wgs.getByText(/Spoed/).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // The eerste gesprek took place today: its term is met, the beslistermijn (Wgs 4a) starts.
    await wgs.getByLabel(/Eerste gesprek gevoerd op/).fill(vandaag());
    await wgs.getByRole("button", { name: "Opslaan" }).click();
    await expect(wgs.getByRole("row", { name: /Eerste gesprek/ })).toContainText("Gehaald");
    await expect(wgs.getByRole("row", { name: /Beslissing/ })).toContainText("8 weken na het eerste gesprek");

    // The plan van aanpak refuses to skip the geldcoach without a motivation, naming the rule.
    const plan = page.getByRole("region", { name: "Plan van aanpak" });
    await plan.getByLabel("Welke hulp").selectOption({ label: "Budgetbeheer" });
    await plan.getByRole("button", { name: "Hulp inzetten" }).click();
    await expect(
      page.getByRole("alert").getByRole("link", { name: /Motivatie: Eerst lichtere hulp/ }),
    ).toBeVisible();
    await plan.getByLabel("Welke hulp").selectOption({ label: "Geldcoach of financieel regisseur" });
    await plan.getByRole("button", { name: "Hulp inzetten" }).click();
    await expect(
      plan.getByRole("listitem").filter({ hasText: "Geldcoach of financieel regisseur" }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await schermafdruk(page, testInfo, "schuldhulp-spoed", { heel: true });
  });

  test("een ingebrekestelling na de beslistermijn: de dwangsom op de zaak en in de werkvoorraad", async ({
    page,
    baseURL,
  }, testInfo) => {
    test.setTimeout(90_000);
    const { zaak, kalender } = await inwonerMetZaak(baseURL ?? "", "Erik", {
      zaaktype: "werk",
      meldingsdatum: plusDagen(vandaag(), -100),
      omschrijving: "Aanvraag bijstand",
    });
    const werk = await apiAls(baseURL ?? "", "werk");
    const aanvraagdatum = plusDagen(vandaag(), -90);
    const aanvraag = await werk.post(`/api/zaken/${zaak.id}/aanvraag`, {
      data: { aanvraagdatum },
      headers: { "If-Match": `"${zaak.versie}"` },
    });
    expect(aanvraag.status(), await aanvraag.text()).toBe(201);
    await werk.dispose();
    const beslistermijn = berekenTermijnen(
      { zaaktype: "werk", meldingsdatum: plusDagen(vandaag(), -100), aanvraagdatum },
      vandaag(),
      kalender,
    ).termijnen.find((t) => t.soort === "beslissing")?.uiterlijkeDatum as string;
    const ontvangen = plusDagen(beslistermijn, 2);
    const verwacht = berekenDwangsom({
      beslistermijnEinde: beslistermijn,
      ingebrekestellingOntvangenOp: ontvangen,
      besluitdatum: null,
      uitzondering: null,
      vandaag: vandaag(),
      kalender,
    });
    expect(verwacht.stand).toBe("loopt");

    await login(page, "werk");
    await page.goto(`/zaken/${zaak.id}/besluiten`);
    const sectie = page.getByRole("region", { name: "Ingebrekestelling en dwangsom" });
    await expect(sectie.getByText(/Er is geen ingebrekestelling ontvangen/)).toBeVisible();
    await sectie.getByLabel("Ontvangen op").fill(ontvangen);
    await sectie.getByRole("button", { name: "Ingebrekestelling vastleggen" }).click();
    await expect(sectie.getByText(`Dwangsom loopt: ${bedragTekst(verwacht.bedrag * 100)}`)).toBeVisible();
    await expect(sectie.getByText(`${verwacht.dagen} dagen`, { exact: false })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await schermafdruk(page, testInfo, "dwangsom-op-zaak", { heel: true });

    await page.goto("/werkvoorraad?bak=werk");
    const rij = page.getByRole("row", { name: new RegExp(zaak.zaaknummer) });
    await expect(rij).toContainText(`Dwangsom loopt: ${bedragTekst(verwacht.bedrag * 100)}`);
    await expectNoSeriousA11yViolations(page);
  });
});
