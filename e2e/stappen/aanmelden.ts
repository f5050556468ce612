/**
 * Steps of the aanmelden flow (issue 5): finding a known demo family, the IAG registering a phone call with
 * worries on three life areas, and the routing reason on the zaak page.
 */
import { expect, type Page } from "@playwright/test";
import { type GegenereerdePersoon, huishoudens } from "../../src/generator/huishoudens";
import { NMD_GEMEENTEN } from "../../src/seed/nmd";
import { expectNoSeriousA11yViolations, hoofdnavigatie } from "../helpers";
import { vandaag } from "./api";
import { naarTabblad } from "./werkblad";

export interface DemoGezin {
  ouder: GegenereerdePersoon;
  kind: GegenereerdePersoon;
}

/**
 * Demo households of Noordenveld with a parent and a younger household member, in generator order
 * (src/seed/demo-dossiers.ts fills the demo database from the same deterministic generator).
 */
function* demoGezinnen(): Generator<DemoGezin> {
  const blok = NMD_GEMEENTEN.findIndex((g) => g.code === "1699");
  const bron = huishoudens({
    gemeenteCode: "1699",
    seed: 2026,
    startVolgnummer: blok * 1_500_000,
    peildatum: vandaag(),
  });
  for (let i = 0; i < 50; i++) {
    const stap = bron.next();
    if (stap.done) return;
    const [ouder, ...rest] = stap.value.personen;
    const kind = rest.find((p) => ouder && p.geboortedatum > ouder.geboortedatum);
    if (ouder && kind && rest.length >= 2) yield { ouder, kind };
  }
}

/**
 * A known demo family: the first one, or (`metEmail`) a later one whose parent has an e-mail address —
 * a different family, so both flows can run against one database.
 */
export function demoGezin({ metEmail = false } = {}): DemoGezin {
  const gezinnen = [...demoGezinnen()];
  const gezin = metEmail ? gezinnen.find((g, i) => i > 0 && g.ouder.email) : gezinnen[0];
  if (!gezin) throw new Error("geen demogezin gevonden");
  return gezin;
}

export const naam = (p: { voornamen: string; voorvoegsel: string | null; geslachtsnaam: string }) =>
  [p.voornamen, p.voorvoegsel, p.geslachtsnaam].filter(Boolean).join(" ");

/**
 * On the IAG screen (logged in): searches the resident by BSN (keyboard first: Enter), chooses them and takes
 * the household members named in `meenemen` into the zaak.
 */
