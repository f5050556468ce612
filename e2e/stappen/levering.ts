/**
 * Steps of the levering and op-/afschalen flow (issue "De werkplek", part "The cycle, closed"): the provider's
 * start/stop message, the consulent's proposal on the zaak page, and the buurtteam's confirmation in its own
 * session.
 */
import { type Browser, expect, type Page } from "@playwright/test";
import { leveringsbericht } from "../../src/berichten/testhulp";
import { kort } from "../../src/domain/termijnen/kalender";
import { expectNoSeriousA11yViolations, sessieAls } from "../helpers";
import { apiAls, vandaag } from "./api";
import { naarTabblad } from "./werkblad";

/** The section on the Besluiten tab of the zaak page. */
export const leveringOpZaak = (page: Page) => page.getByRole("region", { name: "Levering en evaluatie" });

/** After a toekenning in natura (on the Besluiten tab): the zaak waits for the provider's 305, no manual start. */
export async function wachtOpStartbericht(page: Page) {
  const levering = leveringOpZaak(page);
  await expect(levering.getByText(/Wacht op het startbericht \(305\) van de aanbieder/)).toBeVisible();
  await expect(levering.getByRole("button", { name: "Start levering vastleggen" })).toHaveCount(0);
}

/** De Hooiberg (dagbesteding in natura) sends a 305 (start) or 307 (stop) for the zaak's toewijzing, via A&O. */
export async function aanbiederMeldt(
  baseURL: string,
  soort: "305" | "307",
  zaak: { id: string; bsn: string; ingang: string },
) {
  const ao = await apiAls(baseURL, "ao");
  const overzicht = await ao.get(`/api/zaken/${zaak.id}/besluitvorming`);
  expect(overzicht.status()).toBe(200);
  const nummer = (await overzicht.json()).toewijzingen[0].toewijzingnummer as number;
  const res = await ao.post("/api/berichten/inkomend", {
    headers: { "content-type": "application/xml" },
    data: leveringsbericht({
      standaard: "iwmo",
      soort,
      nummer,
      bsn: zaak.bsn,
      aanbieder: "73731001",
      begindatum: zaak.ingang,
      einddatum: vandaag(),
      dagtekening: vandaag(),
      id: `e2e${soort}${nummer}`,
    }),
  });
  expect(res.status(), await res.text()).toBe(201);
  expect((await res.json()).status).toBe("verwerkt");
  await ao.dispose();
}

/** The consulent opens the zaak after the provider's 305: status levering, the period on the Besluiten tab. */
export async function zieLeveringGestart(
  page: Page,
  zaak: { id: string; zaaknummer: string; ingang: string; einde: string },
) {
  await page.goto(`/zaken/${zaak.id}`);
  await expect(page.getByRole("heading", { level: 1, name: `Zaak ${zaak.zaaknummer} (wmo)` })).toBeVisible();
  await expect(page.getByText("Status: levering")).toBeVisible();
  await naarTabblad(page, "Besluiten");
  const levering = leveringOpZaak(page);
  await expect(
    levering.getByText(`Levering gestart op ${kort(zaak.ingang)}, loopt tot en met ${kort(zaak.einde)}.`),
  ).toBeVisible();
  await expect(levering.getByRole("row").filter({ hasText: "nog niet ontvangen" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
}

/** From the Overzicht the consulent starts the evaluatie. */
export async function startEvaluatie(page: Page) {
  await naarTabblad(page, "Overzicht");
  await page.getByRole("button", { name: "Evaluatie starten" }).click();
  await expect(page.getByText("Status: evaluatie")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
}

/** Back on the zaak page (reloaded) the consulent sees the buurtteam's confirmation. */
export async function zieAfschalenBevestigd(page: Page) {
  await page.reload();
  const levering = leveringOpZaak(page);
  await expect(levering.getByText(/Bevestigd door het buurtteam/)).toBeVisible();
  await expect(
    levering.getByText(/Het buurtteam bevestigde afschalen naar het voorliggend veld/),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
}

/** The consulent (on the zaak page) proposes afschalen to the voorliggend veld; a bad motivation is refused first. */
export async function stelAfschalenVoor(page: Page, motivering: string) {
  await naarTabblad(page, "Besluiten");
  const sectie = leveringOpZaak(page);
  await sectie.getByLabel("Afschalen naar het voorliggend veld").check();
  await sectie.getByLabel("Motivering").fill("Klaar.");
  await sectie.getByRole("button", { name: "Voorstel naar het buurtteam sturen" }).click();
  // The Dutch error next to the field (and in the summary that gets focus).
  const veld = sectie.getByLabel("Motivering");
  await expect(veld).toHaveAttribute("aria-invalid", "true");
  await expect(sectie.locator("#voorstel-motivering-fout")).toContainText("Motiveer het voorstel");
  await veld.fill(motivering);
  await sectie.getByRole("button", { name: "Voorstel naar het buurtteam sturen" }).click();
  await expect(page.getByText("Het voorstel staat klaar voor het buurtteam.")).toBeVisible();
  await expect(sectie.getByText(/Wacht op bevestiging door het buurtteam/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
}

/** A buurtteam medewerker, in a browser context of their own, finds the proposal and confirms it. */
export async function buurtteamBevestigt(browser: Browser, naam: string) {
  const buurtteam = await sessieAls(browser, "buurtteam");
  await buurtteam
    .getByRole("navigation", { name: "Hoofdnavigatie" })
    .getByRole("link", { name: "Voorstellen" })
    .click();
  await expect(
    buurtteam.getByRole("heading", { level: 1, name: "Voorstellen om te bevestigen" }),
  ).toBeVisible();
  const rij = buurtteam.getByRole("row").filter({ hasText: naam });
  await expect(rij).toContainText("Afschalen naar het voorliggend veld");
  await expectNoSeriousA11yViolations(buurtteam);

  await rij.getByRole("link", { name: naam }).click();
  await expect(
    buurtteam.getByRole("heading", { level: 1, name: `Afschalen naar het voorliggend veld: ${naam}` }),
  ).toBeVisible();
  await expect(buurtteam.getByText(/Dagbesteding naar onderwijs 1-4 dagdelen \(07A01\)/)).toBeVisible();
  await expectNoSeriousA11yViolations(buurtteam);
  // Refusing needs a motivation: the error shows next to the field, nothing is recorded.
  await buurtteam.getByLabel("Weigeren: niet op- of afschalen").check();
  await buurtteam.getByRole("button", { name: "Beoordeling vastleggen" }).click();
  await expect(buurtteam.locator("#beoordeling-toelichting-fout")).toContainText("Licht toe waarom");
  await buurtteam.getByLabel("Bevestigen: het buurtteam stemt in").check();
  await buurtteam.getByLabel("Toelichting").fill("Samen besproken: de inloop in het buurthuis past.");
  await buurtteam.getByRole("button", { name: "Beoordeling vastleggen" }).click();
  await expect(buurtteam.getByText("U heeft het voorstel bevestigd.")).toBeVisible();
  await expect(buurtteam.getByText("Status: Bevestigd door het buurtteam")).toBeVisible();
  await expectNoSeriousA11yViolations(buurtteam);
  await buurtteam.context().close();
}
