/**
 * Interventieniveaus of the NMD Resultatenmatrix (DOMAIN §7, 002 bijlage 1, 004 §11).
 * Levels 1–3 are preventive and freely accessible (not purchased); 4–8 only after a municipal decision
 * or an external referral.
 */
export const INTERVENTIENIVEAUS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export type Interventieniveau = (typeof INTERVENTIENIVEAUS)[number];

export interface NiveauDefinitie {
  niveau: Interventieniveau;
  naam: string;
  definitie: string;
  /** Part of a maatwerkvoorziening (needs a besluit or an external referral). */
  maatwerk: boolean;
}

export const NIVEAU_DEFINITIES: readonly NiveauDefinitie[] = [
  {
    niveau: 1,
    naam: "Algemene informatie",
    definitie: "Algemene informatie en voorlichting.",
    maatwerk: false,
  },
  {
    niveau: 2,
    naam: "Gerichte groepstraining of voorlichting",
    definitie: "Gerichte training of voorlichting in groepsverband.",
    maatwerk: false,
  },
  {
    niveau: 3,
    naam: "Korte individuele training",
    definitie: "Korte individuele training; preventief en vrij toegankelijk.",
    maatwerk: false,
  },
  {
    niveau: 4,
    naam: "Laagfrequent",
    definitie:
      "Laagfrequente ondersteuning op één resultaat, lage belasting, geen diffuus beeld; inclusief nazorg.",
    maatwerk: true,
  },
  {
    niveau: 5,
    naam: "Frequent",
    definitie: "Frequente ondersteuning bij middelmatige tot hoge belasting, op één of meer resultaten.",
    maatwerk: true,
  },
  {
    niveau: 6,
    naam: "Hoogfrequent, meerdere leefgebieden",
    definitie:
      "Hoogfrequente ondersteuning op twee of meer resultaten; problemen op meerdere leefgebieden versterken elkaar, diffuus beeld.",
    maatwerk: true,
  },
  {
    niveau: 7,
    naam: "Zonder verblijf",
    definitie: "Daghulp, dagbesteding (in dagdelen), G1-gezondheid, Thuiswonen+; zonder verblijf.",
    maatwerk: true,
  },
  { niveau: 8, naam: "Met verblijf", definitie: "Ondersteuning met 24-uursverblijf.", maatwerk: true },
];

export function isInterventieniveau(waarde: unknown): waarde is Interventieniveau {
  return typeof waarde === "number" && (INTERVENTIENIVEAUS as readonly number[]).includes(waarde);
}

/** Levels 4–8: only after a municipal decision (or an external referral). */
export function isMaatwerkNiveau(niveau: number | null | undefined): boolean {
  return typeof niveau === "number" && niveau >= 4 && niveau <= 8;
}