export async function kiesInwoner(
  page: Page,
  inwoner: { bsn: string; naam: string },
  meenemen: string[] = [],
) {
  await hoofdnavigatie(page).getByRole("link", { name: "Aanmelden", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Aanmelden" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Zoek een inwoner").fill(inwoner.bsn);
  await page.getByLabel("Zoek een inwoner").press("Enter");
  await page.getByRole("button", { name: `Kies ${inwoner.naam}` }).click();
  await expect(page.getByRole("heading", { level: 2, name: inwoner.naam })).toBeVisible();
  for (const lid of meenemen) await page.getByLabel(new RegExp(`${lid}.*meenemen in de zaak`)).check();
}

export interface Contact {
  thema: string;
  vraag: string;
  /** The safety signals, when there are any. */
  signalen?: string;
  /** Label of the outcome of the veiligheidscheck ("Veilig", "Zorgen", …). */
  veiligheid: string;
  leefgebieden: string[];
  /** Label of the wetsdomein. */
  wetsdomein: string;
  /** Name of the werkvoorraad the routing proposes (and the zaak lands in). */
  werkvoorraad: string;
}

/**
 * The IAG fills the contact form (a phone call, not answered directly, triage and veiligheidscheck), checks the
 * routing proposal and registers it. Returns the confirmation and the zaaknummer of the new zaak.
 */
export async function registreerContact(page: Page, contact: Contact) {
  await page.getByLabel("Kanaal", { exact: true }).selectOption({ label: "Telefoon" });
  await page.getByLabel("Thema", { exact: true }).selectOption({ label: contact.thema });
  await page.getByLabel("Vraag van de inwoner", { exact: true }).fill(contact.vraag);
  await page.getByRole("group", { name: "Is de vraag direct beantwoord?" }).getByLabel("Nee").check();
  const signalen = page.getByRole("group", { name: "Zijn er veiligheidssignalen?" });
  if (contact.signalen) {
    await signalen.getByLabel("Ja").check();
    await page.getByLabel("Welke signalen?").fill(contact.signalen);
  } else await signalen.getByLabel("Nee").check();
  await page
    .getByRole("group", { name: "Uitkomst veiligheidscheck" })
    .getByLabel(contact.veiligheid, { exact: true })
    .check();
  const leefgebieden = page.getByRole("group", { name: "Leefgebieden waarop de vraag speelt" });
  for (const gebied of contact.leefgebieden) await leefgebieden.getByLabel(gebied, { exact: true }).check();
  await page.getByLabel("Wetsdomein", { exact: true }).selectOption({ label: contact.wetsdomein });
  await expect(page.getByText(`Voorstel: werkvoorraad ${contact.werkvoorraad}`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Contact registreren" }).click();
  const bevestiging = page
    .getByRole("status")
    .filter({ hasText: `is aangemaakt in de werkvoorraad ${contact.werkvoorraad}` });
  await expect(bevestiging).toBeVisible();
  const zaaknummer = (await bevestiging.textContent())?.match(/Z-\d{4}-\d{6}/)?.[0] ?? "";
  expect(zaaknummer).not.toBe("");
  return { bevestiging, zaaknummer };
}

/**
 * The IAG (logged in) registers a phone call about the family: not answered directly, safety check
 * "Zorgen" with a signal, three life areas, Wmo. Returns the zaaknummer of the zaak that the Regiegroep gets.
 */
export async function registreerTelefoontjeMetZorgen(
  page: Page,
  { ouder, kind }: DemoGezin,
): Promise<string> {
  await kiesInwoner(page, { bsn: ouder.bsn, naam: naam(ouder) }, [naam(kind)]);
  await expect(
    page.getByRole("heading", { level: 3, name: "Betrokken medewerkers (informeren)" }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const { bevestiging, zaaknummer } = await registreerContact(page, {
    thema: "Opvoeden en opgroeien",
    vraag: "Ouder belt: zorgen over geld, de opvoeding en de eigen stemming.",
    signalen: "Ouder is uitgeput en slaapt slecht.",
    veiligheid: "Zorgen",
    leefgebieden: ["Financiën", "Opvoeding en opgroeien", "Psychisch welbevinden"],
    wetsdomein: "Wmo 2015 (maatschappelijke ondersteuning)",
    werkvoorraad: "Regiegroep",
  });
  // Where the zaak went and why; no link, since the IAG may not read Regiegroep zaken (DOMAIN §6).
  await expect(bevestiging.getByText(/Meervoudige hulpvraag: 3 leefgebieden/)).toBeVisible();
  await expect(bevestiging.getByText(/alleen zichtbaar voor de werkvoorraad Regiegroep/)).toBeVisible();
  await expect(page.getByRole("link", { name: `Zaak ${zaaknummer} openen` })).toHaveCount(0);
  return zaaknummer;
}

/** On the zaak page: the routing reason (three life areas) and the recorded safety check. */
export async function controleerRoutering(page: Page, zaaknummer: string) {
  await expect(page.getByRole("heading", { level: 1, name: `Zaak ${zaaknummer} (wmo)` })).toBeVisible();
  await naarTabblad(page, "Historie");
  await expect(
    page.getByText(/Waarom in deze werkvoorraad: Meervoudige hulpvraag: 3 leefgebieden/),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Aanmelding" })).toBeVisible();
  await expect(
    page.getByText("Veiligheidscheck: Zorgen; signalen: Ouder is uitgeput en slaapt slecht."),
  ).toBeVisible();
}
