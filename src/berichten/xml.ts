/**
 * Reading iWmo/iJw XML safely: any DOCTYPE or entity declaration is refused before parsing (no XXE, no
 * entity expansion), well-formedness is checked, and the content is read with fast-xml-parser with entity
 * processing off and every value kept as text ("01" stays "01").
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { type Berichttype, typeVanNamespace } from "../domain/berichten/typen";

export class BerichtFout extends Error {
  constructor(
    message: string,
    readonly fouten: { veld: string; melding: string }[] = [],
  ) {
    super(message);
  }
}

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  processEntities: false,
  trimValues: true,
  isArray: (naam) => HERHAALD.includes(naam),
});

/** Elements that may repeat; always read as arrays so one and many look the same. */
const HERHAALD = [
  "ToegewezenProduct",
  "StartProduct",
  "StopProduct",
  "AangevraagdProduct",
  "OngewijzigdProduct",
  "TeWijzigenProduct",
  "NieuwProduct",
  "RetourCode",
  "Contact",
  "Relatie",
];

export type XmlKnoop = { [naam: string]: XmlWaarde };
export type XmlWaarde = string | XmlKnoop | XmlWaarde[] | undefined;

export interface GelezenBericht {
  type: Berichttype;
  namespace: string;
  inhoud: XmlKnoop;
}

/** Refuses DOCTYPE/ENTITY, checks well-formedness and recognises the message type by its root namespace. */
export function leesBericht(xml: string): GelezenBericht {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new BerichtFout(
      "Het bericht bevat een DOCTYPE- of ENTITY-declaratie. Die worden om veiligheidsredenen niet verwerkt.",
      [{ veld: "bericht", melding: "DOCTYPE of ENTITY niet toegestaan" }],
    );
  }
  const goed = XMLValidator.validate(xml);
  if (goed !== true) {
    throw new BerichtFout("Het bericht is geen goedgevormde XML.", [
      { veld: `regel ${goed.err.line}, kolom ${goed.err.col}`, melding: goed.err.msg },
    ]);
  }
  const wortel = /<(?:([A-Za-z_][\w.-]*):)?Bericht\b([^>]*)>/.exec(xml);
  const prefix = wortel?.[1];
  const ns = wortel
    ? new RegExp(`\\sxmlns${prefix ? `:${prefix}` : ""}\\s*=\\s*["']([^"']+)["']`).exec(wortel[2] ?? "")?.[1]
    : undefined;
  const type = ns ? typeVanNamespace(ns) : undefined;
  if (!ns || !type) {
    throw new BerichtFout("Onbekend berichttype: dit is geen iWmo- of iJw-3.2-bericht dat Voordeur kent.", [
      { veld: "Bericht", melding: `onbekende namespace ${ns ?? "(geen)"}` },
    ]);
  }
  const inhoud = (parser.parse(xml) as XmlKnoop).Bericht;
  if (!inhoud || typeof inhoud !== "object" || Array.isArray(inhoud))
    throw new BerichtFout("Het bericht heeft geen inhoud.");
  return { type, namespace: ns, inhoud };
}

/** Typed access to parsed values: a child object, a text, or a list. */
export function knoop(w: XmlWaarde): XmlKnoop {
  return w && typeof w === "object" && !Array.isArray(w) ? w : {};
}
export function tekst(w: XmlWaarde): string | null {
  return typeof w === "string" && w !== "" ? w : null;
}
export function lijst(w: XmlWaarde): XmlKnoop[] {
  return (Array.isArray(w) ? w : w === undefined ? [] : [w]).map(knoop);
}
export function teksten(w: XmlWaarde): string[] {
  return (Array.isArray(w) ? w : w === undefined ? [] : [w]).flatMap((x) =>
    typeof x === "string" ? [x] : [],
  );
}

export interface Kop {
  berichtcode: string;
  afzender: string;
  ontvanger: string;
  identificatie: string;
  dagtekening: string;
  identificatieRetour: string | null;
  dagtekeningRetour: string | null;
  retourcodes: string[];
}

export function leesKop(inhoud: XmlKnoop): Kop {
  const h = knoop(inhoud.Header);
  const id = knoop(h.BerichtIdentificatie);
  return {
    berichtcode: tekst(h.BerichtCode) ?? "",
    afzender: tekst(h.Afzender) ?? "",
    ontvanger: tekst(h.Ontvanger) ?? "",
    identificatie: tekst(id.Identificatie) ?? "",
    dagtekening: tekst(id.Dagtekening) ?? "",
    identificatieRetour: tekst(h.IdentificatieRetour),
    dagtekeningRetour: tekst(h.DagtekeningRetour),
    retourcodes: teksten(knoop(h.RetourCodes).RetourCode),
  };
}
