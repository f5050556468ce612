/**
 * Steps of the letters on the zaak page (issue 21): the onderzoeksverslag written, previewed and sent, which
 * finishes the onderzoek (Wmo 2015 art. 2.3.2 lid 8).
 */
import { expect, type Page } from "@playwright/test";
import { VERSLAG_ONDERDELEN, VERSLAG_WETTEN } from "../../src/domain/brieven/inhoud";

export const VERSLAG: [RegExp, string][] = [
  [/^Behoeften, persoonskenmerken en voorkeuren/, "Meneer wil zich weer zelf buitenshuis verplaatsen."],
  [/^Eigen kracht en gebruikelijke hulp/, "Binnenshuis loopt hij met een rollator."],
  [/^Mantelzorg en sociaal netwerk/, "Zijn dochter rijdt hem eens per week naar de markt."],
  [/^Ondersteuning van de mantelzorger/, "De dochter heeft geen eigen ondersteuning nodig."],
  [/^Algemene voorzieningen/, "De buurtbus is besproken maar past niet bij zijn beperking."],
  [/^Afstemming met zorgverzekeraar/, "De fysiotherapeut is betrokken."],
  [/^Eigen bijdrage/, "Het abonnementstarief is van toepassing."],
  [/^Uitkomst van het onderzoek/, "Een rolstoel past bij de situatie van meneer."],
];

/** The parts of VERSLAG the verslag of a zaaktype asks for (the Jeugd verslag has fewer), and the outcome. */
function verslagVoor(zaaktype: "wmo" | "jeugd"): [RegExp, string][] {
  const onderdelen = VERSLAG_WETTEN[zaaktype]?.onderdelen ?? [];
  const labels = [...onderdelen.map((v) => VERSLAG_ONDERDELEN[v].label), "Uitkomst van het onderzoek"];
  return VERSLAG.filter(([label]) => labels.some((l) => label.test(l)));
}

/**
 * Fills the verslag on the zaak page, previews it and sends it; the onderzoek is then gehaald. `aan`: the
 * addressees when the verslag goes out as several letters (one preview each), e.g. to two parents.
 */
export async function stuurOnderzoeksverslag(
  page: Page,
  zaaktype: "wmo" | "jeugd" = "wmo",
  aan: string[] = [],
) {
  await page.getByText("Onderzoeksverslag schrijven", { exact: true }).click();
  const sectie = page.getByRole("region", { name: "Onderzoeksverslag" });
  for (const [label, tekst] of verslagVoor(zaaktype)) await sectie.getByLabel(label).fill(tekst);
  const voorbeeld = page.waitForResponse((r) => r.url().includes("/onderzoeksverslag/voorbeeld"));
  await sectie.getByRole("button", { name: "Voorbeeld bekijken" }).click();
  expect((await voorbeeld).headers()["content-type"]).toContain("application/pdf");
  const voorbeelden = aan.length === 0 ? [""] : aan.map((naam) => ` aan ${naam}`);
  for (const aanWie of voorbeelden)
    await expect(
      sectie.getByRole("link", { name: `Voorbeeld van de brief${aanWie} openen (PDF)`, exact: true }),
    ).toBeVisible();
  await sectie.getByRole("button", { name: "Verslag versturen en onderzoek afronden" }).click();
  await expect(page.getByText(/^Het onderzoeksverslag is verstuurd op /)).toBeVisible();
}
