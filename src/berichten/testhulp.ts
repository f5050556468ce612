/** Test helpers of the berichten area: validation with Debian's xmllint and sample messages. */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { laadConfig } from "../config";
import type { Standaard } from "../domain/berichten/typen";
import { schemaPad } from "./xsd";

export const XMLLINT = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].find((p) => existsSync(p));

const DIR = laadConfig().istandaardenDir;

/**
 * xmllint's verdict: null when valid, else its error output. Without xmllint it throws instead of passing:
 * a check that cannot run must not say "valid" (a test that only needs one validator uses valideerXsd).
 */
export function xmllint(
  standaard: Standaard,
  type: string,
  xml: string,
  programma: string | null = XMLLINT ?? null,
): string | null {
  if (!programma)
    throw new Error(
      "xmllint ontbreekt: installeer het met `apt-get install -y libxml2-utils` (.ci/run doet dat) of controleer met valideerXsd (libxml2-wasm).",
    );
  const map = mkdtempSync(join(tmpdir(), "voordeur-xmllint-"));
  const bestand = join(map, "bericht.xml");
  writeFileSync(bestand, xml);
  try {
    execFileSync(programma, ["--noout", "--nonet", "--schema", schemaPad(standaard, type, DIR), bestand], {
      stdio: "pipe",
    });
    return null;
  } catch (fout) {
    return String((fout as { stderr?: Buffer }).stderr ?? fout);
  }
}

/** A published sample message, addressed to gemeente `gemeente` instead of 0363/0384. */
export function voorbeeld(naam: string, gemeente = "1699"): string {
  return readFileSync(join(DIR, "voorbeelden", `${naam}.xml`), "utf8").replace(
    /(<(\w+:)?(Afzender|Ontvanger)>)(0363|0384)(<)/g,
    `$1${gemeente}$5`,
  );
}
