import { expect, test } from "@playwright/test";
import { plusDagen } from "../src/domain/termijnen/kalender";
import { expectNoSeriousA11yViolations, sessieAls, willekeurigTestBsn } from "./helpers";
import { kiesInwoner, registreerContact } from "./stappen/aanmelden";
import { apiAls, nieuwGezin, relatie, vandaag } from "./stappen/api";
import { beeindig, kenToeVanuitWerkvoorraad, sluitAf } from "./stappen/besluiten";
import { stuurOnderzoeksverslag } from "./stappen/brieven";
import {
  aanbiederMeldt,
  buurtteamBevestigt,
  startEvaluatie,
  stelAfschalenVoor,
  wachtOpStartbericht,
  zieAfschalenBevestigd,
  zieLeveringGestart,
} from "./stappen/levering";
import { schrijfEnOndertekenPlan, startOnderzoek } from "./stappen/resultatenplan";
import { naarTabblad } from "./stappen/werkblad";
import { openVanuitWerkvoorraad } from "./stappen/werkverdeling";

/** De Hooiberg (demo, AGB 73731001) has a contract for Wmo category 07 in Noordenveld; chosen by name. */
const AANBIEDER = "Dagbesteding De Hooiberg";

test.describe("De hele cyclus in de UI, per rol (issue 21)", () => {
  test("melding (IAG) → onderzoek, verslag en plan (Wmo-consulent) → toekenning (A&O) → levering (305) → evaluatie → afschalen (bevestigd door het buurtteam) → beëindiging (A&O) → afgesloten (consulent)", async ({
    browser,
    baseURL,
  }, testInfo) => {
    // Five medewerkers and the provider, each step its own state with an axe check: a long test.
    test.setTimeout(360_000);
    const ingang = vandaag();
    const einde = plusDagen(ingang, 180);

    // Setup (not a step of the cycle): Anna and her son Daan are in the persons register, she is his parent.
    const achternaam = `Smit${Date.now().toString(36)}`;
    const moeder = `Anna ${achternaam}`;
    const zoon = `Daan ${achternaam}`;
    const bsnAnna = willekeurigTestBsn();
    const bsnDaan = willekeurigTestBsn();
    const register = await apiAls(baseURL ?? "", "iag");
    const [anna = "", daan = ""] = await nieuwGezin(register, {
      achternaam,
      adres: { huisnummer: 12, postcode: "9321 AB", woonplaats: "Peize" },
      leden: [
        { bsn: bsnAnna, voornamen: "Anna", geboortedatum: "1984-03-12" },
        { bsn: bsnDaan, voornamen: "Daan", geboortedatum: "2012-06-01" },
      ],
    });
    await relatie(register, anna, "ouder", daan);
    await register.dispose();

    // 1. Melding: the IAG registers the phone call; a single Wmo question goes to the werkvoorraad Wmo.
    const iag = await sessieAls(browser, "iag");
    await kiesInwoner(iag, { bsn: bsnAnna, naam: moeder }, [zoon]);
    const { zaaknummer, bevestiging } = await registreerContact(iag, {
      thema: "Begeleiding en dagbesteding",
      vraag: "Anna belt: haar zoon Daan zit thuis en heeft geen dagritme meer.",
      veiligheid: "Veilig",
      leefgebieden: ["Werk en dagbesteding"],
      wetsdomein: "Wmo 2015 (maatschappelijke ondersteuning)",
      werkvoorraad: "Wmo",
    });
    await expect(bevestiging.getByText(/Enkelvoudige Wmo-vraag/).first()).toBeVisible();
    await expectNoSeriousA11yViolations(iag);
    await iag.context().close();

    // 2. Onderzoek and plan: the Wmo consulent picks the zaak up from the werkvoorraad Wmo.
    const wmo = await sessieAls(browser, "wmo");
    const id = await openVanuitWerkvoorraad(wmo, { zaaknummer, naam: moeder, zaaktype: "wmo" });
    await startOnderzoek(wmo);
    await expectNoSeriousA11yViolations(wmo);
    await stuurOnderzoeksverslag(wmo);
    await expect(wmo.getByRole("row").filter({ hasText: "Onderzoek (Wmo 6 weken)" })).toContainText(
      "Gehaald",
    );
    await expectNoSeriousA11yViolations(wmo);
    const gezin = { zaak: { id, zaaknummer }, achternaam, moeder, zoon };
    await schrijfEnOndertekenPlan(wmo, gezin, { aanbieder: AANBIEDER, einddatum: einde });

    // 3. Besluit: A&O grants the dagbesteding in natura; the zaak waits for the provider's 305.
    const ao = await sessieAls(browser, "ao");
    await kenToeVanuitWerkvoorraad(ao, { zaaknummer, naam: moeder, evaluatiedatum: ingang });
    await wachtOpStartbericht(ao);

    // 4. Levering: De Hooiberg's 305 (a provider's message, through the API) moves the zaak.
    await aanbiederMeldt(baseURL ?? "", "305", { id, bsn: bsnDaan, ingang });
    await zieLeveringGestart(wmo, { id, zaaknummer, ingang, einde });

    // 5. Evaluatie and afschalen: the consulent proposes, the buurtteam confirms in its own session.
    await startEvaluatie(wmo);
    await stelAfschalenVoor(wmo, "Daan heeft een vast dagritme; hij gaat naar de inloop van het buurthuis.");
    await buurtteamBevestigt(browser, moeder);
    await zieAfschalenBevestigd(wmo);

    // 6. A&O ends the toewijzing with a beschikking (a toewijzing may not outlive the zaak).
    await ao.goto(`/zaken/${id}`);
    await beeindig(ao, zaaknummer);
    await expectNoSeriousA11yViolations(ao);
    await ao.context().close();

    // 7. Afsluiten: the consulent closes the zaak, afgeschaald to the voorliggend veld.
    await wmo.reload();
    await sluitAf(wmo, "voorliggend-veld");
    await naarTabblad(wmo, "Historie");
    await expect(wmo.getByText(/voorliggend veld/).first()).toBeVisible();
    // The history in words, not codes.
    await expect(
      wmo.getByText(`Beschikking ${zaaknummer}/B2 (beëindiging) verzonden per post.`, { exact: false }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(wmo);
    // The new zaak page as a CI artefact (under the test's output directory, never committed).
    const pad = testInfo.outputPath("zaak-historie.png");
    await wmo.screenshot({ path: pad, fullPage: true });
    await testInfo.attach("zaakpagina-historie", { path: pad, contentType: "image/png" });
    await wmo.context().close();
  });
});
