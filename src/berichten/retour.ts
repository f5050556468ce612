/**
 * Builds the retour (306/308/316/318) on an incoming message: the heenbericht is copied element by element
 * into the retour namespace, the header gets IdentificatieRetour, DagtekeningRetour and XsdVersieRetour,
 * and every berichtklasse (Header, Client, Verzoek, each product line) ends with its RetourCodes.
 * The result is validated against the retour XSD before it is stored (an invalid retour is never sent).
 */
import { XMLBuilder, XMLParser } from "fast-xml-parser";
import { type Berichttype, basisNamespace, namespaceVan } from "../domain/berichten/typen";
import type { XsdVersies } from "./xsd";

type Knoop = Record<string, unknown> & { ":@"?: Record<string, string> };

const KLASSEN = new Set([
  "Header",
  "Client",
  "Verzoek",
  "StartProduct",
  "StopProduct",
  "AangevraagdProduct",
  "OngewijzigdProduct",
  "TeWijzigenProduct",
  "NieuwProduct",
]);

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  removeNSPrefix: false,
  parseTagValue: false,
  processEntities: false,
  trimValues: true,
});
const builder = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, format: true });

export interface RetourKop {
  identificatieRetour: string;
  dagtekeningRetour: string;
  xsdVersiesRetour: XsdVersies;
}

/** Which retourcodes a class gets: `klasse` is the element's local name, `volgnummer` its occurrence (0-based). */
export type CodesVoor = (klasse: string, volgnummer: number) => string[];

const naamVan = (k: Knoop) => Object.keys(k).find((s) => s !== ":@") ?? "";
const lokaal = (naam: string) => naam.slice(naam.indexOf(":") + 1);
const prefixVan = (naam: string) => (naam.includes(":") ? naam.slice(0, naam.indexOf(":")) : "");

export function bouwRetour(
  heenXml: string,
  retourType: Berichttype,
  codesVoor: CodesVoor,
  kop: RetourKop,
): string {
  const boom = parser.parse(heenXml) as Knoop[];
  const wortel = boom.find((k) => lokaal(naamVan(k)) === "Bericht");
  if (!wortel) throw new Error("heenbericht zonder Bericht");
  const heenPrefix = prefixVan(naamVan(wortel));
  const q = `${retourType.standaard === "iwmo" ? "wmo" : "jw"}${retourType.type}`;
  const attrs = { ...(wortel[":@"] ?? {}) };
  delete attrs[heenPrefix ? `@_xmlns:${heenPrefix}` : "@_xmlns"];
  const basisNs = basisNamespace(retourType.standaard);
  let b = Object.entries(attrs)
    .find(([k, v]) => k.startsWith("@_xmlns:") && v === basisNs)?.[0]
    .slice(8);
  if (!b) {
    b = retourType.standaard;
    attrs[`@_xmlns:${b}`] = basisNs;
  }
  attrs[`@_xmlns:${q}`] = namespaceVan(retourType.standaard, retourType.type);
  const basis = b;
  const tellers = new Map<string, number>();
  const hernoem = (naam: string) => (prefixVan(naam) === heenPrefix ? `${q}:${lokaal(naam)}` : naam);
  const el = (naam: string, kinderen: Knoop[]): Knoop => ({ [naam]: kinderen });
  const txt = (naam: string, waarde: string): Knoop => el(naam, [{ "#text": waarde }]);

  const kopie = (k: Knoop): Knoop => {
    const naam = naamVan(k);
    if (naam === "#text") return k;
    const kinderen = ((k[naam] as Knoop[]) ?? []).map(kopie);
    const nieuw = hernoem(naam);
    const klasse = prefixVan(naam) === heenPrefix ? lokaal(naam) : "";
    if (klasse === "BerichtCode") return txt(nieuw, String(retourType.berichtcode));
    if (KLASSEN.has(klasse)) {
      const volgnummer = tellers.get(klasse) ?? 0;
      tellers.set(klasse, volgnummer + 1);
      if (klasse === "Header") {
        kinderen.push(
          txt(`${q}:IdentificatieRetour`, kop.identificatieRetour),
          txt(`${q}:DagtekeningRetour`, kop.dagtekeningRetour),
          el(`${q}:XsdVersieRetour`, [
            txt(`${basis}:BasisschemaXsdVersie`, kop.xsdVersiesRetour.basisschema),
            txt(`${basis}:BerichtXsdVersie`, kop.xsdVersiesRetour.bericht),
          ]),
        );
      }
      const codes = codesVoor(klasse, volgnummer);
      if (codes.length > 0)
        kinderen.push(
          el(
            `${q}:RetourCodes`,
            codes.map((c) => txt(`${q}:RetourCode`, c)),
          ),
        );
    }
    return { [nieuw]: kinderen, ...(k[":@"] && k !== wortel ? { ":@": k[":@"] } : {}) };
  };
  const nieuweWortel = { ...kopie(wortel), ":@": attrs };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${(builder.build([nieuweWortel]) as string).trimStart()}`;
}
