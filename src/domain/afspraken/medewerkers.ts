/**
 * Roles of the medewerkers who have an agenda and can be booked (every Toegang role; not the functional
 * beheerder). Mirrors the Toegang roles of the authorisation policy.
 */
export const TOEGANGSROLLEN: readonly string[] = [
  "iag",
  "toegangsmedewerker",
  "ao",
  "jurist",
  "teamleider",
  "buurtteam",
  "gedragswetenschapper",
];
