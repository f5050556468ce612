/** Checks of a medewerker's input that need no database: known roles, the password policy. */
import type { VeldFout } from "../contract/problem";
import { isRol } from "../domain/gebruikers/rollen";
import { controleerWachtwoordbeleid } from "../domain/gebruikers/wachtwoordbeleid";
import type { Handeling } from "../handeling/context";

export function controleerRollen(rollen: readonly string[] | undefined): VeldFout[] {
  return (rollen ?? []).flatMap((r, i) =>
    isRol(r) ? [] : [{ veld: `rollen.${i}`, melding: `Onbekende rol: ${r}` }],
  );
}

export function controleerWachtwoord(wachtwoord: string | undefined, gebruikersnaam: string): VeldFout[] {
  if (wachtwoord === undefined) return [];
  const uitkomst = controleerWachtwoordbeleid(wachtwoord, gebruikersnaam);
  return uitkomst.geldig ? [] : uitkomst.meldingen.map((melding) => ({ veld: "wachtwoord", melding }));
}

export const onbekendeVakgroepen = (codes: readonly string[]): VeldFout[] =>
  codes.map((c) => ({ veld: "vakgroepen", melding: `Onbekende vakgroep: ${c}` }));

/** The policy's resource for users, vakgroepen and requests for access. */
export const gebruikersbeheer = (h: Handeling) =>
  ({ soort: "gebruikersbeheer", gemeenteCode: h.wie.gemeente.code }) as const;

/** "teamleider, ao" or "-" for an audit line. */
export const lijstje = (codes: readonly string[]) => (codes.length > 0 ? codes.join(", ") : "-");
