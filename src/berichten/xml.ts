/**
 * Reading iWmo/iJw XML safely: any DOCTYPE or entity declaration is refused before parsing (no XXE, no
 * entity expansion), so is nesting deeper than MAX_DIEPTE (counted in one pass, before any parser sees it),
 * well-formedness is checked, and the content is read with fast-xml-parser with entity processing off and
 * every value kept as text ("01" stays "01").
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

/**
 * The deepest element nesting a message may have (the root element is level 1). A real iWmo/iJw 3.2 message
 * is about 8 deep; fast-xml-parser throws a plain error beyond its `maxNestedTags` and libxml2 beyond 256, so
 * a deeper message is refused before either sees it.
 */
export const MAX_DIEPTE = 99;

const parser = new XMLParser({
  maxNestedTags: MAX_DIEPTE + 1,
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

/** Index just after the first `einde` from `vanaf`, or the end of the text when there is none. */
function naEerste(xml: string, einde: string, vanaf: number): number {
  const i = xml.indexOf(einde, vanaf);
  return i === -1 ? xml.length : i + einde.length;
}

/**
 * The element nesting depth of a text, in one pass without recursion, stopping as soon as it exceeds `grens`
 * (so a 2 MiB `<a><a><a>…` costs next to nothing). Comments, CDATA, processing instructions, declarations
 * and quoted attribute values (which may hold `>`) are skipped. Exact for well-formed XML; for anything else
 * it is an estimate, and the well-formedness check after it refuses the text anyway.
 */
export function nestingsdiepte(xml: string, grens = Number.POSITIVE_INFINITY): number {
  let diepte = 0;
  let max = 0;
  for (let i = xml.indexOf("<"); i !== -1; i = xml.indexOf("<", i)) {
    if (xml.startsWith("<!--", i)) i = naEerste(xml, "-->", i + 4);
    else if (xml.startsWith("<![CDATA[", i)) i = naEerste(xml, "]]>", i + 9);
    else if (xml.startsWith("<?", i)) i = naEerste(xml, "?>", i + 2);
    else if (xml.startsWith("<!", i)) i = naEerste(xml, ">", i + 2);
    else if (xml.startsWith("</", i)) {
      diepte--;
      i = naEerste(xml, ">", i + 2);
    } else {
      let j = i + 1;
      for (let aanhaling = ""; j < xml.length; j++) {
        const c = xml[j];
        if (aanhaling) {
          if (c === aanhaling) aanhaling = "";
        } else if (c === '"' || c === "'") aanhaling = c;
        else if (c === ">") break;
      }
      diepte++;
      if (diepte > max) {
        max = diepte;
        if (max > grens) return max;
      }
      if (xml[j - 1] === "/") diepte--;
      i = j + 1;
    }
  }
  return max;
}

/** Refuses DOCTYPE/ENTITY and deep nesting, checks well-formedness and recognises the type by its root namespace. */
export function leesBericht(xml: string): GelezenBericht {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new BerichtFout(
      "Het bericht bevat een DOCTYPE- of ENTITY-declaratie. Die worden om veiligheidsredenen niet verwerkt.",
      [{ veld: "bericht", melding: "DOCTYPE of ENTITY niet toegestaan" }],
    );
  }
  if (nestingsdiepte(xml, MAX_DIEPTE) > MAX_DIEPTE) {
    throw new BerichtFout(
      `Het bericht is dieper genest dan ${MAX_DIEPTE} niveaus. Zo'n bericht is geen iWmo- of iJw-bericht en wordt niet verwerkt.`,
      [{ veld: "bericht", melding: `meer dan ${MAX_DIEPTE} niveaus geneste elementen` }],
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
