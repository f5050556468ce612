import type { ReactNode } from "react";
import { OpslaanFormulier } from "../../lib/formulier";
import { huisverbodUitkomst } from "../huisverbod/api";
import { useRegieOpslaan } from "./api";

export type Velden = Record<string, { label: string; id: string }>;

/** One form that saves a Regiegroep theme (lib/formulier OpslaanFormulier with this area's request). */
export function RegieFormulier(props: {
  zaakId: string;
  label: string;
  knop: string;
  velden: Velden;
  gelukt: string;
  verzoek: () => { pad: string; body: object; versie: number };
  children: (fouten: Record<string, string>) => ReactNode;
}) {
  const opslaan = useRegieOpslaan(props.zaakId);
  const { zaakId: _zaakId, verzoek, ...rest } = props;
  return (
    <OpslaanFormulier
      {...rest}
      uitkomst={huisverbodUitkomst}
      opslaan={() => opslaan.mutateAsync(verzoek())}
    />
  );
}
