/**
 * Steps of the berichten flow (issue 7): the 301 toewijzingen in the message log on the zaak page, each
 * fetched as sent (/api/berichten/{id}/xml) and validated against the published XSD with Debian's xmllint.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, type Page } from "@playwright/test";
import { type Standaard, schemaNaam } from "../../src/domain/berichten/typen";
import { naarTabblad } from "./werkblad";

/** The iStandaarden folder (as the app reads it: VOORDEUR_ISTANDAARDEN_DIR or ../shared/istandaarden). */
const istandaarden = () => resolve(process.env.VOORDEUR_ISTANDAARDEN_DIR ?? "../shared/istandaarden");

/** Validates a message with `xmllint --noout --schema`; fails the test with xmllint's own messages. */
export function valideerMetXmllint(standaard: Standaard, type: string, xml: string) {
  const xsd = join(istandaarden(), `${standaard}-3.2`, `${schemaNaam(standaard, type)}.xsd`);
  const map = mkdtempSync(join(tmpdir(), "voordeur-e2e-"));
  const bestand = join(map, "bericht.xml");
  writeFileSync(bestand, xml);
  try {
    execFileSync("xmllint", ["--noout", "--schema", xsd, bestand], { stdio: "pipe" });
  } catch (fout) {
    const uitvoer = (fout as { stderr?: Buffer }).stderr?.toString() ?? String(fout);
    throw new Error(`${schemaNaam(standaard, type)} is niet geldig volgens ${xsd}:\n${uitvoer}`);
  } finally {
    rmSync(map, { recursive: true, force: true });
  }
}

export interface Bericht301 {
  naam: string;
  status: string;
  xml: string;
}

/**
 * On the zaak page: the section "Berichten met aanbieders" lists the 301s of the zaak with their status;
 * every 301 is fetched with the page's session and must pass the XSD. Returns them oldest last (as listed);
 * waits until at least `minstens` are listed.
 */
export async function geldige301sOpZaak(page: Page, zaaknummer: string, minstens = 1): Promise<Bericht301[]> {
  await naarTabblad(page, "Berichten");
  const sectie = page.getByRole("region", { name: "Berichten met aanbieders" });
  await expect(sectie.getByRole("heading", { level: 2, name: "Berichten met aanbieders" })).toBeVisible();
  const tabel = sectie.getByRole("table", { name: `Berichten van zaak ${zaaknummer}` });
  const link301 = page.getByRole("link", { name: /^(WMO|JW)301 / });
  // The list may still be the one read before the last change (a second 301 comes with the ending): wait for it.
  await expect
    .poll(() => tabel.getByRole("row").filter({ has: link301 }).count())
    .toBeGreaterThanOrEqual(minstens);

  const berichten: Bericht301[] = [];
  for (const rij of await tabel.getByRole("row").filter({ has: link301 }).all()) {
    const link = rij.getByRole("link", { name: /^(WMO|JW)301 / });
    const naam = (await link.textContent()) ?? "";
    const status = ((await rij.getByRole("cell").nth(4).textContent()) ?? "").trim();
    expect(status, `status van ${naam}`).toMatch(
      /^(Klaar om te versturen|Verzonden|Geaccepteerd door aanbieder)/,
    );
    const id = (await link.getAttribute("href"))?.split("/").at(-1) ?? "";
    const res = await page.request.get(`/api/berichten/${id}/xml`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("application/xml");
    const xml = await res.text();
    valideerMetXmllint(naam.startsWith("WMO") ? "iwmo" : "ijw", "301", xml);
    berichten.push({ naam, status, xml });
  }
  return berichten;
}
