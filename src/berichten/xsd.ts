/**
 * XSD validation of iWmo/iJw messages with libxml2 (WebAssembly), reading the published 3.2 schemas at
 * runtime from config.istandaardenDir (never copied into the project). Validators are compiled once per
 * message type and reused.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { XmlDocument, XsdValidator } from "libxml2-wasm";
import { xmlRegisterFsInputProviders } from "libxml2-wasm/lib/nodejs.mjs";
import { type Standaard, schemaNaam } from "../domain/berichten/typen";
import { istandaardenDir } from "./omgeving";

let providers = false;
const validators = new Map<string, { validator: XsdValidator; versies: XsdVersies }>();

export interface XsdVersies {
  basisschema: string;
  bericht: string;
}

export function schemaPad(standaard: Standaard, type: string, dir = istandaardenDir()): string {
  return join(dir, `${standaard}-3.2`, `${schemaNaam(standaard, type)}.xsd`);
}

function laad(standaard: Standaard, type: string) {
  const pad = schemaPad(standaard, type);
  const bestaand = validators.get(pad);
  if (bestaand) return bestaand;
  if (!providers) providers = xmlRegisterFsInputProviders() || true;
  const bron = readFileSync(pad);
  const schema = XmlDocument.fromBuffer(bron, { url: pathToFileURL(pad).href });
  try {
    const tekst = bron.toString("utf8");
    const versie = (naam: string) =>
      new RegExp(`<\\w+:${naam}>([0-9]+\\.[0-9]+\\.[0-9]+)<`).exec(tekst)?.[1] ?? "1.0.0";
    const geladen = {
      validator: XsdValidator.fromDoc(schema),
      versies: { basisschema: versie("BasisschemaXsdVersie"), bericht: versie("BerichtXsdVersie") },
    };
    validators.set(pad, geladen);
    return geladen;
  } finally {
    schema.dispose();
  }
}

/** The XsdVersie of a message type as its schema's annotation states it (README: use that version). */
export function xsdVersies(standaard: Standaard, type: string): XsdVersies {
  return laad(standaard, type).versies;
}

export interface XsdFout {
  veld: string;
  melding: string;
}

/** Validates a message against the XSD of its type; an empty list means valid. */
export function valideerXsd(standaard: Standaard, type: string, xml: string): XsdFout[] {
  const { validator } = laad(standaard, type);
  let doc: XmlDocument;
  try {
    doc = XmlDocument.fromString(xml);
  } catch (fout) {
    return [{ veld: "bericht", melding: fout instanceof Error ? fout.message.trim() : "niet te lezen" }];
  }
  try {
    validator.validate(doc);
    return [];
  } catch (fout) {
    const details = (fout as { details?: { message: string; line: number; xpath?: string | null }[] })
      .details;
    if (!details?.length)
      return [{ veld: "bericht", melding: fout instanceof Error ? fout.message.trim() : "ongeldig" }];
    return details.slice(0, 20).map((d) => ({
      veld: d.xpath ? d.xpath.replace(/\w+:/g, "") : `regel ${d.line}`,
      melding: d.message.trim(),
    }));
  } finally {
    doc.dispose();
  }
}
