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

export interface Leveringsbericht {
  standaard: "iwmo" | "ijw";
  soort: "305" | "307";
  nummer: number;
  bsn: string;
  /** AGB-code of the provider (the sender). */
  aanbieder: string;
  gemeente?: string;
  /** BerichtIdentificatie (unique per sender); default `<soort><nummer>`. */
  id?: string;
  statusAanlevering?: string;
  /** Begindatum of the care (305 and 307); default the sample's. */
  begindatum?: string;
  /** Einddatum of the care (307); default the sample's. */
  einddatum?: string;
  dagtekening?: string;
}

/** A 305 (start zorg) or 307 (stop zorg) for one toewijzing, built from the published sample (one product line). */
export function leveringsbericht(b: Leveringsbericht): string {
  const p = `${b.standaard === "iwmo" ? "wmo" : "jw"}${b.soort}`;
  const basis = b.standaard;
  const regel = b.soort === "305" ? "StartProduct" : "StopProduct";
  let xml = voorbeeld(`${b.standaard === "iwmo" ? "WMO" : "JW"}${b.soort}`, b.gemeente)
    .replaceAll("999900006", b.bsn)
    .replace(`<${p}:ToewijzingNummer>300201<`, `<${p}:ToewijzingNummer>${b.nummer}<`)
    .replace(new RegExp(`<${p}:${regel}>\\s*<${p}:ToewijzingNummer>300202[\\s\\S]*?</${p}:${regel}>`), "")
    .replaceAll("65656055", b.aanbieder)
    .replace(/<(\w+):Identificatie>\d+</, `<$1:Identificatie>${b.id ?? `${b.soort}${b.nummer}`}<`)
    .replace(`<${p}:StatusAanlevering>1<`, `<${p}:StatusAanlevering>${b.statusAanlevering ?? "1"}<`);
  if (b.begindatum)
    xml = xml.replace(new RegExp(`<${p}:Begindatum>[\\d-]+<`), `<${p}:Begindatum>${b.begindatum}<`);
  if (b.einddatum)
    xml = xml.replace(new RegExp(`<${p}:Einddatum>[\\d-]+<`), `<${p}:Einddatum>${b.einddatum}<`);
  if (b.dagtekening)
    xml = xml.replace(
      new RegExp(`<${basis}:Dagtekening>[\\d-]+<`),
      `<${basis}:Dagtekening>${b.dagtekening}<`,
    );
  return xml;
}
