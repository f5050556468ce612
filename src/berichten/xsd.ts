/**
 * XSD validation of iWmo/iJw messages with libxml2 (WebAssembly), reading the published 3.2 schemas at
 * runtime from config.istandaardenDir (never copied into the project). Validators are compiled once per
 * message type and reused. The folder is an outside component that can be missing: then `laad` throws
 * XsdOntbreekt (callers wait or answer 503, never 500) and `istandaardenStaat` says what is missing.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { XmlDocument, XsdValidator } from "libxml2-wasm";
import { xmlRegisterFsInputProviders } from "libxml2-wasm/lib/nodejs.mjs";
import { BERICHTTYPEN, type Standaard, schemaNaam } from "../domain/berichten/typen";
import { istandaardenDir } from "./omgeving";

let providers = false;
const validators = new Map<string, { validator: XsdValidator; versies: XsdVersies }>();
/** Schemas that exist but could not be compiled (path → reason), so the health check can name them. */
const onbruikbaar = new Map<string, string>();

/** The XSD of a message type is missing or cannot be read: the message cannot be validated now. */
export class XsdOntbreekt extends Error {
  constructor(
    readonly pad: string,
    readonly reden: "ontbreekt" | "onleesbaar",
  ) {
    super(`XSD ${reden}: ${pad}`);
    this.name = "XsdOntbreekt";
  }
}

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
  if (!existsSync(pad) || !existsSync(join(pad, "..", "basisschema.xsd")))
    throw new XsdOntbreekt(pad, "ontbreekt");
  if (!providers) providers = xmlRegisterFsInputProviders() || true;
  let bron: Buffer;
  let schema: XmlDocument;
  try {
    bron = readFileSync(pad);
    schema = XmlDocument.fromBuffer(bron, { url: pathToFileURL(pad).href });
  } catch (fout) {
    onbruikbaar.set(pad, fout instanceof Error ? fout.message.trim().slice(0, 200) : "onleesbaar");
    throw new XsdOntbreekt(pad, "onleesbaar");
  }
  try {
    const tekst = bron.toString("utf8");
    const versie = (naam: string) =>
      new RegExp(`<\\w+:${naam}>([0-9]+\\.[0-9]+\\.[0-9]+)<`).exec(tekst)?.[1] ?? "1.0.0";
    const geladen = {
      validator: XsdValidator.fromDoc(schema),
      versies: { basisschema: versie("BasisschemaXsdVersie"), bericht: versie("BerichtXsdVersie") },
    };
    validators.set(pad, geladen);
    onbruikbaar.delete(pad);
    return geladen;
  } catch (fout) {
    onbruikbaar.set(pad, fout instanceof Error ? fout.message.trim().slice(0, 200) : "onleesbaar");
    throw new XsdOntbreekt(pad, "onleesbaar");
  } finally {
    schema.dispose();
  }
}

/** What the validation needs from the iStandaarden folder and is not there (relative paths). */
export type IstandaardenStaat =
  | { ok: true; map: string }
  | { ok: false; map: string; mapOntbreekt: boolean; ontbreekt: string[]; onleesbaar: string[] };

/** Checks the folder: every schema of a known message type and its basis schema (cheap: file existence). */
export function istandaardenStaat(dir = istandaardenDir()): IstandaardenStaat {
  if (!existsSync(dir)) return { ok: false, map: dir, mapOntbreekt: true, ontbreekt: [], onleesbaar: [] };
  const nodig = new Set<string>();
  for (const t of BERICHTTYPEN) {
    nodig.add(join(`${t.standaard}-3.2`, "basisschema.xsd"));
    nodig.add(join(`${t.standaard}-3.2`, `${schemaNaam(t.standaard, t.type)}.xsd`));
  }
  const ontbreekt = [...nodig].filter((rel) => !existsSync(join(dir, rel)));
  // A folder without any of the schemas (empty, or the wrong one) is as good as missing.
  if (ontbreekt.length === nodig.size)
    return { ok: false, map: dir, mapOntbreekt: true, ontbreekt: [], onleesbaar: [] };
  const onleesbaar = [...nodig].filter((rel) => onbruikbaar.has(join(dir, rel)));
  if (ontbreekt.length === 0 && onleesbaar.length === 0) return { ok: true, map: dir };
  return { ok: false, map: dir, mapOntbreekt: false, ontbreekt, onleesbaar };
}

/**
 * The Dutch notice for the health check and the start log. Without the folder's path: the health check is
 * public, and the path is a detail of the server (the start log names it).
 */
export function istandaardenMelding(staat: IstandaardenStaat): string | null {
  if (staat.ok) return null;
  const gevolg =
    "Berichten worden pas verstuurd als de map er is; inkomende berichten worden tot dan geweigerd (503).";
  if (staat.mapOntbreekt)
    return `De map met iWmo/iJw-XSD's ontbreekt of is leeg (instelling VOORDEUR_ISTANDAARDEN_DIR). ${gevolg}`;
  const namen = [...staat.ontbreekt, ...staat.onleesbaar];
  const delen = [
    staat.ontbreekt.length > 0 ? `${staat.ontbreekt.length} ontbreken` : "",
    staat.onleesbaar.length > 0 ? `${staat.onleesbaar.length} zijn onleesbaar` : "",
  ].filter(Boolean);
  return `Van de iWmo/iJw-XSD's ${delen.join(" en ")} (${namen.slice(0, 5).join(", ")}${
    namen.length > 5 ? ", …" : ""
  }). Berichten van die soorten worden pas verstuurd of ontvangen als de schema's er zijn.`;
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

/** Stands in the header of a message built while its XSD was missing; replaced before it is validated. */
export const NOG_ONBEKENDE_XSD_VERSIES: XsdVersies = { basisschema: "0.0.0", bericht: "0.0.0" };

/**
 * Puts the XSD versions into the header of a message built without its XSD: in `XsdVersieRetour` for a
 * retour (its `XsdVersie` is the heenbericht's), else in the first `XsdVersie` (the Header comes first). The 325
 * answers a 323 but is a message of its own (no `XsdVersieRetour`): its own versions are in its first `XsdVersie`.
 */
export function metXsdVersies(xml: string, versies: XsdVersies, retour: boolean): string {
  const blok =
    retour && /XsdVersieRetour>/.test(xml)
      ? /(<(?:\w+:)?XsdVersieRetour>)([\s\S]*?)(<\/(?:\w+:)?XsdVersieRetour>)/
      : /(<(?:\w+:)?XsdVersie>)([\s\S]*?)(<\/(?:\w+:)?XsdVersie>)/;
  return xml.replace(
    blok,
    (_, open: string, inhoud: string, sluit: string) =>
      open +
      inhoud
        .replace(/(<(?:\w+:)?BasisschemaXsdVersie>)[^<]*(<)/, `$1${versies.basisschema}$2`)
        .replace(/(<(?:\w+:)?BerichtXsdVersie>)[^<]*(<)/, `$1${versies.bericht}$2`) +
      sluit,
  );
}
