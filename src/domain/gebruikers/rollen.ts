/** The roles of DOMAIN.md §1. A medewerker can hold several (a jurist is also A&O, for instance). */
export const ROL_LABELS = {
  iag: "IAG / aanmeldteam",
  toegangsmedewerker: "Toegangsmedewerker",
  ao: "Administratie & Ondersteuning",
  jurist: "Juridisch kwaliteitsmedewerker",
  teamleider: "Teamleider",
  buurtteam: "Buurtteam",
  gedragswetenschapper: "Gedragswetenschapper",
  beheerder: "Functioneel beheerder",
} as const satisfies Record<string, string>;

export type Rol = keyof typeof ROL_LABELS;

export const ROLLEN = Object.keys(ROL_LABELS) as Rol[];

export function isRol(waarde: string): waarde is Rol {
  return Object.hasOwn(ROL_LABELS, waarde);
}
