/**
 * The iWmo 3.2 / iJw 3.2 message types Voordeur knows: Vektis BerichtCode, namespace, schema file and who
 * sends it. Retour messages copy the header of the message they answer (Afzender/Ontvanger unchanged).
 */
export type Standaard = "iwmo" | "ijw";
export type Wet = "wmo" | "jeugd";

export interface Berichttype {
  standaard: Standaard;
  /** "301", "305", … */
  type: string;
  berichtcode: number;
  /** Who is the Afzender in the header: the gemeente or the aanbieder. */
  afzender: "gemeente" | "aanbieder";
  /** For a retour: the type it answers. */
  retourOp?: string;
  omschrijving: string;
}

const OMSCHRIJVING: Record<string, string> = {
  "301": "Toewijzing",
  "302": "Retour toewijzing",
  "305": "Start zorg",
  "306": "Retour start zorg",
  "307": "Stop zorg",
  "308": "Retour stop zorg",
  "315": "Verzoek om toewijzing",
  "316": "Retour verzoek om toewijzing",
  "317": "Verzoek om wijziging",
  "318": "Retour verzoek om wijziging",
  "319": "Antwoord op verzoek",
  "320": "Retour antwoord op verzoek",
  "323": "Declaratie",
  "325": "Retour declaratie",
};

const HEEN: Record<string, "gemeente" | "aanbieder"> = {
  "301": "gemeente",
  "305": "aanbieder",
  "307": "aanbieder",
  "315": "aanbieder",
  "317": "aanbieder",
  "319": "gemeente",
  "323": "aanbieder",
};
const RETOUR_OP: Record<string, string> = {
  "302": "301",
  "306": "305",
  "308": "307",
  "316": "315",
  "318": "317",
  "320": "319",
  "325": "323",
};

const CODES: Record<Standaard, Record<string, number>> = {
  iwmo: { "301": 414, "305": 418, "307": 420, "315": 444, "317": 480, "319": 482, "323": 484 },
  ijw: {
    "301": 436,
    "302": 437,
    "305": 438,
    "306": 439,
    "307": 440,
    "308": 441,
    "315": 446,
    "316": 447,
    "317": 486,
    "318": 487,
    "319": 488,
    "320": 489,
    "323": 490,
    "325": 491,
  },
};

export const BERICHTTYPEN: readonly Berichttype[] = (Object.keys(CODES) as Standaard[]).flatMap((standaard) =>
  Object.entries(CODES[standaard]).map(([type, berichtcode]) => {
    const retourOp = RETOUR_OP[type];
    return {
      standaard,
      type,
      berichtcode,
      // A retour copies the header of its heenbericht; the 325 (declaratie-antwoord) is sent by the gemeente.
      afzender: type === "325" ? "gemeente" : (HEEN[retourOp ?? type] ?? "gemeente"),
      ...(retourOp ? { retourOp } : {}),
      omschrijving: OMSCHRIJVING[type] ?? type,
    };
  }),
);

export const STANDAARD_VAN_WET: Record<Wet, Standaard> = { wmo: "iwmo", jeugd: "ijw" };
export const WET_VAN_STANDAARD: Record<Standaard, Wet> = { iwmo: "wmo", ijw: "jeugd" };

/** "WMO301" / "JW315": the schema file name without extension, and the namespace segment in lower case. */
export function schemaNaam(standaard: Standaard, type: string): string {
  return `${standaard === "iwmo" ? "WMO" : "JW"}${type}`;
}

export function namespaceVan(standaard: Standaard, type: string): string {
  return `http://www.istandaarden.nl/${standaard}/3_2/${schemaNaam(standaard, type).toLowerCase()}/schema`;
}

export function basisNamespace(standaard: Standaard): string {
  return `http://www.istandaarden.nl/${standaard}/3_2/basisschema/schema`;
}

/** The message type of a root element namespace, if Voordeur knows it. */
export function typeVanNamespace(namespace: string): Berichttype | undefined {
  const m = /^http:\/\/www\.istandaarden\.nl\/(iwmo|ijw)\/3_2\/(?:wmo|jw)(\d{3})\/schema$/.exec(namespace);
  if (!m) return undefined;
  return typeVan(m[1] as Standaard, m[2] as string);
}

export function typeVan(standaard: Standaard, type: string): Berichttype | undefined {
  return BERICHTTYPEN.find((b) => b.standaard === standaard && b.type === type);
}

export function isRetour(b: Berichttype): boolean {
  return b.retourOp !== undefined;
}

/** A gemeente is a 4-digit CBS code; an aanbieder an 8-digit AGB code. */
export const isGemeentecode = (s: string) => /^\d{4}$/.test(s);
export const isAgbCode = (s: string) => /^\d{8}$/.test(s);
