/** Leefgebieden (life areas) for triage and vraagverheldering (DOMAIN §2.1, §2.3). */

export const LEEFGEBIEDEN = [
  "wonen",
  "financien",
  "werk-dagbesteding",
  "school-onderwijs",
  "gezondheid",
  "psychisch-welbevinden",
  "verslaving",
  "sociaal-netwerk",
  "veiligheid",
  "opvoeding",
  "zelfzorg",
  "huishouden",
  "mobiliteit",
  "justitie",
] as const;
export type Leefgebied = (typeof LEEFGEBIEDEN)[number];

export const LEEFGEBIED_LABELS: Record<Leefgebied, string> = {
  wonen: "Wonen",
  financien: "Financiën",
  "werk-dagbesteding": "Werk en dagbesteding",
  "school-onderwijs": "School en onderwijs",
  gezondheid: "Lichamelijke gezondheid",
  "psychisch-welbevinden": "Psychisch welbevinden",
  verslaving: "Verslaving",
  "sociaal-netwerk": "Sociaal netwerk",
  veiligheid: "Veiligheid",
  opvoeding: "Opvoeding en opgroeien",
  zelfzorg: "Zelfzorg",
  huishouden: "Huishouden",
  mobiliteit: "Mobiliteit",
  justitie: "Justitie",
};

export function isLeefgebied(waarde: unknown): waarde is Leefgebied {
  return typeof waarde === "string" && (LEEFGEBIEDEN as readonly string[]).includes(waarde);
}

/** The Dutch label; an unknown code is returned as given. */
export function leefgebiedLabel(code: string): string {
  return isLeefgebied(code) ? LEEFGEBIED_LABELS[code] : code;
}
