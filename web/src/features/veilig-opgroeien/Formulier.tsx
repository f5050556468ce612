import type { ReactNode } from "react";
import { OpslaanFormulier } from "../../lib/formulier";
import { useVeiligOpgroeienOpslaan, voUitkomst } from "./api";

export type Velden = Record<string, { label: string; id: string }>;

/** One form that saves to Veilig Opgroeien (lib/formulier OpslaanFormulier with this area's request). */
export function VoFormulier(props: {
  zaakId: string | null;
  label: string;
  knop: string;
  velden: Velden;
  gelukt: string;
  verzoek: () => { pad: string; body: object; versie: number };
  children: (fouten: Record<string, string>) => ReactNode;
}) {
  const opslaan = useVeiligOpgroeienOpslaan(props.zaakId);
  const { zaakId: _zaakId, verzoek, ...rest } = props;
  return <OpslaanFormulier {...rest} uitkomst={voUitkomst} opslaan={() => opslaan.mutateAsync(verzoek())} />;
}
