import { expect, test } from "@playwright/test";
import { pdfTekst } from "../src/besluiten/pdf-tekst";
import { datumVoluit } from "../src/domain/documenten/brief";
import { plusDagen } from "../src/domain/termijnen/kalender";
import { expectNoSeriousA11yViolations, sessieAls, willekeurigTestBsn } from "./helpers";
import { kiesInwoner, registreerContact } from "./stappen/aanmelden";
import { apiAls, nieuwePersoon, nieuwGezin, relatie, vandaag } from "./stappen/api";
import { stuurOnderzoeksverslag } from "./stappen/brieven";
import { startOnderzoek } from "./stappen/resultatenplan";
import { naarTabblad } from "./stappen/werkblad";
import { openVanuitWerkvoorraad } from "./stappen/werkverdeling";

test.describe("Een jeugdzaak: de brieven gaan naar de ouders met gezag (issue 21)", () => {
  test("Sem (10 jaar) met twee ouders met gezag op twee adressen: wie de brieven krijgt en wie ondertekent staat op de zaak, het onderzoeksverslag gaat in twee brieven naar de ouders en noemt Sem", async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    // Setup (not a step of the flow): Sem lives with his mother; his father lives elsewhere; both have gezag.
    // Ten years and a month old on the app's date, whatever day the test runs.
    const geboortedatum = plusDagen(vandaag(), -(10 * 365 + 33));
    const achternaam = `Jansen${Date.now().toString(36)}`;
    const [sem, moeder, vader] = [`Sem ${achternaam}`, `Anna ${achternaam}`, `Peter ${achternaam}`];
    const bsnSem = willekeurigTestBsn();
    const register = await apiAls(baseURL ?? "", "iag");
    const [semId = "", annaId = ""] = await nieuwGezin(register, {
      achternaam,
      adres: { straat: "Brink", huisnummer: 8, postcode: "9331 AB", woonplaats: "Norg" },
      leden: [
        { bsn: bsnSem, voornamen: "Sem", geboortedatum },
        { voornamen: "Anna", geboortedatum: "1985-04-04" },
      ],
    });
    const peterId = await nieuwePersoon(register, {
      voornamen: "Peter",
      geslachtsnaam: achternaam,
      geboortedatum: "1983-08-08",
      adres: { straat: "Brink", huisnummer: 40, postcode: "9331 AB", woonplaats: "Norg" },
    });
    for (const ouder of [annaId, peterId]) {
      await relatie(register, ouder, "ouder", semId);
      await relatie(register, ouder, "gezag", semId);
    }
    await register.dispose();

    // The IAG registers the mother's phone call about Sem: a single Jeugd question, werkvoorraad Jeugd.
    const iag = await sessieAls(browser, "iag");
    await kiesInwoner(iag, { bsn: bsnSem, naam: sem });
    const { zaaknummer } = await registreerContact(iag, {
      thema: "Opvoeden en opgroeien",
      vraag: "Moeder belt: Sem heeft woedeaanvallen en gaat niet meer graag naar school.",
      veiligheid: "Veilig",
      leefgebieden: ["Opvoeding en opgroeien"],
      wetsdomein: "Jeugdwet (jeugdhulp)",
      werkvoorraad: "Jeugd",
    });
    await iag.context().close();

    // The jeugd consulent opens the zaak: Sem's age in the header, and to whom the letters go and who signs.
    const jeugd = await sessieAls(browser, "jeugd");
    await openVanuitWerkvoorraad(jeugd, { zaaknummer, naam: sem, zaaktype: "jeugd" });
    await expect(jeugd.getByRole("list", { name: "Kerngegevens van de zaak" })).toContainText(
      `Hoofdpersoon: ${sem} (10 jaar)`,
    );
    const brieven = jeugd.getByRole("region", { name: "Aan wie de brieven gaan" });
    await expect(brieven.getByRole("listitem")).toHaveText([
      `${moeder} (ouder met gezag): per post, Brink 8, 9331 AB  NORG; de brief noemt ${sem}`,
      `${vader} (ouder met gezag): per post, Brink 40, 9331 AB  NORG; de brief noemt ${sem}`,
    ]);
    await expect(brieven).toContainText(
      `Wie ondertekent: ${sem} is 10 jaar (jonger dan 12): ${moeder} en ${vader} ondertekenen namens ${sem}.`,
    );
    await expect(brieven).toContainText("Jeugdwet art. 7.3.15 lid 1");

    // The onderzoeksverslag: one letter per address, both about Sem.
    await startOnderzoek(jeugd);
    await stuurOnderzoeksverslag(jeugd, "jeugd", [moeder, vader]);
    await expectNoSeriousA11yViolations(jeugd);
    await naarTabblad(jeugd, "Documenten");
    for (const [ouder, ander] of [
      [moeder, vader],
      [vader, moeder],
    ]) {
      const brief = jeugd.getByRole("link", { name: new RegExp(`^Onderzoeksverslag.*\\(aan ${ouder}\\)`) });
      await expect(brief).toBeVisible();
      const tekst = await pdfTekst(
        await (await jeugd.request.get((await brief.getAttribute("href")) ?? "")).body(),
      );
      expect(tekst).toContain(
        `U ontvangt deze brief als ouder met gezag van ${sem}, geboren op ${datumVoluit(geboortedatum)}.`,
      );
      expect(tekst).toContain(`Een brief met dezelfde inhoud gaat ook naar ${ander}.`);
    }
    await expectNoSeriousA11yViolations(jeugd);

    // The plan for signature: the plan page says who receives it and who signs for Sem.
    await naarTabblad(jeugd, "Plan");
    await jeugd.getByRole("link", { name: "Resultatenplan opstellen" }).click();
    await jeugd.getByRole("button", { name: "Resultatenplan aanmaken" }).click();
    const ondertekenen = jeugd.getByRole("region", { name: "Wie het plan ontvangt en ondertekent" });
    await expect(ondertekenen).toContainText(`${moeder} en ${vader} ondertekenen namens ${sem}`);
    await expectNoSeriousA11yViolations(jeugd);
    await jeugd.context().close();
  });
});
