import { expect, test } from "@playwright/test";
import { plusDagen } from "../src/domain/termijnen/kalender";
import { login } from "./helpers";
import { vandaag } from "./stappen/api";
import {
  beantwoordEnquete,
  beeindig,
  kenToeVanuitWerkvoorraad,
  sluitAf,
  zaakMetOndertekendPlan,
} from "./stappen/besluiten";
import {
  aanbiederMeldt,
  buurtteamBevestigt,
  startEvaluatie,
  stelAfschalenVoor,
  wachtOpStartbericht,
  zieAfschalenBevestigd,
  zieLeveringGestart,
} from "./stappen/levering";
import { naarTabblad } from "./stappen/werkblad";

test.describe("De cyclus na het besluit", () => {
  test("besluit → levering (305) → evaluatie → afschalen, bevestigd door het buurtteam → afgesloten", async ({
    page,
    baseURL,
    browser,
  }) => {
    // The whole cycle with three medewerkers and an axe check on every state: longer than one page's test.
    test.setTimeout(240_000);
    const ingang = plusDagen(vandaag(), -3);
    const einde = plusDagen(vandaag(), 180);
    const zaak = await zaakMetOndertekendPlan(baseURL ?? "", ingang, einde);

    // Besluit: A&O grants the dagbesteding in natura; the zaak waits for the provider's start message.
    await login(page, "ao");
    await kenToeVanuitWerkvoorraad(page, {
      zaaknummer: zaak.zaaknummer,
      naam: zaak.naam,
      evaluatiedatum: plusDagen(vandaag(), 3),
    });
    await wachtOpStartbericht(page);

    // Levering: De Hooiberg's 305 moves the zaak.
    await aanbiederMeldt(baseURL ?? "", "305", { ...zaak, ingang });
    await page.context().clearCookies();
    await login(page, "wmo");
    await zieLeveringGestart(page, { ...zaak, ingang, einde });

    // Evaluatie: the consulent starts it; closing "to the voorliggend veld" is not possible yet.
    await startEvaluatie(page);
    await naarTabblad(page, "Besluiten");
    await page.getByText("Zaak afsluiten", { exact: true }).click();
    await page.getByLabel("Reden van afsluiten").selectOption("voorliggend-veld");
    await page.getByRole("button", { name: "Zaak afsluiten en afsluitbrief versturen" }).click();
    await expect(page.locator("#afsluiten-reden-fout")).toContainText("vier ogen");
    await expect(page.getByLabel("Reden van afsluiten")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Status: evaluatie")).toBeVisible();
    await page.getByText("Zaak afsluiten", { exact: true }).click();

    // Afschalen: the consulent proposes, the buurtteam confirms in its own session.
    await stelAfschalenVoor(
      page,
      "Vaste dagstructuur bereikt; Jantje gaat naar de inloop van het buurthuis.",
    );
    await buurtteamBevestigt(browser, zaak.naam);
    await zieAfschalenBevestigd(page);

    // Afgesloten: the toewijzing is ended by a beëindiging, then the zaak is closed with that reason.
    await beeindig(page, zaak.zaaknummer);
    const code = await sluitAf(page, "voorliggend-veld");
    await expect(page.getByText(/voorliggend veld/).first()).toBeVisible();
    await beantwoordEnquete(browser, baseURL ?? "", code);
  });
});
