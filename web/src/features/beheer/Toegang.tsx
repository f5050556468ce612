import { useRollen, useVakgroepen } from "../shell/Paginas";

/** Labels for role and vakgroep codes. */
export function useNamen() {
  const rollen = useRollen();
  const vakgroepen = useVakgroepen();
  return {
    rolLabel: (code: string) => rollen.data?.find((rol) => rol.code === code)?.label ?? code,
    vakgroepNaam: (code: string) => vakgroepen.data?.find((groep) => groep.code === code)?.naam ?? code,
  };
}

/** "Teamleider; vakgroep Wmo, Jeugd": what a request for access gives. */
export function useToegangTekst() {
  const { rolLabel, vakgroepNaam } = useNamen();
  return (toegang: { rollen: readonly string[]; vakgroepen: readonly string[] }) =>
    [
      toegang.rollen.length > 0
        ? `${toegang.rollen.length === 1 ? "rol" : "rollen"} ${toegang.rollen.map(rolLabel).join(", ")}`
        : "",
      toegang.vakgroepen.length > 0
        ? `${toegang.vakgroepen.length === 1 ? "vakgroep" : "vakgroepen"} ${toegang.vakgroepen.map(vakgroepNaam).join(", ")}`
        : "",
    ]
      .filter(Boolean)
      .join("; ");
}
